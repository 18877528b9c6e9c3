/**
 * One finding of `check` as it is printed: the row of `--json`, the result
 * of SARIF, and the line of the text output
 * (`file:line:column  message  rule-id`).
 */

import { type ReferenceForm, referenceMessage } from '../citation/text-check.js'
import type { ErrorCode } from '../model/result.js'
import { printable } from './printable.js'
import type { Finding } from './scan-file.js'

/** A finding with its file, in the shape `check --json` prints. */
export interface CheckedFinding {
  /** The file, relative to the working directory, with `/`. */
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  /** The reference as written. */
  readonly text: string
  /** How it names the regulation: `title`, `self`, `english`, `eid`, `uri` or `bare`. */
  readonly form: ReferenceForm
  /** Why it fails: `syntax` for malformed text, `not-found` for a provision that does not exist, … */
  readonly code: ErrorCode
  /** The message: `Unexpected reference … (the reason), expected …`, with the suggestion when there is one. */
  readonly message: string
  /** A close valid reference, in canonical Chinese. */
  readonly suggestion?: string
  readonly ruleId: string
}

/** The row of `finding` in `file`. */
export function checkedFinding(file: string, finding: Finding, ruleId: string): CheckedFinding {
  const { reference } = finding
  const result = reference.result
  // Only failures are findings.
  const failure = result.ok ? undefined : result
  const suggestion = failure?.suggestion
  return {
    file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    text: reference.text,
    form: reference.form,
    code: failure?.code ?? 'invalid',
    message: referenceMessage(reference) ?? '',
    ...(suggestion === undefined ? {} : { suggestion }),
    ruleId,
  }
}

/**
 * The line of the text output, one line whatever the file's name: its
 * control characters are escaped (see `printable`), and so are any in the
 * message, which quotes the file's text.
 */
export function findingLine(finding: CheckedFinding): string {
  return `${printable(finding.file)}:${finding.line}:${finding.column}  ${printable(finding.message)}  ${finding.ruleId}\n`
}
