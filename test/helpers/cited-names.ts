/**
 * The names of other instruments and documents that `statuteCitations`
 * finds in every statute of the peer corpus (every folder, the codes too):
 * the titles in 《》 with the kind the engine gives each, and the law names
 * written without 《》. For the pinned lists of `test/instrument-kinds.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { isInstrumentKind, titleKind } from '../../src/citation/grammar/title-kinds.js'
import { statuteCitations } from '../../src/entries/citation.js'
import { parseStatute } from '../../src/entries/parse.js'
import { root } from './corpus.js'

const base = `${root}test/fixtures/peer-corpus/`

/** Every statute file of the peer corpus, as `folder/name`, in order. */
export function allStatuteFiles(): string[] {
  return ['security', 'sample', 'dev', 'structures', 'codes']
    .filter((folder) => existsSync(`${base}${folder}`))
    .flatMap((folder) =>
      readdirSync(`${base}${folder}`)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `${folder}/${name}`),
    )
}

/** Every distinct title written in 《》 in the peer corpus's files (their headers too), in code-unit order. */
export function rawTitles(): string[] {
  const titles = new Set<string>()
  for (const file of allStatuteFiles())
    for (const match of readFileSync(`${base}${file}`, 'utf8').matchAll(/《([^《》\n]+)》/g))
      titles.add(match[1] as string)
  return [...titles].sort()
}

/** What the engine reads of the names in the peer corpus. */
export interface CitedNames {
  /** Each distinct title in 《》 the citations start with, and the kind its instrument has. */
  readonly titles: ReadonlyMap<string, string>
  /**
   * Each distinct law name written without 《》 before 第 (`刑法` of `依照刑法第十条`):
   * how often, and where first (`file eId citation`, and the two characters before it).
   */
  readonly bare: ReadonlyMap<string, { count: number; first: string; before: string }>
  /** The citations of documents that are not instruments resolved as another instrument (`external`). */
  readonly documentsAsLaws: readonly string[]
}

/** The text of the paragraph or item `eId` of a statute as `parseStatute` gives it. */
function unitText(statute: unknown, eId: string): string {
  let found = ''
  const visit = (node: unknown): void => {
    if (found !== '' || typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    if (record.eId === eId && typeof record.text === 'string') found = record.text
    for (const value of Object.values(record)) if (typeof value === 'object') visit(value)
  }
  visit(statute)
  return found
}

let cached: CitedNames | undefined

/** The names of every statute of the peer corpus, read once. */
export function citedNames(): CitedNames {
  if (cached) return cached
  const titles = new Map<string, string>()
  const bare = new Map<string, { count: number; first: string; before: string }>()
  const documentsAsLaws: string[] = []
  for (const file of allStatuteFiles()) {
    const read = parseStatute(readFileSync(`${base}${file}`, 'utf8'))
    if (!read.ok) continue
    const texts = new Map<string, string>()
    for (const { eId, citation, resolution } of statuteCitations(read.statute)) {
      const { instrument, text } = citation
      if (instrument.type !== 'external' || instrument.title === undefined) continue
      if (text.startsWith('《')) {
        titles.set(instrument.title, instrument.kind ?? '(none)')
        if (resolution.ok && resolution.scope === 'external' && !isInstrumentKind(titleKind(instrument.title)))
          documentsAsLaws.push(`${file} ${eId} ${text}`)
      } else if (text.startsWith(instrument.title)) {
        const known = bare.get(instrument.title)
        if (known) known.count++
        else {
          const unit = texts.get(eId) ?? unitText(read.statute, eId)
          texts.set(eId, unit)
          const before = unit.slice(Math.max(0, citation.start - 2), citation.start)
          bare.set(instrument.title, { count: 1, first: `${file}\t${eId}\t${text}`, before })
        }
      }
    }
  }
  cached = { titles, bare, documentsAsLaws }
  return cached
}
