/**
 * The program's usage and the names of its commands: text only, so that
 * `--help`, `--version` and an unknown command are answered without loading
 * any command (and so none of the library).
 */
import { DEFAULT_WIDTH, NAME, STATUS } from './command.js'

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
        [--jobs N]
      Every reference to this regulation in the files, checked.
  cite --jsonl, check --jsonl [--bare]
      Records {"id": …, "text": …}, one JSON line each on standard input,
      answered a line each, in order, as they come (for Hadoop Streaming,
      Spark's RDD.pipe, GNU parallel --pipe).
  render [reference] --format md|txt|html|akn|json [--standalone] [--width N]
      The regulation, or the provision a reference names, in a format.

Every command takes --help, and --json for its answer as JSON.
${NAME} --version prints the version.
Output is coloured on a terminal; NO_COLOR=1 turns colour off, FORCE_COLOR=1
on where it would not be (a pipe, a file). JSON and SARIF are never coloured.

${STATUS}`

/** The commands' names, in the order the usage lists them. */
export const COMMAND_NAMES = Object.freeze(['toc', 'show', 'search', 'cite', 'check', 'render'] as const)

/** The name of a command. */
export type CommandName = (typeof COMMAND_NAMES)[number]

/** Whether `name` is a command's name (not an inherited property such as `constructor`). */
export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name)
}
