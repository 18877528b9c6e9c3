/**
 * One finding of `check` as it is printed: the row of `--json`, the result
 * of SARIF, and the line of the text output
 * (`file:line:column  message  rule-id`). A reference that does not
 * resolve is an error (`no-invalid-reference`); a silencing directive that
 * is unused, unknown or unclosed is a warning (`no-invalid-directive`).
 */

import type { ReferenceForm } from '../citation/check/text-forms.js'
import { referenceMessage } from '../citation/check/text-reference.js'
import type { ErrorCode } from '../model/result.js'
import { DIRECTIVE_RULE, type DirectiveProblem } from '../model/silencing.js'
import { printable } from './printable.js'
import type { Finding } from './scan-file.js'

/** What every finding of `check --json` has: its file, its place, its message, its rule and severity. */
interface FindingBase {
  /** The file, relative to the working directory, with `/`. */
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  /** The reference, or the directive, as written. */
  readonly text: string
  /** The message: `Unexpected …, expected …`. */
  readonly message: string
  readonly ruleId: string
}

/** A reference that does not resolve, in the shape `check --json` prints: an error. */
export interface ReferenceFinding extends FindingBase {
  /** How it names the regulation: `title`, `self`, `english`, `eid`, `uri` or `bare`. */
  readonly form: ReferenceForm
  /** Why it fails: `syntax` for malformed text, `not-found` for a provision that does not exist, … */
  readonly code: ErrorCode
  /** A close valid reference, in canonical Chinese. */
  readonly suggestion?: string
  /** Errors make the exit status 1. */
  readonly severity: 'error'
}

/** A silencing directive reported (unused, unknown, unclosed): a warning. */
export interface DirectiveFinding extends FindingBase {
  readonly code: 'unused-directive' | 'unknown-directive' | 'unclosed-directive'
  /** For an unknown directive: the known one closest to it. */
  readonly suggestion?: string
  /** Warnings alone leave the exit status 0. */
  readonly severity: 'warning'
}

/** A finding with its file, in the shape `check --json` prints. */
export type CheckedFinding = ReferenceFinding | DirectiveFinding

/** The row of `finding` in `file`. */
export function checkedFinding(file: string, finding: Finding, ruleId: string): ReferenceFinding {
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
    severity: 'error',
  }
}

/** The row of a directive reported in `file`, under the rule `no-invalid-directive`. */
export function directiveFinding(file: string, problem: DirectiveProblem): DirectiveFinding {
  return {
    file,
    line: problem.line,
    column: problem.column,
    endLine: problem.line,
    endColumn: problem.endColumn,
    text: problem.text,
    code: `${problem.kind}-directive`,
    message: problem.message,
    ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }),
    ruleId: DIRECTIVE_RULE,
    severity: 'warning',
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
