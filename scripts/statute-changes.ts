/**
 * Every answer of `statuteCitations` that differs between two checkouts of
 * this project, over every statute of the peer corpus fixtures (every
 * folder of `test/fixtures/peer-corpus/` of the checkout it runs in):
 *
 *   npx tsx scripts/statute-changes.ts /path/to/before /path/to/after > changes.tsv
 *
 * Columns: file, the eId the citation stands in, the citation's text (both
 * when they differ), the text of that paragraph or item, the answer before
 * and after. A citation is matched by its file, eId and end offset; one
 * only one side finds is answered `none` on the other. For a blind check:
 * nothing here says which answer is right.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

interface Hit {
  readonly eId: string
  readonly citation: {
    readonly text: string
    readonly start: number
    readonly end: number
    readonly instrument: Instrument
    readonly references: readonly { readonly from: Address; readonly to?: Address }[]
  }
  readonly resolution: Answer
}
interface Instrument {
  readonly type: string
  readonly title?: string
}
type Address = Readonly<Record<string, string | number>>
type Answer =
  | { readonly ok: true; readonly scope: string; readonly nodes?: readonly { readonly eId?: string }[] }
  | { readonly ok: false; readonly code: string }
interface Api {
  statuteCitations(statute: unknown): Hit[]
}
interface Parse {
  parseStatute(text: string): { ok: true; statute: unknown } | { ok: false; reason: string }
}

/** The answer written for a judge: the provisions named, or the other instrument and what it names, or the failure. */
function answerOf(hit: Hit): string {
  const { resolution, citation } = hit
  if (!resolution.ok) return resolution.code
  if (resolution.scope === 'internal') return (resolution.nodes ?? []).map((node) => node.eId ?? '?').join(', ')
  const title = citation.instrument.title ?? '(unnamed instrument)'
  const named = citation.references.map(({ from, to }) => (to ? `${place(from)} to ${place(to)}` : place(from)))
  return `external: ${title}${named.length > 0 ? `, ${named.join('; ')}` : ''}`
}

/** An address written out: `art 13 item 2`. */
function place(address: Address): string {
  const short: Record<string, string> = {
    part: 'part',
    chapter: 'chp',
    section: 'sec',
    article: 'art',
    suffix: 'suffix',
    paragraph: 'para',
    item: 'item',
    subitem: 'subitem',
  }
  return Object.entries(address)
    .filter(([key]) => key !== 'level')
    .map(([key, value]) => `${short[key] ?? key} ${value}`)
    .join(' ')
}

async function load(checkout: string): Promise<{ api: Api; parse: Parse }> {
  const url = (path: string) => pathToFileURL(join(resolve(checkout), path)).href
  return {
    api: (await import(url('src/entries/citation.ts'))) as Api,
    parse: (await import(url('src/entries/parse.ts'))) as Parse,
  }
}

/** The texts of the paragraphs and items, by eId. */
function texts(statute: unknown): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const { eId, text } = node as { eId?: unknown; text?: unknown }
    if (typeof eId === 'string' && typeof text === 'string' && !out.has(eId)) out.set(eId, text)
    for (const value of Object.values(node)) visit(value)
  }
  visit(statute)
  return out
}

async function main(): Promise<void> {
  const [before, after] = process.argv.slice(2)
  if (before === undefined || after === undefined) {
    process.stderr.write('usage: tsx scripts/statute-changes.ts BEFORE AFTER\n')
    process.exitCode = 2
    return
  }
  const old = await load(before)
  const now = await load(after)
  const base = join(resolve(after), 'test/fixtures/peer-corpus')
  const rows: string[] = [['file', 'eId', 'citation', 'line', 'before', 'after'].join('\t')]
  for (const folder of readdirSync(base, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(join(base, folder.name))
      .filter((file) => file.endsWith('.md'))
      .sort()) {
      const file = `${folder.name}/${name}`
      const source = readFileSync(join(base, file), 'utf8')
      const was = old.parse.parseStatute(source)
      const is = now.parse.parseStatute(source)
      if (!was.ok || !is.ok) continue
      const lines = texts(is.statute)
      const key = (hit: Hit) => `${hit.eId}\t${hit.citation.end}`
      const first = new Map(old.api.statuteCitations(was.statute).map((hit) => [key(hit), hit]))
      const second = new Map(now.api.statuteCitations(is.statute).map((hit) => [key(hit), hit]))
      for (const id of new Set([...first.keys(), ...second.keys()])) {
        const a = first.get(id)
        const b = second.get(id)
        const answerA = a ? answerOf(a) : 'none'
        const answerB = b ? answerOf(b) : 'none'
        if (answerA === answerB) continue
        const hit = (b ?? a) as Hit
        const text =
          a && b && a.citation.text !== b.citation.text ? `${a.citation.text} → ${b.citation.text}` : hit.citation.text
        rows.push([file, hit.eId, text, lines.get(hit.eId) ?? '', answerA, answerB].join('\t'))
      }
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`)
}

await main()
