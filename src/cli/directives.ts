/**
 * Comments that silence `check`, as linters have them, in any language's
 * comment syntax (the marker is looked for on the line, whatever the comment
 * characters around it: `//`, `#`, `<!-- -->`, `/* *\/`, `--`, `;`):
 *
 * - `jilin-counter-espionage-disable-next-line`: the next line;
 * - `jilin-counter-espionage-disable-line`: the line it is on;
 * - `jilin-counter-espionage-disable` … `jilin-counter-espionage-enable`:
 *   every line from the one after `-disable` to the one with `-enable`.
 */

/** The prefix every directive starts with. */
export const DIRECTIVE = 'jilin-counter-espionage-'
const DIRECTIVE_PATTERN = /jilin-counter-espionage-(disable-next-line|disable-line|disable|enable)(?![\w-])/g

/** Which lines of a file are silenced, read one line after another (the state carries across lines). */
export class Directives {
  /** Inside a `-disable` … `-enable` block. */
  private disabled = false
  /** The line `-disable-next-line` silences. */
  private nextLine = -1

  /**
   * Read line `number` (its text); answer whether findings on it are
   * silenced. Lines must come in order.
   */
  silenced(number: number, line: string): boolean {
    let silenced = this.disabled || this.nextLine === number
    if (!line.includes(DIRECTIVE)) return silenced
    DIRECTIVE_PATTERN.lastIndex = 0
    for (let match = DIRECTIVE_PATTERN.exec(line); match !== null; match = DIRECTIVE_PATTERN.exec(line)) {
      switch (match[1]) {
        case 'disable-next-line':
          this.nextLine = number + 1
          break
        case 'disable-line':
          silenced = true
          break
        case 'disable':
          this.disabled = true
          break
        default:
          // `-enable` ends the block; the line it is on is checked again.
          this.disabled = false
          silenced = this.nextLine === number
      }
    }
    return silenced
  }
}
