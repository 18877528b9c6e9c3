/**
 * The hand-checked citations (`test/fixtures/hand-check/`): the engine still
 * gives every answer a reader judged right, and none is judged wrong (the
 * one that was, a permit read as a law, is fixed and re-judged).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type StatuteCitation, statuteCitations } from '../src/entries/citation.js'
import { parseStatute } from '../src/entries/parse.js'
import { root } from './helpers/corpus.js'

const folder = `${root}test/fixtures/hand-check/`
const rows = readdirSync(folder)
  // The blind sample has columns of its own: test/hand-check-blind.test.ts.
  .filter((name) => /^(?:internal|external)-\d+\.tsv$/.test(name))
  .flatMap((name) =>
    readFileSync(`${folder}${name}`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [id, file, eId, citation, answer, verdict] = line.split('\t') as string[]
        return { sample: name, id, file, eId, citation, answer, verdict } as Record<string, string>
      }),
  )

const cache = new Map<string, StatuteCitation[]>()
function answerOf(file: string, eId: string, text: string): string {
  let found = cache.get(file)
  if (!found) {
    const read = parseStatute(readFileSync(`${root}test/fixtures/peer-corpus/dev/${file}`, 'utf8'))
    if (!read.ok) throw new Error(read.reason)
    found = statuteCitations(read.statute)
    cache.set(file, found)
  }
  const hit = found.find((candidate) => candidate.eId === eId && candidate.citation.text === text)
  if (!hit) return 'not found by the engine'
  const { resolution } = hit
  if (!resolution.ok) return `failure:${resolution.code}`
  if (resolution.scope === 'external') return `external:${resolution.title ?? ''}`
  if (resolution.scope === 'document') return `document:${resolution.kind}:${resolution.title}`
  return resolution.whole ? 'whole' : resolution.nodes.map((node) => (node as { eId?: string }).eId).join(' ')
}

describe('hand-checked citations', () => {
  it('holds the four samples: 210 internal and 105 external citations', () => {
    expect(rows.filter((row) => row.id?.startsWith('I'))).toHaveLength(210)
    expect(rows.filter((row) => row.id?.startsWith('E'))).toHaveLength(105)
  })

  it.each(rows.filter((row) => row.verdict !== 'wrong').map((row) => [`${row.sample} ${row.id}`, row]))(
    '%s is answered as judged right',
    (_name, row) => {
      expect(answerOf(row.file as string, row.eId as string, row.citation as string)).toBe(row.answer)
    },
  )

  it('no answer is judged wrong: the permit once read as an instrument (E38) is now a document', () => {
    expect(rows.filter((row) => row.verdict === 'wrong').map((row) => `${row.sample} ${row.id}`)).toEqual([])
    expect(rows.find((row) => row.sample === 'external-20261130.tsv' && row.id === 'E38')?.answer).toBe(
      'document:licence:特种刀具生产许可证',
    )
  })
})
