/**
 * The `check` command's arguments: its usage text and options, read into
 * the options of `runCheck`, which `main` runs with the process's streams.
 */

import { availableParallelism } from 'node:os'
import { recordChecker } from './check-record.js'
import {
  type Command,
  EXIT,
  fail,
  JSON_OPTION,
  NAME,
  type RunContext,
  type RunResult,
  type Values,
  wholeNumber,
} from './command.js'
import { inputOf, runJsonl } from './jsonl.js'
import { CHECK_FORMATS, type CheckOptions, runCheck } from './run-check.js'

/** The options `check --jsonl` takes besides --bare: none of them is about records. */
const NOT_WITH_JSONL = ['format', 'json', 'no-ignore', 'ignore-pattern', 'ignore-path', 'skip-code', 'jobs'] as const

/** `check --jsonl [--bare]`: the records of standard input, each checked. */
function jsonlCheck(values: Values, paths: readonly string[], context: RunContext): RunResult {
  if (paths.length > 0) return fail(`Unexpected \`${paths[0]}\` with --jsonl, expected records on standard input alone`)
  const other = NOT_WITH_JSONL.find((name) => values[name] !== undefined)
  if (other !== undefined) return fail(`Unexpected --${other} with --jsonl, expected --bare alone`)
  const answer = recordChecker(values.bare === true)
  return {
    code: EXIT.ok,
    stdout: '',
    stderr: '',
    task: (io) => runJsonl(inputOf(context), { key: 'findings', answer }, io),
  }
}

/** `check <paths or globs…>`. */
export const checkCommand: Command = {
  usage: `Usage: ${NAME} check <paths or globs...> [--bare]
       [--format text|json|sarif] [--json] [--no-ignore]
       [--ignore-pattern P]... [--ignore-path F] [--skip-code] [--jobs N]
       ${NAME} check --jsonl [--bare]

Every reference to this regulation in the files (source code, Markdown, text,
JSON, YAML, anything that is not binary) is checked: its title, with or without
《》, before a provision (《吉林省反间谍工作规定》第十五条), 本规定第…条, an eId
(art_15__para_2), a URI, or an English citation next to the English title
(Article 15 of the Jilin Province Counter-Espionage Work Regulations). With
--bare, bare 第…条 citations count too (for files about this regulation only).
Malformed citations (第十〇条) are reported as well.

Each one that does not resolve is reported as
  file:line:column  message  rule-id
(--json and --format sarif write JSON or SARIF 2.1.0 instead). Folders are
walked; .gitignore files are honoured (--no-ignore: not), node_modules and .git
are skipped, and a folder named that would be skipped is reported as skipped
(a file named is always read).

Comments silence findings, in any language's comment syntax (in Markdown's
prose: HTML comments): jilin-counter-espionage-disable-next-line the next line,
jilin-counter-espionage-disable-line its own line, -disable … -enable the lines
between; remark's <!--lint ignore no-invalid-reference--> the next block, and
<!--lint disable no-invalid-reference--> … <!--lint enable--> the lines
between. A directive that silences nothing, is misspelled or is never closed
is reported as a warning (rule no-invalid-directive); warnings alone leave the
status 0. --skip-code skips code fences and inline code in Markdown files, as
the remark rule's code: false does.

--jobs N checks the files on N threads (--jobs 1: this thread only); the
output is the same, in the same order. A few small files are checked on one
thread whatever N is: starting threads would cost more. Without --jobs, a run
of 128 MiB or more (or over 20000 files) uses one thread per core, a smaller
one a single thread.

Status 0 when every reference resolves, 1 when any does not, 2 when a path
cannot be read or is skipped, or the arguments are wrong.

With --jsonl (and no paths; --bare may be given), standard input is read as
it comes, one JSON record {"id": …, "text": …} a line, and each record is
answered by one line, in order: {"id":…,"findings":[…]} (the findings of
--json, without file), or an error line, as \`cite --jsonl\` writes them.
Status 0 once the input is read to its end, whatever the records held.
`,
  options: {
    bare: { type: 'boolean' },
    format: { type: 'string' },
    'no-ignore': { type: 'boolean' },
    'ignore-pattern': { type: 'string', multiple: true },
    'ignore-path': { type: 'string' },
    'skip-code': { type: 'boolean' },
    jsonl: { type: 'boolean' },
    jobs: { type: 'string' },
    ...JSON_OPTION,
  },
  // None with --jsonl: the paths are asked for below.
  positionals: [0, Number.POSITIVE_INFINITY],
  run(values, paths, context) {
    if (values.jsonl) return jsonlCheck(values, paths, context)
    if (paths.length === 0)
      return fail(
        `Unexpected missing argument, expected ${NAME} check <paths or globs...> [--bare] (paths, folders or globs to check)`,
      )
    const format = values.json ? 'json' : (values.format ?? 'text')
    if (!(CHECK_FORMATS as readonly unknown[]).includes(format))
      return fail(`Unexpected --format \`${String(format)}\`, expected ${CHECK_FORMATS.join(', ')}`)
    if (values.json && values.format !== undefined && values.format !== 'json')
      return fail(`Unexpected --json with --format \`${String(values.format)}\`, expected one of them`)
    const jobs = wholeNumber('jobs', values.jobs, 1) ?? availableParallelism()
    if (typeof jobs !== 'number') return jobs
    const options: CheckOptions = {
      paths,
      format: format as CheckOptions['format'],
      bare: values.bare === true,
      gitignore: values['no-ignore'] !== true,
      ignorePatterns: (values['ignore-pattern'] as unknown as string[] | undefined) ?? [],
      ...(values['ignore-path'] === undefined ? {} : { ignorePath: String(values['ignore-path']) }),
      ...(values['skip-code'] === true ? { skipCode: true } : {}),
      jobs,
      ...(values.jobs === undefined ? { jobsByDefault: true } : {}),
    }
    return {
      code: EXIT.ok,
      stdout: '',
      stderr: '',
      task: (io) =>
        runCheck(options, {
          ...(context.version === undefined ? {} : { version: context.version }),
          colour: { out: context.colour?.stdout === true, err: context.colour?.stderr === true },
          ...io,
        }),
    }
  },
}
