/**
 * One set of silencing rules for `check` and the remark rule: which
 * comments count (in a comment, not in a string, per language; in Markdown,
 * HTML comments outside inline code), what each silences (a line, the next
 * line, a block between -disable and -enable, remark's next block for
 * `<!--lint ignore-->`), the directives reported as warnings (unused,
 * unknown, unclosed) in text, `--json` and SARIF without changing the
 * status, code skipped alike by `check --skip-code` and `code: false`, and
 * a small docs site (test/fixtures/silencing-site) on which `check` and the
 * remark rule report exactly the same findings.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { remark } from 'remark'
import remarkLint from 'remark-lint'
import { afterAll, describe, expect, it } from 'vitest'
import { type CheckIO, type CheckOptions, runCheck } from '../src/cli/run-check.js'
import remarkLintReferences from '../src/entries/remark.js'
import { type CommentState, type LineSyntax, lineDirectives } from '../src/model/comment-syntax.js'
import { type DirectiveProblem, Silencer } from '../src/model/silencing.js'
import { CLI } from './helpers/check-tree.js'
import { root } from './helpers/corpus.js'
import { sarifValidator } from './helpers/sarif.js'

const SITE = join(root, 'test/fixtures/silencing-site')
const PAGES = ['code.md', 'directives.md', 'guide/quotes.md', 'index.md']
const P = 'jilin-counter-espionage'

/** The directives of one line that count, as `kind@column`. */
function directivesOf(line: string, syntax: LineSyntax = 'code', state: CommentState = { htmlComment: false }) {
  return lineDirectives(line, syntax, state).map((directive) => `${directive.kind}@${directive.start + 1}`)
}

describe('a directive counts in a comment, not in a string', () => {
  it.each([
    // TypeScript and JavaScript
    [`foo() // ${P}-disable-line`, ['disable-line@10']],
    [`const s = "${P}-disable-line"`, []],
    [`const s = '${P}-disable-line'`, []],
    [`const t = \`${P}-disable-line\``, []],
    [`const s = "it's" // ${P}-disable-line`, ['disable-line@21']],
    [`const s = '/* not a comment */ ${P}-disable-line'`, []],
    [`/* ${P}-disable */ const x = 1`, ['disable@4']],
    [` * ${P}-disable-next-line`, ['disable-next-line@4']],
    [`i-- ${P}-disable-line`, []],
    [`f(); ${P}-disable-line`, []],
    // Python
    [`x = "a"  # ${P}-disable-line`, ['disable-line@12']],
    [`x = "# ${P}-disable-line"`, []],
    [`x = "don't"  # ${P}-disable-line`, ['disable-line@16']],
    [`'''${P}-disable'''`, []],
    // YAML
    [`note: ${P}-disable-line`, []],
    [`note: "${P}-disable-line"`, []],
    [`note: it's here # ${P}-disable-line`, ['disable-line@19']],
    [`url: https://example.org/#${P}-disable-line`, []],
    // JSON
    [`{ "a": "${P}-disable-line" }`, []],
    [`{ "a": "x", "b": "${P}-disable-next-line" }`, []],
    // Shell
    [`echo "${P}-disable-line"`, []],
    [`echo hi # ${P}-disable-line`, ['disable-line@11']],
    [`echo a#${P}-disable-line`, []],
    // SQL, Lisp and INI, HTML
    [`SELECT 1 -- ${P}-disable-line`, ['disable-line@13']],
    [`(foo) ; ${P}-disable-line`, ['disable-line@9']],
    [`; ${P}-disable-next-line`, ['disable-next-line@3']],
    // HTML comments are markup's, not other code's (a TypeScript string spanning lines may hold one).
    [`<p>x</p> <!-- ${P}-disable-line -->`, []],
    [`<!--${P}-disable-->`, []],
    [`between; remark's <!--lint ignore no-invalid-reference--> the next block`, []],
    // A description after the directive, as ESLint allows.
    [`// ${P}-disable-next-line -- quoted from a draft`, ['disable-next-line@4']],
    // A directive counts only when it opens its comment: prose that names one is not one.
    [` * (\`${P}-disable\`, \`-disable-line\`)`, []],
    [`// use ${P}-disable-line to silence a line`, []],
    [`/** ${P}-disable-next-line */`, ['disable-next-line@5']],
    [`# -- ${P}-disable-line`, ['disable-line@6']],
  ])('code: %s', (line, expected) => {
    expect(directivesOf(line)).toEqual(expected)
  })

  it.each([
    [`<p>x</p> <!-- ${P}-disable-line -->`, ['disable-line@15']],
    [`<!--${P}-disable-->`, ['disable@5']],
    [`<!-- see ${P}-disable-line -->`, []],
    [`<!--lint disable no-invalid-reference-->`, ['disable@1']],
    [`<a href="x"><!-- ${P}-disable-line --></a>`, ['disable-line@18']],
  ])('markup: %s', (line, expected) => {
    expect(directivesOf(line, 'markup')).toEqual(expected)
  })

  it.each([
    [`<!-- ${P}-disable-next-line -->`, ['disable-next-line@6']],
    [`本规定第九十条 <!-- ${P}-disable-line -->`, ['disable-line@14']],
    [`# ${P}-disable`, []],
    [`* ${P}-disable-line`, []],
    [`text // ${P}-disable-line`, []],
    [`Use \`<!-- ${P}-disable-next-line -->\` to silence a line.`, []],
    [`Use \`\`<!-- ${P}-disable-line -->\`\` here.`, []],
    [`A lone \` does not open code: <!-- ${P}-disable-line -->`, ['disable-line@35']],
    [`{/* ${P}-disable-line */}`, ['disable-line@5']],
  ])('Markdown: %s', (line, expected) => {
    expect(directivesOf(line, 'markdown')).toEqual(expected)
  })

  it('Markdown: an HTML comment may span lines', () => {
    const state = { htmlComment: false }
    expect(
      ['<!--', `  ${P}-disable`, '-->', `  ${P}-enable`].map((line) => directivesOf(line, 'markdown', state)),
    ).toEqual([[], ['disable@3'], [], []])
  })

  it('lint comments: bare or naming the rule count; other rules and unknown bare words are remark-lint’s', () => {
    expect(directivesOf('<!--lint disable no-invalid-reference-->', 'markup')).toEqual(['disable@1'])
    expect(directivesOf(`<!--lint ignore ${P}:no-invalid-reference-->`, 'markup')).toEqual(['ignore@1'])
    expect(directivesOf('<!--lint enable-->', 'markup')).toEqual(['enable@1'])
    expect(directivesOf('<!-- lint disable no-invalid-reference maximum-line-length -->', 'markup')).toEqual([
      'disable@1',
    ])
    expect(directivesOf('<!--lint disable maximum-line-length-->', 'markup')).toEqual([])
    expect(directivesOf('<!--lint disabel-->', 'markup')).toEqual([])
    expect(directivesOf("const s = '<!--lint disable-->'", 'markup')).toEqual([])
    expect(directivesOf('`<!--lint disable-->`', 'markdown')).toEqual([])
    expect(directivesOf('{/*lint disable no-invalid-reference*/}', 'markdown')).toEqual(['disable@2'])
    const [unknown] = lineDirectives('<!--lint disabel no-invalid-reference-->', 'markdown', { htmlComment: false })
    expect(unknown).toMatchObject({ kind: 'unknown', family: 'lint', suggestion: 'lint disable', named: true })
  })

  it('misspelled directives are unknown, with the closest one; other words after the prefix are not directives', () => {
    const unknown = (word: string) =>
      lineDirectives(`// ${P}-${word}`, 'code', { htmlComment: false }).map((d) => [d.kind, d.suggestion])
    expect(unknown('disable-nextline')).toEqual([['unknown', `${P}-disable-next-line`]])
    expect(unknown('disabel')).toEqual([['unknown', `${P}-disable`]])
    expect(unknown('disable-lines')).toEqual([['unknown', `${P}-disable-line`]])
    expect(unknown('enabled')).toEqual([['unknown', `${P}-enable`]])
    expect(unknown('Disable')).toEqual([['unknown', `${P}-disable`]])
    expect(unknown('disable-everything-forever')).toEqual([['unknown', undefined]])
    for (const word of ['2025.md', 'remark', 'metadata', 'cli']) expect(unknown(word)).toEqual([])
  })
})

/** Run `lines` through a silencer, asking about a finding at each place given; answer which were silenced and what was reported. */
function silence(
  lines: readonly string[],
  findings: readonly [line: number, column: number][],
  options: { markdown?: boolean; markup?: boolean; skipCode?: boolean } = {},
) {
  const silencer = new Silencer(options)
  const silenced: string[] = []
  const skipped: string[] = []
  const problems: DirectiveProblem[] = []
  for (const [index, text] of lines.entries()) {
    const line = index + 1
    silencer.line(line, text)
    for (const [at, column] of findings) {
      if (at !== line) continue
      if (silencer.skipped(line, column)) skipped.push(`${line}:${column}`)
      else if (silencer.silenced(line, column)) silenced.push(`${line}:${column}`)
    }
    problems.push(...silencer.flush())
  }
  problems.push(...silencer.end())
  return { silenced, skipped, problems: problems.map((p) => `${p.line}:${p.column} ${p.kind}`) }
}

describe('what each directive silences, and which are reported', () => {
  it('disable-line, disable-next-line: their line, the next', () => {
    const lines = [`a // ${P}-disable-line`, `// ${P}-disable-next-line`, 'b', 'c']
    expect(
      silence(lines, [
        [1, 1],
        [3, 1],
        [4, 1],
      ]),
    ).toEqual({ silenced: ['1:1', '3:1'], skipped: [], problems: [] })
    // Nothing on the lines they silence: both are unused.
    expect(silence(lines, [[4, 1]]).problems).toEqual(['1:6 unused', '2:4 unused'])
  })

  it('a block runs from the end of -disable to the start of -enable; an unclosed one that silenced is unclosed', () => {
    const lines = [`x /* ${P}-disable */ y`, 'z', `w /* ${P}-enable */ v`, `/* ${P}-disable */`, 'u']
    const { silenced, problems } = silence(lines, [
      [1, 1],
      [1, 20],
      [1, 41],
      [2, 1],
      [3, 1],
      [3, 40],
      [5, 1],
    ])
    // On the lines of -disable and -enable, what stands before and after them: the directives' own text aside.
    expect(silenced).toEqual(['1:41', '2:1', '3:1', '5:1'])
    expect(problems).toEqual(['4:4 unclosed'])
    // With nothing to silence, an unclosed -disable is unused.
    expect(silence([`# ${P}-disable`, 'a'], []).problems).toEqual(['1:3 unused'])
  })

  it('an -enable with no -disable open, and a second -disable, are unused', () => {
    const lines = [`# ${P}-enable`, `# ${P}-disable`, `# ${P}-disable`, 'a', `# ${P}-enable`]
    expect(silence(lines, [[4, 1]]).problems).toEqual(['1:3 unused', '3:3 unused'])
  })

  it('a finding is credited to the narrowest directive: a block that only covers silenced lines is unused', () => {
    const lines = [`# ${P}-disable`, `a # ${P}-disable-line`, `# ${P}-enable`]
    expect(silence(lines, [[2, 1]]).problems).toEqual(['1:3 unused'])
  })

  it('lint ignore: the rest of its line and the next block (a paragraph, a heading, a fence)', () => {
    const lines = [
      '<!--lint ignore--> a', // 1
      '', // 2
      'b', // 3
      'c', // 4
      '', // 5
      'd', // 6
      '<!--lint ignore no-invalid-reference-->', // 7
      '# e', // 8
      'f', // 9
      '<!--lint ignore-->', // 10
      '```', // 11
      'g', // 12
      '', // 13
      'h', // 14
      '```', // 15
      'i', // 16
    ]
    const at = [1, 3, 4, 6, 8, 9, 12, 14, 16].map((line): [number, number] => [line, line === 1 ? 20 : 1])
    expect(silence(lines, at, { markdown: true }).silenced).toEqual(['1:20', '3:1', '4:1', '8:1', '12:1', '14:1'])
    // Outside Markdown (in markup, where `<!--` is a comment), the block ends at a blank line.
    expect(
      silence(
        ['<!--lint ignore-->', 'a', 'b', '', 'c'],
        [2, 3, 5].map((l): [number, number] => [l, 1]),
        { markup: true },
      ).silenced,
    ).toEqual(['2:1', '3:1'])
    // In other code, `<!--` opens no comment.
    expect(silence(['<!--lint ignore-->', 'a'], [[2, 1]]).silenced).toEqual([])
    // With nothing in its block, a named one is unused; a bare one speaks for every rule and is not reported.
    expect(silence(['<!--lint ignore no-invalid-reference-->', 'a'], [], { markdown: true }).problems).toEqual([
      '1:1 unused',
    ])
    expect(silence(['<!--lint ignore-->', 'a'], [], { markdown: true }).problems).toEqual([])
  })

  it('lint disable … enable, bare or named; one left open to the end is remark’s usage, not reported', () => {
    const lines = [
      '<!--lint disable no-invalid-reference-->',
      'a',
      '<!--lint enable-->',
      'b',
      '<!--lint disable-->',
      'c',
    ]
    expect(
      silence(
        lines,
        [2, 4, 6].map((line): [number, number] => [line, 1]),
        { markdown: true },
      ),
    ).toEqual({ silenced: ['2:1', '6:1'], skipped: [], problems: [] })
    expect(silence(['<!--lint enable no-invalid-reference-->'], [], { markup: true }).problems).toEqual(['1:1 unused'])
  })

  it('skipCode (Markdown): code fences and inline code are skipped, and their directives do not count', () => {
    const lines = ['a `b` c', '```ts', `// ${P}-disable-next-line`, 'd', '```', 'e']
    const at: [number, number][] = [
      [1, 1],
      [1, 4],
      [4, 1],
      [6, 1],
    ]
    expect(silence(lines, at, { markdown: true, skipCode: true })).toEqual({
      silenced: [],
      skipped: ['1:4', '4:1'],
      problems: [],
    })
    // Code checked: the directive in the fence is a comment of the code, and silences line 4.
    expect(silence(lines, at, { markdown: true })).toEqual({ silenced: ['4:1'], skipped: [], problems: [] })
  })
})

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A folder with these files. */
function tree(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'jce-silencing-'))
  folders.push(folder)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  return folder
}

async function check(cwd: string, options: Partial<CheckOptions> = {}, io: Partial<CheckIO> = {}) {
  let out = ''
  let err = ''
  const code = await runCheck(
    { paths: ['.'], format: 'text', bare: false, gitignore: false, ignorePatterns: [], ...options },
    { out: (text) => (out += text), err: (text) => (err += text), cwd, version: '1.2.3', ...io },
  )
  return { code, out, err }
}

/** `file:line:column rule` of each line of the text output. */
const textPlaces = (out: string): string[] =>
  out
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(.+?):(\d+):(\d+) {2}.* {2}(\S+)$/.exec(line)
      expect(match, line).not.toBeNull()
      const [, file, row, column, rule] = match as RegExpExecArray
      return `${file}:${row}:${column} ${rule}`
    })

describe('check honours the directives in comments only, in every language', () => {
  const files = {
    'app.ts': `const a = "${P}-disable-line 本规定第九十条"\n// ${P}-disable-next-line\nconst b = '本规定第九十一条'\n`,
    'rules.py': `A = "本规定第九十条"  # ${P}-disable-line\nB = "${P}-disable-line 本规定第九十一条"\n`,
    'refs.yaml': `- 本规定第九十条 # ${P}-disable-line\n- "${P}-disable-line 本规定第九十一条"\n`,
    'refs.json': `{ "note": "${P}-disable-line", "ref": "本规定第九十条" }\n`,
    'notes.md': `# ${P}-disable\n\n本规定第九十条\n\n\`<!-- ${P}-disable-next-line -->\`\n本规定第九十一条\n`,
    'run.sh': `# ${P}-disable-next-line\necho "本规定第九十条"\necho "${P}-disable-line 本规定第九十一条"\n`,
  }

  it('reports the references after a directive in a string, and silences those after one in a comment', async () => {
    const { code, out } = await check(tree(files))
    expect(code).toBe(1)
    expect(textPlaces(out)).toEqual([
      'app.ts:1:49 no-invalid-reference',
      'notes.md:3:1 no-invalid-reference',
      'notes.md:6:1 no-invalid-reference',
      'refs.json:1:59 no-invalid-reference',
      'refs.yaml:2:41 no-invalid-reference',
      'rules.py:2:43 no-invalid-reference',
      'run.sh:3:44 no-invalid-reference',
    ])
  })
})

describe('check reports directives as warnings, which alone leave the status 0', () => {
  const folder = tree({
    'a.md': `<!-- ${P}-disable-next-line -->\n本规定第五条\n\n<!-- ${P}-disabel -->\n\n<!-- ${P}-disable -->\n本规定第九十条\n`,
  })

  it('text: a line each, under no-invalid-directive; the summary counts them apart', async () => {
    const { code, out, err } = await check(folder)
    expect(code).toBe(0)
    expect(out).toBe(
      [
        `a.md:1:6  Unexpected unused directive \`${P}-disable-next-line\` (it silences no finding), expected the directive removed  no-invalid-directive`,
        `a.md:4:6  Unexpected unknown directive \`${P}-disabel\`, expected \`${P}-disable\`  no-invalid-directive`,
        `a.md:6:6  Unexpected unclosed directive \`${P}-disable\` (no \`${P}-enable\` after it), expected \`${P}-enable\` after the lines it silences  no-invalid-directive`,
        '',
      ].join('\n'),
    )
    expect(err).toBe('No problems, 3 warnings: 2 references checked in 1 file\n')
  })

  it('--json: severity warning and a code of their own; errors have severity error', async () => {
    writeFileSync(join(folder, 'b.md'), '本规定第九十九条\n')
    try {
      const { code, out } = await check(folder, { format: 'json' })
      expect(code).toBe(1)
      const findings = JSON.parse(out).findings as Record<string, unknown>[]
      expect(findings.map((f) => [f.file, f.line, f.column, f.ruleId, f.severity, f.code])).toEqual([
        ['a.md', 1, 6, 'no-invalid-directive', 'warning', 'unused-directive'],
        ['a.md', 4, 6, 'no-invalid-directive', 'warning', 'unknown-directive'],
        ['a.md', 6, 6, 'no-invalid-directive', 'warning', 'unclosed-directive'],
        ['b.md', 1, 1, 'no-invalid-reference', 'error', 'not-found'],
      ])
      expect(findings[1]).toMatchObject({ text: `${P}-disabel`, suggestion: `${P}-disable`, endColumn: 6 + 31 })
      expect(findings[0]).not.toHaveProperty('form')
    } finally {
      rmSync(join(folder, 'b.md'))
    }
  })

  it('SARIF: level warning, a second rule in the driver, and the log validates', async () => {
    const { code, out } = await check(folder, { format: 'sarif' })
    expect(code).toBe(0)
    const log = JSON.parse(out)
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const { rules } = log.runs[0].tool.driver
    expect(
      rules.map((rule: { id: string; defaultConfiguration: { level: string } }) => [
        rule.id,
        rule.defaultConfiguration.level,
      ]),
    ).toEqual([
      ['no-invalid-reference', 'error'],
      ['no-invalid-directive', 'warning'],
    ])
    expect(
      log.runs[0].results.map(
        (r: { ruleId: string; ruleIndex: number; level: string; properties: { code: string } }) => [
          r.ruleId,
          r.ruleIndex,
          r.level,
          r.properties.code,
        ],
      ),
    ).toEqual([
      ['no-invalid-directive', 1, 'warning', 'unused-directive'],
      ['no-invalid-directive', 1, 'warning', 'unknown-directive'],
      ['no-invalid-directive', 1, 'warning', 'unclosed-directive'],
    ])
  })
})

/** What the remark rule reports on each page of the site, as `file:line:column rule`. */
async function remarkPlaces(code: boolean): Promise<string[]> {
  const places: string[] = []
  for (const page of PAGES) {
    const file = await remark()
      .use(remarkLint)
      .use(remarkLintReferences, { code })
      .process(readFileSync(join(SITE, page), 'utf8'))
    for (const message of file.messages) places.push(`${page}:${message.line}:${message.column} ${message.ruleId}`)
  }
  return places.sort()
}

/** What `check` reports on the site, in each format, as `file:line:column rule`. */
async function checkPlaces(skipCode: boolean): Promise<Record<'text' | 'json' | 'sarif', string[]>> {
  const text = textPlaces((await check(SITE, { skipCode })).out)
  const json = (
    JSON.parse((await check(SITE, { skipCode, format: 'json' })).out).findings as Record<string, unknown>[]
  ).map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)
  type Result = {
    ruleId: string
    locations: {
      physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }
    }[]
  }
  const sarif = (JSON.parse((await check(SITE, { skipCode, format: 'sarif' })).out).runs[0].results as Result[]).map(
    (r) => {
      const { artifactLocation, region } = (r.locations[0] as Result['locations'][number]).physicalLocation
      return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${r.ruleId}`
    },
  )
  return { text: text.sort(), json: json.sort(), sarif: sarif.sort() }
}

/** The site's findings with code checked (both tools' default), in the order `sort` gives. */
const SITE_FINDINGS = [
  'code.md:15:43 no-invalid-reference',
  'code.md:19:59 no-invalid-reference',
  'code.md:32:1 no-invalid-reference',
  'code.md:3:7 no-invalid-reference',
  'code.md:6:4 no-invalid-reference',
  'code.md:7:52 no-invalid-reference',
  'directives.md:15:1 no-invalid-directive',
  'directives.md:22:6 no-invalid-directive',
  'directives.md:24:6 no-invalid-directive',
  'directives.md:3:6 no-invalid-directive',
  'directives.md:6:6 no-invalid-directive',
  'directives.md:7:1 no-invalid-reference',
  'directives.md:9:6 no-invalid-directive',
  'guide/quotes.md:10:3 no-invalid-reference',
  'guide/quotes.md:17:25 no-invalid-reference',
  'guide/quotes.md:5:3 no-invalid-reference',
  'guide/quotes.md:7:7 no-invalid-reference',
  'index.md:18:5 no-invalid-reference',
  'index.md:5:3 no-invalid-reference',
  'index.md:7:3 no-invalid-reference',
]

describe('on a docs site, check and the remark rule report exactly the same findings', () => {
  it('code checked (the default of both): the same 20 findings in text, JSON, SARIF and remark', async () => {
    const reported = await checkPlaces(false)
    expect(reported.text).toEqual(SITE_FINDINGS)
    expect(reported.json).toEqual(SITE_FINDINGS)
    expect(reported.sarif).toEqual(SITE_FINDINGS)
    expect(await remarkPlaces(true)).toEqual(SITE_FINDINGS)
  })

  it('code skipped (check --skip-code, remark code: false): the same, without what stands in code', async () => {
    // What stands in code: inline code (3), the ts fence (6, 7), the YAML value (15), the JSON (19).
    const inCode = ['code.md:3:7', 'code.md:6:4', 'code.md:7:52', 'code.md:15:43', 'code.md:19:59']
    const expected = SITE_FINDINGS.filter((place) => !inCode.some((code) => place.startsWith(`${code} `)))
    const reported = await checkPlaces(true)
    expect(reported.text).toEqual(expected)
    expect(reported.json).toEqual(expected)
    expect(reported.sarif).toEqual(expected)
    expect(await remarkPlaces(false)).toEqual(expected)
  })

  it('the same in chunks of every small size (directives split across chunks)', async () => {
    const { out } = await check(SITE)
    for (const chunkSize of [1, 2, 7, 64])
      expect((await check(SITE, {}, { chunkSize })).out, `chunk ${chunkSize}`).toBe(out)
  })

  it('the remark rule’s directive messages are never fatal, and stop with the rule', async () => {
    const page = readFileSync(join(SITE, 'directives.md'), 'utf8')
    const file = await remark().use(remarkLint).use(remarkLintReferences, ['error']).process(page)
    const byRule = (rule: string) => file.messages.filter((m) => m.ruleId === rule)
    expect(byRule('no-invalid-reference').every((m) => m.fatal === true)).toBe(true)
    expect(byRule('no-invalid-directive').map((m) => [m.line, m.fatal, m.source])).toEqual([
      [3, false, 'jilin-counter-espionage'],
      [6, false, 'jilin-counter-espionage'],
      [9, false, 'jilin-counter-espionage'],
      [15, false, 'jilin-counter-espionage'],
      [22, false, 'jilin-counter-espionage'],
      [24, false, 'jilin-counter-espionage'],
    ])
    expect(byRule('no-invalid-directive')[1]).toMatchObject({
      actual: `${P}-disable-nextline`,
      expected: [`${P}-disable-next-line`],
    })
    expect((await remark().use(remarkLint).use(remarkLintReferences, ['off']).process(page)).messages).toEqual([])
  })

  it('the built CLI takes --skip-code, and warnings alone exit 0', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: SITE, encoding: 'utf8' })
    const skipped = run(['.', '--skip-code', '--json'])
    expect(skipped.status).toBe(1)
    expect(JSON.parse(skipped.stdout).findings).toHaveLength(15)
    const only = tree({ 'w.md': `<!-- ${P}-disable-line -->\n` })
    const quiet = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: only, encoding: 'utf8' })
    expect(quiet.status).toBe(0)
    expect(quiet.stdout).toMatch(/^w\.md:1:6 {2}Unexpected unused directive .* no-invalid-directive\n$/)
  })
})

describe('the silencing is linear in the text, whatever its directives', () => {
  /** The steps `lines` take through a silencer, asking about a finding at each column given for each line. */
  const steps = (lines: readonly string[], columns: (line: string) => number[], markdown: boolean): number => {
    const stats = { steps: 0 }
    const silencer = new Silencer({ markdown, skipCode: markdown, stats })
    for (const [index, text] of lines.entries()) {
      silencer.line(index + 1, text)
      for (const column of columns(text)) if (!silencer.skipped(index + 1, column)) silencer.silenced(index + 1, column)
      silencer.flush()
    }
    silencer.end()
    return stats.steps
  }
  const every = (step: number) => (line: string) =>
    Array.from({ length: Math.floor(line.length / step) }, (_, i) => i * step + 1)
  it.each([
    [
      'an ignore on every line',
      (n: number) => Array.from({ length: n }, () => '<!--lint ignore no-invalid-reference--> x'),
      () => [40],
      true,
    ],
    [
      'blocks opened and closed along one line',
      (n: number) => [`<!--${P}-disable--> a <!--${P}-enable--> b `.repeat(n)],
      every(7),
      true,
    ],
    [
      'directives of every kind along one line of code',
      (n: number) => [`/* ${P}-disable-line */ x /* ${P}-disabel */ "it's ${P}-enable" `.repeat(n)],
      every(5),
      false,
    ],
    [
      'backtick runs of every length along one line',
      (n: number) => [Array.from({ length: n }, (_, i) => '`'.repeat((i % 50) + 1)).join(' x ')],
      every(3),
      true,
    ],
    [
      'unclosed quotes and comments along one line of code',
      (n: number) => [`' " \` /* <!-- ${P}-disable-line `.repeat(n)],
      every(11),
      false,
    ],
  ] as const)('%s: four times the text, four times the steps', (_name, make, columns, markdown) => {
    const small = steps(make(2000), columns as (line: string) => number[], markdown)
    const large = steps(make(8000), columns as (line: string) => number[], markdown)
    expect(small).toBeGreaterThan(10_000)
    // Linear work gives 4; work that grows with the square, 16.
    expect(large / small).toBeLessThan(4.5)
  })
})
