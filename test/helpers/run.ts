/**
 * The command-line interface, as a function of its arguments (no I/O), run
 * synchronously: every command imported up front, so tests can call it
 * without `await`. The program goes through `src/cli/lazy.ts` instead, which
 * loads only the command it runs; both answer through `src/cli/answer.ts`,
 * so the bytes are the same.
 */
import { coloured, commandAnswer, contextOf, programAnswer } from '../../src/cli/answer.js'
import { checkCommand } from '../../src/cli/check-command.js'
import type { Command, RunContext, RunResult } from '../../src/cli/command.js'
import { citeCommand } from '../../src/cli/commands/cite.js'
import { renderCommand } from '../../src/cli/commands/render.js'
import { searchCommand } from '../../src/cli/commands/search.js'
import { showCommand } from '../../src/cli/commands/show.js'
import { tocCommand } from '../../src/cli/commands/toc.js'
import type { CommandName } from '../../src/cli/usage.js'

export { EXIT, type RunContext, type RunResult } from '../../src/cli/command.js'
export { USAGE } from '../../src/cli/usage.js'

/** Every command by name, in the order the usage lists them. */
export const COMMANDS: Readonly<Record<CommandName, Command>> = Object.freeze({
  toc: tocCommand,
  show: showCommand,
  search: searchCommand,
  cite: citeCommand,
  check: checkCommand,
  render: renderCommand,
})

/**
 * Run the command line `argv` (without `node` and the script). Never throws
 * on any input. With `context.colour.stderr`, the reason of an answer that
 * is not success is red.
 */
export function run(argv: readonly string[], context: RunContext | number = {}): RunResult {
  const ctx = contextOf(context)
  const result = programAnswer(argv, ctx) ?? commandAnswer(argv, COMMANDS[argv[0] as CommandName], ctx)
  return coloured(result, ctx)
}
