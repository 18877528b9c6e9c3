/** `cite`: every citation in a text, a file or standard input, resolved. */
import { extractCitations } from '../../citation/extract/extract.js'
import { styles } from '../colour.js'
import { type Command, EXIT, fail, JSON_OPTION, json, NAME } from '../command.js'
import { inputOf, MAX_LINE, runJsonl } from '../jsonl.js'

/** The line and column (from 1) of each offset, asked in increasing order: one pass over the lines in all. */
function placer(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  let line = 0
  return (offset) => {
    if ((lineStarts[line] as number) > offset) line = 0
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= offset) line++
    return { line: line + 1, column: offset - (lineStarts[line] as number) + 1 }
  }
}

/** A row of `cite --json`: a citation placed, with what it names or why it does not resolve. */
export type CiteRow = { line: number; column: number; text: string; ok: boolean } & (
  | { reason: string; suggestion?: string }
  | { nodes: string[]; whole: boolean }
  | { document: string; kind: string }
  | { external: string | null }
)

/** The rows of `cite --json` for `text`, each built whole in its keys' order (no spreads: `--jsonl` makes many). */
export function citeRows(text: string): CiteRow[] {
  const place = placer(text)
  return extractCitations(text).map(({ start, text: written, resolution }): CiteRow => {
    const { line, column } = place(start)
    if (!resolution.ok)
      return resolution.suggestion === undefined
        ? { line, column, text: written, ok: false, reason: resolution.reason }
        : { line, column, text: written, ok: false, reason: resolution.reason, suggestion: resolution.suggestion }
    if (resolution.scope === 'internal')
      return {
        line,
        column,
        text: written,
        ok: true,
        nodes: resolution.whole ? [] : resolution.nodes.map((node) => node.eId),
        whole: resolution.whole,
      }
    if (resolution.scope === 'document')
      return { line, column, text: written, ok: true, document: resolution.title, kind: resolution.kind }
    return { line, column, text: written, ok: true, external: resolution.title ?? null }
  })
}

/** `cite [text] [--file F]`. */
export const citeCommand: Command = {
  usage: `Usage: ${NAME} cite [text] [--file F] [--json]
       ${NAME} cite --jsonl

Every citation in the text (or in file F, or, without either, in standard
input), each resolved: line, column, the citation and what it names, or why
it does not resolve and the closest provision when there is one. Status 1
when any does not resolve.

With --jsonl, standard input is read as it comes, one JSON record
{"id": …, "text": …} a line, and each record is answered by one line,
in order: {"id":…,"citations":[…]} (the rows of --json), or
{"id":…,"error":{"line":…,"code":…,"message":…}} for a line that is not
such a record (id null when it cannot be read). Blank lines are skipped;
a line may hold at most ${MAX_LINE / (1 << 20)} MiB. Status 0 once the input is read
to its end, whatever the records held.
`,
  options: { file: { type: 'string' }, jsonl: { type: 'boolean' }, ...JSON_OPTION },
  positionals: [0, 1],
  run(values, [given], context) {
    if (values.jsonl) {
      const other =
        given !== undefined ? 'text' : values.file !== undefined ? '--file' : values.json ? '--json' : undefined
      if (other !== undefined) return fail(`Unexpected ${other} with --jsonl, expected records on standard input alone`)
      return {
        code: EXIT.ok,
        stdout: '',
        stderr: '',
        task: (io) => runJsonl(inputOf(context), { key: 'citations', answer: citeRows }, io),
      }
    }
    if (given !== undefined && values.file !== undefined)
      return fail(`Unexpected text and --file together, expected one of them`)
    let text: string
    if (values.file !== undefined) {
      const read = context.readText?.(String(values.file)) ?? { problem: 'Unexpected --file, expected no files here' }
      if (typeof read !== 'string') return fail(read.problem)
      text = read
    } else text = given ?? context.input?.() ?? ''
    if (text.trim() === '') return fail('Unexpected empty input, expected text to find citations in')
    const rows = citeRows(text)
    const code = rows.every((row) => row.ok) ? EXIT.ok : EXIT.no
    if (values.json) return { code, stdout: json(rows), stderr: '' }
    const style = styles(context.colour?.stdout === true)
    const lines = rows.map(
      (row) =>
        `${style.place(`${row.line}:${row.column}`)}\t${row.text}\t${
          'reason' in row
            ? `${row.reason}${row.suggestion === undefined ? '' : `, expected \`${row.suggestion}\``}`
            : 'nodes' in row
              ? row.whole
                ? 'the whole regulation'
                : row.nodes.join(' ')
              : 'document' in row
                ? `a document, not an instrument (${row.kind}): ${row.document}`
                : `another instrument: ${row.external ?? 'unnamed'}`
        }\n`,
    )
    return { code, stdout: lines.join(''), stderr: '' }
  },
}
