/**
 * References checked at compile time: fixtures compiled with `tsc` against
 * the built package's types, as a downstream app would.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/corpus.js'

const fixtures = `${root}test/fixtures/types/`

/** Compile one fixture alone with the options in `test/fixtures/types/tsconfig.json`. */
function compile(file: string): { status: number | null; errors: number[]; output: string } {
  const options = JSON.parse(readFileSync(`${fixtures}tsconfig.json`, 'utf8')).compilerOptions as Record<
    string,
    unknown
  >
  const args = Object.entries(options).flatMap(([key, value]) =>
    Array.isArray(value) ? (value.length > 0 ? [`--${key}`, value.join(',')] : []) : [`--${key}`, String(value)],
  )
  const result = spawnSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, ...args, '--pretty', 'false', `${fixtures}${file}`],
    { cwd: root, encoding: 'utf8' },
  )
  const output = result.stdout + result.stderr
  const errors = [...output.matchAll(/\((\d+),\d+\): error TS\d+/g)].map((match) => Number(match[1]))
  return { status: result.status, errors, output }
}

describe('the result contract, at the type level', () => {
  it('pins the failure and the payload name of every exported function that can fail', () => {
    const { status, output } = compile('contract.ts')
    expect(output).toBe('')
    expect(status).toBe(0)
  })
})

describe('compile-time references', () => {
  it('accepts every valid reference', () => {
    const { status, output } = compile('valid.ts')
    expect(output).toBe('')
    expect(status).toBe(0)
  })

  it('rejects each reference to a provision that does not exist, and only those', () => {
    const source = readFileSync(`${fixtures}invalid.ts`, 'utf8').split('\n')
    const marked = source.flatMap((line, index) => (line.endsWith('// error') ? [index + 1] : []))
    expect(marked).toHaveLength(10)
    const { status, errors, output } = compile('invalid.ts')
    expect(status, output).not.toBe(0)
    expect(
      [...new Set(errors)].sort((a, b) => a - b),
      output,
    ).toEqual(marked)
  })
})
