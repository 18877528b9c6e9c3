/**
 * `check --jobs N`: the files of the walk handed to N threads, N - 1 worker
 * threads and this one (`check-worker.ts`), their answers written in the
 * walk's order, so the output is the single-thread run's byte for byte.
 * This thread checks files too: it would mostly wait otherwise, and each
 * worker pays its own start-up and its own warming of the compiled code.
 * Each file gets a number as the walk gives it; the thread with the least
 * work takes it (at most {@link PER_THREAD} each, so none waits for the next
 * while another works). Only a window of {@link WINDOW_PER_THREAD} files a
 * thread past the first file not yet written is handed out, and a file
 * holds at most one batch of rows until its turn comes, so what waits to be
 * written stays bounded however large the tree. A thread that fails fails
 * the run: every worker is ended and the error is thrown, as a
 * single-thread run throws it.
 */
import { Worker } from 'node:worker_threads'
import { checkQueue } from './check-worker.js'
import type { Entry } from './files.js'
import type { OtherListed } from './formats.js'
import type { FromWorker, Job, ToWorker, WorkerSetup } from './jobs.js'
import type { CheckedFinding } from './report.js'
import type { FileReport } from './scan-file.js'

/** How many files a thread is handed at once. */
export const PER_THREAD = 4
/** How many files a thread may be handed past the first file not yet written. */
export const WINDOW_PER_THREAD = 16

/**
 * The worker's file: in the build, `dist/check-worker.js` beside the chunk
 * this module is bundled into. Run from the sources, there is none (a
 * worker does not inherit every TypeScript loader): the files are all
 * checked in this thread then.
 */
export const WORKER_URL = import.meta.url.endsWith('.ts') ? undefined : new URL('./check-worker.js', import.meta.url)

/** What the run does with the answers, in the walk's order; a promise answered means: wait for it (the output is full). */
export interface Answers {
  /** A path of the walk that cannot be checked. */
  readonly problem: (line: string) => void
  /** A row of a file, in order. */
  readonly row: (row: CheckedFinding) => Promise<void> | undefined
  /** A reference taken for another instrument's, in order; then how many more were only counted. */
  readonly others: (listed: readonly OtherListed[], unlisted: number) => void
  /** A file is done. */
  readonly done: (path: string, report: FileReport) => Promise<void> | undefined
}

/** Options of {@link checkInParallel}. */
export interface ParallelOptions {
  /** How many threads check files: this one and one worker fewer (at least two). */
  readonly threads: number
  readonly setup: WorkerSetup
  /** How the configuration says to check a file. */
  readonly job: (entry: {
    readonly file: string
    readonly path: string
  }) => Omit<Job, 'seq' | 'file' | 'path' | 'listRoom'>
  /** How many references taken for another instrument's may still be listed. */
  readonly listRoom: () => number
  /** The worker's module (tests start others); {@link WORKER_URL} by default. */
  readonly url?: URL
}

/** A thread that checks files. */
interface Lane {
  readonly send: (message: ToWorker) => void
  /** Files handed to it and not yet done. */
  load: number
}

interface Slot {
  readonly entry: Entry
  readonly lane?: Lane
  readonly messages: FromWorker[]
}

/**
 * Check the files of `first` then `rest` on workers, giving `answers` what
 * the single-thread run would, in the same order. Throws what a worker
 * throws, or that it stopped; no worker outlives the call.
 */
export async function checkInParallel(
  first: readonly Entry[],
  rest: AsyncIterator<Entry>,
  options: ParallelOptions,
  answers: Answers,
): Promise<void> {
  const slots = new Map<number, Slot>()
  let failure: unknown
  let closing = false
  let wake: (() => void) | undefined
  const signal = (): void => {
    const resume = wake
    wake = undefined
    resume?.()
  }
  const fail = (error: unknown): void => {
    failure ??= error
    signal()
  }
  const receive = (lane: Lane, message: FromWorker): void => {
    slots.get(message.seq)?.messages.push(message)
    if (message.end !== undefined) lane.load--
    signal()
  }
  const url = options.url ?? WORKER_URL
  const workers = Array.from({ length: url === undefined ? 0 : Math.max(1, options.threads - 1) }, () => {
    const worker = new Worker(url as URL, { workerData: options.setup })
    const lane: Lane = { send: (message) => worker.postMessage(message), load: 0 }
    worker.on('message', (message: FromWorker) => receive(lane, message))
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread of check stopped (exit code ${code})`))
    })
    return { worker, lane }
  })
  const local: Lane = {
    send: checkQueue(options.setup, { post: (message) => receive(local, message), waiting: new Map() }, fail),
    load: 0,
  }
  // This thread first: it takes the first files while the workers start.
  const lanes = [local, ...workers.map(({ lane }) => lane)]
  const window = WINDOW_PER_THREAD * lanes.length
  let next = 0
  let head = 0
  let firstAt = 0
  let walked = false
  let held: Entry | undefined

  const pull = async (): Promise<Entry | undefined> => {
    if (firstAt < first.length) return first[firstAt++]
    const read = await rest.next()
    return read.done ? undefined : read.value
  }
  /** Hand out files while the window and the workers have room; a file no worker can take yet is held. */
  const fill = async (): Promise<void> => {
    while (!walked && failure === undefined && next - head < window) {
      const entry = held ?? (await pull())
      held = undefined
      if (entry === undefined) {
        walked = true
        return
      }
      if ('problem' in entry) {
        slots.set(next++, { entry, messages: [] })
        continue
      }
      const lane = lanes.reduce((least, lane) => (lane.load < least.load ? lane : least))
      if (lane.load >= PER_THREAD) {
        held = entry
        return
      }
      lane.load++
      const job: Job = { seq: next, ...entry, ...options.job(entry), listRoom: options.listRoom() }
      // The slot first: this thread's lane may answer before `send` returns.
      slots.set(next++, { entry, lane, messages: [] })
      lane.send(job)
    }
  }
  const answer = async (path: string, message: FromWorker): Promise<void> => {
    for (const row of message.rows) {
      const wait = answers.row(row)
      if (wait !== undefined) await wait
    }
    answers.others(message.others, message.unlisted)
    if (message.end === undefined) return
    const { end } = message
    const wait = answers.done(path, end.kind === 'unreadable' ? { kind: 'unreadable', error: end.error } : end)
    if (wait !== undefined) await wait
  }

  try {
    for (;;) {
      await fill()
      if (failure !== undefined) throw failure
      const slot = slots.get(head)
      if (slot === undefined) {
        if (walked && held === undefined) return
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        continue
      }
      if ('problem' in slot.entry) {
        answers.problem(slot.entry.problem)
        slots.delete(head++)
        continue
      }
      const message = slot.messages.shift()
      if (message === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        continue
      }
      await answer(slot.entry.path, message)
      if (message.more) slot.lane?.send({ ack: message.seq })
      if (message.end !== undefined) slots.delete(head++)
    }
  } finally {
    closing = true
    await Promise.all(workers.map(({ worker }) => worker.terminate()))
  }
}
