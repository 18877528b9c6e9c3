/**
 * The command line as a new user meets it: the table of contents on a
 * terminal that reports no width, one minimum `--width`, help within 80
 * columns, counts said in the singular for one, usage on standard error
 * without a command, `search` that says it found nothing, colour on a
 * terminal only (and never in JSON or SARIF), suggestions in `show` and
 * `cite` as `check` gives them, options a command does not take named as
 * such, and folders that `check` would skip said to be skipped. Tests that
 * spawn the CLI use the build (`npx tsup`).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { colouredFindingLine, colourWanted, redFirstLine, styles } from '../src/cli/colour.js'
import { DEFAULT_WIDTH, MIN_WIDTH, screenWidth } from '../src/cli/command.js'
import { checkedFinding, findingLine } from '../src/cli/report.js'
import { type CheckOptions, runCheck, summaryLine } from '../src/cli/run-check.js'
import { RULE_ID } from '../src/cli/sarif.js'
import { checkText, referenceMessage } from '../src/entries/citation.js'
import { lookup } from '../src/entries/query.js'
import { columns } from '../src/render/text.js'
import { CLI } from './helpers/check-tree.js'
import { COMMANDS as ALL, run, USAGE } from './helpers/run.js'

const width = (line: string): number => [...line].reduce((sum, char) => sum + columns(char), 0)
const ESC = '\u001b'
/** The environment without what turns colour on or off, so a test sets what it means to. */
const plainEnv = (): NodeJS.ProcessEnv => {
  const { NO_COLOR: _no, FORCE_COLOR: _force, NODE_DISABLE_COLORS: _disable, ...rest } = process.env
  return rest
}
/** Run the built CLI in `cwd` with `env` added to a colourless environment. */
const cli = (args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; preload?: string } = {}) =>
  spawnSync(
    process.execPath,
    [
      ...(options.preload ? ['--import', `data:text/javascript,${encodeURIComponent(options.preload)}`] : []),
      CLI,
      ...args,
    ],
    { cwd: options.cwd ?? process.cwd(), env: { ...plainEnv(), ...options.env }, encoding: 'utf8' },
  )

/** Every command and the options it takes, as "Unexpected option" lists them (read from the commands themselves). */
const OPTIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(ALL).map(([name, command]) => [name, Object.keys(command.options ?? {})]),
)
const COMMANDS = Object.keys(OPTIONS)
/** Arguments that make each command run (a missing one would be a usage error of its own). */
const ARGS: Readonly<Record<string, readonly string[]>> = {
  toc: [],
  show: ['art_1'],
  search: ['举报'],
  cite: ['第一条'],
  check: ['.'],
  render: ['art_1', '--format', 'text'],
}

describe('1. toc on a terminal that reports no width', () => {
  const at80 = run(['toc', '--width', '80']).stdout

  it('falls back to 80 columns for 0, none, or what is not a width', () => {
    for (const columns of [0, undefined, Number.NaN, -5]) {
      expect(run(['toc'], columns === undefined ? {} : { columns }).stdout).toBe(at80)
    }
    expect(screenWidth(0)).toBe(DEFAULT_WIDTH)
    expect(screenWidth(undefined)).toBe(DEFAULT_WIDTH)
    expect(screenWidth(120)).toBe(120)
    // A terminal narrower than the narrowest width gets that width: the lines wrap, but say something.
    expect(screenWidth(5)).toBe(MIN_WIDTH)
    expect(run(['toc'], { columns: 5 }).stdout).toBe(run(['toc', '--width', String(MIN_WIDTH)]).stdout)
  })

  it('keeps every line within the width, from the narrowest up', () => {
    for (let columns = MIN_WIDTH; columns <= 120; columns++) {
      const lines = run(['toc', '--width', String(columns)])
        .stdout.trimEnd()
        .split('\n')
      expect(lines.filter((line) => line.startsWith('  第'))).toHaveLength(42)
      for (const line of lines) expect(width(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns)
    }
  })

  it('as a process whose standard output is a terminal of 0 columns, or of none', () => {
    for (const columns of ['0', 'undefined']) {
      const result = cli(['toc'], {
        preload: `Object.defineProperty(process.stdout, 'isTTY', { value: true }); process.stdout.columns = ${columns}`,
        env: { NO_COLOR: '1' },
      })
      expect([result.status, result.stderr]).toEqual([0, ''])
      expect(result.stdout).toBe(at80)
    }
  })
})

describe('2. one minimum --width', () => {
  it('is the same number and the same message for every command that takes --width', () => {
    const takers = COMMANDS.filter((command) => OPTIONS[command]?.includes('width'))
    expect(takers).toEqual(['toc', 'render'])
    for (const command of COMMANDS) {
      const answer = run([command, ...(ARGS[command] ?? []), '--width', String(MIN_WIDTH - 1)])
      expect(answer.code).toBe(2)
      expect(answer.stderr).toBe(
        takers.includes(command)
          ? `Unexpected --width \`${MIN_WIDTH - 1}\`, expected an integer of at least ${MIN_WIDTH}\n`
          : `Unexpected option \`--width\` for \`${command}\`, expected ${[...(OPTIONS[command] ?? []).map((o) => `--${o}`), 'or --help'].join(', ')}\n`,
      )
    }
    for (const command of takers) {
      expect(run([command, ...(ARGS[command] ?? []), '--width', String(MIN_WIDTH)]).code).toBe(0)
      for (const bad of ['0', 'x', '-1', '20.5', ''])
        expect(run([command, ...(ARGS[command] ?? []), `--width=${bad}`]).code).toBe(2)
      expect(run([command, '--help']).stdout).toContain(`at least ${MIN_WIDTH}`)
    }
    expect(MIN_WIDTH).toBe(20)
  })

  it('render wraps text at the width', () => {
    const text = run(['render', 'chp_2', '--format', 'text', '--width', String(MIN_WIDTH)]).stdout
    for (const line of text.trimEnd().split('\n')) expect(width(line), line).toBeLessThanOrEqual(MIN_WIDTH)
  })
})

describe('3. help within 80 columns', () => {
  const texts: [string, string][] = [
    ['--help', run(['--help']).stdout],
    ['no command', run([]).stderr],
    ['an unknown command', run(['nope']).stderr],
    ...COMMANDS.map((command): [string, string] => [`${command} --help`, run([command, '--help']).stdout]),
  ]

  it.each(texts)('%s: every line within 80 columns (a CJK character is two)', (_name, text) => {
    expect(text).toMatch(/Usage: jilin-counter-espionage/)
    for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80)
  })

  it('covers every command', () => {
    for (const command of COMMANDS) expect(USAGE).toContain(`  ${command} `)
  })
})

describe('4. check counts in the singular for one', () => {
  it.each([
    [0, 0, 0, 'No problems: 0 references checked in 0 files'],
    [1, 1, 1, '1 problem: 1 reference checked in 1 file'],
    [2, 2, 2, '2 problems: 2 references checked in 2 files'],
    [0, 1, 2, 'No problems: 1 reference checked in 2 files'],
    [1, 2, 0, '1 problem: 2 references checked in 0 files'],
    [2, 0, 1, '2 problems: 0 references checked in 1 file'],
  ])('%i problems, %i references, %i files', (problems, references, files, line) => {
    expect(summaryLine(problems, references, files)).toBe(`${line}\n`)
  })
})

/** A tree for `check`: a finding, node_modules, .git, folders ignored by .gitignore files, a vendored folder. */
const tree = mkdtempSync(join(tmpdir(), 'jce-cli-ux-'))
afterAll(() => rmSync(tree, { recursive: true, force: true }))
beforeAll(() => {
  const write = (path: string, text: string): void => {
    mkdirSync(join(tree, path, '..'), { recursive: true })
    writeFileSync(join(tree, path), text)
  }
  write('one.md', '本规定第九十九条\n')
  write('two.md', '本规定第五条和本规定第六条\n')
  write('.gitignore', 'build/\n')
  write('build/out.md', '本规定第九十九条\n')
  write('sub/.gitignore', 'gen/\n')
  write('sub/gen/x.md', '本规定第九十九条\n')
  write('sub/ok.md', '本规定第五条\n')
  write('node_modules/pkg/readme.md', '本规定第九十九条\n')
  write('.git/notes.md', '本规定第九十九条\n')
  write('vendor/lib.md', '本规定第九十九条\n')
})

/** Run `check` in the tree: its status and what it wrote. */
async function check(paths: string[], options: Partial<CheckOptions> = {}, colour?: { out?: boolean; err?: boolean }) {
  let out = ''
  let err = ''
  const code = await runCheck(
    { paths, format: 'text', bare: false, gitignore: true, ignorePatterns: [], ...options },
    {
      out: (text) => {
        out += text
      },
      err: (text) => {
        err += text
      },
      cwd: tree,
      ...(colour === undefined ? {} : { colour }),
    },
  )
  return { code, out, err }
}

describe('4. check counts in the singular for one, as check runs', () => {
  it('1 problem, 1 reference, 1 file; 2 of each', async () => {
    expect((await check(['one.md'])).err).toBe('1 problem: 1 reference checked in 1 file\n')
    expect((await check(['two.md'])).err).toBe('No problems: 2 references checked in 1 file\n')
    expect((await check(['one.md', 'sub/ok.md'])).err).toBe('1 problem: 2 references checked in 2 files\n')
  })
})

describe('5. no command', () => {
  it('is a usage error: the usage on standard error, status 2', () => {
    const answer = run([])
    expect(answer).toEqual({
      code: 2,
      stdout: '',
      stderr: `Unexpected missing command, expected toc, show, search, cite, check or render\n\n${USAGE}`,
    })
  })

  it('--help alone still prints the usage on standard output, status 0', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' })
    expect(run(['-h'])).toEqual({ code: 0, stdout: USAGE, stderr: '' })
  })

  it('as a process', () => {
    const bare = cli([])
    expect([bare.status, bare.stdout]).toEqual([2, ''])
    expect(bare.stderr).toContain(USAGE)
    expect(cli(['--help'])).toMatchObject({ status: 0, stdout: USAGE, stderr: '' })
  })
})

describe('6. search that finds nothing', () => {
  it('says so on standard error, with status 0; --json answers no hits', () => {
    expect(run(['search', '火星'])).toEqual({ code: 0, stdout: '', stderr: 'No hits for `火星`\n' })
    expect(run(['search', '举报', '--chapter', '1'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'No hits for `举报` in chapter 1\n',
    })
    expect(run(['search', '火星', '--json'])).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ terms: ['火星'], hits: [] }, null, 2)}\n`,
      stderr: '',
    })
  })

  it('escapes control characters of the query, and says nothing for --limit 0 (no hits asked for)', () => {
    expect(run(['search', `火星${ESC}[2J`]).stderr).toBe('No hits for `火星\\u001b[2J`\n')
    expect(run(['search', '举报', '--limit', '0'])).toEqual({ code: 0, stdout: '', stderr: '' })
  })
})

describe('7. colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '3', TERM: 'dumb' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ NO_COLOR: 'yes', FORCE_COLOR: '1' }, true, false],
  ])('%j on %s: %s', (env, isTTY, wanted) => {
    expect(colourWanted(env, isTTY)).toBe(wanted)
  })

  it('styles nothing when off', () => {
    const off = styles(false)
    for (const style of [off.place, off.quiet, off.heading, off.error]) expect(style('第一条')).toBe('第一条')
    expect(styles(true).error('x')).toBe(`${ESC}[31mx${ESC}[39m`)
  })

  it('colours the place and rule id of check’s line, and the line reads as before without the colour', () => {
    const [reference] = checkText('本规定第九十九条')
    const finding = checkedFinding(
      `a${ESC}[2J.md`,
      { reference, line: 1, column: 1, endLine: 1, endColumn: 9 } as never,
      RULE_ID,
    )
    const coloured = colouredFindingLine(finding)
    expect(coloured).toMatch(new RegExp(`^${ESC}\\[4ma\\\\u001b\\[2J\\.md:1:1${ESC}\\[24m {2}Unexpected`))
    expect(coloured).toContain(`${ESC}[2m${RULE_ID}${ESC}[22m\n`)
    expect(stripVTControlCharacters(coloured)).toBe(findingLine(finding))
  })

  it('reddens the reason of a failure on standard error, not the usage after it', () => {
    const answer = run(['nope'], { colour: { stderr: true } })
    expect(answer.stderr.startsWith(`${ESC}[31mUnexpected command \`nope\``)).toBe(true)
    expect(answer.stderr.endsWith(USAGE)).toBe(true)
    expect(redFirstLine('a\nb\n')).toBe(`${ESC}[31ma${ESC}[39m\nb\n`)
    expect(run(['nope']).stderr).not.toContain(ESC)
    // A notice with status 0 is not an error.
    expect(run(['search', '火星'], { colour: { stderr: true } }).stderr).not.toContain(ESC)
  })

  it('colours text on standard output, never --json', () => {
    const colour = { stdout: true, stderr: true }
    expect(run(['toc'], { colour }).stdout).toContain(`${ESC}[1m第一章`)
    expect(stripVTControlCharacters(run(['toc'], { colour }).stdout)).toBe(run(['toc']).stdout)
    expect(run(['search', '举报'], { colour }).stdout).toMatch(new RegExp(`^${ESC}\\[4mart_`))
    expect(run(['cite', '第九十九条'], { colour }).stdout).toMatch(new RegExp(`^${ESC}\\[4m1:1${ESC}`))
    for (const argv of [
      ['toc', '--json'],
      ['search', '举报', '--json'],
      ['cite', '第九十九条', '--json'],
      ['show', 'art_1', '--json'],
      ['render', 'art_1', '--format', 'json'],
      ['render', 'art_1', '--format', 'text', '--json'],
    ])
      expect(run(argv, { colour }).stdout, argv.join(' ')).not.toContain(ESC)
  })

  it('colours check’s text lines and problems, never its --json or SARIF', async () => {
    const text = await check(['one.md', 'missing.md'], {}, { out: true, err: true })
    expect(text.out).toContain(`${ESC}[4mone.md:1:1${ESC}[24m`)
    expect(text.err).toContain(`${ESC}[31mUnexpected missing path`)
    expect(stripVTControlCharacters(text.out)).toBe((await check(['one.md', 'missing.md'])).out)
    for (const format of ['json', 'sarif'] as const) {
      const out = (await check(['one.md'], { format }, { out: true, err: true })).out
      expect(out).not.toContain(ESC)
      expect(JSON.parse(out)).toBeTypeOf('object')
    }
  })

  it('as a process: on with FORCE_COLOR, off with NO_COLOR (which wins) or FORCE_COLOR=0, and off in a pipe', () => {
    const forced = cli(['check', 'one.md'], { cwd: tree, env: { FORCE_COLOR: '1' } })
    expect(forced.status).toBe(1)
    expect(forced.stdout).toMatch(new RegExp(`^${ESC}\\[4mone\\.md:1:1${ESC}\\[24m {2}Unexpected reference`))
    expect(cli(['nope'], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(new RegExp(`^${ESC}\\[31mUnexpected command`))
    for (const env of [{}, { NO_COLOR: '1', FORCE_COLOR: '1' }, { FORCE_COLOR: '0' }]) {
      const plain = cli(['check', 'one.md'], { cwd: tree, env })
      expect(plain.stdout + plain.stderr, JSON.stringify(env)).not.toContain(ESC)
      expect(plain.stdout).toMatch(/^one\.md:1:1 {2}Unexpected reference/)
    }
    for (const args of [
      ['check', 'one.md', '--json'],
      ['check', 'one.md', '--format', 'sarif'],
    ]) {
      const result = cli(args, { cwd: tree, env: { FORCE_COLOR: '1' } })
      expect(result.stdout).not.toContain(ESC)
      expect(JSON.parse(result.stdout)).toBeTypeOf('object')
    }
  })
})

describe('8. show and cite give the suggestion as check does', () => {
  /** The suggestion the library gives for a reference (which one is the resolver's business, not the CLI's). */
  const suggestion = (reference: string): string => {
    const found = lookup(reference)
    if (found.ok || found.suggestion === undefined) throw new Error(`no suggestion for ${reference}`)
    return found.suggestion
  }

  it('show: check’s message, status 1', () => {
    expect(run(['show', '第四十三条'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `Unexpected reference \`第四十三条\` (No article 43 (第四十三条): the regulation has 42 articles), expected \`${suggestion('第四十三条')}\`\n`,
    })
    for (const reference of [
      '本规定第四十三条',
      '本规定第十五条第四款',
      '第十〇条',
      '《吉林省反间谍工作规定》第五十条',
      'art_38__para_1__list_1__item_6',
    ]) {
      // The reference as check finds it in a file that holds only it (bare, for 第十〇条).
      const found = checkText(reference, { bare: true }).find((candidate) => candidate.text === reference)
      expect(found, reference).toBeDefined()
      const message = `${referenceMessage(found as NonNullable<typeof found>)}\n`
      expect(run(['show', reference]), reference).toEqual({ code: 1, stdout: '', stderr: message })
      expect(run(['render', reference, '--format', 'text']).stderr).toBe(message)
    }
  })

  it('a number past a double’s range: the digits as written, with what the largest number gets', () => {
    const expected = (stderr: string): string => stderr.slice(stderr.lastIndexOf('), expected '))
    const huge = run(['show', '99999999999999999999'])
    expect(huge.code).toBe(1)
    expect(huge.stderr).toMatch(/^Unexpected reference `99999999999999999999` \(No article 99999999999999999999: /)
    expect(expected(huge.stderr)).toBe(expected(run(['show', String(Number.MAX_SAFE_INTEGER)]).stderr))
  })

  it('cite: the suggestion after the reason, and as `suggestion` in --json', () => {
    const text = '第四十三条\n第十五条第四款\n本条\n第五条'
    const answer = run(['cite', text])
    expect(answer.code).toBe(1)
    expect(answer.stdout).toBe(
      [
        `1:1\t第四十三条\tNo article 43 (第四十三条): the regulation has 42 articles, expected \`${suggestion('第四十三条')}\``,
        `2:1\t第十五条第四款\tNo paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs, expected \`${suggestion('第十五条第四款')}\``,
        '3:1\t本条\t`本条` needs a context inside an article, such as `art_29`',
        '4:1\t第五条\tart_5',
        '',
      ].join('\n'),
    )
    const rows = JSON.parse(run(['cite', text, '--json']).stdout)
    expect(rows.map((row: { suggestion?: string }) => row.suggestion)).toEqual([
      suggestion('第四十三条'),
      suggestion('第十五条第四款'),
      undefined,
      undefined,
    ])
    expect(Object.keys(rows[2])).not.toContain('suggestion')
  })

  it('cite: a document named in 《》 is a document, not another instrument', () => {
    const text = '发给《特种刀具生产许可证》，依照《中华人民共和国刑法》处罚'
    expect(run(['cite', text]).stdout).toBe(
      [
        '1:3\t《特种刀具生产许可证》\ta document, not an instrument (licence): 特种刀具生产许可证',
        '1:17\t《中华人民共和国刑法》\tanother instrument: 中华人民共和国刑法',
        '',
      ].join('\n'),
    )
    expect(JSON.parse(run(['cite', text, '--json']).stdout)[0]).toMatchObject({
      document: '特种刀具生产许可证',
      kind: 'licence',
    })
  })
})

describe('9. an option the command does not take', () => {
  const list = (command: string): string =>
    [...(OPTIONS[command] ?? []).map((option) => `--${option}`), 'or --help'].join(', ')

  it('every command takes the options it lists, and --json', () => {
    expect(COMMANDS).toEqual(['toc', 'show', 'search', 'cite', 'check', 'render'])
    expect(OPTIONS.toc).toEqual(['width', 'json'])
    expect(OPTIONS.check).toEqual(
      expect.arrayContaining(['bare', 'format', 'no-ignore', 'ignore-pattern', 'ignore-path']),
    )
    for (const command of COMMANDS) {
      expect(OPTIONS[command]).toContain('json')
      for (const option of OPTIONS[command] ?? []) {
        const answer = run([command, `--${option}`], { input: () => '' })
        expect(answer.stderr, `${command} --${option}`).not.toMatch(/^Unexpected option/)
      }
      expect(run([command, '--frobnicate']).stderr).toBe(
        `Unexpected option \`--frobnicate\` for \`${command}\`, expected ${list(command)}\n`,
      )
    }
  })

  const cross = COMMANDS.flatMap((command) =>
    [...new Set(Object.values(OPTIONS).flat())]
      .filter((option) => !OPTIONS[command]?.includes(option))
      .map((option): [string, string] => [command, option]),
  )

  it.each(cross)('%s --%s is a usage error that names the command', (command, option) => {
    for (const given of [`--${option}`, `--${option}=x`]) {
      expect(run([command, ...(ARGS[command] ?? []), given])).toEqual({
        code: 2,
        stdout: '',
        stderr: `Unexpected option \`--${option}\` for \`${command}\`, expected ${list(command)}\n`,
      })
    }
  })

  it('the examples of the issue', () => {
    expect(run(['toc', '--format', 'html']).stderr).toBe(
      'Unexpected option `--format` for `toc`, expected --width, --json, or --help\n',
    )
    expect(run(['show', 'art_1', '--width', '3']).stderr).toBe(
      'Unexpected option `--width` for `show`, expected --lang, --json, or --help\n',
    )
    expect(run(['cite', '--bare']).stderr).toBe(
      'Unexpected option `--bare` for `cite`, expected --file, --jsonl, --json, or --help\n',
    )
  })

  it('a value given to a switch', () => {
    expect(run(['toc', '--json=1'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unexpected value of `--json`, expected --json alone (it takes none)\n',
    })
  })
})

describe('10. check and the folders it skips', () => {
  it.each([
    [['node_modules'], 'node_modules: skipped (node_modules is never checked), name its files to check them'],
    [['node_modules/pkg'], 'node_modules/pkg: skipped (node_modules is never checked), name its files to check them'],
    [['.git'], '.git: skipped (.git is never checked), name its files to check them'],
    [
      ['node_modules/**/*.md'],
      'node_modules/**/*.md: skipped (node_modules is never checked), name its files to check them',
    ],
    [['build'], 'build: skipped (ignored by .gitignore), check it with --no-ignore'],
    [['build/'], 'build/: skipped (ignored by .gitignore), check it with --no-ignore'],
    [['build/**/*.md'], 'build/**/*.md: skipped (ignored by .gitignore), check it with --no-ignore'],
    [['sub/gen'], 'sub/gen: skipped (ignored by sub/.gitignore), check it with --no-ignore'],
  ])('%j: says it is skipped and why, status 2', async (paths, line) => {
    expect(await check(paths)).toEqual({
      code: 2,
      out: '',
      err: `${line}\nNo problems: 0 references checked in 0 files\n`,
    })
  })

  it('a folder an --ignore-pattern names', async () => {
    expect((await check(['vendor'], { ignorePatterns: ['vendor/'] })).err).toBe(
      'vendor: skipped (it matches an ignore pattern of the configuration, --ignore-pattern or --ignore-path), name its files to check them\nNo problems: 0 references checked in 0 files\n',
    )
  })

  it('checks the other paths, a file named in an ignored folder, and a folder with --no-ignore', async () => {
    const mixed = await check(['node_modules', 'one.md'])
    expect(mixed.code).toBe(2)
    expect(mixed.out).toMatch(/^one\.md:1:1 /)
    for (const file of ['node_modules/pkg/readme.md', '.git/notes.md', 'build/out.md', 'sub/gen/x.md']) {
      expect(await check([file]), file).toMatchObject({
        code: 1,
        out: expect.stringMatching(new RegExp(`^${file.replace(/\./g, '\\.')}:1:1 `)),
      })
    }
    expect(await check(['build'], { gitignore: false })).toMatchObject({
      code: 1,
      out: expect.stringMatching(/^build\/out\.md:1:1 /),
    })
    expect((await check(['node_modules'], { gitignore: false })).code).toBe(2)
    // Walking the tree from its top skips them quietly, as before.
    const all = await check(['.'])
    expect(all.code).toBe(1)
    expect(
      all.out
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['one.md', 'vendor/lib.md'])
  })

  it('as a process: status 2', () => {
    const result = cli(['check', 'node_modules'], { cwd: tree })
    expect([result.status, result.stdout]).toEqual([2, ''])
    expect(result.stderr).toBe(
      'node_modules: skipped (node_modules is never checked), name its files to check them\nNo problems: 0 references checked in 0 files\n',
    )
  })
})
