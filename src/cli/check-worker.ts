/**
 * The threads of `check --jobs N` (the workers, and the main thread, which
 * checks files too): each checks the files it is handed, one at a time in
 * the order given, as the single-thread run does (`checkFile`), and answers
 * each file's rows as `check` prints them. A file's rows go back a batch at
 * a time; after each batch but the last the thread waits for the main
 * thread to have written it, so a file far ahead of the output holds one
 * batch, not all it finds.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { OtherListed } from './formats.js'
import { BATCH, type FromWorker, type Job, type ToWorker, type WorkerSetup } from './jobs.js'
import { errorCode } from './problems.js'
import { type CheckedFinding, checkedFinding, directiveFinding } from './report.js'
import { RULE_ID } from './sarif.js'
import { checkFile, type OtherReference } from './scan-file.js'

/** What a thread that checks files answers with, and how it hears that a batch was written. */
export interface Checker {
  /** Answer the main thread. */
  readonly post: (message: FromWorker) => void
  /** For each file waiting for its batch to be written: how to go on. */
  readonly waiting: Map<number, () => void>
}

/**
 * Check the file of `job` as the single-thread run does, answering its rows
 * a {@link BATCH} at a time (waiting after each but the last until it is
 * written), then how it ended. Throws only what `checkFile` throws (a bug).
 */
export async function checkJob(job: Job, setup: WorkerSetup, checker: Checker): Promise<void> {
  let rows: CheckedFinding[] = []
  let others: OtherListed[] = []
  let unlisted = 0
  let listed = 0
  const send = (rest: Pick<FromWorker, 'more' | 'end'>): void => {
    checker.post({ seq: job.seq, rows, others, unlisted, ...rest })
    rows = []
    others = []
    unlisted = 0
  }
  const add = (row: CheckedFinding): Promise<void> | undefined => {
    rows.push(row)
    if (rows.length < BATCH) return undefined
    const written = new Promise<void>((resolve) => checker.waiting.set(job.seq, resolve))
    send({ more: true })
    return written
  }
  const report = await checkFile(job.file, (finding) => add(checkedFinding(job.path, finding, RULE_ID)), {
    about: job.about,
    bare: job.bare,
    markdown: job.markdown,
    markup: job.markup,
    skipCode: setup.skipCode,
    ...(setup.lists
      ? {
          onOther: ({ line, column, reference }: OtherReference) => {
            if (listed >= job.listRoom) {
              unlisted++
              return
            }
            listed++
            others.push({
              file: job.path,
              line,
              column,
              text: reference.text,
              form: reference.form,
              instrument: reference.instrument,
            })
          },
        }
      : {}),
    onDirective: (problem) => add(directiveFinding(job.path, problem)),
    ...(setup.chunkSize === undefined ? {} : { chunkSize: setup.chunkSize }),
  })
  // Only the error's code says why a file cannot be read (see `fileProblem`); the error itself may not cross threads.
  send({
    end: report.kind === 'unreadable' ? { kind: 'unreadable', error: { code: errorCode(report.error) } } : report,
  })
}

/**
 * The files handed to one thread, checked one at a time in the order given;
 * `fail` hears what a check throws. Answers what to call with each message.
 */
export function checkQueue(
  setup: WorkerSetup,
  checker: Checker,
  fail: (error: unknown) => void,
): (message: ToWorker) => void {
  const queue: Job[] = []
  let busy = false
  const work = async (): Promise<void> => {
    busy = true
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      await checkJob(job, setup, checker)
      // Back to the event loop between files: a file is read synchronously, and on the main thread the
      // workers' messages (files done, room for more) wait until this thread lets them in.
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
    busy = false
  }
  return (message) => {
    if ('ack' in message) {
      checker.waiting.get(message.ack)?.()
      checker.waiting.delete(message.ack)
      return
    }
    queue.push(message)
    if (!busy) work().catch(fail)
  }
}

/** Check the files the main thread sends, until it ends the worker. Throws outside a worker thread. */
export function serveChecks(): void {
  const port = parentPort
  if (port === null) throw new Error('serveChecks runs in a worker thread of check')
  const receive = checkQueue(
    workerData as WorkerSetup,
    { post: (message) => port.postMessage(message), waiting: new Map() },
    // A bug: thrown outside the promise, it stops the worker, and the main thread reports it.
    (error) =>
      queueMicrotask(() => {
        throw error
      }),
  )
  port.on('message', receive)
}
