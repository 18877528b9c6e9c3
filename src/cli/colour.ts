/**
 * Colour in the CLI's output for people: whether a stream gets it (a
 * terminal, unless `NO_COLOR` says not; `FORCE_COLOR` asks for it
 * elsewhere), and the few styles used. JSON and SARIF are never coloured:
 * their writers do not call these.
 */
import { styleText } from 'node:util'
import { printable } from './printable.js'
import type { CheckedFinding } from './report.js'

/** The environment variables colour depends on (`process.env` holds them). */
export type ColourEnv = Readonly<Record<string, string | undefined>>

/**
 * Whether output to a stream is coloured: `NO_COLOR` set to anything but
 * the empty string turns it off, whatever else is set (no-color.org);
 * `FORCE_COLOR` turns it on where it would not be (a pipe, a file,
 * `TERM=dumb`), except as `0` or `false`, which turn it off; otherwise a
 * terminal gets colour unless `TERM` is `dumb`.
 *
 * @example
 * colourWanted({ TERM: 'xterm' }, true) // true
 * colourWanted({ NO_COLOR: '1', FORCE_COLOR: '1' }, true) // false
 * colourWanted({ FORCE_COLOR: '1' }, false) // true
 */
export function colourWanted(env: ColourEnv, isTTY: boolean): boolean {
  if ((env.NO_COLOR ?? '') !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  return isTTY && env.TERM !== 'dumb'
}

type Format = Parameters<typeof styleText>[0]

/** `text` styled, or as it is when colour is off. The stream is not checked again: `colourWanted` decided. */
function style(on: boolean, format: Format, text: string): string {
  return on ? styleText(format, text, { validateStream: false }) : text
}

/** The styles of the CLI's output, each the identity when colour is off. */
export interface Styles {
  /** A place to look at: `file:line:column`, `line:column`, an eId. */
  readonly place: (text: string) => string
  /** What is there to be looked up, not read: a rule id. */
  readonly quiet: (text: string) => string
  /** A heading (a chapter of the table of contents). */
  readonly heading: (text: string) => string
  /** An error on standard error. */
  readonly error: (text: string) => string
}

/** The styles, coloured when `on`. */
export function styles(on: boolean): Styles {
  return {
    place: (text) => style(on, 'underline', text),
    quiet: (text) => style(on, 'dim', text),
    heading: (text) => style(on, 'bold', text),
    error: (text) => style(on, 'red', text),
  }
}

/**
 * `check`'s text line (`file:line:column  message  rule-id`, as
 * `findingLine` writes it) with the place underlined and the rule id dim;
 * the message stays plain. Names are escaped first, so no escape sequence
 * but these reaches the terminal.
 */
export function colouredFindingLine(finding: CheckedFinding): string {
  const { place, quiet } = styles(true)
  return `${place(`${printable(finding.file)}:${finding.line}:${finding.column}`)}  ${printable(finding.message)}  ${quiet(finding.ruleId)}\n`
}

/**
 * `stderr` with its first line (the reason, in an answer that is not
 * success) in red; what follows it (usage) stays plain.
 */
export function redFirstLine(stderr: string): string {
  const end = stderr.indexOf('\n')
  const first = end === -1 ? stderr : stderr.slice(0, end)
  return first === '' ? stderr : `${styles(true).error(first)}${end === -1 ? '' : stderr.slice(end)}`
}
