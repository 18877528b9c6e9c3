/**
 * Text from the file system (a file's name, a path given) as the text
 * output of `check` prints it. A name may hold any character but `/` and
 * NUL: printed raw, a control character would move the terminal's cursor,
 * change its colours, or start a line that reads as a finding of its own.
 */

/** The short escapes of JSON; other characters to escape are written `\uXXXX`. */
const SHORT: Readonly<Record<number, string>> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 92: '\\\\' }

/**
 * Whether `code` is written escaped: a backslash (so an escape reads back
 * one way), a C0 or C1 control character or DEL, a line or paragraph
 * separator, or a bidirectional control (which reorders what a terminal
 * shows, as in "Trojan Source").
 */
function escaped(code: number): boolean {
  if (code < 0x20 || code === 0x5c) return true
  if (code < 0x7f) return false
  return (
    code <= 0x9f ||
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/**
 * `text` with its control characters escaped, for a line of text output.
 *
 * @example
 * printable('a\u001b[2Jb\nc.md') // 'a\\u001b[2Jb\\nc.md'
 */
export function printable(text: string): string {
  let at = 0
  while (at < text.length && !escaped(text.charCodeAt(at))) at++
  if (at === text.length) return text
  // JSON's escapes (\n, \r, \t, \u001b, \u009b, \\): what --json shows of the same name, and read back one way.
  let out = text.slice(0, at)
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at)
    out += escaped(code) ? (SHORT[code] ?? `\\u${code.toString(16).padStart(4, '0')}`) : text[at]
  }
  return out
}
