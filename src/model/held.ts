/**
 * The directives a text's silencing holds (see `silencing.ts`): each with
 * its place and whether it has silenced a finding, kept in queues that let
 * go of the oldest first; and the directives reported, with their messages.
 */
import { DIRECTIVE_PREFIX, type LineDirective } from './comment-syntax.js'

/** The rule directives are reported under, by `check` and the remark rule alike. */
export const DIRECTIVE_RULE = 'no-invalid-directive'

/** Why a directive is reported. */
export type DirectiveProblemKind = 'unused' | 'unknown' | 'unclosed'

/** A directive reported: unused, unknown or unclosed; on one line. */
export interface DirectiveProblem {
  readonly kind: DirectiveProblemKind
  readonly line: number
  /** Columns from 1, in UTF-16 code units; the end exclusive. */
  readonly column: number
  readonly endColumn: number
  /** The directive as written. */
  readonly text: string
  /** `Unexpected …, expected …`. */
  readonly message: string
  /** For an unknown directive: the known one closest to it. */
  readonly suggestion?: string
}

/** A place in the text: line and column from 1. */
export interface Point {
  readonly line: number
  readonly column: number
}

/** Whether `a` comes before `b`. */
export const before = (a: Point, b: Point): boolean => a.line < b.line || (a.line === b.line && a.column < b.column)

/** A directive that may silence findings, and whether it has. */
export interface Held {
  readonly directive: LineDirective
  readonly line: number
  readonly column: number
  readonly endColumn: number
  used: boolean
}

/** Held directives, oldest first; those let go of are before `head`. */
export class Queue<T> {
  /** The directives, from `head` on. */
  items: T[] = []
  /** Where the directives still held start. */
  head = 0

  /** The oldest still held. */
  get first(): T | undefined {
    return this.items[this.head]
  }

  /** Let go of the oldest; the array is cut now and then, in one move, so it does not grow with the text. */
  shift(): void {
    this.head++
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head)
      this.head = 0
    }
  }
}

const PACKAGE_NAMES = /* @__PURE__ */ ['disable', 'disable-line', 'disable-next-line', 'enable']
  .map((name) => `\`${DIRECTIVE_PREFIX}${name}\``)
  .join(', ')

/** The message of a directive reported: `why` says why one is unused. */
function messageOf(directive: LineDirective, kind: DirectiveProblemKind, why: string): string {
  const { text, suggestion, family } = directive
  if (kind === 'unused') return `Unexpected unused directive \`${text}\` (${why}), expected the directive removed`
  if (kind === 'unclosed')
    return `Unexpected unclosed directive \`${text}\` (no \`${DIRECTIVE_PREFIX}enable\` after it), expected \`${DIRECTIVE_PREFIX}enable\` after the lines it silences`
  const known = family === 'lint' ? '`lint disable`, `lint enable` or `lint ignore`' : `one of ${PACKAGE_NAMES}`
  return `Unexpected unknown directive \`${text}\`, expected ${suggestion === undefined ? known : `\`${suggestion}\``}`
}

/** The report of a held directive. */
export function problemOf(held: Held, kind: DirectiveProblemKind, why = 'it silences no finding'): DirectiveProblem {
  const { text, suggestion } = held.directive
  return {
    kind,
    line: held.line,
    column: held.column,
    endColumn: held.endColumn,
    text,
    message: messageOf(held.directive, kind, why),
    ...(kind === 'unknown' && suggestion !== undefined ? { suggestion } : {}),
  }
}
