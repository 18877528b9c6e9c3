/**
 * The command-line interface, as a function of its arguments (no I/O).
 */
import { regulation } from '../access/regulation.js'
import { tableOfContents } from './toc.js'

const USAGE = `Usage: jilin-counter-espionage <command>

Commands:
  toc [--width N]   table of contents (default width: the terminal's, or 80)
`

export function run(argv: readonly string[], columns?: number): { code: number; stdout: string; stderr: string } {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') return { code: 0, stdout: USAGE, stderr: '' }
  if (command === 'toc') {
    let width = columns ?? 80
    const flag = rest.indexOf('--width')
    if (flag !== -1) {
      const value = Number(rest[flag + 1])
      if (!Number.isInteger(value) || value < 20) {
        return {
          code: 2,
          stdout: '',
          stderr: `Unexpected --width \`${rest[flag + 1] ?? ''}\`, expected an integer of at least 20\n`,
        }
      }
      width = value
    }
    return { code: 0, stdout: tableOfContents(regulation, width), stderr: '' }
  }
  return { code: 2, stdout: '', stderr: `Unexpected command \`${command}\`, expected \`toc\`\n\n${USAGE}` }
}
