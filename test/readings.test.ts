/**
 * The structured reading (actors, mentions, norms), checked against the
 * official text by scanning it: every modal word classified, every actor's
 * mention annotated, every sentence given its norm; every kind of mismatch
 * fails the build with the file, the place and what was expected; and the
 * accessors answer from it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkReadings, MODAL_WORDS } from '../scripts/lib/annotations/check-readings.js'
import { sentencesOf } from '../src/annotations/sentences.js'
import {
  actors,
  actorsOf,
  mentionsOf,
  normsOf,
  provisionsAddressing,
  referencesFrom,
  referencesTo,
} from '../src/entries/annotations.js'
import { getNode, regulation, walk } from '../src/entries/index.js'
import { root } from './helpers/corpus.js'

const read = (name: string): Record<string, unknown[]> =>
  JSON.parse(readFileSync(`${root}corpus/annotations/${name}.json`, 'utf8'))
const files = { actors: read('actors'), mentions: read('mentions'), norms: read('norms') }
const texts = [...walk()].flatMap((node) =>
  node.type === 'paragraph' || node.type === 'item' ? [{ eId: node.eId, text: node.text, node }] : [],
)

describe('the committed reading', () => {
  it('matches the official text: no problem', () => {
    expect(checkReadings(regulation, files.actors, files.mentions, files.norms)).toEqual([])
  })

  it('classifies every occurrence of every modal word of the text: a trigger, or not a modal with its reason', () => {
    let occurrences = 0
    for (const { text } of texts)
      for (const word of Object.keys(MODAL_WORDS))
        for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) occurrences++
    const triggers = (files.norms.norms as { triggers: unknown[] }[]).reduce(
      (sum, norm) => sum + norm.triggers.length,
      0,
    )
    expect(triggers + (files.norms.notModal?.length ?? 0)).toBe(occurrences)
    expect(occurrences).toBeGreaterThan(50)
  })

  it('reads 支持 in Article 6 as the verb of a responsibility, not an encouragement', () => {
    const entry = (files.norms.notModal as { target: { source: string }; word: string; reason: string }[]).find(
      (e) => e.target.source === 'art_6__para_1',
    )
    expect(entry).toMatchObject({ word: '支持', reason: expect.stringContaining('not an encouragement') })
    expect(normsOf('art_35').ok && normsOf('art_35', { kind: 'encouragement' })).toMatchObject({ ok: true })
  })

  it('gives every sentence of every paragraph and item a norm', () => {
    for (const { eId, node } of texts) {
      const full = node.type === 'item' ? node.marker + node.text : node.text
      const found = normsOf(eId)
      if (!found.ok) throw new Error(found.reason)
      const own = found.norms.filter((n) => n.target.source === eId)
      expect(new Set(own.map((n) => n.target.selector[1].end)).size, eId).toBe(sentencesOf(full).length)
    }
  })

  it('points every mention and trigger at exactly its quote', () => {
    const all = mentionsOf(regulation)
    if (!all.ok) throw new Error(all.reason)
    expect(all.mentions.length).toBeGreaterThan(100)
    const textOf = new Map(texts.map(({ eId, text }) => [eId, text]))
    for (const { target } of all.mentions) {
      const [quote, position] = target.selector
      expect(textOf.get(target.source)?.slice(position.start, position.end)).toBe(quote.exact)
    }
  })
})

/** A copy of a file with one change. */
const change = (
  name: keyof typeof files,
  // biome-ignore lint/suspicious/noExplicitAny: a copy of JSON to break on purpose
  edit: (copy: { annotations: any[]; actors: any[]; norms: any[]; notModal: any[] }) => void,
): unknown => {
  const copy = JSON.parse(JSON.stringify(files[name]))
  edit(copy)
  return copy
}
type Files = [unknown, unknown, unknown]
const withActors = (a: unknown): Files => [a, files.mentions, files.norms]
const withMentions = (m: unknown): Files => [files.actors, m, files.norms]
const withNorms = (n: unknown): Files => [files.actors, files.mentions, n]

describe('every kind of mismatch fails the build, naming the file, the place and what was expected', () => {
  it.each([
    [
      'an eId that does not exist',
      withMentions(
        change(
          'mentions',
          (m) => ((m.annotations[0] as { target: { source: string } }).target.source = 'art_43__para_1'),
        ),
      ),
      'corpus/annotations/mentions.json',
      'annotations[0].target.source',
      /^Unexpected eId `art_43__para_1`, expected the eId of a paragraph or item/,
    ],
    [
      'a quote that does not match the text at its position',
      withMentions(
        change('mentions', (m) => {
          const selector = (m.annotations[0] as { target: { selector: { start: number; end: number }[] } }).target
            .selector
          ;(selector[1] as { start: number; end: number }).start += 1
          ;(selector[1] as { start: number; end: number }).end += 1
        }),
      ),
      'corpus/annotations/mentions.json',
      'annotations[0].target.selector[0]',
      /^Unexpected quote `.*`, expected `.*`, the text at/,
    ],
    [
      'an actor outside the vocabulary',
      withMentions(change('mentions', (m) => ((m.annotations[0] as { actor: string }).actor = 'spies'))),
      'corpus/annotations/mentions.json',
      'annotations[0].actor',
      /^Unexpected actor `spies`, expected an id of corpus\/annotations\/actors\.json/,
    ],
    [
      'an actor of an unknown kind',
      withActors(change('actors', (a) => ((a.actors[0] as { kind: string }).kind = 'agency'))),
      'corpus/annotations/actors.json',
      'actors[0].kind',
      /^Unexpected `agency`, expected one of `organization`, `role`, `person`/,
    ],
    [
      'a norm kind outside the vocabulary',
      withNorms(change('norms', (n) => ((n.norms[0] as { kind: string }).kind = 'duty'))),
      'corpus/annotations/norms.json',
      'norms[0].kind',
      /^Unexpected `duty`, expected one of `obligation`, `prohibition`, `permission`, `power`, `encouragement`, `statement`/,
    ],
    [
      'a norm whose span is not one whole sentence',
      withNorms(
        change('norms', (n) => {
          const norm = n.norms.find(
            (x) => (x as { target: { source: string } }).target.source === 'art_5__para_1',
          ) as unknown as {
            target: { selector: [{ exact: string; suffix: string }, { end: number }] }
          }
          const [quote, position] = norm.target.selector
          quote.exact += quote.suffix.slice(0, 3)
          quote.suffix = quote.suffix.slice(3)
          position.end += 3
        }),
      ),
      'corpus/annotations/norms.json',
      'norms[4].target',
      /^Unexpected span that is not one whole sentence/,
    ],
    [
      'a sentence without a norm',
      withNorms(change('norms', (n) => n.norms.pop())),
      'corpus/annotations/norms.json',
      'norms',
      /^Unexpected sentence `本规定自2025年1月1…` of `art_42__para_1` without a norm/,
    ],
    [
      'a modal word not classified',
      withNorms(change('norms', (n) => n.notModal.shift())),
      'corpus/annotations/norms.json',
      'norms',
      /^Unexpected `支持` at 45 of `art_6__para_1` not classified/,
    ],
    [
      'a trigger of the wrong kind',
      withNorms(
        change('norms', (n) => {
          const norm = n.norms.find((x) => (x as { kind: string }).kind === 'power') as unknown as { kind: string }
          norm.kind = 'obligation'
        }),
      ),
      'corpus/annotations/norms.json',
      'norms[19].triggers[0]',
      /^Unexpected trigger `可以` of `obligation`, expected it in a norm of kind `permission` or `power`/,
    ],
    [
      'a power filed as a permission (Article 16: the state security organs may inspect)',
      withNorms(change('norms', (n) => ((n.norms[19] as { kind: string }).kind = 'permission'))),
      'corpus/annotations/norms.json',
      'norms[19].kind',
      /^Unexpected permission borne by the public authority `state-security-organs`, expected a power/,
    ],
    [
      'a private party given a power (Article 19: research institutions may apply)',
      withNorms(
        change('norms', (n) => {
          const norm = n.norms.find((x) => (x as { kind: string }).kind === 'permission') as unknown as { kind: string }
          norm.kind = 'power'
        }),
      ),
      'corpus/annotations/norms.json',
      'norms[24].kind',
      /^Unexpected power borne by `research-institutions`, `universities`, .*expected public authorities as its bearers/,
    ],
    [
      'an actor without its authority',
      withActors(change('actors', (a) => delete (a.actors[0] as { authority?: boolean }).authority)),
      'corpus/annotations/actors.json',
      'actors[0].authority',
      /./,
    ],
    [
      'a mention not annotated',
      withMentions(change('mentions', (m) => m.annotations.splice(0, 1))),
      'corpus/annotations/mentions.json',
      'annotations',
      /^Unexpected mention of `反间谍工作` .*|^Unexpected mention of `.*` \(.*\) at \d+–\d+ of `art_3__para_1` without its annotation/,
    ],
  ] as [string, Files, string, string, RegExp][])('%s', (_name, [a, m, n], file, path, reason) => {
    const problems = checkReadings(regulation, a, m, n)
    const problem = problems.find((p) => p.file === file && p.path === path && reason.test(p.reason))
    expect(problem, JSON.stringify(problems.slice(0, 3))).toBeDefined()
  })
})

describe('actors, actorsOf, mentionsOf, normsOf, provisionsAddressing', () => {
  it('has each body once, with its names and kind', () => {
    const list = actors()
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length)
    expect(list.find((a) => a.id === 'state-security-organs')).toMatchObject({
      zh: '国家安全机关',
      en: 'state security organs',
      kind: 'organization',
      authority: true,
    })
    expect(Object.isFrozen(list)).toBe(true)
  })

  it('answers who a provision names and what it obliges', () => {
    expect(actorsOf('art_18')).toMatchObject({
      ok: true,
      actors: [{ id: 'postal-administration' }, { id: 'state-security-organs' }],
    })
    const article18 = normsOf('art_18')
    expect(article18.ok && article18.norms.map((n) => [n.kind, n.bearers])).toEqual([
      ['obligation', ['postal-administration']],
      ['obligation', ['state-security-organs']],
    ])
    expect(normsOf('art_23', { kind: 'prohibition' })).toMatchObject({
      ok: true,
      norms: [{ bearers: ['state-security-organs'] }],
    })
    expect(provisionsAddressing('network-operators')).toMatchObject({ ok: true, nodes: [{ eId: 'art_15__para_3' }] })
  })

  it('filters the norms of the whole regulation by kind and actor', () => {
    const all = normsOf(regulation)
    const obligations = normsOf(regulation, { kind: 'obligation' })
    const byOrgans = normsOf(regulation, { actor: 'state-security-organs' })
    if (!all.ok || !obligations.ok || !byOrgans.ok) throw new Error('norms')
    expect(obligations.norms.every((n) => n.kind === 'obligation')).toBe(true)
    expect(obligations.norms.length).toBeLessThan(all.norms.length)
    expect(byOrgans.norms.every((n) => n.bearers.includes('state-security-organs'))).toBe(true)
  })

  it('refuses what it cannot answer, with the reason', () => {
    expect(provisionsAddressing('spies')).toMatchObject({ ok: false, code: 'not-found' })
    expect(normsOf('art_1', { kind: 'duty' as never })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(normsOf('art_1', { actor: 'spies' })).toMatchObject({ ok: false, code: 'invalid-option' })
    expect(actorsOf('art_43')).toMatchObject({ ok: false, code: 'not-found' })
    const node = getNode('art_5')
    expect(node.ok && actorsOf(node.node)).toMatchObject({ ok: true })
  })
})

describe('单位 as an actor', () => {
  const mentions = (
    mentionsOf(regulation) as {
      mentions: readonly {
        actor: string
        target: { source: string; selector: readonly [unknown, { start: number; end: number }] }
      }[]
    }
  ).mentions

  it('is a mention wherever the text writes it: every 单位 of every paragraph and item lies in an actor mention', () => {
    let occurrences = 0
    for (const { eId, text } of texts)
      for (let at = text.indexOf('单位'); at !== -1; at = text.indexOf('单位', at + 1)) {
        occurrences++
        const inside = mentions.some(
          (m) => m.target.source === eId && m.target.selector[1].start <= at && m.target.selector[1].end >= at + 2,
        )
        expect(inside, `${eId} at ${at}`).toBe(true)
      }
    expect(occurrences).toBeGreaterThan(15)
  })

  it('reads 会同有关部门、单位 (Article 38) as the departments and the units concerned, 本单位 as their own units', () => {
    const of = (eId: string, word: string) =>
      mentions.filter((m) => m.target.source === eId && (m.target.selector[0] as { exact: string }).exact === word)
    expect(of('art_38__para_1', '单位').map((m) => m.actor)).toEqual(['units-concerned'])
    expect(of('art_38__para_1', '有关部门').map((m) => m.actor)).toEqual(['relevant-departments'])
    expect(of('art_29__para_1', '单位').map((m) => m.actor)).toEqual(['units-concerned', 'units-concerned'])
    expect(of('art_8__para_1', '本单位').map((m) => m.actor)).toEqual(['own-units', 'own-units', 'own-units'])
    expect(of('art_17__para_1', '重要涉密单位').map((m) => m.actor)).toEqual(['classified-units'])
  })
})

describe('powers and permissions', () => {
  const byId = new Map(actors().map((actor) => [actor.id, actor]))
  const all = normsOf(regulation)
  if (!all.ok) throw new Error('norms')
  const words = (norm: (typeof all.norms)[number]): string[] => norm.triggers.map((t) => t.selector[0].exact)

  it('files every 可以 and 有权 of a public authority as a power, borne by authorities only', () => {
    const powers = all.norms.filter((norm) => norm.kind === 'power')
    expect(powers.map((norm) => norm.target.source)).toEqual([
      'art_16__para_1',
      'art_26__para_1',
      'art_29__para_1',
      'art_29__para_1',
      'art_29__para_2',
      'art_37__para_1',
      'art_38__para_1',
    ])
    for (const norm of powers) {
      expect(norm.bearers.length, norm.target.source).toBeGreaterThan(0)
      for (const bearer of norm.bearers)
        expect(byId.get(bearer)?.authority, `${norm.target.source} ${bearer}`).toBe(true)
      expect(words(norm).every((word) => word === '可以' || word === '有权')).toBe(true)
    }
  })

  it('keeps permission for private parties: no remaining permission has an authority as its bearer', () => {
    const permissions = all.norms.filter((norm) => norm.kind === 'permission')
    expect(permissions.length).toBeGreaterThan(0)
    for (const norm of permissions)
      for (const bearer of norm.bearers)
        expect(byId.get(bearer)?.authority, `${norm.target.source} ${bearer}`).toBe(false)
  })

  it('leaves no 可以 or 有权 of any norm unsorted: each is a power exactly when its bearers are authorities', () => {
    for (const norm of all.norms) {
      if (!words(norm).some((word) => word === '可以' || word === '有权')) continue
      const authorities = norm.bearers.length > 0 && norm.bearers.every((bearer) => byId.get(bearer)?.authority)
      expect(norm.kind, norm.target.source).toBe(authorities ? 'power' : 'permission')
    }
  })

  it('answers the filters by the new kind', () => {
    const powers = normsOf(regulation, { kind: 'power' })
    expect(powers.ok && powers.norms.length).toBe(7)
    expect(normsOf('art_16', { kind: 'power' })).toMatchObject({
      ok: true,
      norms: [{ bearers: ['state-security-organs'] }],
    })
    expect(normsOf('art_16', { kind: 'permission' })).toMatchObject({ ok: true, norms: [] })
  })
})

describe('references', () => {
  it('are what the citation layer finds in the text, resolved: never typed in by hand', async () => {
    const { computeReferences } = await import('../scripts/lib/annotations/find-references.js')
    const { references } = await import('../src/generated/annotations.js')
    const computed = computeReferences(regulation)
    expect(computed.problems).toEqual([])
    expect(JSON.parse(JSON.stringify(references))).toEqual(JSON.parse(JSON.stringify(computed.references)))
    expect(references.length).toBeGreaterThan(5)
  })

  it('has a reverse index: 前款 in Article 29 paragraph 2 names paragraph 1', () => {
    expect(referencesTo('art_29__para_1')).toMatchObject({
      ok: true,
      references: [{ text: '前款', target: { source: 'art_29__para_2' } }],
    })
    expect(referencesTo('art_29')).toMatchObject({ ok: true, references: [{ text: '前款' }] })
    expect(referencesTo('art_30')).toEqual({ ok: true, references: [] })
  })

  it('holds the other instrument’s article as data: Article 25 of the Counter-espionage Law', () => {
    const found = referencesFrom('art_25')
    expect(found.ok && found.references).toMatchObject([
      {
        text: '《中华人民共和国反间谍法》第二十五条',
        scope: 'external',
        instrument: 'cn/anti-espionage-law/2023',
        provisions: [{ from: { level: 'article', article: 25 } }],
      },
    ])
    const all = referencesFrom(regulation)
    for (const reference of all.ok ? all.references : [])
      expect(reference.provisions === undefined, reference.text).toBe(reference.scope === 'internal')
  })

  it('holds external citations with the known instrument', () => {
    expect(referencesFrom('art_25')).toMatchObject({
      ok: true,
      references: [
        {
          text: '《中华人民共和国反间谍法》第二十五条',
          scope: 'external',
          title: '中华人民共和国反间谍法',
          instrument: 'cn/anti-espionage-law/2023',
        },
      ],
    })
    const whole = referencesTo(regulation)
    expect(whole.ok && whole.references.every((r) => r.whole || r.nodes.length > 0)).toBe(true)
  })
})
