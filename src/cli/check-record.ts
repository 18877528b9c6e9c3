/**
 * `check --jsonl`: the findings of one record's text, found as `check`
 * finds them in a file of that text (its silencing comments included), in
 * the rows `check --json` prints without their `file`: the record's `id`
 * stands beside them in its line instead.
 */
import { checkedFinding, type DirectiveFinding, directiveFinding, type ReferenceFinding } from './report.js'
import { RULE_ID } from './sarif.js'
import { textChecker } from './scan-file.js'

/** A finding of `check --jsonl`: a row of `check --json` without `file`. */
export type RecordFinding = Omit<ReferenceFinding, 'file'> | Omit<DirectiveFinding, 'file'>

/** A row without its `file`. */
function withoutFile<T extends { readonly file: string }>({ file: _file, ...rest }: T): Omit<T, 'file'> {
  return rest
}

/** The findings of `text`, in order; `bare` as `check --bare` takes it. */
export async function recordFindings(text: string, bare: boolean): Promise<RecordFinding[]> {
  const findings: RecordFinding[] = []
  const checker = textChecker((finding) => void findings.push(withoutFile(checkedFinding('', finding, RULE_ID))), {
    bare,
    onDirective: (problem) => void findings.push(withoutFile(directiveFinding('', problem))),
  })
  await checker.end(text)
  return findings
}
