/**
 * `check` writes its findings as they are found, in every format: the
 * `--json` object and the SARIF log are written piece by piece (opening,
 * each finding, closing with the counts), and must read back as what the
 * code before streaming wrote whole. The expected outputs in
 * test/fixtures/check-stream were written by the build before streaming,
 * on the tree `writeSmallTree` makes (the working directory's URI replaced
 * by `%TREE%`, and SARIF's tool version left out). Writing waits while the
 * output is full, and the findings do not depend on the size of the chunks
 * read.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PIECE } from '../src/cli/output.js'
import { type CheckIO, type CheckOptions, runCheck } from '../src/cli/run-check.js'
import { folderUri, writeSmallTree, writeUnits } from './helpers/check-tree.js'
import { root } from './helpers/corpus.js'
import { sarifValidator } from './helpers/sarif.js'

const expected = join(root, 'test/fixtures/check-stream')
const tree = mkdtempSync(join(tmpdir(), 'jce-check-stream-'))
/** A folder with a file of many findings (about 17,000), more than fill many pieces of output. */
const busy = mkdtempSync(join(tmpdir(), 'jce-check-busy-'))

beforeAll(() => {
  writeSmallTree(tree)
  writeUnits(join(busy, 'many.md'), 1_000_000, false)
})
afterAll(() => {
  rmSync(tree, { recursive: true, force: true })
  rmSync(busy, { recursive: true, force: true })
})

interface Captured {
  readonly code: number
  readonly out: string
  readonly err: string
  /** Each text given to `out`. */
  readonly writes: readonly string[]
}

/** Run `check` on the tree; `io.out` is called after the text is kept. */
async function check(options: Partial<CheckOptions>, io: Partial<CheckIO> = {}): Promise<Captured> {
  const writes: string[] = []
  let err = ''
  const code = await runCheck(
    { paths: ['.', 'missing.md'], format: 'text', bare: false, gitignore: true, ignorePatterns: [], ...options },
    {
      cwd: tree,
      ...io,
      out: (text) => {
        writes.push(text)
        io.out?.(text)
      },
      err: (text) => (err += text),
    },
  )
  return { code, out: writes.join(''), err, writes }
}

/** The output as the files before streaming have it: the tree's URI as `%TREE%`, no tool version. */
function normalized(out: string): { sarif?: unknown; [key: string]: unknown } {
  const value = JSON.parse(out.split(folderUri(tree)).join('%TREE%'))
  if (value.runs) delete value.runs[0].tool.driver.version
  return value
}

/** What the build before streaming wrote, from test/fixtures/check-stream. */
function written(name: string): unknown {
  return JSON.parse(readFileSync(join(expected, name), 'utf8'))
}

describe('check writes JSON and SARIF incrementally', () => {
  it('--json reads back as what was written whole before, indented as JSON.stringify indents it', async () => {
    const { code, out } = await check({ format: 'json' })
    expect(code).toBe(2)
    const report = JSON.parse(out)
    // The list of references taken for another instrument's came later (the check issue); the rest is as before.
    const { otherInstruments, ...before } = normalized(out)
    expect(before).toEqual(written('before-json.json'))
    expect(otherInstruments).toEqual({ count: 0, listed: [] })
    expect(report.findings.length).toBeGreaterThan(50)
    // The counts come after the arrays; the object is otherwise what JSON.stringify writes.
    expect(Object.keys(report)).toEqual([
      'findings',
      'skipped',
      'problems',
      'otherInstruments',
      'files',
      'bytes',
      'references',
    ])
    expect(out).toBe(`${JSON.stringify(report, null, 2)}\n`)
  })

  it('SARIF reads back as what was written whole before, byte for byte, and validates against the schema', async () => {
    const { code, out } = await check({ format: 'sarif' }, { version: '1.2.3' })
    expect(code).toBe(2)
    const log = JSON.parse(out)
    expect(normalized(out)).toEqual(written('before-sarif.json'))
    expect(out).toBe(`${JSON.stringify(log, null, 2)}\n`)
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })

  it('with no findings, both are still whole documents', async () => {
    const none = await check({ paths: ['image.bin'], format: 'json' })
    expect(JSON.parse(none.out)).toEqual({
      findings: [],
      skipped: [{ file: 'image.bin', reason: 'binary file (it has a NUL byte), skipped' }],
      problems: [],
      otherInstruments: { count: 0, listed: [] },
      files: 0,
      bytes: 0,
      references: 0,
    })
    expect(JSON.parse((await check({ paths: ['image.bin'], format: 'sarif' })).out).runs[0].results).toEqual([])
  })

  it('text: the same lines as before', async () => {
    const { code, out, err } = await check({})
    expect(code).toBe(2)
    expect(out).toBe(readFileSync(join(expected, 'before.txt'), 'utf8'))
    expect(err).toMatch(/^image\.bin: binary file .*\nUnexpected missing path `missing\.md`.*\n\d+ problems: /)
  })
})

describe('check writes as it goes, and waits while the output is full', () => {
  it.each(['text', 'json', 'sarif'] as const)(
    '%s: pieces of bounded size, none while the output is full',
    async (format) => {
      let full = false
      let writtenWhileFull = 0
      let waits = 0
      const { out, writes } = await check(
        { format, paths: ['.'] },
        {
          cwd: busy,
          out: () => {
            if (full) writtenWhileFull++
            // A slow reader: every write fills the output until the next turn of the event loop.
            full = true
          },
          drain: () => {
            if (!full) return undefined
            waits++
            return new Promise<void>((resolve) =>
              setImmediate(() => {
                full = false
                resolve()
              }),
            )
          },
        },
      )
      expect(writtenWhileFull).toBe(0)
      expect(waits).toBeGreaterThan(10)
      expect(writes.length).toBeGreaterThan(10)
      // A piece is what gathered up to PIECE characters, and one finding more.
      expect(Math.max(...writes.map((text) => text.length))).toBeLessThan(PIECE + 4096)
      expect(out.length).toBeGreaterThan(10 * PIECE)
    },
  )
})

describe('the findings do not depend on the size of the chunks read', () => {
  const lines = (): string => readFileSync(join(expected, 'before.txt'), 'utf8')

  it.each([1021, 4096, 1 << 20])('chunks of %i bytes: the lines written before', async (chunkSize) => {
    expect((await check({}, { chunkSize })).out).toBe(lines())
  })

  it('chunks of 7 bytes (characters split across chunks), the long line aside: the lines written before', async () => {
    const { out } = await check({ ignorePatterns: ['export.json'] }, { chunkSize: 7 })
    expect(out).toBe(
      lines()
        .split(/(?<=\n)/)
        .filter((line) => !line.startsWith('export.json:'))
        .join(''),
    )
  })
})
