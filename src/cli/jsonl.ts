/**
 * `cite --jsonl` and `check --jsonl`: records `{"id": …, "text": …}`, one
 * JSON object a line on standard input, each answered by one JSON line on
 * standard output, in the order they came, as they come: the citations of
 * its text (`{"id":…,"citations":[…]}`), or its findings
 * (`{"id":…,"findings":[…]}`), or why it could not be read
 * (`{"id":…,"error":{"code":…,"message":…}}`, `id` null when it could
 * not be read either). Nothing but the line being read and its answer
 * is kept, and reading waits while standard output is full, so a stream of
 * any length passes through in bounded memory.
 *
 * Each line is read on its own, so that a union of the answers over any
 * split of the input at line ends is the answer to the whole (what Hadoop
 * Streaming, Spark's `RDD.pipe` and GNU parallel `--pipe` do): a `\r` before
 * the `\n` and a byte order mark at the start of any line are dropped, and
 * blank lines (spaces and tabs only) are no records and get no answer. An
 * answer says nothing of where its line stood (under a splitter a process
 * sees only its part): the `id`, and the order of the answers, name it.
 */
import { isUtf8 } from 'node:buffer'
import type { RunContext } from './command.js'
import { type Line, Lines } from './jsonl-lines.js'
import { Output } from './output.js'
import type { CheckIO } from './run-check.js'

/** The longest line read, in bytes without its line break: a longer one is answered by an error. */
export const MAX_LINE = 1 << 24

/** What names a record in its answer: a string, or a number JSON reads exactly. */
export type RecordId = string | number

/** Why a line is not a record, as its error line says. */
export type RecordErrorCode = 'too-long' | 'not-utf8' | 'not-json' | 'not-an-object' | 'invalid-id' | 'invalid-text'

/** The `error` of an error line. */
export interface RecordError {
  readonly code: RecordErrorCode
  /** `Unexpected …, expected …`. */
  readonly message: string
}

/** A line read: a record, nothing (a blank line), or an error with the id when it could be read. */
type Read =
  | { readonly id: RecordId; readonly text: string }
  | { readonly id: RecordId | null; readonly error: RecordError }
  | undefined

/** The answer to a record's text, put under `key` in its line. */
export interface RecordAnswerer {
  readonly key: 'citations' | 'findings'
  readonly answer: (text: string) => unknown
}

/** How `runJsonl` reads (tests use a small limit). */
export interface JsonlOptions {
  /** The longest line read, in bytes (default {@link MAX_LINE}). */
  readonly maxLine?: number
}

const EXPECTED_RECORD = 'expected a JSON object {"id": …, "text": …}'
const SPACE = 0x20
const TAB = 0x09
const CR = 0x0d
/** The byte order mark in UTF-8. */
const BOM = [0xef, 0xbb, 0xbf] as const
const encoder = new TextEncoder()

/** The kind of a JSON value, as a message names it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Where JSON.parse stopped, as ` at column N` (UTF-16 units from 1), when its message says. */
function columnOf(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : ''
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return ` at column ${Number(position) + 1}`
  return message.includes('end of JSON input') ? ` at column ${source.length + 1}` : ''
}

/** The record on `line`, or why there is none. */
export function readRecord(line: Line, maxLine = MAX_LINE): Read {
  const fail = (code: RecordErrorCode, message: string, id: RecordId | null = null): Read => ({
    id,
    error: { code, message },
  })
  let bytes = line.bytes
  if (bytes === undefined)
    return fail('too-long', `Unexpected line of ${line.length} bytes, expected at most ${maxLine} (the longest read)`)
  if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1)
  if (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2]) bytes = bytes.subarray(3)
  if (bytes.every((byte) => byte === SPACE || byte === TAB)) return undefined
  // Checked, then decoded without a check: much faster on short lines than a fatal TextDecoder.
  if (!isUtf8(bytes)) return fail('not-utf8', 'Unexpected bytes that are not UTF-8, expected a line in UTF-8')
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch (error) {
    return fail('not-json', `Unexpected line that is not JSON${columnOf(error, source)}, ${EXPECTED_RECORD}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('not-an-object', `Unexpected JSON ${kindOf(value)}, ${EXPECTED_RECORD}`)
  const { id, text } = value as { id?: unknown; text?: unknown }
  if (id === undefined) return fail('invalid-id', 'Unexpected missing "id", expected a string or a number')
  if (typeof id !== 'string' && typeof id !== 'number')
    return fail('invalid-id', `Unexpected ${kindOf(id)} "id", expected a string or a number`)
  // A number JSON.parse cannot hold exactly would come back as another number.
  if (typeof id === 'number' && (!Number.isFinite(id) || (Number.isInteger(id) && !Number.isSafeInteger(id))))
    return fail(
      'invalid-id',
      `Unexpected "id" beyond the integers a JSON number holds exactly, expected a string or an integer of at most ${Number.MAX_SAFE_INTEGER}`,
    )
  if (text === undefined) return fail('invalid-text', 'Unexpected missing "text", expected a string', id)
  if (typeof text !== 'string') return fail('invalid-text', `Unexpected ${kindOf(text)} "text", expected a string`, id)
  return { id, text }
}

/** Characters JSON leaves as they are that some line readers take for a line break. */
const BREAK = /[\u0085\u2028\u2029]/
const BREAKS = new RegExp(BREAK.source, 'g')

/** `value` as one line of JSON: no character in it that any reader splits lines at. */
export function jsonLine(value: unknown): string {
  const text = JSON.stringify(value)
  return `${BREAK.test(text) ? text.replace(BREAKS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : text}\n`
}

/**
 * Answer every record of `input` with `answerer`, a line each, in order,
 * to `io.out`, reading on only when it has room. Answers the exit status: 0
 * when the input was read to its end (error lines and findings are answers,
 * not failures: a splitter such as Hadoop or Spark would take any other
 * status for a failed task and run it again), 2 when it could not be read.
 */
export async function runJsonl(
  input: AsyncIterable<Uint8Array | string>,
  answerer: RecordAnswerer,
  io: Pick<CheckIO, 'out' | 'drain' | 'err'>,
  options: JsonlOptions = {},
): Promise<number> {
  const maxLine = options.maxLine ?? MAX_LINE
  const lines = new Lines(maxLine)
  const output = new Output(io)
  const answer = async (batch: readonly Line[]): Promise<void> => {
    for (const line of batch) {
      const read = readRecord(line, maxLine)
      if (read === undefined) continue
      let written: string
      if ('error' in read) written = jsonLine(read)
      else {
        let value = answerer.answer(read.text)
        if (value instanceof Promise) value = await value
        written = jsonLine({ id: read.id, [answerer.key]: value })
      }
      const wait = output.write(written)
      if (wait !== undefined) await wait
    }
    // What a chunk's records answered is written before the next chunk is read: answers show as records come.
    const wait = output.flush()
    if (wait !== undefined) await wait
  }
  const chunks = input[Symbol.asyncIterator]()
  for (;;) {
    let read: IteratorResult<Uint8Array | string>
    try {
      read = await chunks.next()
    } catch (error) {
      // The line cut off by the error is not answered: what it held is not known.
      await answer([])
      io.err(
        `Unexpected error reading standard input (${error instanceof Error ? error.message : String(error)}), expected it to be readable to its end\n`,
      )
      return 2
    }
    if (read.done) break
    await answer(lines.push(typeof read.value === 'string' ? encoder.encode(read.value) : read.value))
  }
  await answer(lines.end())
  return 0
}

/** Standard input as `context` gives it: the stream, or else its whole text as one chunk (as tests give it). */
export function inputOf(context: RunContext): AsyncIterable<Uint8Array | string> {
  if (context.stdin !== undefined) return context.stdin()
  return (async function* () {
    yield context.input?.() ?? ''
  })()
}
