/**
 * File names reach `check`'s text output escaped: a name may hold any
 * character but `/` and NUL, and one printed raw could forge finding lines
 * (a line feed and a line of its own), rewrite the line (a carriage return)
 * or drive the terminal (escape sequences). The tree here has a file for
 * every C0 and C1 control character and DEL, escape sequences, CR and LF,
 * a forged finding line, bidirectional controls and a backslash; every line
 * of the built CLI's standard output must be one finding line with no raw
 * control character, and its name must read back (as a JSON string) to the
 * file's name. Standard error (notices, problems, the progress line) holds
 * no raw control character either, but those of the progress line itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printable } from '../src/cli/printable.js'
import { runCheck } from '../src/cli/run-check.js'
import { runCli } from './helpers/check-tree.js'

const tree = mkdtempSync(join(tmpdir(), 'jce-check-names-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))

/** Whether `code` is a control character or another one a name must not show raw. */
function unsafe(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0x202e
}

/** The raw control characters of `text`, as code points (none is the answer wanted). */
function raw(text: string): number[] {
  return [...text].map((char) => char.codePointAt(0) as number).filter(unsafe)
}

const ESC = '\u001b'
/** The names of the files with a finding: one for each control character, and the hostile ones. */
const NAMES: string[] = [
  ...Array.from({ length: 31 }, (_, index) => `c0-${index + 1}-${String.fromCharCode(index + 1)}.md`),
  `del-${String.fromCharCode(0x7f)}.md`,
  ...Array.from({ length: 32 }, (_, index) => `c1-${index}-${String.fromCharCode(0x80 + index)}.md`),
  `clear${ESC}[2J${ESC}[H.md`,
  `title${ESC}]0;pwned${String.fromCharCode(7)}.md`,
  `red${ESC}[31mred${ESC}[0m.md`,
  `csi-${String.fromCharCode(0x9b)}31m.md`,
  `forged\nsrc/app.ts:1:1  Unexpected reference \`本规定第一条\`, expected nothing  no-invalid-reference\nx.md`,
  `overwrite\r${' '.repeat(20)}.md`,
  `crlf\r\n.md`,
  `bidi-\u202eevil\u202c.md`,
  `line-\u2028separator.md`,
  'back\\slash\\n.md',
  `folder${ESC}[1m/inner\n.md`,
]
const BINARY = `image${ESC}[5m\n.bin`
const MISSING = `missing${ESC}[2K\r\n.md`

beforeAll(() => {
  for (const name of NAMES) {
    const slash = name.indexOf('/')
    if (slash !== -1) mkdirSync(join(tree, name.slice(0, slash)), { recursive: true })
    writeFileSync(join(tree, name), 'x 本规定第九十九条\n')
  }
  writeFileSync(join(tree, BINARY), Buffer.from([0, 1, 2]))
})

/** A finding line: a name, its line and column, the message and the rule. */
const FINDING =
  /^(.+):1:3 {2}Unexpected reference `本规定第九十九条` \(.*\), expected `第九条` {2}no-invalid-reference$/

/** The name as printed, read back: the escapes are JSON's. */
function readBack(printed: string): string {
  return JSON.parse(`"${printed.replace(/"/g, '\\"')}"`)
}

describe('check escapes the names it prints', () => {
  it('every line of text output is one finding line, without a raw control character', async () => {
    const run = await runCli(['check', '.', MISSING], tree)
    expect(run.status).toBe(2)
    expect(raw(run.stdout.replace(/\n/g, ''))).toEqual([])
    const lines = run.stdout.slice(0, -1).split('\n')
    expect(lines).toHaveLength(NAMES.length)
    const names = lines.map((line) => {
      const match = FINDING.exec(line)
      expect(match, line).not.toBeNull()
      return readBack((match as RegExpExecArray)[1] as string)
    })
    expect(names.sort()).toEqual([...NAMES].sort())
    // Standard error: the notice of the binary file, the problem of the missing path, the summary; all escaped.
    expect(raw(run.stderr.replace(/\n/g, ''))).toEqual([])
    const notices = run.stderr.slice(0, -1).split('\n')
    expect(notices).toEqual([
      `${printable(BINARY)}: binary file (it has a NUL byte), skipped`,
      `Unexpected missing path \`${printable(MISSING)}\`, expected a file, folder or glob that exists`,
      `${NAMES.length} problems: ${NAMES.length} references checked in ${NAMES.length} files`,
    ])
  })

  it('--json keeps the names as they are (JSON escapes them)', async () => {
    const run = await runCli(['check', '.', '--json'], tree)
    const report = JSON.parse(run.stdout)
    expect(report.findings.map((finding: { file: string }) => finding.file).sort()).toEqual([...NAMES].sort())
    expect(report.skipped).toEqual([{ file: BINARY, reason: 'binary file (it has a NUL byte), skipped' }])
  })

  it('with the progress line on: standard error holds only its own control sequences', async () => {
    let err = ''
    let out = ''
    await runCheck(
      { paths: ['.', MISSING], format: 'text', bare: false, gitignore: true, ignorePatterns: [] },
      { out: (text) => (out += text), err: (text) => (err += text), cwd: tree, progress: true },
    )
    expect(raw(err.replaceAll(`\r${ESC}[K`, '').replace(/\n/g, ''))).toEqual([])
    expect(raw(out.replace(/\n/g, ''))).toEqual([])
  })

  it('escapes as JSON does, and leaves other text as it is', () => {
    expect(printable('docs/规定.md')).toBe('docs/规定.md')
    expect(printable(`a${ESC}[2J\n\r\t\b\f${String.fromCharCode(0x9b)}\\`)).toBe(
      'a\\u001b[2J\\n\\r\\t\\b\\f\\u009b\\\\',
    )
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code)
      const shown = printable(`x${char}y`)
      expect(raw(shown), `U+${code.toString(16)}`).toEqual([])
      expect(readBack(shown)).toBe(`x${char}y`)
    }
  })
})
