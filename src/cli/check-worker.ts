/**
 * A worker thread of `check --jobs N`: it checks the files it is handed, one
 * at a time in the order given, as the single-thread run does (`checkFile`),
 * and answers each file's rows as `check` prints them. A file's rows go back
 * a batch at a time; after each batch but the last the worker waits for the
 * main thread to have written it, so a file far ahead of the output holds
 * one batch, not all it finds.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { OtherListed } from './formats.js'
import { BATCH, type FromWorker, type Job, type JobEnd, type ToWorker, type WorkerSetup } from './jobs.js'
import { errorCode } from './problems.js'
import { type CheckedFinding, checkedFinding, directiveFinding } from './report.js'
import { RULE_ID } from './sarif.js'
import { checkFile, type OtherReference } from './scan-file.js'

/** Check the files the main thread sends, until it ends the worker. Throws outside a worker thread. */
export function serveChecks(): void {
  const port = parentPort
  if (port === null) throw new Error('serveChecks runs in a worker thread of check')
  const setup = workerData as WorkerSetup
  const queue: Job[] = []
  /** The file waiting for its batch to be written, and how to go on. */
  const waiting = new Map<number, () => void>()
  let busy = false

  const checkOne = async (job: Job): Promise<void> => {
    let rows: CheckedFinding[] = []
    let others: OtherListed[] = []
    let unlisted = 0
    let listed = 0
    const send = (rest: Pick<FromWorker, 'more' | 'end'>): void => {
      const message: FromWorker = { seq: job.seq, rows, others, unlisted, ...rest }
      port.postMessage(message)
      rows = []
      others = []
      unlisted = 0
    }
    const add = (row: CheckedFinding): Promise<void> | undefined => {
      rows.push(row)
      if (rows.length < BATCH) return undefined
      const written = new Promise<void>((resolve) => waiting.set(job.seq, resolve))
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
    const end: JobEnd =
      report.kind === 'unreadable' ? { kind: 'unreadable', error: { code: errorCode(report.error) } } : report
    send({ end })
  }

  const work = async (): Promise<void> => {
    busy = true
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await checkOne(job)
    busy = false
  }

  port.on('message', (message: ToWorker) => {
    if ('ack' in message) {
      waiting.get(message.ack)?.()
      waiting.delete(message.ack)
      return
    }
    queue.push(message)
    // What `checkFile` throws is a bug: thrown again outside the promise, it stops the worker, and the main thread reports it.
    if (!busy)
      work().catch((error: unknown) =>
        queueMicrotask(() => {
          throw error
        }),
      )
  })
}
