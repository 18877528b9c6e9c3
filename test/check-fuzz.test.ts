/**
 * `check` on generated trees, with the findings known in advance: files
 * whose names hold control characters, escape sequences, line breaks and
 * bidirectional controls, and whose text is filler that no citation can be
 * read in, references that resolve, and references that do not, laid out
 * on lines ended by `\n`, `\r\n` or `\r`, or on one line, after a byte
 * order mark or not. Each tree is checked in text, `--json` and SARIF with
 * chunks of a random size, and each must give exactly the findings placed,
 * every text line one finding line with no raw control character. Then one
 * file of 100 MB with lines of many megabytes among short ones, through the
 * built CLI, removed after. `FUZZ_SEED` repeats a run (see
 * test/helpers/hostile.ts).
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { printable } from '../src/cli/printable.js'
import { runCheck } from '../src/cli/run-check.js'
import { runCli } from './helpers/check-tree.js'
import { FUZZ, fuzzParameters } from './helpers/hostile.js'

const WRONG = '本规定第九十九条'
const VALID = '本规定第五条'
/** Text in which no citation can be read, whatever comes before or after it. */
const FILLER = [
  'abc',
  'XYZ',
  '国家安全机关',
  '防范间谍活动',
  ' ',
  '\t',
  '.',
  '。',
  '，',
  '\u001b[31m',
  '\u00a0',
  '😀',
  'é',
  '{"k": [1, 2]}',
]
const BREAKS = ['\n', '\r\n', '\r']

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** Whether a character must not reach a terminal raw. */
function unsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0x202e
}

/** The lines of text output, each checked for raw control characters; the last line break dropped. */
function outputLines(out: string): string[] {
  const lines = out === '' ? [] : out.slice(0, -1).split('\n')
  for (const line of lines) expect([...line].filter((char) => unsafe(char.codePointAt(0) as number))).toEqual([])
  return lines
}

/** A reference or a piece of filler or a line break; a reference is always followed by filler. */
type Token = { kind: 'wrong' | 'valid' | 'filler' | 'break'; text: string }

/** A file: its text, and where its findings are (line, column in UTF-16 code units, from 1). */
interface Placed {
  readonly text: string
  readonly findings: [line: number, column: number][]
  readonly references: number
}

/** Lay tokens out, keeping track of lines and columns (a byte order mark is not a column). */
function place(tokens: readonly Token[], bom: boolean): Placed {
  let text = bom ? '\uFEFF' : ''
  const findings: [number, number][] = []
  let references = 0
  let line = 1
  let column = 1
  for (const token of tokens) {
    if (token.kind === 'wrong') findings.push([line, column])
    if (token.kind !== 'filler' && token.kind !== 'break') references++
    // A `\r` and then a `\n` make one line break, `\r\n`.
    const joined = token.text.startsWith('\n') && text.endsWith('\r')
    text += token.text
    if (token.kind !== 'break') column += token.text.length
    else if (!joined) {
      line++
      column = 1
    }
  }
  return { text, findings, references }
}

const token: fc.Arbitrary<Token> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'wrong' as const, text: `${WRONG} ` }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const, text: `${VALID} ` }) },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER).map((text) => ({ kind: 'filler' as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS).map((text) => ({ kind: 'break' as const, text })) },
)

/** A piece of a hostile name: control characters, escape sequences, line breaks, and ordinary text. */
const nameChar: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u001b[2J', '\u001b]0;x\u0007', '\r\n', '\u202e', '\u2028', '\\', '"', ' ', 'a', '规', '.', ':1:1'),
)

const file = fc.record({
  name: fc.array(nameChar, { minLength: 1, maxLength: 10 }).map((parts) => `f${parts.join('')}.md`),
  oneLine: fc.boolean(),
  bom: fc.boolean(),
  tokens: fc.array(token, { maxLength: 2000, size: 'max' }),
})

/** The message of every finding here. */
const MESSAGE = /^Unexpected reference `本规定第九十九条` \(.*\), expected `第九条`$/

describe('check on generated trees', () => {
  it('finds exactly the references placed, in every format and for any chunk size, and prints names escaped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(file, { minLength: 1, maxLength: 4, selector: (generated) => generated.name }),
        fc.constantFrom(3, 7, 61, 1021, 1 << 16),
        async (generated, chunkSize) => {
          const tree = mkdtempSync(join(tmpdir(), 'jce-check-fuzz-'))
          try {
            const files = generated
              .map(({ name, oneLine, bom, tokens }) => ({
                name,
                ...place(
                  tokens.filter((one) => !oneLine || one.kind !== 'break'),
                  bom,
                ),
              }))
              .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            for (const { name, text } of files) writeFileSync(join(tree, name), text)
            const expected = files.flatMap(({ name, findings }) =>
              findings.map(([line, column]) => ({ name, line, column })),
            )
            const references = files.reduce((sum, one) => sum + one.references, 0)
            const outputs: Record<string, string> = {}
            for (const format of ['text', 'json', 'sarif'] as const) {
              let out = ''
              let err = ''
              const code = await runCheck(
                { paths: ['.'], format, bare: false, gitignore: false, ignorePatterns: [] },
                { out: (text) => (out += text), err: (text) => (err += text), cwd: tree, chunkSize },
              )
              expect(code).toBe(expected.length > 0 ? 1 : 0)
              if (format === 'text')
                expect(err).toMatch(new RegExp(`: ${references} references? checked in ${files.length} files?\\n$`))
              outputs[format] = out
            }
            const lines = outputLines(outputs.text as string)
            expect(lines).toEqual(
              expected.map(({ name, line, column }) =>
                expect.stringMatching(new RegExp(`^${escapeRegExp(`${printable(name)}:${line}:${column}  `)}`)),
              ),
            )
            for (const line of lines)
              expect(line.replace(/^.*?:\d+:\d+ {2}/, '').replace(/ {2}no-invalid-reference$/, '')).toMatch(MESSAGE)
            const report = JSON.parse(outputs.json as string)
            expect(
              report.findings.map((one: { file: string; line: number; column: number }) => [
                one.file,
                one.line,
                one.column,
              ]),
            ).toEqual(expected.map(({ name, line, column }) => [name, line, column]))
            expect(report.references).toBe(references)
            const results = JSON.parse(outputs.sarif as string).runs[0].results
            expect(results).toHaveLength(expected.length)
          } finally {
            rmSync(tree, { recursive: true, force: true })
          }
        },
      ),
      fuzzParameters(0.1),
    )
  }, 120_000)
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A generator of numbers in [0, 1) from a seed (mulberry32): the same file for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Longer filler, so that 100 MB is written in few pieces. */
const BIG_FILLER = [
  '国家安全机关依法防范间谍活动维护国家安全 ',
  'const x = { a: 1, b: [2, 3] }; ',
  '\t',
  '😀 ',
  `${VALID} `,
]

/**
 * Write a file of `bytes` bytes or more: lines of a few tokens, and now and
 * then one of several megabytes; a reference that does not resolve every
 * 20 KB or so. Answer where they are.
 */
function writeBig(path: string, bytes: number, seed: number): [line: number, column: number][] {
  const next = random(seed)
  const findings: [number, number][] = []
  const fd = openSync(path, 'w')
  let size = 0
  let line = 1
  let pieces: string[] = []
  let gathered = 0
  const flush = (): void => {
    size += writeSync(fd, Buffer.from(pieces.join('')))
    pieces = []
    gathered = 0
  }
  try {
    while (size + gathered * 3 < bytes) {
      // One line in 200 is 2 to 8 million characters long; none is empty (two breaks in a row could be one `\r\n`).
      const length = next() < 0.005 ? 2_000_000 + Math.floor(next() * 6_000_000) : 1 + Math.floor(next() * 400)
      let column = 1
      while (column <= length) {
        const piece = next() < 0.003 ? `${WRONG} ` : (BIG_FILLER[Math.floor(next() * BIG_FILLER.length)] as string)
        if (piece.startsWith(WRONG)) findings.push([line, column])
        pieces.push(piece)
        column += piece.length
        gathered += piece.length
        if (gathered > 1 << 20) flush()
      }
      pieces.push(BREAKS[Math.floor(next() * BREAKS.length)] as string)
      gathered++
      line++
    }
    flush()
  } finally {
    closeSync(fd)
  }
  return findings
}

describe('check on a file of 100 MB with lines of megabytes', () => {
  it('gives every finding in its place, each as one escaped line', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jce-check-big-'))
    folders.push(folder)
    const name = 'big\u001b[1m\n.txt'
    const findings = writeBig(join(folder, name), 100 * 1024 * 1024, FUZZ.seed)
    expect(findings.length).toBeGreaterThan(1000)
    const run = await runCli(['check', '.'], folder)
    rmSync(folder, { recursive: true, force: true })
    expect(run.status, run.stderr).toBe(1)
    const lines = outputLines(run.stdout)
    expect(lines.length).toBe(findings.length)
    expect(lines.map((line) => /^(.*?):(\d+):(\d+) {2}/.exec(line)?.slice(1))).toEqual(
      findings.map(([line, column]) => [printable(name), String(line), String(column)]),
    )
    expect(run.stderr).toMatch(new RegExp(`^${findings.length} problems: \\d+ references checked in 1 file\\n$`))
  }, 120_000)
})
