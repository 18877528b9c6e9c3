/**
 * The `jilin-counter-espionage` command. See `runLazy` (`lazy.ts`) for what it does; this
 * file only does the I/O: it writes the answer and sets the exit status
 * (`EXIT`). A reader that closes the pipe early (`… | head`) ends the process
 * quietly with status 0; any other write error is one line on standard error
 * and status 3, never a stack trace.
 */
import { readFileSync, writeSync } from 'node:fs'
import { colourWanted } from './colour.js'
import { EXIT, type RunResult } from './command.js'
import { runLazy } from './lazy.js'
import { printable } from './printable.js'
import { fileProblem } from './problems.js'

const NAME = 'jilin-counter-espionage'

/** Say one line on standard error, if it can still be written. */
function say(line: string): void {
  try {
    writeSync(2, `${NAME}: ${printable(line)}\n`)
  } catch {
    // Standard error is gone too: the status is all that is left.
  }
}

function onWriteError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(EXIT.ok)
  say(`cannot write the output: ${error.message}`)
  process.exit(EXIT.output)
}

/** The package's version, from its package.json (one folder up in the build, two in the source). */
function version(): string | undefined {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === NAME) return pkg.version
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined
}

/** A file's text for `cite --file`, or the line that says why it cannot be read. */
function readText(path: string): string | { problem: string } {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    return { problem: fileProblem(printable(path), error) }
  }
}

/** The promise of room on standard output while a write waits in its buffer (one, however many writes wait). */
let room: Promise<void> | undefined

/** Write to standard output; what cannot be written is `onWriteError`'s (a file throws, a pipe emits). */
function out(text: string): void {
  try {
    if (!process.stdout.write(text))
      room ??= new Promise((resolve) =>
        process.stdout.once('drain', () => {
          room = undefined
          resolve()
        }),
      )
  } catch (error) {
    onWriteError(error as NodeJS.ErrnoException)
  }
}

/** Run the command with the process's arguments, write its answer and set the exit status. */
export async function main(): Promise<void> {
  process.stdout.on('error', onWriteError)
  process.stderr.on('error', (error: NodeJS.ErrnoException) =>
    process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.output),
  )

  let result: RunResult
  try {
    // `runLazy`, not `run`: only the command that runs is loaded (start-up is most of a short command's time).
    result = await runLazy(process.argv.slice(2), {
      // A terminal may report no columns: the command falls back to the default width then.
      ...(process.stdout.isTTY && process.stdout.columns !== undefined ? { columns: process.stdout.columns } : {}),
      colour: {
        stdout: colourWanted(process.env, process.stdout.isTTY === true),
        stderr: colourWanted(process.env, process.stderr.isTTY === true),
      },
      ...(version() === undefined ? {} : { version: version() as string }),
      input: () => readFileSync(0, 'utf8'),
      stdin: () => process.stdin,
      readText,
    })
    if (result.task) {
      const task = result.task
      result = { code: EXIT.ok, stdout: '', stderr: '' }
      process.exitCode = await task({
        out,
        drain: () => room,
        err: (text) => process.stderr.write(text),
        progress: process.stderr.isTTY === true,
      })
      return
    }
  } catch (error) {
    say(`internal error, please report it: ${error instanceof Error ? error.message : 'unknown error'}`)
    result = { code: EXIT.internal, stdout: '', stderr: '' }
  }
  process.exitCode = result.code
  try {
    if (result.stdout !== '') process.stdout.write(result.stdout)
    if (result.stderr !== '') process.stderr.write(result.stderr)
  } catch (error) {
    // A synchronous stream (a file) throws instead of emitting `error`.
    onWriteError(error as NodeJS.ErrnoException)
  }
}
