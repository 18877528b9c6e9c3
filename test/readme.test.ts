/**
 * The README's examples are tests: every JavaScript block runs as an ES
 * module against the built package, and what it prints must be exactly its
 * comment lines (in JavaScript blocks every `// …` line is output); every
 * TypeScript block compiles with `tsc` (its `@ts-expect-error` lines must
 * be errors); every JSON block parses. Shell blocks are install and test
 * commands, not run here. The README stays under 5,000 words, counted as
 * `scripts/readme-words.ts` counts them.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countWords } from '../scripts/readme-words.js'
import { root } from './helpers/corpus.js'

const readme = readFileSync(`${root}README.md`, 'utf8')
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match, index) => ({
  index,
  lang: match[1] as string,
  code: match[2] as string,
  line: readme.slice(0, match.index).split('\n').length,
}))

describe('the README', () => {
  it('has JavaScript and TypeScript examples, and no block of another language but shell and JSON', () => {
    expect(blocks.filter((b) => b.lang === 'js').length).toBeGreaterThanOrEqual(4)
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThanOrEqual(1)
    expect(blocks.filter((b) => !['js', 'ts', 'sh', 'json'].includes(b.lang))).toEqual([])
  })

  it('is under 5,000 words (runs of [A-Za-z0-9_]+, and each Han character)', () => {
    expect(countWords(readme).total).toBeLessThan(5000)
  })

  it('shows the two commands that set up a fresh clone on its first screen, before the contents', () => {
    const firstScreen = readme.slice(0, readme.indexOf('\n## '))
    expect(firstScreen).toContain('npm ci && npm run toc')
    expect(firstScreen).toContain('npm ci && npm test')
  })

  it.each(blocks.filter((b) => b.lang === 'json').map((b) => [b.line, b]))(
    'the JSON block at line %i parses',
    (_line, block) => {
      expect(() => JSON.parse(block.code)).not.toThrow()
    },
  )

  it.each(blocks.filter((b) => b.lang === 'js').map((b) => [b.line, b]))(
    'the JavaScript block at line %i prints what its comments say',
    (_line, block) => {
      const expected = block.code
        .split('\n')
        .filter((line) => line.startsWith('// '))
        .map((line) => line.slice(3))
      expect(expected.length).toBeGreaterThan(0)
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', block.code], {
        cwd: root,
        encoding: 'utf8',
      })
      expect(result.stderr).toBe('')
      expect(result.stdout.trimEnd().split('\n')).toEqual(expected)
    },
  )

  it.each(blocks.filter((b) => b.lang === 'ts').map((b) => [b.line, b]))(
    'the TypeScript block at line %i compiles',
    (_line, block) => {
      const folder = `${root}test-output/readme/`
      mkdirSync(folder, { recursive: true })
      const file = `${folder}block-${block.index}.ts`
      writeFileSync(file, block.code)
      const result = spawnSync(
        process.execPath,
        [
          `${root}node_modules/typescript/bin/tsc`,
          '--noEmit',
          '--strict',
          '--target',
          'ES2022',
          '--module',
          'NodeNext',
          '--moduleResolution',
          'NodeNext',
          '--types',
          'node',
          '--pretty',
          'false',
          file,
        ],
        { cwd: root, encoding: 'utf8' },
      )
      expect(result.stdout + result.stderr).toBe('')
      expect(result.status).toBe(0)
    },
  )
})
