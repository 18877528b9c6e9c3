/** The SARIF 2.1.0 schema as a compiled validator (ajv, draft 04), made once for every test that checks a log. */

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import { root } from './corpus.js'
import { withFormats } from './json-schema.js'

type Validate = ReturnType<InstanceType<typeof import('ajv').default>['compile']>

let validate: Validate | undefined

/** The validator of SARIF 2.1.0 logs (`validate(log)`, then `validate.errors`). */
export function sarifValidator(): Validate {
  validate ??= withFormats(
    new (AjvDraft04 as unknown as typeof import('ajv').default)({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    }),
  ).compile(JSON.parse(readFileSync(join(root, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')))
  return validate
}
