/**
 * The three outputs of `check`, each written as the findings come: text
 * (one line per finding), `--json` (the report object) and SARIF. The JSON
 * documents are written as `JSON.stringify(…, null, 2)` would write them
 * whole: their opening, each finding as it is found, then the closing, with
 * the counts, known only at the end, after the findings.
 */

import type { OtherInstrument } from '../citation/check/instrument-names.js'
import type { ReferenceForm } from '../citation/check/text-forms.js'
import { colouredFindingLine } from './colour.js'
import type { Output } from './output.js'
import { type CheckedFinding, findingLine } from './report.js'
import { sarifFrame, sarifResult } from './sarif.js'

/** What is known once every file is read. */
export interface Summary {
  /** Files checked. */
  readonly files: number
  /** Bytes read in them. */
  readonly bytes: number
  /** References to the regulation found in them. */
  readonly references: number
  /** Files skipped, and why (kept only when {@link Format.lists}). */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[]
  /** Paths that could not be read (kept only when {@link Format.lists}). */
  readonly problems: readonly string[]
  /**
   * The relative references taken for another instrument's and not checked
   * (kept only when {@link Format.lists}): how many, and the first
   * {@link MAX_OTHERS_LISTED} of them.
   */
  readonly otherInstruments: { readonly count: number; readonly listed: readonly OtherListed[] }
}

/** The most references taken for another instrument's that `--json` lists (it counts them all). */
export const MAX_OTHERS_LISTED = 100_000

/** A relative reference taken for another instrument's, as `--json` lists it. */
export interface OtherListed {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly text: string
  readonly form: ReferenceForm
  readonly instrument: OtherInstrument
}

/** One output of `check`; a promise answered means: wait for it before going on (the output is full). */
export interface Format {
  /** Write the opening. */
  readonly start: () => Promise<void> | undefined
  /** Write a finding. */
  readonly finding: (finding: CheckedFinding) => Promise<void> | undefined
  /** A file is done: write what is gathered, so the findings of a file show as it is done. */
  readonly fileDone: () => Promise<void> | undefined
  /** Write the closing, and what is still gathered. */
  readonly end: (summary: Summary) => Promise<void> | undefined
  /** Whether the report keeps the names of the files skipped and the problems (only `--json` lists them). */
  readonly lists: boolean
}

/**
 * `value` as JSON indented by 2 spaces a level, as it is `depth` levels deep
 * in a document: nested in arrays that deep and taken out of them, so
 * `JSON.stringify` indents it in its one pass (each level adds `depth + 1`
 * characters before it and after it, counting line breaks).
 */
function indented(value: unknown, depth: number): string {
  let nested = value
  for (let level = 0; level < depth; level++) nested = [nested]
  const text = JSON.stringify(nested, null, 2)
  const around = depth * (depth + 1)
  return text.slice(around, text.length - around)
}

/** The items of a JSON array written one by one, `depth` levels deep in its document. */
class JsonItems {
  private any = false
  private readonly output: Output
  private readonly depth: number

  constructor(output: Output, depth: number) {
    this.output = output
    this.depth = depth
  }

  add(value: unknown): Promise<void> | undefined {
    const separator = this.any ? ',\n' : '\n'
    this.any = true
    return this.output.write(`${separator}${indented(value, this.depth)}`)
  }

  /** The `]` that ends the array, on a line of its own when it has items. */
  close(): string {
    return this.any ? `\n${'  '.repeat(this.depth - 1)}]` : ']'
  }
}

/** The text output: `file:line:column  message  rule-id`, a line per finding, coloured or not. */
function textFormat(output: Output, colour: boolean): Format {
  const line = colour ? colouredFindingLine : findingLine
  return {
    start: () => undefined,
    finding: (finding) => output.write(line(finding)),
    fileDone: () => output.flush(),
    end: () => output.flush(),
    lists: false,
  }
}

/** `--json`: `{ findings, skipped, problems, otherInstruments, files, bytes, references }`. */
function jsonFormat(output: Output): Format {
  const items = new JsonItems(output, 2)
  return {
    start: () => output.write('{\n  "findings": ['),
    finding: (finding) => items.add(finding),
    fileDone: () => undefined,
    end: ({ skipped, problems, otherInstruments, files, bytes, references }) => {
      // The rest of the object as JSON.stringify writes it, without its `{` and line break.
      const rest = JSON.stringify({ skipped, problems, otherInstruments, files, bytes, references }, null, 2).slice(2)
      output.write(`${items.close()},\n${rest}\n`)
      return output.flush()
    },
    lists: true,
  }
}

/** `--format sarif`: a SARIF 2.1.0 log whose results are the findings. */
function sarifFormat(output: Output, version: string | undefined, cwd: string): Format {
  const { head, tail, indent } = sarifFrame(version, cwd)
  const items = new JsonItems(output, indent.length / 2 + 1)
  return {
    start: () => output.write(head),
    finding: (finding) => items.add(sarifResult(finding)),
    fileDone: () => undefined,
    end: () => {
      output.write(`${items.close()}${tail}`)
      return output.flush()
    },
    lists: false,
  }
}

/**
 * The output of `format`, written to `output`; SARIF names the package's
 * `version` and the working directory `cwd`. `colour` colours the text
 * output only.
 */
export function formatOf(
  format: 'text' | 'json' | 'sarif',
  output: Output,
  version: string | undefined,
  cwd: string,
  colour = false,
): Format {
  if (format === 'json') return jsonFormat(output)
  if (format === 'sarif') return sarifFormat(output, version, cwd)
  return textFormat(output, colour)
}
