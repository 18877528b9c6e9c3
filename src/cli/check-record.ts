/**
 * `check --jsonl`: the findings of one record's text, found as `check`
 * finds them in a file of that text (its silencing comments included), in
 * the rows `check --json` prints without their `file`: the record's `id`
 * stands beside them in its line instead.
 */
import type { DirectiveProblem } from '../model/silencing.js'
import { readOptions } from '../model/value.js'
import { checkedFinding, type DirectiveFinding, directiveFinding, type ReferenceFinding } from './report.js'
import { RULE_ID } from './sarif.js'
import { type CheckFileOptions, type Finding, textChecker } from './scan-file.js'

/** A finding of `check --jsonl`: a row of `check --json` without `file`. */
export type RecordFinding = Omit<ReferenceFinding, 'file'> | Omit<DirectiveFinding, 'file'>

/** A row without its `file`. */
function withoutFile<T extends { readonly file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> {
  return rest
}

/**
 * What gives the findings of a record's text, in order; `bare` as
 * `check --bare` takes it. One set of options serves every record: read
 * once here, it is not copied again for each (as options given anew would be).
 */
export function recordChecker(bare: boolean): (text: string) => Promise<RecordFinding[]> {
  let findings: RecordFinding[] = []
  const options = readOptions<CheckFileOptions>({
    bare,
    onDirective: (problem: DirectiveProblem) => void findings.push(withoutFile(directiveFinding('', problem))),
  }) as CheckFileOptions
  const sink = (finding: Finding): void => void findings.push(withoutFile(checkedFinding('', finding, RULE_ID)))
  return async (text) => {
    findings = []
    await textChecker(sink, options).end(text)
    return findings
  }
}
