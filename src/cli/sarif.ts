/**
 * `check`'s findings as a SARIF 2.1.0 log, the format code-scanning
 * services read to show findings inline: one run, two rules
 * (`no-invalid-reference`, level `error`; `no-invalid-directive`, level
 * `warning`, for silencing directives unused, unknown or unclosed), one
 * result per finding, with its region in lines and UTF-16 columns from 1
 * and the suggestion in its properties.
 * The log is written as it goes: its text up to the results, each result
 * as it is found, and the rest (see {@link sarifFrame}).
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ArtifactLocation, Log, Result } from 'sarif'
import { DIRECTIVE_RULE } from '../model/silencing.js'
import type { CheckedFinding } from './report.js'

/** The rule every reference that does not resolve is reported under. */
export const RULE_ID = 'no-invalid-reference'

/** Where the rule is documented. */
export const RULE_URL = 'https://www.npmjs.com/package/jilin-counter-espionage#check'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The text that stands for the results in the log written without them. */
const RESULTS = '"results": []'

/** The last file's artifact location: findings come file by file. */
let last: { readonly file: string; readonly location: ArtifactLocation } | undefined

/** The artifact location of a file: relative to `%SRCROOT%` (the working directory), or an absolute `file:` URI. */
function artifact(file: string): ArtifactLocation {
  if (last?.file !== file)
    last = {
      file,
      location: isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: 'SRCROOT' },
    }
  return last.location
}

/** The SARIF log with the results given, with paths relative to `cwd`; `version` is the package's. */
function sarifLog(results: Result[], version: string | undefined, cwd: string): Log {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jilin-counter-espionage',
            ...(version === undefined ? {} : { version }),
            informationUri: RULE_URL,
            rules: [
              {
                id: RULE_ID,
                name: 'NoInvalidReference',
                shortDescription: { text: 'References to 吉林省反间谍工作规定 must name provisions that exist' },
                fullDescription: {
                  text: 'A citation of the Jilin Province Counter-Espionage Work Regulations (by title, 本规定, eId, URI or English title) that does not parse or names a provision the regulation does not have.',
                },
                helpUri: RULE_URL,
                defaultConfiguration: { level: 'error' },
              },
              {
                id: DIRECTIVE_RULE,
                name: 'NoInvalidDirective',
                shortDescription: { text: 'Silencing directives must be known, used and closed' },
                fullDescription: {
                  text: 'A jilin-counter-espionage-disable, -disable-line, -disable-next-line or -enable comment, or a <!--lint disable|enable|ignore no-invalid-reference--> comment, that silences no finding, is misspelled, or (a -disable) is never closed by an -enable.',
                },
                helpUri: RULE_URL,
                defaultConfiguration: { level: 'warning' },
              },
            ],
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}

/** The SARIF result of one finding. */
export function sarifResult(finding: CheckedFinding): Result {
  const warning = finding.severity === 'warning'
  return {
    ruleId: finding.ruleId,
    ruleIndex: warning ? 1 : 0,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(finding.file),
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            snippet: { text: finding.text },
          },
        },
      },
    ],
    properties: {
      code: finding.code,
      ...(warning ? {} : { form: finding.form }),
      ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
    },
  }
}

/**
 * The text of the SARIF log (as `JSON.stringify` indents it by 2) around
 * its results: `head` ends with the `[` that opens them, `tail` starts
 * after the `]` that closes them; `indent` is that of the line of
 * `"results"`.
 */
export function sarifFrame(
  version: string | undefined,
  cwd: string,
): { readonly head: string; readonly tail: string; readonly indent: string } {
  const text = JSON.stringify(sarifLog([], version, cwd), null, 2)
  // The last: the results come after everything else the log says (the version, the working directory).
  const at = text.lastIndexOf(RESULTS)
  const indent = text.slice(text.lastIndexOf('\n', at) + 1, at)
  return { head: `${text.slice(0, at)}"results": [`, tail: `${text.slice(at + RESULTS.length)}\n`, indent }
}
