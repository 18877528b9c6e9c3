/**
 * A failure on its way through the resolver: returned, never thrown
 * (throwing is slow on this hot path), and turned into the frozen
 * {@link Failure} of the result contract once, however often it is answered.
 */
import { type ErrorCode, type Failure, failure } from '../../model/result.js'

/** A failure of the resolver: its code, reason and suggestion, and the frozen `Failure` it answers with. */
export class Fail {
  /** The answer for this failure, made once. */
  private answer: Failure | undefined
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly suggestion?: string,
  ) {}

  result(): Failure {
    this.answer ??= failure(
      this.code,
      this.reason,
      this.suggestion === undefined ? {} : { suggestion: this.suggestion },
    )
    return this.answer
  }
}

/** A {@link Fail} from its code, reason and suggestion. */
export const fail = (code: ErrorCode, reason: string, suggestion?: string): Fail => new Fail(code, reason, suggestion)

/** A {@link Fail} from a reason and its suggestion. */
export const failWith = (code: ErrorCode, { reason, suggestion }: { reason: string; suggestion?: string }): Fail =>
  new Fail(code, reason, suggestion)
