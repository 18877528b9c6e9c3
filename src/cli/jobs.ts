/**
 * What `check --jobs N` shares between the main thread and its workers: the
 * messages they exchange, and when workers are worth starting at all. A
 * worker is handed a file's path and how to check it (never its text); it
 * answers the file's findings as printed rows, a batch at a time, then what
 * the file came to. A worker costs a start-up and the warming of its own
 * compiled code before it checks at full speed, so a run looks a little
 * ahead in its walk first and stays on one thread when the files are few
 * and small.
 */
import { statSync } from 'node:fs'
import type { About } from '../citation/check/text-scope.js'
import type { Entry } from './files.js'
import type { OtherListed } from './formats.js'
import type { CheckedFinding } from './report.js'

/** What every file of a run is checked with, given to each worker as it starts. */
export interface WorkerSetup {
  /** In Markdown files, skip code fences and inline code. */
  readonly skipCode: boolean
  /** Note the references taken for another instrument's (only `--json` lists them). */
  readonly lists: boolean
  /** Bytes read at a time, when not the default. */
  readonly chunkSize?: number
}

/** One file for a worker to check: where it is, how it is printed, and how the configuration says to check it. */
export interface Job {
  /** Its place in the run: answers are written in this order. */
  readonly seq: number
  readonly file: string
  readonly path: string
  readonly about: About
  readonly bare: boolean
  readonly markdown: boolean
  readonly markup: boolean
  /** How many references taken for another instrument's it may still list (the report lists only so many). */
  readonly listRoom: number
}

/** The main thread to a worker: a file to check, or leave to go on with a file whose batch was written. */
export type ToWorker = Job | { readonly ack: number }

/** How a file ended, as {@link FileReport} says it, with an unreadable file's error reduced to its code. */
export type JobEnd =
  | { readonly kind: 'checked'; readonly findings: number; readonly references: number; readonly bytes: number }
  | { readonly kind: 'binary' }
  | { readonly kind: 'unreadable'; readonly error: { readonly code: string } }

/**
 * A worker to the main thread: the rows of a file found since its last
 * message, in order, with the references taken for another instrument's
 * (listed, then only counted past the file's room); `more` when the file
 * goes on (the worker waits for an ack), `end` when it is done.
 */
export interface FromWorker {
  readonly seq: number
  readonly rows: readonly CheckedFinding[]
  readonly others: readonly OtherListed[]
  readonly unlisted: number
  readonly more?: true
  readonly end?: JobEnd
}

/** How many rows a worker gathers before it sends them and waits (it never holds more). */
export const BATCH = 256

/**
 * With `--jobs N` given: enough files that a worker's share outweighs what
 * it costs before it checks at full speed (its start-up, and warming its
 * own compiled code), whatever their size.
 */
export const PARALLEL_FILES = 400
/** With `--jobs N` given: enough bytes for the same, however few the files. */
export const PARALLEL_BYTES = 8 << 20
/**
 * Without `--jobs`: the bytes from which threads were measured to pay on two
 * cores, where one thread's run already keeps the second core busy with the
 * engine's garbage collection (bench/NOTES.md), so a default run is never
 * slower than one thread.
 */
export const DEFAULT_PARALLEL_BYTES = 128 << 20
/** Without `--jobs`: how many files the look-ahead reads at most (its memory), a run large enough for threads. */
export const DEFAULT_PARALLEL_FILES = 20_000

/** What looking ahead in the walk found: the entries read so far, and how many threads to check them on (1: no worker). */
export interface Lookahead {
  readonly first: readonly Entry[]
  readonly threads: number
}

/**
 * Read the walk ahead until it is known whether workers are worth it. With
 * `--jobs N` given (`given`): more than {@link PARALLEL_FILES} files, or
 * {@link PARALLEL_BYTES} in two files or more. By default: more than
 * {@link DEFAULT_PARALLEL_FILES} files, or {@link DEFAULT_PARALLEL_BYTES} in two
 * or more. A walk that ends first stays on one thread. Sizes are read with
 * `stat`; one that cannot be read counts nothing (the check itself reports
 * the file).
 */
export async function lookahead(walk: AsyncIterator<Entry>, jobs: number, given = true): Promise<Lookahead> {
  const [most, enough] = given ? [PARALLEL_FILES, PARALLEL_BYTES] : [DEFAULT_PARALLEL_FILES, DEFAULT_PARALLEL_BYTES]
  const first: Entry[] = []
  let files = 0
  let bytes = 0
  for (;;) {
    const next = await walk.next()
    if (next.done) break
    first.push(next.value)
    if ('problem' in next.value) continue
    files++
    if (files > most) return { first, threads: jobs }
    bytes += sizeOf(next.value.file)
    if (files >= 2 && bytes >= enough) return { first, threads: jobs }
  }
  return { first, threads: 1 }
}

/** A file's size, or 0 when it cannot be read (synchronous: a round trip through the thread pool per file costs more). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/** The entries looked ahead at, then the rest of the walk. */
export async function* replay(first: readonly Entry[], walk: AsyncIterator<Entry>): AsyncGenerator<Entry> {
  yield* first
  for (let next = await walk.next(); !next.done; next = await walk.next()) yield next.value
}
