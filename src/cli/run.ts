/**
 * The command-line interface, as a function of its arguments (no I/O): each
 * command's arguments are read by `node:util`'s `parseArgs` (strict, so an
 * unknown option or an extra argument is a usage error), every command has
 * `--help` and `--json`, and the program has `--version`.
 */
import { parseArgs } from 'node:util'
import { regulation } from '../access/regulation.js'
import { translationOf } from '../annotations/translation.js'
import { extractCitations } from '../citation/extract.js'
import type { Provision } from '../model/schema.js'
import { lookup } from '../query/lookup.js'
import { textOf } from '../query/navigate.js'
import { search } from '../query/search.js'
import { RENDER_FORMATS, type Renderable, type RenderOptions, render } from '../render/index.js'
import { checkCommand } from './check-command.js'
import {
  type Command,
  EXIT,
  fail,
  JSON_OPTION,
  json,
  NAME,
  ok,
  type RunContext,
  type RunResult,
  STATUS,
  type Values,
} from './command.js'
import { tableOfContents } from './toc.js'

export { EXIT, type RunContext, type RunResult } from './command.js'

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

/** A whole number of at least `min` from an option's text, or the reason it is not one. */
function wholeNumber(name: string, value: Values[string], min: number): number | RunResult | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min)
    return fail(`Unexpected --${name} \`${String(value)}\`, expected an integer of at least ${min}`)
  return number
}

/**
 * The provision a reference names: a number is an article number. A number
 * past what a double holds exactly is answered in the digits as written
 * (`Number` would print `99999999999999999999` as `100000000000000000000`).
 */
function resolve(reference: string): Provision | RunResult {
  if (/^\d+$/.test(reference) && !Number.isSafeInteger(Number(reference))) {
    const articles = regulation.chapters.reduce((count, chapter) => count + chapter.articles.length, 0)
    return fail(`No article ${reference.replace(/^0+(?=\d)/, '')}: the regulation has ${articles} articles`, EXIT.no)
  }
  const found = lookup(/^\d+$/.test(reference) ? Number(reference) : reference)
  return found.ok ? found.node : fail(found.reason, EXIT.no)
}

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
  check: checkCommand,
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
