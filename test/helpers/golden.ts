/**
 * Every answer the citation engine gives on the peer corpus, one record per
 * file and API, in a compact form (resolved nodes as eIds): what
 * `test/citation-golden.test.ts` compares with the record kept in
 * `test/fixtures/golden/citations.jsonl.gz`, so speed work cannot change a
 * single citation. `npx tsx scripts/citation-golden.ts` writes it anew.
 */
import { checkText, extractCitations, statuteCitations } from '../../src/entries/citation.js'
import { parseStatute } from '../../src/entries/parse.js'
import { peerText } from './peer-files.js'

export { peerFiles, peerText } from './peer-files.js'

/** One API's answers on one file. */
export interface GoldenRecord {
  readonly file: string
  readonly api: 'extract' | 'statute' | 'check'
  readonly answers: unknown
}

interface NodeLike {
  readonly eId?: string
  readonly part?: number
  readonly articles?: readonly NodeLike[]
}

/** A resolved node as its eId; a 编's own articles (a group with no eId) as the part and their eIds. */
const nodeKey = (node: NodeLike): unknown =>
  node.eId ?? { part: node.part, articles: node.articles?.map((article) => article.eId) }

/** JSON with every resolved node written as its eId. */
export function compact(value: unknown): string {
  return JSON.stringify(value, (key, inner) => (key === 'nodes' && Array.isArray(inner) ? inner.map(nodeKey) : inner))
}

/** The engine's answers on `file`, as records (a statute that does not parse has no `statute` record). */
export function goldenRecords(file: string): GoldenRecord[] {
  const text = peerText(file)
  const records: GoldenRecord[] = [{ file, api: 'extract', answers: extractCitations(text) }]
  const read = parseStatute(text)
  records.push({ file, api: 'statute', answers: read.ok ? statuteCitations(read.statute) : read.reason })
  records.push({ file, api: 'check', answers: checkText(text) })
  return records
}

/** A record as the line the golden file keeps. */
export function goldenLine(record: GoldenRecord): string {
  return compact([record.file, record.api, record.answers])
}
