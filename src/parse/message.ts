/** A problem found in corpus Markdown, in the form unified's `VFileMessage` uses. */
export interface ParseMessage {
  /** `line:column: reason`. */
  readonly message: string
  /** What was unexpected and what was expected instead. */
  readonly reason: string
  /** 1-based line. */
  readonly line: number
  /** 1-based column. */
  readonly column: number
  /** Stable id of the rule that was broken, for example `article-sequence`. */
  readonly ruleId: string
  readonly source: 'jilin-counter-espionage'
}

export function createMessage(reason: string, line: number, column: number, ruleId: string): ParseMessage {
  return { message: `${line}:${column}: ${reason}`, reason, line, column, ruleId, source: 'jilin-counter-espionage' }
}
