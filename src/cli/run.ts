/**
 * The command-line interface, as a function of its arguments (no I/O): each
 * command's arguments are read by `node:util`'s `parseArgs` (strict, so an
 * unknown option or an extra argument is a usage error), every command has
 * `--help` and `--json`, and the program has `--version`.
 */
import { parseArgs } from 'node:util'
import { regulation } from '../access/regulation.js'
import { translationOf } from '../annotations/translation.js'
import { extractCitations } from '../citation/api.js'
import type { Provision } from '../model/schema.js'
import { lookup } from '../query/lookup.js'
import { textOf } from '../query/navigate.js'
import { search } from '../query/search.js'
import { RENDER_FORMATS, type Renderable, type RenderOptions, render } from '../render/index.js'
import { CHECK_FORMATS, type CheckIO, type CheckOptions, runCheck } from './check.js'
import { tableOfContents } from './toc.js'

/**
 * Exit statuses, each with one meaning: 0 success; 1 a "no" answer (a
 * reference that does not resolve or does not parse); 2 a usage error (an
 * unknown command or option, a bad option value); 3 the output could not be
 * written (a closed pipe is not an error: the process ends quietly with 0);
 * 70 an internal error (a bug: please report it).
 */
export const EXIT = Object.freeze({ ok: 0, no: 1, usage: 2, output: 3, internal: 70 } as const)

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /**
   * Work that streams its output (`check`): `main` runs it with the
   * process's streams and exits with the status it answers; `code`,
   * `stdout` and `stderr` are then empty.
   */
  readonly task?: (io: CheckIO) => Promise<number>
}

/** What the command may use besides its arguments; `main` provides it. */
export interface RunContext {
  /** The terminal's width, when standard output is one. */
  readonly columns?: number
  /** The package's version, for `--version`. */
  readonly version?: string
  /** Standard input as text, for `cite` without a text argument (read only when asked for). */
  readonly input?: () => string
  /** Read a file as text, for `cite --file`: its text, or the line that says why it cannot be read. */
  readonly readText?: (path: string) => string | { readonly problem: string }
}

const NAME = 'jilin-counter-espionage'

const STATUS = `Exit status: 0 success, 1 a reference that does not resolve or parse,
2 a usage error, 3 the output could not be written, 70 an internal error.
`

const USAGE = `Usage: ${NAME} <command> [options]

Commands:
  toc [--width N]                  table of contents (default width: the terminal's, or 80)
  show <reference> [--lang zh,en]  the provision a reference names (an eId, URI, article
                                   number or citation such as 第十五条第二款)
  search <query> [--chapter N] [--limit N]
                                   full-text search of the regulation
  cite [text] [--file F]           every citation in the text (or a file, or standard input), resolved
  check <paths or globs...>        every reference to this regulation in the files, checked:
        [--bare] [--format text|json|sarif] [--no-ignore] [--ignore-pattern P] [--ignore-path F]
  render [reference] --format F    the regulation, or one provision, as markdown (md),
         [--standalone] [--width N]  text (txt), html, akn or json

Every command takes --help, and --json for its answer as JSON.
${NAME} --version prints the version.

${STATUS}`

type Values = Record<string, string | boolean | string[] | undefined>
type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options']

interface Command {
  readonly usage: string
  readonly options: Options
  /** How many positional arguments it takes. */
  readonly positionals: readonly [min: number, max: number]
  readonly run: (values: Values, positionals: readonly string[], context: RunContext) => RunResult
}

const ok = (stdout: string): RunResult => ({ code: EXIT.ok, stdout, stderr: '' })
const fail = (reason: string, code: number = EXIT.usage): RunResult => ({ code, stdout: '', stderr: `${reason}\n` })
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** A whole number of at least `min` from an option's text, or the reason it is not one. */
function wholeNumber(name: string, value: Values[string], min: number): number | RunResult | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min)
    return fail(`Unexpected --${name} \`${String(value)}\`, expected an integer of at least ${min}`)
  return number
}

/** The provision a reference names: a number is an article number. */
function resolve(reference: string): Provision | RunResult {
  const found = lookup(/^\d+$/.test(reference) ? Number(reference) : reference)
  return found.ok ? found.node : fail(found.reason, EXIT.no)
}

const JSON_OPTION = { json: { type: 'boolean' } } as const

const COMMANDS: Readonly<Record<string, Command>> = {
  toc: {
    usage: `Usage: ${NAME} toc [--width N] [--json]\n\nThe table of contents: each chapter, and each article with the start of its text,\nno line wider than N columns (default: the terminal's width, or 80; at least 20).\n`,
    options: { width: { type: 'string' }, ...JSON_OPTION },
    positionals: [0, 0],
    run(values, _positionals, context) {
      const width = wholeNumber('width', values.width, 20)
      if (typeof width === 'object') return width
      if (values.json)
        return ok(
          json(
            regulation.chapters.map((chapter) => ({
              eId: chapter.eId,
              heading: chapter.heading,
              title: chapter.title,
              articles: chapter.articles.map((article) => ({ eId: article.eId, heading: article.heading })),
            })),
          ),
        )
      return ok(tableOfContents(regulation, width ?? context.columns ?? 80))
    },
  },
  show: {
    usage: `Usage: ${NAME} show <reference> [--lang zh|en|zh,en] [--json]\n\nThe provision a reference names, with its parts: an eId (art_15__para_2), a URI,\nan article number (15) or a citation (第十五条第二款). --lang en adds the\nunofficial English translation.\n`,
    options: { lang: { type: 'string' }, ...JSON_OPTION },
    positionals: [1, 1],
    run(values, [reference]) {
      const node = resolve(reference as string)
      if ('code' in node) return node
      const langs = String(values.lang ?? 'zh').split(',')
      if (langs.length === 0 || langs.some((lang) => lang !== 'zh' && lang !== 'en'))
        return fail(`Unexpected --lang \`${String(values.lang)}\`, expected zh, en or zh,en`)
      const zh = (textOf(node) as { text: string }).text
      const en = (translationOf(node) as { text: string }).text
      if (values.json)
        return ok(
          json({
            eId: node.eId,
            type: node.type,
            ...(langs.includes('zh') ? { zh } : {}),
            ...(langs.includes('en') ? { en, enStatus: 'unofficial' } : {}),
          }),
        )
      const parts = [
        ...(langs.includes('zh') ? [zh] : []),
        ...(langs.includes('en') ? [`${en}\n(unofficial English translation)`] : []),
      ]
      return ok(`${parts.join('\n\n')}\n`)
    },
  },
  search: {
    usage: `Usage: ${NAME} search <query> [--chapter N] [--limit N] [--json]\n\nFull-text search: every term must occur; "…" keeps a phrase together.\n`,
    options: { chapter: { type: 'string' }, limit: { type: 'string' }, ...JSON_OPTION },
    positionals: [1, 1],
    run(values, [query]) {
      const chapter = wholeNumber('chapter', values.chapter, 1)
      if (typeof chapter === 'object') return chapter
      const limit = wholeNumber('limit', values.limit, 0)
      if (typeof limit === 'object') return limit
      const found = search(query as string, {
        ...(chapter === undefined ? {} : { chapter }),
        ...(limit === undefined ? {} : { limit }),
      })
      if (!found.ok) return fail(found.reason)
      if (values.json)
        return ok(
          json({
            terms: found.terms,
            hits: found.hits.map((hit) => ({ eId: hit.node.eId, snippet: hit.snippet, score: hit.score })),
          }),
        )
      return ok(found.hits.map((hit) => `${hit.node.eId}\t${hit.snippet}\n`).join(''))
    },
  },
  cite: {
    usage: `Usage: ${NAME} cite [text] [--file F] [--json]\n\nEvery citation in the text (or in file F, or, without either, in standard input),\neach resolved: line, column, the citation and what it names or why it does not\nresolve. Status 1 when any does not resolve.\n`,
    options: { file: { type: 'string' }, ...JSON_OPTION },
    positionals: [0, 1],
    run(values, [given], context) {
      if (given !== undefined && values.file !== undefined)
        return fail(`Unexpected text and --file together, expected one of them`)
      let text: string
      if (values.file !== undefined) {
        const read = context.readText?.(String(values.file)) ?? { problem: 'Unexpected --file, expected no files here' }
        if (typeof read !== 'string') return fail(read.problem)
        text = read
      } else text = given ?? context.input?.() ?? ''
      if (text.trim() === '') return fail('Unexpected empty input, expected text to find citations in')
      const found = extractCitations(text)
      const lineStarts = [0]
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
      // Citations come in text order, so the line only moves forward: one pass over the lines in all.
      let line = 0
      const place = (offset: number): { line: number; column: number } => {
        if ((lineStarts[line] as number) > offset) line = 0
        while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++
        return { line: line + 1, column: offset - (lineStarts[line] as number) + 1 }
      }
      const rows = found.map(({ start, text: written, resolution }) => ({
        ...place(start),
        text: written,
        ok: resolution.ok,
        ...(!resolution.ok
          ? { reason: resolution.reason }
          : resolution.scope === 'internal'
            ? { nodes: resolution.whole ? [] : resolution.nodes.map((node) => node.eId), whole: resolution.whole }
            : { external: resolution.title ?? null }),
      }))
      const code = rows.every((row) => row.ok) ? EXIT.ok : EXIT.no
      if (values.json) return { code, stdout: json(rows), stderr: '' }
      const lines = rows.map(
        (row) =>
          `${row.line}:${row.column}\t${row.text}\t${
            'reason' in row
              ? row.reason
              : 'nodes' in row
                ? row.whole
                  ? 'the whole regulation'
                  : row.nodes.join(' ')
                : `another instrument: ${row.external ?? 'unnamed'}`
          }\n`,
      )
      return { code, stdout: lines.join(''), stderr: '' }
    },
  },
  check: {
    usage: `Usage: ${NAME} check <paths or globs...> [--bare] [--format text|json|sarif] [--json]
       [--no-ignore] [--ignore-pattern P]... [--ignore-path F]

Every reference to this regulation in the files (source code, Markdown, text,
JSON, YAML, anything that is not binary) is checked: its title, with or without
《》, before a provision (《吉林省反间谍工作规定》第十五条), 本规定第…条, an eId
(art_15__para_2), a URI, or an English citation next to the English title
(Article 15 of the Jilin Province Counter-Espionage Work Regulations). With
--bare, bare 第…条 citations count too (for files about this regulation only).
Malformed citations (第十〇条) are reported as well.

Each one that does not resolve is reported as
  file:line:column  message  rule-id
(--json and --format sarif write JSON or SARIF 2.1.0 instead). Folders are
walked; .gitignore files are honoured (--no-ignore: not) and node_modules is
skipped. A comment jilin-counter-espionage-disable-next-line silences the next
line; jilin-counter-espionage-disable-line its own line; -disable … -enable the
lines between.

Status 0 when every reference resolves, 1 when any does not, 2 when a path
cannot be read or the arguments are wrong.
`,
    options: {
      bare: { type: 'boolean' },
      format: { type: 'string' },
      'no-ignore': { type: 'boolean' },
      'ignore-pattern': { type: 'string', multiple: true },
      'ignore-path': { type: 'string' },
      ...JSON_OPTION,
    },
    positionals: [1, Number.POSITIVE_INFINITY],
    run(values, paths, context) {
      const format = values.json ? 'json' : (values.format ?? 'text')
      if (!(CHECK_FORMATS as readonly unknown[]).includes(format))
        return fail(`Unexpected --format \`${String(format)}\`, expected ${CHECK_FORMATS.join(', ')}`)
      if (values.json && values.format !== undefined && values.format !== 'json')
        return fail(`Unexpected --json with --format \`${String(values.format)}\`, expected one of them`)
      const options: CheckOptions = {
        paths,
        format: format as CheckOptions['format'],
        bare: values.bare === true,
        gitignore: values['no-ignore'] !== true,
        ignorePatterns: (values['ignore-pattern'] as unknown as string[] | undefined) ?? [],
        ...(values['ignore-path'] === undefined ? {} : { ignorePath: String(values['ignore-path']) }),
      }
      return {
        code: EXIT.ok,
        stdout: '',
        stderr: '',
        task: (io) =>
          runCheck(options, { ...(context.version === undefined ? {} : { version: context.version }), ...io }),
      }
    },
  },
  render: {
    usage: `Usage: ${NAME} render [reference] --format F [--standalone] [--width N]\n\nThe regulation, or the provision a reference names, as markdown (md), text (txt),\nhtml, akn or json. --standalone makes a whole HTML page; --width wraps text.\n`,
    options: {
      format: { type: 'string' },
      standalone: { type: 'boolean' },
      width: { type: 'string' },
      ...JSON_OPTION,
    },
    positionals: [0, 1],
    run(values, [reference]) {
      const alias: Record<string, string> = { md: 'markdown', txt: 'text' }
      const given = values.format
      if (given === undefined) return fail(`Unexpected missing --format, expected one of ${RENDER_FORMATS.join(', ')}`)
      const format = alias[String(given)] ?? String(given)
      const width = values.width === undefined ? undefined : Number(values.width)
      if (width !== undefined && !Number.isInteger(width))
        return fail(`Unexpected --width \`${String(values.width)}\`, expected an integer`)
      let node: Renderable = regulation
      if (reference !== undefined) {
        const found = resolve(reference)
        if ('code' in found) return found
        node = found
      }
      const options = {
        format,
        ...(values.standalone ? { standalone: true } : {}),
        ...(width === undefined ? {} : { width }),
      }
      const result = render(node, options as RenderOptions)
      if (!result.ok) return fail(result.reason)
      return ok(values.json ? json({ format, mediaType: result.mediaType, output: result.output }) : result.output)
    },
  },
}

/** The reason `parseArgs` gives, in the "Unexpected …, expected …" form where it can be. */
function usageError(error: unknown, command: string): RunResult {
  const message = error instanceof Error ? error.message : String(error)
  const option = /Unknown option '([^']+)'/.exec(message)
  if (option) {
    const known = Object.keys(COMMANDS[command]?.options ?? {})
      .map((name) => `--${name}`)
      .join(', ')
    return fail(`Unexpected option \`${option[1]}\`, expected ${known}, or --help`)
  }
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)
  if (missing) return fail(`Unexpected missing value of \`${missing[1]}\`, expected a value after it`)
  const ambiguous = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message)
  if (ambiguous)
    return fail(
      `Unexpected value starting with \`-\` after \`${ambiguous[1]}\`, expected a value (write ${ambiguous[1]}=… for one that starts with -)`,
    )
  return fail(`Unexpected arguments: ${message}`)
}

/** Run the command line `argv` (without `node` and the script). Never throws on any input. */
export function run(argv: readonly string[], context: RunContext | number = {}): RunResult {
  const ctx: RunContext = typeof context === 'number' ? { columns: context } : context
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') return ok(USAGE)
  if (command === '--version' || command === '-v') return ok(`${ctx.version ?? 'unknown'}\n`)
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (spec === undefined)
    return fail(
      `Unexpected command \`${command}\`, expected \`toc\`, \`show\`, \`search\`, \`cite\`, \`check\` or \`render\`\n\n${USAGE}`,
    )
  if (rest.includes('--help') || rest.includes('-h')) return ok(`${spec.usage}\n${STATUS}`)
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, strict: true, allowPositionals: true }) as {
      values: Values
      positionals: string[]
    }
  } catch (error) {
    return usageError(error, command)
  }
  const [min, max] = spec.positionals
  if (parsed.positionals.length > max)
    return fail(
      `Unexpected \`${parsed.positionals[max]}\`, expected ${max === 0 ? 'no arguments' : max === 1 ? 'one argument' : `${max} arguments`} to ${command}`,
    )
  if (parsed.positionals.length < min)
    return fail(
      `Unexpected missing argument, expected ${spec.usage.split('\n')[0]?.replace('Usage: ', '')}${command === 'check' ? ' (paths, folders or globs to check)' : ''}`,
    )
  return spec.run(parsed.values, parsed.positionals, ctx)
}
