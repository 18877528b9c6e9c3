/**
 * Records for `--jsonl` tests and the bench: the paragraphs of every statute
 * of the peer corpus, one record each, ids `folder/file#n` (and whole
 * numbers for every other one, so both kinds of id are read), and lines that
 * are not records, spread among them.
 */
import { peerFiles, peerText } from './peer-files.js'

/** A record as a line holds it. */
export interface JsonlRecord {
  readonly id: string | number
  readonly text: string
}

/** Every paragraph (text between blank lines) of every statute of the peer corpus, in file order. */
export function peerRecords(): JsonlRecord[] {
  const records: JsonlRecord[] = []
  for (const file of peerFiles()) {
    const paragraphs = peerText(file)
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
    for (const [index, text] of paragraphs.entries())
      records.push({ id: records.length % 2 === 0 ? `${file}#${index + 1}` : records.length, text })
  }
  return records
}

/** Lines that are no record, each answered by an error line. */
export const BAD_LINES: readonly string[] = [
  'not json',
  '{"id": 1, "text": ',
  '[1, 2]',
  '"a string"',
  'null',
  '{"text": "no id"}',
  '{"id": true, "text": "id not a string"}',
  '{"id": 12345678901234567890, "text": "id beyond exact integers"}',
  '{"id": "no-text"}',
  '{"id": "text-not-string", "text": 5}',
]

/** `records` as lines, with a bad line after every `every`-th record. */
export function jsonlInput(records: readonly JsonlRecord[], every = 97): string {
  const lines: string[] = []
  for (const [index, record] of records.entries()) {
    lines.push(JSON.stringify(record))
    if (index % every === every - 1) lines.push(BAD_LINES[((index / every) % BAD_LINES.length) | 0] as string)
  }
  return `${lines.join('\n')}\n`
}
