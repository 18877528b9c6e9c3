/**
 * `check` on a tree with known valid, invalid and malformed references in
 * TypeScript, Python, Markdown, JSON, YAML and text (comments and strings,
 * CRLF, a BOM, silencing comments), plus what the test adds around it: a
 * .gitignore and the files it ignores, node_modules, a binary file, a
 * reference split across a chunk boundary and a line longer than a block.
 * The expected findings are listed by file, line and text; their columns
 * are computed here from the file's lines, independently of the scanner.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CheckIO, type CheckOptions, runCheck } from '../src/cli/run-check.js'
import { checkFile, type Finding, MAX_BLOCK } from '../src/cli/scan-file.js'
import { checkText } from '../src/entries/citation.js'
import { Silencer } from '../src/model/silencing.js'
import { root } from './helpers/corpus.js'
import { run } from './helpers/run.js'
import { sarifValidator } from './helpers/sarif.js'

const fixtures = join(root, 'test/fixtures/check')
const tree = mkdtempSync(join(tmpdir(), 'jce-check-'))

/** A finding as the test expects it: the file, the line, the text, the failure code. */
type Expected = readonly [file: string, line: number, text: string, code: string]

const EXPECTED: Expected[] = [
  ['chunks.md', 0, '本规定第四十三条', 'not-found'],
  ['data/refs.json', 2, 'art_15__para_9', 'not-found'],
  ['data/refs.json', 2, 'chp_6', 'not-found'],
  ['data/refs.json', 3, '本规定第四十二条之一', 'not-found'],
  ['data/refs.yaml', 4, '《吉林省反间谍工作规定》第零条', 'syntax'],
  ['long.txt', 1, '本规定第六十条', 'not-found'],
  ['long.txt', 1, '本规定第六十一条', 'not-found'],
  ['notes/bom.md', 1, '本规定第九十条', 'not-found'],
  ['notes/guide.md', 5, 'Article 15(4)', 'not-found'],
  ['notes/guide.md', 10, '本规定第四十四条', 'not-found'],
  ['notes/windows.txt', 2, '本规定第三章第五十条', 'not-found'],
  ['src/app.ts', 3, '《吉林省反间谍工作规定》第四十三条', 'not-found'],
  ['src/app.ts', 5, '本规定第十五条第四款', 'not-found'],
  ['src/app.ts', 6, 'art_38__para_1__list_1__item_6', 'not-found'],
  ['src/app.ts', 11, '/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_99', 'not-found'],
  ['src/rules.py', 3, '本规定第二十三条第四款', 'not-found'],
  ['src/rules.py', 5, '本规定第十〇条', 'syntax'],
  ['src/rules.py', 10, 'Article 50', 'not-found'],
]

/** Where the chunk-boundary reference sits: its UTF-8 bytes straddle 65,536 (the default chunk). */
let chunkLine = 0

beforeAll(() => {
  cpSync(fixtures, tree, { recursive: true })
  writeFileSync(join(tree, '.gitignore'), 'ignored/\n*.log\n!keep.log\n')
  mkdirSync(join(tree, 'ignored'))
  writeFileSync(join(tree, 'ignored/old.md'), '本规定第九十九条\n')
  writeFileSync(join(tree, 'debug.log'), '本规定第九十九条\n')
  mkdirSync(join(tree, 'node_modules/pkg'), { recursive: true })
  writeFileSync(join(tree, 'node_modules/pkg/readme.md'), '本规定第九十九条\n')
  writeFileSync(join(tree, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a]))
  // A reference whose bytes straddle the first chunk boundary, after multi-byte characters.
  const reference = '本规定第四十三条'
  let text = ''
  let line = 1
  while (Buffer.byteLength(`${text}间谍行为的防范。\n`) < 65_536 - 10) {
    text += '间谍行为的防范。\n'
    line++
  }
  text += `${'a'.repeat(65_536 - 5 - Buffer.byteLength(text))}${reference}\n`
  chunkLine = line
  writeFileSync(join(tree, 'chunks.md'), text)
  // One line longer than a block, with references near the window's end.
  const long = `${'依照本规定第五条。'.repeat(Math.ceil((MAX_BLOCK - 100) / 9))}本规定第六十条，${'x'.repeat(3000)}本规定第六十一条。${'第五条'.repeat(2000)}\n`
  writeFileSync(join(tree, 'long.txt'), long)
})

afterAll(() => {
  rmSync(tree, { recursive: true, force: true })
})

/** The lines of a file as an editor shows them (BOM dropped; \n, \r\n or \r end a line). */
function linesOf(file: string): string[] {
  return readFileSync(join(tree, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
}

/** The expected findings with their lines and columns, computed from the files. */
function expected(): { file: string; line: number; column: number; text: string; code: string }[] {
  return EXPECTED.map(([file, givenLine, text, code]) => {
    const line = file === 'chunks.md' ? chunkLine : givenLine
    const column = (linesOf(file)[line - 1] ?? '').indexOf(text) + 1
    expect(column, `${file}:${line} has ${text}`).toBeGreaterThan(0)
    return { file, line, column, text, code }
  })
}

interface Captured {
  code: number
  out: string
  err: string
}

async function check(options: Partial<CheckOptions>, io: Partial<CheckIO> = {}): Promise<Captured> {
  let out = ''
  let err = ''
  const code = await runCheck(
    { paths: ['.'], format: 'text', bare: false, gitignore: true, ignorePatterns: [], ...options },
    { out: (text) => (out += text), err: (text) => (err += text), cwd: tree, ...io },
  )
  return { code, out, err }
}

describe('check on the fixture tree', () => {
  it('reports exactly the invalid and malformed references, in text', async () => {
    const { code, out, err } = await check({})
    expect(code).toBe(1)
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(EXPECTED.length)
    for (const [index, want] of expected().entries()) {
      const line = lines[index] as string
      expect(line.startsWith(`${want.file}:${want.line}:${want.column}  `), line).toBe(true)
      expect(line).toMatch(/ {2}no-invalid-reference$/)
      expect(line).toContain(`\`${want.text}\``)
    }
    expect(out).toContain('expected `第十五条第三款`')
    expect(err).toContain('image.bin: binary file (it has a NUL byte), skipped')
    expect(err).toMatch(/18 problems: \d+ references checked in 10 files\n$/)
  })

  it('reports the same in --json, with end positions and codes', async () => {
    const { code, out } = await check({ format: 'json' })
    expect(code).toBe(1)
    const report = JSON.parse(out)
    expect(report.files).toBe(10)
    expect(report.skipped).toEqual([{ file: 'image.bin', reason: 'binary file (it has a NUL byte), skipped' }])
    expect(report.problems).toEqual([])
    expect(report.findings.map((f: Record<string, unknown>) => [f.file, f.line, f.column, f.text, f.code])).toEqual(
      expected().map((want) => [want.file, want.line, want.column, want.text, want.code]),
    )
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual(
        [
          'code',
          'column',
          'endColumn',
          'endLine',
          'file',
          'form',
          'line',
          'message',
          'ruleId',
          'severity',
          'text',
          ...('suggestion' in finding ? ['suggestion'] : []),
        ].sort(),
      )
      expect(finding.severity).toBe('error')
      expect(finding.endLine).toBe(finding.line)
      expect(finding.endColumn - finding.column).toBe(finding.text.length)
    }
  })

  it('writes SARIF 2.1.0 that validates against the SARIF schema, with the same findings', async () => {
    const { code, out } = await check({ format: 'sarif' }, { version: '1.2.3' })
    expect(code).toBe(1)
    const log = JSON.parse(out)
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'jilin-counter-espionage', version: '1.2.3' })
    // Paths are relative to %SRCROOT%, the working directory.
    expect(log.runs[0].originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(`${tree}/`).href)
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('SRCROOT')
    type Result = {
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, unknown> } }[]
    }
    const places = (log.runs[0].results as Result[]).map((result) => {
      const { artifactLocation, region } = (result.locations[0] as Result['locations'][number]).physicalLocation
      return [artifactLocation.uri, region.startLine, region.startColumn, (region.snippet as { text: string }).text]
    })
    expect(places).toEqual(expected().map((want) => [want.file, want.line, want.column, want.text]))
    // A SARIF log that breaks the schema is refused: the validation can fail.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {} }] }] })).toBe(false)
  })

  it('finds the same with chunks of every small size (references and characters split across chunks)', async () => {
    const { out: whole } = await check({ paths: ['src', 'notes', 'data'] })
    for (const chunkSize of [1, 2, 3, 5, 7, 13, 64]) {
      expect((await check({ paths: ['src', 'notes', 'data'] }, { chunkSize })).out, `chunk ${chunkSize}`).toBe(whole)
    }
  })

  it('a line longer than a block finds what checkText finds in it', async () => {
    const text = readFileSync(join(tree, 'long.txt'), 'utf8')
    const failing = checkText(text).filter((reference) => !reference.result.ok)
    const { out } = await check({ paths: ['long.txt'], format: 'json' })
    const findings = JSON.parse(out).findings
    expect(findings.map((f: { column: number; text: string }) => [f.column, f.text])).toEqual(
      failing.map((reference) => [reference.start + 1, reference.text]),
    )
  })

  it('--bare counts bare citations too', async () => {
    const { out } = await check({ paths: ['src/app.ts'], bare: true, format: 'json' })
    const texts = JSON.parse(out).findings.map((f: { text: string }) => f.text)
    expect(texts).toContain('第九十九条')
    expect(texts).not.toContain('反间谍法第九十条')
  })

  it('honours .gitignore (and --no-ignore reads what it ignores), always skips node_modules', async () => {
    const files = async (gitignore: boolean): Promise<string[]> =>
      [
        ...new Set(
          JSON.parse((await check({ gitignore, format: 'json' })).out).findings.map((f: { file: string }) => f.file),
        ),
      ] as string[]
    expect(await files(true)).not.toEqual(expect.arrayContaining(['ignored/old.md']))
    const all = await files(false)
    expect(all).toEqual(expect.arrayContaining(['ignored/old.md', 'debug.log']))
    expect(all).not.toContain('node_modules/pkg/readme.md')
    // A file named on the command line is read even when ignored.
    expect((await check({ paths: ['debug.log'] })).out).toMatch(/^debug\.log:1:1 {2}/)
    // --ignore-pattern adds patterns.
    expect((await check({ paths: ['src'], ignorePatterns: ['*.py'], format: 'json' })).out).not.toContain('rules.py')
  })

  it('reads each file once when paths overlap', async () => {
    const once = JSON.parse((await check({ paths: ['src'], format: 'json' })).out).findings
    const overlapping = await check({ paths: ['src', 'src/app.ts', 'src/**/*.ts', '.'], format: 'json' })
    const findings = JSON.parse(overlapping.out).findings as { file: string }[]
    expect(findings.filter((f) => f.file.startsWith('src/'))).toEqual(once)
  })

  it('takes globs', async () => {
    const { out } = await check({ paths: ['src/**/*.py', 'notes/*.md'], format: 'json' })
    expect([...new Set(JSON.parse(out).findings.map((f: { file: string }) => f.file))]).toEqual([
      'src/rules.py',
      'notes/bom.md',
      'notes/guide.md',
    ])
  })

  it('shows a progress line on a terminal only, and clears it', async () => {
    const ERASE = `\r${String.fromCharCode(27)}[K`
    const quiet = await check({ paths: ['src'] })
    expect(quiet.err).not.toContain('\r')
    const shown = await check({ paths: ['src', 'notes'] }, { progress: true })
    expect(shown.err).toMatch(new RegExp(`${ERASE.replace('[', '\\[')}\\d+ files checked, \\d+ problems`))
    // The progress line is erased before the summary.
    expect(shown.err.split(ERASE).at(-1)).toMatch(/^\d+ problems: \d+ references checked in \d+ files\n$/)
    // The findings are the same either way.
    expect(shown.out).toBe((await check({ paths: ['src', 'notes'] })).out)
  })

  it('never writes to the files it reads', async () => {
    const snapshot = (): string[] =>
      (readdirSync(tree, { recursive: true }) as string[])
        .sort()
        .map((file) => join(tree, file))
        .filter((file) => statSync(file).isFile())
        .map(
          (file) =>
            `${file} ${statSync(file).mtimeMs} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`,
        )
    const before = snapshot()
    await check({ format: 'sarif', gitignore: false })
    expect(snapshot()).toEqual(before)
  })
})

describe('check: every bad input has its own line and status', () => {
  it('no paths: a usage error', () => {
    expect(run(['check'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^Unexpected missing argument, expected jilin-counter-espionage check <paths or globs...>.*\(paths, folders or globs to check\)\n$/,
      ),
    })
  })

  it('an unknown option', () => {
    expect(run(['check', '.', '--fix'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Unexpected option `--fix` for `check`, expected --bare, --format/),
    })
  })

  it('an unknown format, or --json with another format', () => {
    expect(run(['check', '.', '--format', 'xml']).stderr).toBe(
      'Unexpected --format `xml`, expected text, json, sarif\n',
    )
    expect(run(['check', '.', '--json', '--format=sarif']).code).toBe(2)
  })

  it('an unknown command', () => {
    expect(run(['chek', '.'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unexpected command `chek`/) })
  })

  it('a path that does not exist: status 2, the other paths still checked', async () => {
    const { code, err, out } = await check({ paths: ['missing.ts', 'src/app.ts'] })
    expect(code).toBe(2)
    expect(err).toContain('Unexpected missing path `missing.ts`, expected a file, folder or glob that exists\n')
    expect(out).toContain('src/app.ts:3:8')
  })

  it('a glob that matches no files', async () => {
    expect(await check({ paths: ['src/**/*.rs'] })).toEqual({
      code: 2,
      out: '',
      err: 'Unexpected glob `src/**/*.rs` that matches no files, expected one that matches at least one\nNo problems: 0 references checked in 0 files\n',
    })
  })

  it('a file that cannot be read', async () => {
    // /proc/self/mem is a file whose reads at offset 0 fail (EIO), even for root.
    const { code, err } = await check({ paths: ['/proc/self/mem'] })
    expect(code).toBe(2)
    expect(err).toMatch(/^Unexpected unreadable file `\/proc\/self\/mem` \(EIO\), expected one that can be read\n/)
  })

  it('a folder where a file is expected (--ignore-path), and a missing ignore file', async () => {
    expect(await check({ ignorePath: 'src' })).toEqual({
      code: 2,
      out: '',
      err: 'Unexpected folder `src` for --ignore-path, expected a file\n',
    })
    expect((await check({ ignorePath: 'nope' })).err).toBe(
      'Unexpected missing file `nope` for --ignore-path, expected one that exists\n',
    )
  })

  it('a binary file is skipped with a notice, and does not change the status', async () => {
    expect(await check({ paths: ['image.bin'] })).toEqual({
      code: 0,
      out: '',
      err: 'image.bin: binary file (it has a NUL byte), skipped\nNo problems: 0 references checked in 0 files\n',
    })
  })

  it('an empty file: nothing to report, status 0', async () => {
    writeFileSync(join(tree, 'empty.md'), '')
    expect(await check({ paths: ['empty.md'] })).toEqual({
      code: 0,
      out: '',
      err: 'No problems: 0 references checked in 1 file\n',
    })
  })

  it('valid references only: status 0', async () => {
    expect((await check({ paths: ['notes/guide.md'], ignorePatterns: [] })).code).toBe(1)
    writeFileSync(join(tree, 'valid.md'), '本规定第十五条第二款；《吉林省反间谍工作规定》第四十二条；art_38__para_2\n')
    expect(await check({ paths: ['valid.md'] })).toEqual({
      code: 0,
      out: '',
      err: 'No problems: 3 references checked in 1 file\n',
    })
  })
})

describe('check as a process', () => {
  // The TypeScript loader, by path: the tree is outside the repository, where `tsx` would not resolve.
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', tsx, join(root, 'src/entries/cli.ts'), ...args], {
      cwd: tree,
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    })

  it('exits 1 with findings on standard output and no progress when standard error is not a terminal', () => {
    const result = cli(['check', 'src'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^src\/app\.ts:3:8 {2}Unexpected reference/)
    expect(result.stderr).toBe('7 problems: 14 references checked in 2 files\n')
  })

  it('exits 0 when every reference resolves, 2 for a missing path', () => {
    writeFileSync(join(tree, 'ok.md'), '本规定第五条\n')
    expect(cli(['check', 'ok.md']).status).toBe(0)
    expect(cli(['check', 'nowhere']).status).toBe(2)
  })

  it('cite --file reads a file, refuses a folder, and an empty input is a usage error', () => {
    expect(cli(['cite', '--file', 'ok.md'])).toMatchObject({ status: 0, stdout: '1:1\t本规定第五条\tart_5\n' })
    expect(cli(['cite', '--file', 'src'])).toMatchObject({
      status: 2,
      stderr: 'Unexpected folder `src`, expected a file\n',
    })
    expect(cli(['cite', '--file', '/proc/self/mem']).stderr).toMatch(/^Unexpected unreadable file/)
    expect(cli(['cite'], '')).toMatchObject({
      status: 2,
      stderr: 'Unexpected empty input, expected text to find citations in\n',
    })
  })

  it('show: a reference that does not parse', () => {
    expect(cli(['show', '第十五条第'])).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^Unexpected end of input, expected a number/),
    })
  })
})

describe('silencing comments', () => {
  it('disable-next-line, disable-line, and disable … enable, in any comment syntax', () => {
    const lines = [
      '// jilin-counter-espionage-disable-next-line', // 1
      'silenced', // 2
      'checked', // 3
      'x # jilin-counter-espionage-disable-line', // 4
      '<!-- jilin-counter-espionage-disable -->', // 5
      'silenced', // 6
      '-- jilin-counter-espionage-enable', // 7
      'checked', // 8
      '; jilin-counter-espionage-disable-lines is not a directive', // 9
    ]
    // Markup, where `<!--` opens a comment as well as the others.
    const silencer = new Silencer({ markup: true })
    expect(
      lines.map((line, index) => {
        silencer.line(index + 1, line)
        return silencer.silenced(index + 1, 1)
      }),
      // A block runs from the end of -disable to the start of -enable: line 7's start is still in it.
    ).toEqual([false, true, false, true, false, true, true, false, false])
    // The misspelled one is reported, and the others each silenced a finding.
    expect(silencer.end().map((problem) => [problem.line, problem.kind])).toEqual([[9, 'unknown']])
  })
})

describe('checkFile reads a file with one scanner', () => {
  it('knows a short name the file defined many chunks and lines before, whatever the chunk size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jce-check-alias-'))
    try {
      const file = join(dir, 'notes.md')
      const filler = '与本文无关的一行说明。\n'.repeat(2000)
      writeFileSync(file, `《吉林省反间谍工作规定》（以下简称吉林规定）\n${filler}见吉林规定第四十三条。\n`)
      const line = 2 + 2000
      for (const chunkSize of [7, 4096, 1 << 16]) {
        const findings: Finding[] = []
        const report = await checkFile(file, (finding) => void findings.push(finding), { chunkSize })
        expect(report.kind).toBe('checked')
        expect(
          findings.map((finding) => [finding.line, finding.column, finding.reference.text]),
          `chunks of ${chunkSize}`,
        ).toEqual([[line, 2, '吉林规定第四十三条']])
      }
      // Text checked line by line, without the definition, would not know the name.
      expect(checkText('见吉林规定第四十三条。')).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
