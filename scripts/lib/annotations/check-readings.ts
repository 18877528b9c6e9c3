/**
 * The build-time check of the structured reading against the official
 * text: actors (a closed vocabulary), their mentions and the norms of every
 * sentence, each pointing at an eId and a span by a text-quote and a
 * text-position selector (W3C Web Annotation). A problem is reported when
 * an eId does not exist, a quote does not match the text at its position, a
 * term is outside its vocabulary, a span crosses a sentence, a sentence has
 * no norm, or a modal word or an actor's mention is not annotated.
 */

import { type Sentence, sentencesOf } from '../../../src/annotations/sentences.js'
import { type Actor, NORM_KINDS, STATEMENT_ASPECTS } from '../../../src/annotations/types.js'
import type { Regulation } from '../../../src/model/schema.js'
import { childNodes } from '../../../src/model/tree.js'
import { describeValue, isObject } from '../../../src/model/value.js'
import type { AnnotationProblem } from './problems.js'

const ACTORS = 'corpus/annotations/actors.json'
const MENTIONS = 'corpus/annotations/mentions.json'
const NORMS = 'corpus/annotations/norms.json'

/** The modal words every occurrence of which is classified, and the kind of norm each makes. */
export const MODAL_WORDS: Readonly<Record<string, string>> = Object.freeze({
  应当: 'obligation',
  必须: 'obligation',
  不得: 'prohibition',
  禁止: 'prohibition',
  可以: 'permission',
  鼓励: 'encouragement',
  支持: 'encouragement',
})
const KINDS = new Set<string>(NORM_KINDS)
const ASPECTS = new Set<string>(STATEMENT_ASPECTS)
const ACTOR_KINDS = new Set(['organization', 'role', 'person'])

interface Span {
  source: string
  start: number
  end: number
}

/** A paragraph's or item's text (an item's without its marker: spans point into `text`), its sentences, its article. */
interface Provision {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly article: string
}

function provisionsOf(regulation: Regulation): Map<string, Provision> {
  const out = new Map<string, Provision>()
  for (const chapter of regulation.chapters)
    for (const article of chapter.articles)
      for (const paragraph of article.paragraphs)
        for (const node of [paragraph, ...childNodes(paragraph)]) {
          if (node.type !== 'paragraph' && node.type !== 'item') continue
          const marker = node.type === 'item' ? node.marker.length : 0
          const full = node.type === 'item' ? node.marker + node.text : node.text
          const sentences = sentencesOf(full).map((s) => ({
            text: s.text,
            start: Math.max(0, s.start - marker),
            end: s.end - marker,
          }))
          out.set(node.eId, { text: node.text, sentences, article: article.eId })
        }
  return out
}

/** Every (longest, non-overlapping) occurrence of an actor's form in a text. */
export function actorMentions(text: string, actors: readonly Actor[]): { start: number; end: number; actor: string }[] {
  const forms = actors
    .flatMap((actor) => actor.forms.map((form) => ({ form, id: actor.id })))
    .sort((a, b) => b.form.length - a.form.length)
  const out: { start: number; end: number; actor: string }[] = []
  for (let at = 0; at < text.length; ) {
    const hit = forms.find((candidate) => text.startsWith(candidate.form, at))
    if (hit) {
      out.push({ start: at, end: at + hit.form.length, actor: hit.id })
      at += hit.form.length
    } else at++
  }
  return out
}

/** Check the actors, mentions and norms against `regulation`; an empty list when all holds. */
export function checkReadings(
  regulation: Regulation,
  actorsFile: unknown,
  mentionsFile: unknown,
  normsFile: unknown,
): AnnotationProblem[] {
  const problems: AnnotationProblem[] = []
  const problem = (file: string, path: string, reason: string): void => {
    problems.push({ file, path, reason })
  }
  const provisions = provisionsOf(regulation)
  const actors = checkActors(actorsFile, problem)
  const ids = new Set(actors.map((actor) => actor.id))

  /** The span a target points at, when it matches the text; else undefined (the problem reported). */
  const target = (file: string, path: string, value: unknown): Span | undefined => {
    if (!isObject(value) || typeof value.source !== 'string' || !Array.isArray(value.selector)) {
      problem(
        file,
        path,
        `Unexpected ${describeValue(value)}, expected a target \`{ source, selector: [quote, position] }\``,
      )
      return undefined
    }
    const provision = provisions.get(value.source)
    if (!provision) {
      problem(
        file,
        `${path}.source`,
        `Unexpected eId \`${value.source}\`, expected the eId of a paragraph or item of the regulation`,
      )
      return undefined
    }
    const [quote, position] = value.selector as [Record<string, unknown>, Record<string, unknown>]
    if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') {
      problem(file, `${path}.selector`, 'Unexpected selectors, expected a TextQuoteSelector and a TextPositionSelector')
      return undefined
    }
    const { start, end } = position as { start: unknown; end: unknown }
    if (
      !Number.isSafeInteger(start) ||
      !Number.isSafeInteger(end) ||
      (start as number) < 0 ||
      (end as number) > provision.text.length ||
      (start as number) >= (end as number)
    ) {
      problem(
        file,
        `${path}.selector[1]`,
        `Unexpected position ${describeValue(start)}–${describeValue(end)}, expected a span inside the ${provision.text.length} characters of \`${value.source}\``,
      )
      return undefined
    }
    const s = start as number
    const e = end as number
    const text = provision.text
    if (
      quote.exact !== text.slice(s, e) ||
      quote.prefix !== text.slice(Math.max(0, s - (quote.prefix as string)?.length), s) ||
      quote.suffix !== text.slice(e, e + ((quote.suffix as string)?.length ?? 0))
    ) {
      problem(
        file,
        `${path}.selector[0]`,
        `Unexpected quote ${describeValue(quote.exact)}, expected \`${text.slice(s, e)}\`, the text at ${s}–${e} of \`${value.source}\` (with its prefix and suffix)`,
      )
      return undefined
    }
    return { source: value.source, start: s, end: e }
  }
  const sentenceOf = (span: Span): Sentence | undefined =>
    provisions.get(span.source)?.sentences.find((s) => span.start >= s.start && span.end <= s.end)

  // Mentions: each a real occurrence of an actor's form, and every occurrence annotated.
  const mentioned = new Map<string, Set<string>>()
  const annotatedMentions = new Set<string>()
  const mentions = isObject(mentionsFile) && Array.isArray(mentionsFile.annotations) ? mentionsFile.annotations : []
  if (!isObject(mentionsFile) || !Array.isArray(mentionsFile.annotations))
    problem(MENTIONS, 'annotations', 'Unexpected file, expected `{ annotations: [...] }`')
  mentions.forEach((mention: unknown, index) => {
    const path = `annotations[${index}]`
    const actor = isObject(mention) ? mention.actor : undefined
    if (typeof actor !== 'string' || !ids.has(actor)) {
      problem(MENTIONS, `${path}.actor`, `Unexpected actor ${describeValue(actor)}, expected an id of ${ACTORS}`)
      return
    }
    const span = target(MENTIONS, `${path}.target`, isObject(mention) ? mention.target : undefined)
    if (!span) return
    if (!sentenceOf(span))
      problem(MENTIONS, `${path}.target`, 'Unexpected span across two sentences, expected one inside a sentence')
    annotatedMentions.add(`${span.source}:${span.start}:${span.end}:${actor}`)
    const article = provisions.get(span.source)?.article as string
    if (!mentioned.has(article)) mentioned.set(article, new Set())
    mentioned.get(article)?.add(actor)
  })
  for (const [source, provision] of provisions) {
    for (const found of actorMentions(provision.text, actors)) {
      if (!annotatedMentions.delete(`${source}:${found.start}:${found.end}:${found.actor}`))
        problem(
          MENTIONS,
          'annotations',
          `Unexpected mention of \`${provision.text.slice(found.start, found.end)}\` (${found.actor}) at ${found.start}–${found.end} of \`${source}\` without its annotation, expected every mention annotated`,
        )
    }
  }
  for (const extra of annotatedMentions)
    problem(
      MENTIONS,
      'annotations',
      `Unexpected mention ${extra} that is no occurrence of its actor's forms, expected mentions the vocabulary finds`,
    )

  // Norms: every sentence one or more; every modal word a trigger or explained.
  const norms = isObject(normsFile) && Array.isArray(normsFile.norms) ? normsFile.norms : []
  const explained = isObject(normsFile) && Array.isArray(normsFile.notModal) ? normsFile.notModal : []
  if (!isObject(normsFile) || !Array.isArray(normsFile.norms) || !Array.isArray(normsFile.notModal))
    problem(NORMS, '', 'Unexpected file, expected `{ norms: [...], notModal: [...] }`')
  const covered = new Set<string>()
  const words = new Map<string, string>()
  norms.forEach((norm: unknown, index) => {
    const path = `norms[${index}]`
    if (!isObject(norm)) {
      problem(NORMS, path, `Unexpected ${describeValue(norm)}, expected a norm`)
      return
    }
    const span = target(NORMS, `${path}.target`, norm.target)
    if (span) {
      const sentence = sentenceOf(span)
      if (!sentence || sentence.start !== span.start || sentence.end !== span.end)
        problem(
          NORMS,
          `${path}.target`,
          'Unexpected span that is not one whole sentence, expected a sentence (ending in 。 or ；)',
        )
      else covered.add(`${span.source}:${span.start}`)
    }
    if (!KINDS.has(norm.kind as string))
      problem(
        NORMS,
        `${path}.kind`,
        `Unexpected kind ${describeValue(norm.kind)}, expected one of ${[...KINDS].join(', ')}`,
      )
    if (norm.kind === 'statement' ? !ASPECTS.has(norm.aspect as string) : norm.aspect !== undefined)
      problem(
        NORMS,
        `${path}.aspect`,
        `Unexpected aspect ${describeValue(norm.aspect)}, expected ${norm.kind === 'statement' ? `one of ${[...ASPECTS].join(', ')}` : 'none (only statements have one)'}`,
      )
    const bearers = Array.isArray(norm.bearers) ? norm.bearers : []
    bearers.forEach((bearer: unknown, b) => {
      if (typeof bearer !== 'string' || !ids.has(bearer))
        problem(
          NORMS,
          `${path}.bearers[${b}]`,
          `Unexpected actor ${describeValue(bearer)}, expected an id of ${ACTORS}`,
        )
      else if (span && !mentioned.get(provisions.get(span.source)?.article as string)?.has(bearer))
        problem(
          NORMS,
          `${path}.bearers[${b}]`,
          `Unexpected bearer \`${bearer}\` that its article does not mention, expected an actor of the article`,
        )
    })
    const triggers = Array.isArray(norm.triggers) ? norm.triggers : []
    if (norm.kind !== 'statement' && triggers.length === 0)
      problem(
        NORMS,
        `${path}.triggers`,
        `Unexpected ${describeValue(norm.kind)} without a trigger, expected the modal word that makes it one`,
      )
    triggers.forEach((trigger: unknown, t) => {
      const at = target(NORMS, `${path}.triggers[${t}]`, trigger)
      if (!at) return
      const word = provisions.get(at.source)?.text.slice(at.start, at.end) as string
      if (MODAL_WORDS[word] === undefined)
        problem(
          NORMS,
          `${path}.triggers[${t}]`,
          `Unexpected trigger \`${word}\`, expected one of ${Object.keys(MODAL_WORDS).join(', ')}`,
        )
      else if (MODAL_WORDS[word] !== norm.kind)
        problem(
          NORMS,
          `${path}.triggers[${t}]`,
          `Unexpected trigger \`${word}\` of ${describeValue(norm.kind)}, expected it in a norm of kind \`${MODAL_WORDS[word]}\``,
        )
      if (span && (at.source !== span.source || at.start < span.start || at.end > span.end))
        problem(NORMS, `${path}.triggers[${t}]`, 'Unexpected trigger outside its sentence, expected it inside')
      words.set(`${at.source}:${at.start}`, 'trigger')
    })
  })
  explained.forEach((entry: unknown, index) => {
    const path = `notModal[${index}]`
    const at = target(NORMS, `${path}.target`, isObject(entry) ? entry.target : undefined)
    if (!isObject(entry) || typeof entry.reason !== 'string' || entry.reason.length < 10)
      problem(NORMS, `${path}.reason`, 'Unexpected reason, expected why the word is not the trigger of a norm')
    if (!at) return
    const key = `${at.source}:${at.start}`
    if (words.has(key)) problem(NORMS, path, 'Unexpected word both a trigger and not a modal, expected one of them')
    words.set(key, 'explained')
  })
  for (const [source, provision] of provisions) {
    for (const sentence of provision.sentences) {
      if (!covered.has(`${source}:${sentence.start}`))
        problem(
          NORMS,
          'norms',
          `Unexpected sentence \`${sentence.text.slice(0, 12)}…\` of \`${source}\` without a norm, expected every sentence to have one`,
        )
    }
    for (const word of Object.keys(MODAL_WORDS)) {
      for (let at = provision.text.indexOf(word); at !== -1; at = provision.text.indexOf(word, at + 1)) {
        if (!words.has(`${source}:${at}`))
          problem(
            NORMS,
            'norms',
            `Unexpected \`${word}\` at ${at} of \`${source}\` not classified, expected it as the trigger of a norm or in notModal with a reason`,
          )
      }
    }
  }
  return problems
}

function checkActors(file: unknown, problem: (file: string, path: string, reason: string) => void): Actor[] {
  const actors = isObject(file) && Array.isArray(file.actors) ? file.actors : undefined
  if (!actors) {
    problem(ACTORS, 'actors', 'Unexpected file, expected `{ actors: [...] }`')
    return []
  }
  const seen = new Set<string>()
  const good: Actor[] = []
  actors.forEach((actor: unknown, index) => {
    const path = `actors[${index}]`
    if (!isObject(actor) || typeof actor.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(actor.id)) {
      problem(ACTORS, `${path}.id`, 'Unexpected id, expected lower-case words joined by `-`')
      return
    }
    if (seen.has(actor.id))
      problem(ACTORS, `${path}.id`, `Unexpected second actor \`${actor.id}\`, expected each id once`)
    seen.add(actor.id)
    if (typeof actor.zh !== 'string' || typeof actor.en !== 'string' || actor.zh === '' || actor.en === '')
      problem(ACTORS, path, 'Unexpected actor without `zh` and `en` names, expected both')
    if (!ACTOR_KINDS.has(actor.kind as string))
      problem(
        ACTORS,
        `${path}.kind`,
        `Unexpected kind ${describeValue(actor.kind)}, expected organization, role or person`,
      )
    if (
      !Array.isArray(actor.forms) ||
      actor.forms.length === 0 ||
      actor.forms.some((form) => typeof form !== 'string' || form === '')
    )
      problem(ACTORS, `${path}.forms`, 'Unexpected forms, expected the ways the text writes the actor')
    else good.push(actor as unknown as Actor)
  })
  return good
}
