/**
 * `check <paths or globs…>`: every reference to this regulation in the
 * files, checked; each one that does not resolve is reported. Files are
 * read one at a time as streams, and each finding is written as it is found
 * (text, `--json` and SARIF alike), waiting while standard output is full:
 * nothing grows with the number of findings. A progress line is kept on
 * standard error when it is a terminal. Names from the file system are
 * printed with their control characters escaped. `check` never writes to
 * the files it reads. With `jobs` above one and enough files, the files
 * are checked on this thread and worker threads (`parallel.ts`), the output
 * the same byte for byte.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { redFirstLine } from './colour.js'
import { readSettings } from './config.js'
import { isMarkdown, isMarkup } from './directives.js'
import { files } from './files.js'
import { formatOf, MAX_OTHERS_LISTED, type OtherListed } from './formats.js'
import { lookahead, replay } from './jobs.js'
import { Output } from './output.js'
import { printable } from './printable.js'
import { fileProblem } from './problems.js'
import { checkedFinding, directiveFinding } from './report.js'
import { RULE_ID } from './sarif.js'
import { checkFile, type FileReport, type OtherReference } from './scan-file.js'

/** What `check` writes to and reads from; `main` gives the process's. */
export interface CheckIO {
  /** Write to standard output. */
  readonly out: (text: string) => void
  /**
   * While standard output is full (a write was refused room, as a stream's
   * `write` answers `false`): a promise of when it has room again; `check`
   * waits for it before it reads on.
   */
  readonly drain?: () => Promise<void> | undefined
  /** Write to standard error. */
  readonly err: (text: string) => void
  /** Standard error is a terminal: show a progress line. */
  readonly progress?: boolean
  /** The working directory (default `process.cwd()`). */
  readonly cwd?: string
  /** The package's version, for SARIF. */
  readonly version?: string
  /** Bytes read at a time (tests of chunk boundaries use small ones). */
  readonly chunkSize?: number
  /** Colour the text output's lines (`out`) and the problems (`err`); JSON and SARIF never are. */
  readonly colour?: { readonly out?: boolean; readonly err?: boolean }
  /** The module the workers of `jobs` run (tests start others); the built `check-worker.js` by default. */
  readonly worker?: URL
}

/** The options of `check`, read by `run`. */
export interface CheckOptions {
  readonly paths: readonly string[]
  readonly format: 'text' | 'json' | 'sarif'
  readonly bare: boolean
  readonly gitignore: boolean
  readonly ignorePatterns: readonly string[]
  readonly ignorePath?: string
  /** In Markdown files, skip code fences and inline code (as the remark rule's `code: false`). */
  readonly skipCode?: boolean
  /** How many threads check the files: this one and `jobs - 1` workers (default 1: this one only). */
  readonly jobs?: number
  /** `jobs` is the default (one per core), not asked for: threads only for a run large enough that they pay. */
  readonly jobsByDefault?: boolean
}

/** The formats of `--format`. */
export const CHECK_FORMATS = Object.freeze(['text', 'json', 'sarif'] as const)

const PROGRESS_EVERY_MS = 100

/** Read the `--ignore-path` file: its patterns, or the line that says why it cannot be read. */
async function ignoreFile(path: string, cwd: string): Promise<string[] | string> {
  try {
    return (await readFile(resolve(cwd, path), 'utf8')).split(/\r?\n/)
  } catch (error) {
    return fileProblem(path, error, ' for --ignore-path')
  }
}

/**
 * The last line of the text output: `N problems: N references checked in N
 * files` (`N problems, N warnings: …` when directives were reported), each
 * noun singular for one.
 */
export function summaryLine(problems: number, references: number, files: number, warnings = 0): string {
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
  return `${problems === 0 ? 'No problems' : count(problems, 'problem')}${warnings === 0 ? '' : `, ${count(warnings, 'warning')}`}: ${count(references, 'reference')} checked in ${count(files, 'file')}\n`
}

/**
 * Run `check`; answer the exit status: 0 when every reference resolves, 1
 * when any does not, 2 when a path could not be read (the other files are
 * still checked). Silencing directives reported (unused, unknown,
 * unclosed) are warnings: alone, they leave the status 0.
 */
export async function runCheck(options: CheckOptions, io: CheckIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  // What the project says of its files (package.json or .jilin-counter-espionage.json), read once.
  const settings = await readSettings(cwd)
  if (typeof settings === 'string') {
    io.err(`${printable(settings)}\n`)
    return 2
  }
  const patterns = [...settings.ignore, ...options.ignorePatterns]
  if (options.ignorePath !== undefined) {
    const read = await ignoreFile(options.ignorePath, cwd)
    if (typeof read === 'string') {
      io.err(`${printable(read)}\n`)
      return 2
    }
    patterns.push(...read)
  }
  // Only --json lists the files skipped and the problems; they grow with the files, not the findings.
  const skipped: { file: string; reason: string }[] = []
  const problems: string[] = []
  const others: OtherListed[] = []
  let otherCount = 0
  let problemCount = 0
  let filesChecked = 0
  let references = 0
  let bytes = 0
  let found = 0
  let warnings = 0
  let lastProgress = 0
  let progressShown = false
  const progress = (final: boolean): void => {
    if (!io.progress) return
    const now = Date.now()
    if (!final && now - lastProgress < PROGRESS_EVERY_MS) return
    lastProgress = now
    io.err(final ? '\r\u001b[K' : `\r\u001b[K${filesChecked} files checked, ${found} problems`)
    progressShown = !final
  }
  const erase = (): void => {
    if (progressShown) io.err('\r\u001b[K')
    progressShown = false
  }
  // On a terminal the progress line is erased before findings are written under it.
  const output = new Output(io, options.format === 'text' ? erase : undefined)
  const format = formatOf(options.format, output, io.version, cwd, io.colour?.out === true)
  const notice = (line: string): void => {
    erase()
    io.err(`${printable(line)}\n`)
  }
  const problem = (line: string): void => {
    problemCount++
    if (format.lists) problems.push(line)
    erase()
    io.err(`${io.colour?.err ? redFirstLine(printable(line)) : printable(line)}\n`)
  }
  await format.start()
  /** A file is done: count it, or say why it was skipped or could not be read. */
  const done = (path: string, report: FileReport): Promise<void> | undefined => {
    if (report.kind === 'binary') {
      const reason = 'binary file (it has a NUL byte), skipped'
      if (format.lists) skipped.push({ file: path, reason })
      notice(`${path}: ${reason}`)
      return undefined
    }
    if (report.kind === 'unreadable') {
      problem(fileProblem(path, report.error))
      return undefined
    }
    filesChecked++
    references += report.references
    bytes += report.bytes
    return format.fileDone()
  }

  const walk = files(options.paths, { cwd, gitignore: options.gitignore, ignorePatterns: patterns })
  // Workers only when there is enough to check to pay for starting them (see `lookahead`).
  const ahead =
    (options.jobs ?? 1) > 1 ? await lookahead(walk, options.jobs ?? 1, options.jobsByDefault !== true) : undefined
  if (ahead !== undefined && ahead.threads > 1) {
    const { checkInParallel } = await import('./parallel.js')
    await checkInParallel(
      ahead.first,
      walk,
      {
        threads: ahead.threads,
        setup: {
          skipCode: options.skipCode === true,
          lists: format.lists,
          ...(io.chunkSize === undefined ? {} : { chunkSize: io.chunkSize }),
        },
        job: (entry) => ({
          ...settings(entry.path, options.bare),
          markdown: isMarkdown(entry.path),
          markup: isMarkup(entry.path),
        }),
        listRoom: () => Math.max(0, MAX_OTHERS_LISTED - otherCount),
        ...(io.worker === undefined ? {} : { url: io.worker }),
      },
      {
        problem,
        row: (row) => {
          if (row.severity === 'error') found++
          else warnings++
          return format.finding(row)
        },
        others: (listed, unlisted) => {
          for (const other of listed) if (otherCount++ < MAX_OTHERS_LISTED) others.push(other)
          otherCount += unlisted
        },
        done: async (path, report) => {
          await done(path, report)
          if (report.kind === 'checked') progress(false)
        },
      },
    )
  } else
    for await (const entry of replay(ahead?.first ?? [], walk)) {
      if ('problem' in entry) {
        problem(entry.problem)
        continue
      }
      const report = await checkFile(
        entry.file,
        (finding) => {
          found++
          return format.finding(checkedFinding(entry.path, finding, RULE_ID))
        },
        {
          ...settings(entry.path, options.bare),
          markdown: isMarkdown(entry.path),
          markup: isMarkup(entry.path),
          skipCode: options.skipCode === true,
          ...(format.lists
            ? {
                onOther: ({ line, column, reference }: OtherReference) => {
                  if (otherCount++ < MAX_OTHERS_LISTED)
                    others.push({
                      file: entry.path,
                      line,
                      column,
                      text: reference.text,
                      form: reference.form,
                      instrument: reference.instrument,
                    })
                },
              }
            : {}),
          onDirective: (problem) => {
            warnings++
            return format.finding(directiveFinding(entry.path, problem))
          },
          ...(io.chunkSize === undefined ? {} : { chunkSize: io.chunkSize }),
        },
      )
      await done(entry.path, report)
      if (report.kind === 'checked') progress(false)
    }
  progress(true)

  await format.end({
    files: filesChecked,
    bytes,
    references,
    skipped,
    problems,
    otherInstruments: { count: otherCount, listed: others },
  })
  if (options.format === 'text') io.err(summaryLine(found, references, filesChecked, warnings))
  if (problemCount > 0) return 2
  return found > 0 ? 1 : 0
}
