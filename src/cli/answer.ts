/**
 * The answer to a command line, given the command it names already loaded:
 * shared by `run` (every command imported up front, synchronous, for the
 * library and tests) and `runLazy` (only the named command imported, for the
 * program), so both give the same bytes. Each command's arguments are read
 * by `node:util`'s `parseArgs` (strict, so an option the command does not
 * take, or an extra argument, is a usage error).
 */
import { parseArgs } from 'node:util'
import { redFirstLine } from './colour.js'
import { type Command, fail, ok, type RunContext, type RunResult, STATUS, type Values } from './command.js'
import { isCommandName, USAGE } from './usage.js'

/** Every command, as "Unexpected command" lists them. */
const EXPECTED_COMMANDS = 'expected toc, show, search, cite, check or render'

/** The options of `spec` as a message lists them: `--width, --json, or --help`. */
function optionsOf(spec: Command): string {
  return [...Object.keys(spec.options ?? {}).map((name) => `--${name}`), 'or --help'].join(', ')
}

/** The reason `parseArgs` gives, in the "Unexpected …, expected …" form, naming the command. */
function usageError(error: unknown, command: string, spec: Command): RunResult {
  const message = error instanceof Error ? error.message : String(error)
  const option = /Unknown option '([^']+)'/.exec(message)
  if (option) return fail(`Unexpected option \`${option[1]}\` for \`${command}\`, expected ${optionsOf(spec)}`)
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

/**
 * The answer to `argv` that needs no command: no command, `--help`,
 * `--version` or an unknown command. `undefined` when `argv` names a
 * command, which must then be loaded and given to {@link commandAnswer}.
 */
export function programAnswer(argv: readonly string[], context: RunContext): RunResult | undefined {
  const [command] = argv
  if (command === undefined) return fail(`Unexpected missing command, ${EXPECTED_COMMANDS}\n\n${USAGE.trimEnd()}`)
  if (command === '--help' || command === '-h') return ok(USAGE)
  if (command === '--version' || command === '-v') return ok(`${context.version ?? 'unknown'}\n`)
  if (!isCommandName(command))
    return fail(`Unexpected command \`${command}\`, ${EXPECTED_COMMANDS}\n\n${USAGE.trimEnd()}`)
  return undefined
}

/** The answer of the command `argv[0]`, which is `spec`, to the rest of `argv`. */
export function commandAnswer(argv: readonly string[], spec: Command, context: RunContext): RunResult {
  const [command = '', ...rest] = argv
  if (rest.includes('--help') || rest.includes('-h')) return ok(`${spec.usage}\n${STATUS}`)
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, strict: true, allowPositionals: true }) as {
      values: Values
      positionals: string[]
    }
  } catch (error) {
    return usageError(error, command, spec)
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

/** `result`, its reason red when `context.colour.stderr` asks for colour and it is not success. */
export function coloured(result: RunResult, context: RunContext): RunResult {
  if (context.colour?.stderr !== true || result.code === 0 || result.stderr === '') return result
  return { ...result, stderr: redFirstLine(result.stderr) }
}

/** `context` as `run` takes it: a bare number is the terminal's width. */
export function contextOf(context: RunContext | number): RunContext {
  return typeof context === 'number' ? { columns: context } : context
}
