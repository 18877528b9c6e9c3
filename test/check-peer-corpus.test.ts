/**
 * `check` (the CLI's, in-process) over every file of the peer corpus of real
 * statutes (copied from ../shared/peer-corpus into test/fixtures): none of
 * them is this regulation, so it reports nothing, and its `--json` lists
 * every relative form it left unchecked with the statute it took it for
 * (the file's own title), at a line and column that hold its text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../src/citation/check/text-check.js'
import type { OtherListed } from '../src/cli/formats.js'
import { type CheckOptions, runCheck } from '../src/cli/run-check.js'
import { root } from './helpers/corpus.js'

const corpus = join(root, 'test/fixtures/peer-corpus')
const FOLDERS = ['security', 'sample', 'dev', 'structures', 'codes']

/** The statutes of the folders, as `folder/name`. */
const statutes = (): string[] =>
  FOLDERS.flatMap((folder) =>
    readdirSync(join(corpus, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${folder}/${name}`),
  )
/** What `check` reads besides the statutes: the README and each folder's MANIFEST.tsv of its list. */
const OTHERS = 1 + FOLDERS.filter((folder) => readdirSync(join(corpus, folder)).includes('MANIFEST.tsv')).length

async function check(options: Partial<CheckOptions>): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCheck(
    { paths: ['.'], format: 'text', bare: false, gitignore: true, ignorePatterns: [], ...options },
    { cwd: corpus, out: (text) => (out += text), err: (text) => (err += text) },
  )
  return { code, out, err }
}

/** The offset of a 1-based line and column (UTF-16 code units) in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let current = 1; current < line; current++) at = text.indexOf('\n', at) + 1
  return at + column - 1
}

describe('check over the peer corpus', () => {
  it('reports nothing in text, and exits 0', async () => {
    const { code, out, err } = await check({})
    expect(out).toBe('')
    expect(code).toBe(0)
    expect(err).toBe(`No problems: 0 references checked in ${statutes().length + OTHERS} files\n`)
  })

  it('--json lists each relative form it left unchecked, with the statute it took it for, where it stands', async () => {
    const { code, out } = await check({ format: 'json' })
    expect(code).toBe(0)
    const report = JSON.parse(out) as {
      findings: unknown[]
      files: number
      otherInstruments: { count: number; listed: OtherListed[] }
    }
    expect(report.findings).toEqual([])
    const files = statutes()
    // The statutes, the README and the .tsv files of their lists.
    expect(report.files).toBe(files.length + OTHERS)
    // The same as checkDocument gives file by file, in order.
    let expected = 0
    const byFile = new Map<string, OtherListed[]>()
    for (const other of report.otherInstruments.listed)
      byFile.set(other.file, [...(byFile.get(other.file) ?? []), other])
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8')
      const title = /^# (.+)$/m.exec(text)?.[1] as string
      const skipped = checkDocument(text).skipped.sort((a, b) => a.start - b.start)
      expected += skipped.length
      const listed = byFile.get(file) ?? []
      expect(
        listed.map((other) => other.text),
        file,
      ).toEqual(skipped.map((reference) => reference.text))
      for (const other of listed) {
        expect(other.instrument, file).toEqual({ title, by: 'title' })
        const at = offsetOf(text, other.line, other.column)
        expect(text.slice(at, at + other.text.length), `${file}:${other.line}:${other.column}`).toBe(other.text)
      }
    }
    expect(report.otherInstruments.count).toBe(expected)
    expect(report.otherInstruments.listed.length).toBe(expected)
    expect(expected).toBeGreaterThan(50)
  })
})
