/**
 * `check`'s findings as a SARIF 2.1.0 log, the format code-scanning
 * services read to show findings inline: one run, one rule
 * (`no-invalid-reference`), one result per finding, with its region in
 * lines and UTF-16 columns from 1 and the suggestion as a fix description.
 */
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CheckedFinding } from './report.js'

/** The rule every finding of `check` is reported under. */
export const RULE_ID = 'no-invalid-reference'

/** Where the rule is documented. */
export const RULE_URL = 'https://www.npmjs.com/package/jilin-counter-espionage#check'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The artifact location of a file: relative to `%SRCROOT%` (the working directory), or an absolute `file:` URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  return isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: 'SRCROOT' }
}

/** The SARIF log of `findings`, with paths relative to `cwd`; `version` is the package's. */
export function sarifLog(findings: readonly CheckedFinding[], version: string | undefined, cwd: string): object {
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
            ],
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => ({
          ruleId: RULE_ID,
          ruleIndex: 0,
          level: 'error',
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
            form: finding.form,
            ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
          },
        })),
      },
    ],
  }
}
