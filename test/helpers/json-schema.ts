/**
 * ajv for the tests' JSON Schemas, with ajv-formats: without it ajv checks
 * no `format` (`date`, `uri`, …) and logs a warning for each one it skips.
 */

import formats from 'ajv-formats'

/** `ajv` with the formats of ajv-formats added, so that `format` is checked. */
export function withFormats<T extends Parameters<typeof formats.default>[0]>(ajv: T): T {
  formats.default(ajv)
  return ajv
}
