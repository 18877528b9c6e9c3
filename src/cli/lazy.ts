/**
 * The command line as the program runs it: like `run`, but each command's
 * module is imported only when that command runs, so `--version` and
 * `--help` load none of the library and `check` none of the renderers.
 * Start-up is most of what a short command costs (see bench/NOTES.md).
 */
import { coloured, commandAnswer, contextOf, programAnswer } from './answer.js'
import type { Command, RunContext, RunResult } from './command.js'
import type { CommandName } from './usage.js'

/**
 * How to load each command. Literal `import()` specifiers, so that the
 * bundler makes each command a chunk of its own beside `dist/cli.js`.
 */
export const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = Object.freeze({
  toc: async () => (await import('./commands/toc.js')).tocCommand,
  show: async () => (await import('./commands/show.js')).showCommand,
  search: async () => (await import('./commands/search.js')).searchCommand,
  cite: async () => (await import('./commands/cite.js')).citeCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  render: async () => (await import('./commands/render.js')).renderCommand,
})

/**
 * Run the command line `argv` as `run` does, with the same answer byte for
 * byte, loading only the command it names. Rejects only if a command's
 * module cannot be loaded (a broken installation).
 */
export async function runLazy(argv: readonly string[], context: RunContext | number = {}): Promise<RunResult> {
  const ctx = contextOf(context)
  const result = programAnswer(argv, ctx) ?? commandAnswer(argv, await LOADERS[argv[0] as CommandName](), ctx)
  return coloured(result, ctx)
}
