/**
 * `check <paths or globs…>`: every reference to this regulation in the
 * files, checked; each one that does not resolve is reported. Files are
 * read one at a time as streams, findings are written as each file is done
 * (text) or at the end (`--json`, `--format sarif`), and a progress line is
 * kept on standard error when it is a terminal. `check` never writes to the
 * files it reads.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { files } from './files.js'
import { fileProblem } from './problems.js'
import { type CheckedFinding, checkedFinding, findingLine } from './report.js'
import { RULE_ID, sarifLog } from './sarif.js'
import { checkFile } from './scan-file.js'

/** What `check` writes to and reads from; `main` gives the process's. */
export interface CheckIO {
  /** Write to standard output. */
  readonly out: (text: string) => void
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
}

/** The options of `check`, read by `run`. */
export interface CheckOptions {
  readonly paths: readonly string[]
  readonly format: 'text' | 'json' | 'sarif'
  readonly bare: boolean
  readonly gitignore: boolean
  readonly ignorePatterns: readonly string[]
  readonly ignorePath?: string
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
 * Run `check`; answer the exit status: 0 when every reference resolves, 1
 * when any does not, 2 when a path could not be read (the other files are
 * still checked).
 */
export async function runCheck(options: CheckOptions, io: CheckIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  const patterns = [...options.ignorePatterns]
  if (options.ignorePath !== undefined) {
    const read = await ignoreFile(options.ignorePath, cwd)
    if (typeof read === 'string') {
      io.err(`${read}\n`)
      return 2
    }
    patterns.push(...read)
  }
  const collected: CheckedFinding[] = []
  const skipped: { file: string; reason: string }[] = []
  const problems: string[] = []
  let filesChecked = 0
  let references = 0
  let bytes = 0
  let found = 0
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
  const notice = (line: string): void => {
    if (progressShown) io.err('\r\u001b[K')
    progressShown = false
    io.err(`${line}\n`)
  }

  for await (const entry of files(options.paths, {
    cwd,
    gitignore: options.gitignore,
    ignorePatterns: patterns,
  })) {
    if ('problem' in entry) {
      problems.push(entry.problem)
      notice(entry.problem)
      continue
    }
    const report = await checkFile(entry.file, {
      bare: options.bare,
      ...(io.chunkSize === undefined ? {} : { chunkSize: io.chunkSize }),
    })
    if (report.kind === 'binary') {
      const reason = 'binary file (it has a NUL byte), skipped'
      skipped.push({ file: entry.path, reason })
      notice(`${entry.path}: ${reason}`)
      continue
    }
    if (report.kind === 'unreadable') {
      const problem = fileProblem(entry.path, report.error)
      problems.push(problem)
      notice(problem)
      continue
    }
    filesChecked++
    references += report.references
    bytes += report.bytes
    found += report.findings.length
    const rows = report.findings.map((finding) => checkedFinding(entry.path, finding, RULE_ID))
    if (options.format === 'text') {
      if (rows.length > 0) {
        if (progressShown) io.err('\r\u001b[K')
        progressShown = false
        io.out(rows.map(findingLine).join(''))
      }
    } else collected.push(...rows)
    progress(false)
  }
  progress(true)

  if (options.format === 'json')
    io.out(
      `${JSON.stringify({ files: filesChecked, bytes, references, findings: collected, skipped, problems }, null, 2)}\n`,
    )
  else if (options.format === 'sarif') io.out(`${JSON.stringify(sarifLog(collected, io.version, cwd), null, 2)}\n`)
  else
    io.err(
      `${found === 0 ? 'No problems' : `${found} problem${found === 1 ? '' : 's'}`}: ${references} reference${references === 1 ? '' : 's'} checked in ${filesChecked} file${filesChecked === 1 ? '' : 's'}\n`,
    )
  if (problems.length > 0) return 2
  return found > 0 ? 1 : 0
}
