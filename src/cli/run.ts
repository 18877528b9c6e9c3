/**
 * The command-line interface, as a function of its arguments (no I/O).
 */
import { regulation } from '../access/regulation.js'
import { lookup } from '../query/lookup.js'
import { RENDER_FORMATS, type Renderable, type RenderOptions, render } from '../render/index.js'
import { tableOfContents } from './toc.js'

/**
 * Exit statuses, each with one meaning: 0 success; 1 a "no" answer (a
 * reference that does not resolve or does not parse); 2 a usage error (an
 * unknown command or option, a bad option value); 3 the output could not be
 * written (a closed pipe is not an error: the process ends quietly with 0);
 * 70 an internal error (a bug: please report it).
 */
export const EXIT = Object.freeze({ ok: 0, no: 1, usage: 2, output: 3, internal: 70 } as const)

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const USAGE = `Usage: jilin-counter-espionage <command>

Commands:
  toc [--width N]                  table of contents (default width: the terminal's, or 80)
  render [address] --format F      the regulation, or the provision at address (an eId,
         [--standalone] [--width N]  article number or citation such as 第十五条), as
                                   markdown, text, html, akn or json

Exit status: 0 success, 1 a reference that does not resolve or parse,
2 a usage error, 3 the output could not be written, 70 an internal error.
`

export function run(argv: readonly string[], columns?: number): RunResult {
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
  if (command === 'render') return renderCommand(rest)
  return {
    code: 2,
    stdout: '',
    stderr: `Unexpected command \`${command}\`, expected \`toc\` or \`render\`\n\n${USAGE}`,
  }
}

function renderCommand(args: readonly string[]): RunResult {
  const fail = (reason: string, code: number = EXIT.usage): RunResult => ({
    code,
    stdout: '',
    stderr: `${reason}\n`,
  })
  let format: string | undefined
  let width: number | undefined
  let standalone = false
  let address: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg === '--format') format = args[++i]
    else if (arg === '--standalone') standalone = true
    else if (arg === '--width') {
      width = Number(args[++i])
      if (!Number.isInteger(width)) return fail(`Unexpected --width \`${args[i] ?? ''}\`, expected an integer`)
    } else if (arg.startsWith('--'))
      return fail(`Unexpected option \`${arg}\`, expected --format, --standalone or --width`)
    else if (address === undefined) address = arg
    else return fail(`Unexpected \`${arg}\`, expected one address`)
  }
  if (format === undefined) return fail(`Unexpected missing --format, expected one of ${RENDER_FORMATS.join(', ')}`)
  let node: Renderable = regulation
  if (address !== undefined) {
    const found = lookup(/^\d+$/.test(address) ? Number(address) : address)
    if (!found.ok) return fail(found.reason, EXIT.no)
    node = found.node
  }
  const options = { format, ...(standalone ? { standalone } : {}), ...(width === undefined ? {} : { width }) }
  const result = render(node, options as RenderOptions)
  return result.ok ? { code: 0, stdout: result.output, stderr: '' } : fail(result.reason)
}
