/**
 * The command-line interface, as a function of its arguments (no I/O): each
 * command's arguments are read by `node:util`'s `parseArgs` (strict, so an
 * option the command does not take, or an extra argument, is a usage
 * error), every command has `--help` and `--json`, and the program has
 * `--version`. The commands are in `commands/` and `check-command.ts`.
 */
import { parseArgs } from 'node:util'
import { checkCommand } from './check-command.js'
import { redFirstLine } from './colour.js'
import {
  type Command,
  DEFAULT_WIDTH,
  fail,
  NAME,
  ok,
  type RunContext,
  type RunResult,
  STATUS,
  type Values,
} from './command.js'
import { citeCommand } from './commands/cite.js'
import { renderCommand } from './commands/render.js'
import { searchCommand } from './commands/search.js'
import { showCommand } from './commands/show.js'
import { tocCommand } from './commands/toc.js'

export { EXIT, type RunContext, type RunResult } from './command.js'

/** The program's usage: every line within the default width (a CJK character takes two columns). */
export const USAGE = `Usage: ${NAME} <command> [options]

Commands:
  toc [--width N]
      The table of contents, as wide as the terminal (or ${DEFAULT_WIDTH} columns).
  show <reference> [--lang zh|en|zh,en]
      The provision a reference names: an eId (art_15__para_2), a URI, an
      article number (15) or a citation (第十五条第二款).
  search <query> [--chapter N] [--limit N]
      Full-text search of the regulation.
  cite [text] [--file F]
      Every citation in the text (or file F, or standard input), resolved.
  check <paths or globs...> [--bare] [--format text|json|sarif]
        [--no-ignore] [--ignore-pattern P]... [--ignore-path F] [--skip-code]
      Every reference to this regulation in the files, checked.
  render [reference] --format md|txt|html|akn|json [--standalone] [--width N]
      The regulation, or the provision a reference names, in a format.

Every command takes --help, and --json for its answer as JSON.
${NAME} --version prints the version.
Output is coloured on a terminal; NO_COLOR=1 turns colour off, FORCE_COLOR=1
on where it would not be (a pipe, a file). JSON and SARIF are never coloured.

${STATUS}`

/** Every command by name, in the order the usage lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = Object.freeze({
  toc: tocCommand,
  show: showCommand,
  search: searchCommand,
  cite: citeCommand,
  check: checkCommand,
  render: renderCommand,
})

/** Every command, as "Unexpected command" lists them. */
const EXPECTED_COMMANDS = 'expected toc, show, search, cite, check or render'

/** The options of `command` as a message lists them: `--width, --json, or --help`. */
function optionsOf(command: string): string {
  return [...Object.keys(COMMANDS[command]?.options ?? {}).map((name) => `--${name}`), 'or --help'].join(', ')
}

/** The reason `parseArgs` gives, in the "Unexpected …, expected …" form, naming the command. */
function usageError(error: unknown, command: string): RunResult {
  const message = error instanceof Error ? error.message : String(error)
  const option = /Unknown option '([^']+)'/.exec(message)
  if (option) return fail(`Unexpected option \`${option[1]}\` for \`${command}\`, expected ${optionsOf(command)}`)
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)
  if (missing) return fail(`Unexpected missing value of \`${missing[1]}\`, expected a value after it`)
  const ambiguous = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message)
  if (ambiguous)
    return fail(
      `Unexpected value starting with \`-\` after \`${ambiguous[1]}\`, expected a value (write ${ambiguous[1]}=… for one that starts with -)`,
    )
  const switched = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)
  if (switched) return fail(`Unexpected value of \`${switched[1]}\`, expected ${switched[1]} alone (it takes none)`)
  return fail(`Unexpected arguments: ${message}`)
}

/** The answer to `argv`, before any colour. */
function answer(argv: readonly string[], context: RunContext): RunResult {
  const [command, ...rest] = argv
  if (command === undefined) return fail(`Unexpected missing command, ${EXPECTED_COMMANDS}\n\n${USAGE.trimEnd()}`)
  if (command === '--help' || command === '-h') return ok(USAGE)
  if (command === '--version' || command === '-v') return ok(`${context.version ?? 'unknown'}\n`)
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (spec === undefined) return fail(`Unexpected command \`${command}\`, ${EXPECTED_COMMANDS}\n\n${USAGE.trimEnd()}`)
  if (rest.includes('--help') || rest.includes('-h')) return ok(`${spec.usage}\n${STATUS}`)
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, strict: true, allowPositionals: true }) as {
      values: Values
      positionals: string[]
    }
  } catch (error) {
    return usageError(error, command)
  }
  const [min, max] = spec.positionals
  if (parsed.positionals.length > max)
    return fail(
      `Unexpected \`${parsed.positionals[max]}\`, expected ${max === 0 ? 'no arguments' : max === 1 ? 'one argument' : `${max} arguments`} to ${command}`,
    )
  if (parsed.positionals.length < min)
    return fail(
      `Unexpected missing argument, expected ${spec.usage.split('\n')[0]?.replace('Usage: ', '')}${command === 'check' ? ' (paths, folders or globs to check)' : ''}`,
    )
  return spec.run(parsed.values, parsed.positionals, context)
}

/**
 * Run the command line `argv` (without `node` and the script). Never throws
 * on any input. With `context.colour.stderr`, the reason of an answer that
 * is not success is red.
 */
export function run(argv: readonly string[], context: RunContext | number = {}): RunResult {
  const ctx: RunContext = typeof context === 'number' ? { columns: context } : context
  const result = answer(argv, ctx)
  if (ctx.colour?.stderr !== true || result.code === 0 || result.stderr === '') return result
  return { ...result, stderr: redFirstLine(result.stderr) }
}
