/**
 * The one result contract of the package. Every function that can fail
 * without it being a programming error answers with a {@link Result}:
 * `{ ok: true, …payload }` or a {@link Failure}, `{ ok: false, code, reason,
 * suggestion?, index? }`. The payload's name says what it holds, the same
 * everywhere: `node` one node, `nodes` a list of nodes, `text` a string,
 * `output` rendered text, `citation` a parsed citation.
 */

/**
 * Why a call answered with a failure; the same codes on every subpath.
 *
 * - `invalid`: a value of the wrong type or shape (not a string, not an
 *   object, a citation object or outline with a field missing or wrong).
 * - `syntax`: text that does not parse (a citation, an eId, a date, Markdown).
 * - `not-found`: well-formed, but it names nothing that exists.
 * - `needs-context`: a relative reference (`前款`, `本条`) without a context.
 * - `invalid-context`: a context that is not an eId of something that exists.
 * - `ambiguous`: it could name more than one place.
 * - `invalid-range`: a range that runs backwards or across levels.
 * - `unsupported`: a well-formed reference to a unit the document has not (节, 编).
 * - `external`: it names another instrument, where one of this regulation is wanted.
 * - `not-single`: it names several provisions (or the whole regulation), where one is wanted.
 * - `invalid-option`: an option that cannot be honoured.
 * - `too-large`: input beyond a documented limit.
 */
export type ErrorCode =
  | 'invalid'
  | 'syntax'
  | 'not-found'
  | 'needs-context'
  | 'invalid-context'
  | 'ambiguous'
  | 'invalid-range'
  | 'unsupported'
  | 'external'
  | 'not-single'
  | 'invalid-option'
  | 'too-large'

/** Every {@link ErrorCode}, in the order documented. */
export const ERROR_CODES: readonly ErrorCode[] = /* @__PURE__ */ Object.freeze([
  'invalid',
  'syntax',
  'not-found',
  'needs-context',
  'invalid-context',
  'ambiguous',
  'invalid-range',
  'unsupported',
  'external',
  'not-single',
  'invalid-option',
  'too-large',
])

/** A call that could not answer, and why. */
export interface Failure {
  readonly ok: false
  readonly code: ErrorCode
  /** What is wrong, in the form `Unexpected …, expected …` or naming what exists: `No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs`. */
  readonly reason: string
  /** A close valid reference, in canonical Chinese, when there is one: `第十五条第三款`. */
  readonly suggestion?: string
  /** Where in the input the problem is, in JavaScript string indices, when it is in a string. */
  readonly index?: number
}

/** A successful answer with its payload, or a {@link Failure}. */
export type Result<T extends object> = ({ readonly ok: true } & Readonly<T>) | Failure

/** Build a failure (frozen: failures may be shared). */
export function failure(code: ErrorCode, reason: string, extra: { suggestion?: string; index?: number } = {}): Failure {
  const { suggestion, index } = extra
  return Object.freeze({
    ok: false,
    code,
    reason,
    ...(suggestion === undefined ? {} : { suggestion }),
    ...(index === undefined ? {} : { index }),
  })
}
