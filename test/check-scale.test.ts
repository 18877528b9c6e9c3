/**
 * `check`'s memory does not grow with the findings: the built CLI checks
 * files of 10, 20 and 40 MB full of references that do not resolve (one
 * finding every 60 bytes), writing text, `--json` and SARIF to /dev/null,
 * and its peak resident memory (the kernel's maxRSS, read as it exits)
 * may grow at most 1.5× from the smallest to the largest. Growth ratios
 * only: no figure of time or memory is asserted, so a busy machine does not
 * fail it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, UNIT, writeUnits } from './helpers/check-tree.js'

const MB = 1_000_000
const SIZES = [10, 20, 40]
/** The most the peak memory may grow from the smallest file to any larger one. */
const GROWTH = 1.5

const folder = mkdtempSync(join(tmpdir(), 'jce-check-scale-'))
/** The units (and so the findings) of each file, by name. */
const units = new Map<string, number>()

beforeAll(() => {
  for (const size of SIZES) {
    const lines = writeUnits(join(folder, `lines-${size}.txt`), size * MB, false)
    units.set(`lines-${size}.txt`, lines / Buffer.byteLength(`${UNIT}\n`))
    const one = writeUnits(join(folder, `one-${size}.txt`), size * MB, true)
    units.set(`one-${size}.txt`, (one - 1) / Buffer.byteLength(UNIT))
  }
})

afterAll(() => rmSync(folder, { recursive: true, force: true }))

const FORMATS: Record<string, string[]> = { text: [], json: ['--json'], sarif: ['--format', 'sarif'] }

describe('check: peak memory does not grow with the findings', () => {
  it.each([
    ['text', 'lines'],
    ['json', 'lines'],
    ['sarif', 'lines'],
    ['text', 'one'],
  ])(
    '%s output, %s: at most 1.5× from 10 to 40 MB, every finding written',
    async (format, shape) => {
      const peaks: number[] = []
      for (const size of SIZES) {
        const name = `${shape}-${size}.txt`
        const run = await runCli(['check', name, ...(FORMATS[format] as string[])], folder, { discard: true })
        expect(run.status, run.stderr).toBe(1)
        if (format === 'text') {
          const count = units.get(name) as number
          expect(run.stderr).toBe(`${count} problems: ${2 * count} references checked in 1 file\n`)
        } else expect(run.stderr).toBe('')
        peaks.push(run.maxRss)
      }
      const [smallest, ...larger] = peaks as [number, ...number[]]
      for (const peak of larger)
        expect(peak / smallest, `peaks ${peaks.map((p) => p >> 20).join(', ')} MiB`).toBeLessThanOrEqual(GROWTH)
    },
    300_000,
  )
})
