/**
 * The build-time check of the structured reading against the official
 * text: actors (a closed vocabulary), their mentions and the norms of every
 * sentence, each pointing at an eId and a span by a text-quote and a
 * text-position selector (W3C Web Annotation). A problem is reported when
 * an eId does not exist, a quote does not match the text at its position, a
 * term is outside its vocabulary, a span crosses a sentence, a sentence has
 * no norm, or a modal word or an actor's mention is not annotated. Each
 * file is first parsed by its schema (which holds the vocabularies of kinds
 * and aspects); these checks read the typed data.
 */
import { type Sentence, sentencesOf } from '../../../src/annotations/sentences.js'
import { type Actor, STATEMENT_ASPECTS } from '../../../src/annotations/types.js'
import type { Regulation } from '../../../src/model/schema.js'
import { childNodes } from '../../../src/model/tree.js'
import { describeValue } from '../../../src/model/value.js'
import { type AnnotationProblem, parseFile } from './problems.js'
import { ActorsFile, MentionsFile, NormsFile, type Target } from './schema.js'

const ACTORS = 'corpus/annotations/actors.json'
const MENTIONS = 'corpus/annotations/mentions.json'
const NORMS = 'corpus/annotations/norms.json'

/**
 * The modal words every occurrence of which is classified, and the kinds of
 * norm each can make: 可以 and 有权 a `power` when a public authority bears
 * it, a `permission` otherwise (checked against the bearers).
 */
export const MODAL_WORDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  应当: ['obligation'],
  必须: ['obligation'],
  不得: ['prohibition'],
  禁止: ['prohibition'],
  可以: ['permission', 'power'],
  有权: ['permission', 'power'],
  鼓励: ['encouragement'],
  支持: ['encouragement'],
})

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
  const actors = parseFile(ACTORS, ActorsFile, actorsFile, problems)?.actors
  const mentions = parseFile(MENTIONS, MentionsFile, mentionsFile, problems)?.annotations
  const norms = parseFile(NORMS, NormsFile, normsFile, problems)
  // Mentions are read with the actors, and norms' bearers with the mentions: each waits for the file it reads.
  if (!actors) return problems
  checkActors(actors, problems)
  if (!mentions) return problems
  const reading: Reading = { provisions: provisionsOf(regulation), problems }
  const mentioned = checkMentions(reading, actors, mentions)
  if (norms) checkNorms(reading, new Map(actors.map((actor) => [actor.id, actor])), mentioned, norms)
  return problems
}

/** What the checks of one reading share: the text, and the problems found so far. */
interface Reading {
  readonly provisions: ReadonlyMap<string, Provision>
  readonly problems: AnnotationProblem[]
}

/** The span a target points at, when it matches the text; else undefined (the problem reported). */
function spanOf(reading: Reading, file: string, path: string, target: Target): Span | undefined {
  const problem = (at: string, reason: string): undefined => {
    reading.problems.push({ file, path: at, reason })
  }
  const { source } = target
  const provision = reading.provisions.get(source)
  if (!provision)
    return problem(
      `${path}.source`,
      `Unexpected eId \`${source}\`, expected the eId of a paragraph or item of the regulation`,
    )
  const [quote, { start, end }] = target.selector
  const text = provision.text
  if (end > text.length || start >= end)
    return problem(
      `${path}.selector[1]`,
      `Unexpected position ${start}–${end}, expected a span inside the ${text.length} characters of \`${source}\``,
    )
  if (
    quote.exact !== text.slice(start, end) ||
    quote.prefix !== text.slice(Math.max(0, start - quote.prefix.length), start) ||
    quote.suffix !== text.slice(end, end + quote.suffix.length)
  )
    return problem(
      `${path}.selector[0]`,
      `Unexpected quote ${describeValue(quote.exact)}, expected \`${text.slice(start, end)}\`, the text at ${start}–${end} of \`${source}\` (with its prefix and suffix)`,
    )
  return { source, start, end }
}

/** The sentence a span lies in, if it lies in one. */
function sentenceOf(reading: Reading, span: Span): Sentence | undefined {
  return reading.provisions.get(span.source)?.sentences.find((s) => span.start >= s.start && span.end <= s.end)
}

/** Each mention a real occurrence of an actor's form, and every occurrence annotated; the actors each article mentions. */
function checkMentions(
  reading: Reading,
  actors: readonly Actor[],
  mentions: MentionsFile['annotations'],
): Map<string, Set<string>> {
  const problem = (path: string, reason: string): void => {
    reading.problems.push({ file: MENTIONS, path, reason })
  }
  const ids = new Set(actors.map((actor) => actor.id))
  const mentioned = new Map<string, Set<string>>()
  const annotated = new Set<string>()
  mentions.forEach(({ actor, target }, index) => {
    const path = `annotations[${index}]`
    if (!ids.has(actor)) {
      problem(`${path}.actor`, `Unexpected actor ${describeValue(actor)}, expected an id of ${ACTORS}`)
      return
    }
    const span = spanOf(reading, MENTIONS, `${path}.target`, target)
    if (!span) return
    if (!sentenceOf(reading, span))
      problem(`${path}.target`, 'Unexpected span across two sentences, expected one inside a sentence')
    annotated.add(`${span.source}:${span.start}:${span.end}:${actor}`)
    const article = reading.provisions.get(span.source)?.article as string
    if (!mentioned.has(article)) mentioned.set(article, new Set())
    mentioned.get(article)?.add(actor)
  })
  for (const [source, provision] of reading.provisions) {
    for (const found of actorMentions(provision.text, actors)) {
      if (!annotated.delete(`${source}:${found.start}:${found.end}:${found.actor}`))
        problem(
          'annotations',
          `Unexpected mention of \`${provision.text.slice(found.start, found.end)}\` (${found.actor}) at ${found.start}–${found.end} of \`${source}\` without its annotation, expected every mention annotated`,
        )
    }
  }
  for (const extra of annotated)
    problem(
      'annotations',
      `Unexpected mention ${extra} that is no occurrence of its actor's forms, expected mentions the vocabulary finds`,
    )
  return mentioned
}

/** Every sentence one or more norms; every modal word a trigger of the right kind, or explained. */
function checkNorms(
  reading: Reading,
  ids: ReadonlyMap<string, Actor>,
  mentioned: ReadonlyMap<string, ReadonlySet<string>>,
  file: NormsFile,
): void {
  const problem = (path: string, reason: string): void => {
    reading.problems.push({ file: NORMS, path, reason })
  }
  const covered = new Set<string>()
  const words = new Map<string, string>()
  file.norms.forEach((norm, index) => {
    const path = `norms[${index}]`
    const span = spanOf(reading, NORMS, `${path}.target`, norm.target)
    if (span) {
      const sentence = sentenceOf(reading, span)
      if (!sentence || sentence.start !== span.start || sentence.end !== span.end)
        problem(
          `${path}.target`,
          'Unexpected span that is not one whole sentence, expected a sentence (ending in 。 or ；)',
        )
      else covered.add(`${span.source}:${span.start}`)
    }
    // The schema knows the aspects; that only a statement has one (and must) is this check's.
    if (norm.kind === 'statement' ? norm.aspect === undefined : norm.aspect !== undefined)
      problem(
        `${path}.aspect`,
        `Unexpected aspect ${describeValue(norm.aspect)}, expected ${norm.kind === 'statement' ? `one of ${STATEMENT_ASPECTS.join(', ')}` : 'none (only statements have one)'}`,
      )
    norm.bearers.forEach((bearer, b) => {
      if (!ids.has(bearer))
        problem(`${path}.bearers[${b}]`, `Unexpected actor ${describeValue(bearer)}, expected an id of ${ACTORS}`)
      else if (span && !mentioned.get(reading.provisions.get(span.source)?.article as string)?.has(bearer))
        problem(
          `${path}.bearers[${b}]`,
          `Unexpected bearer \`${bearer}\` that its article does not mention, expected an actor of the article`,
        )
    })
    checkPower(norm.kind, norm.bearers, ids, (reason) => problem(`${path}.kind`, reason))
    if (norm.kind !== 'statement' && norm.triggers.length === 0)
      problem(
        `${path}.triggers`,
        `Unexpected ${describeValue(norm.kind)} without a trigger, expected the modal word that makes it one`,
      )
    norm.triggers.forEach((trigger, t) => {
      const at = spanOf(reading, NORMS, `${path}.triggers[${t}]`, trigger)
      if (!at) return
      const word = reading.provisions.get(at.source)?.text.slice(at.start, at.end) as string
      if (MODAL_WORDS[word] === undefined)
        problem(
          `${path}.triggers[${t}]`,
          `Unexpected trigger \`${word}\`, expected one of ${Object.keys(MODAL_WORDS).join(', ')}`,
        )
      else if (!MODAL_WORDS[word]?.includes(norm.kind))
        problem(
          `${path}.triggers[${t}]`,
          `Unexpected trigger \`${word}\` of ${describeValue(norm.kind)}, expected it in a norm of kind ${MODAL_WORDS[word]?.map((kind) => `\`${kind}\``).join(' or ')}`,
        )
      if (span && (at.source !== span.source || at.start < span.start || at.end > span.end))
        problem(`${path}.triggers[${t}]`, 'Unexpected trigger outside its sentence, expected it inside')
      words.set(`${at.source}:${at.start}`, 'trigger')
    })
  })
  file.notModal.forEach((entry, index) => {
    const path = `notModal[${index}]`
    const at = spanOf(reading, NORMS, `${path}.target`, entry.target)
    // A reason of a word or two explains nothing; the schema only asks for text.
    if (entry.reason.length < 10)
      problem(`${path}.reason`, 'Unexpected reason, expected why the word is not the trigger of a norm')
    if (!at) return
    const key = `${at.source}:${at.start}`
    if (words.has(key)) problem(path, 'Unexpected word both a trigger and not a modal, expected one of them')
    words.set(key, 'explained')
  })
  for (const [source, provision] of reading.provisions) {
    for (const sentence of provision.sentences) {
      if (!covered.has(`${source}:${sentence.start}`))
        problem(
          'norms',
          `Unexpected sentence \`${sentence.text.slice(0, 12)}…\` of \`${source}\` without a norm, expected every sentence to have one`,
        )
    }
    for (const word of Object.keys(MODAL_WORDS)) {
      for (let at = provision.text.indexOf(word); at !== -1; at = provision.text.indexOf(word, at + 1)) {
        if (!words.has(`${source}:${at}`))
          problem(
            'norms',
            `Unexpected \`${word}\` at ${at} of \`${source}\` not classified, expected it as the trigger of a norm or in notModal with a reason`,
          )
      }
    }
  }
}

/** A power is borne by public authorities only (and by one at least); a permission by none. */
function checkPower(
  kind: string,
  bearers: readonly string[],
  actors: ReadonlyMap<string, Actor>,
  problem: (reason: string) => void,
): void {
  const authorities = bearers.filter((bearer) => actors.get(bearer)?.authority === true)
  if (kind === 'power' && (bearers.length === 0 || authorities.length < bearers.length))
    problem(
      `Unexpected power borne by ${
        bearers
          .filter((b) => !authorities.includes(b))
          .map((b) => `\`${b}\``)
          .join(', ') || 'nobody'
      }, expected public authorities as its bearers (else it is a permission)`,
    )
  if (kind === 'permission' && authorities.length > 0)
    problem(
      `Unexpected permission borne by the public authority ${authorities.map((b) => `\`${b}\``).join(', ')}, expected a power`,
    )
}

/** The actors' one rule their schema cannot say: each id once. */
function checkActors(actors: readonly Actor[], problems: AnnotationProblem[]): void {
  const seen = new Set<string>()
  actors.forEach((actor, index) => {
    if (seen.has(actor.id))
      problems.push({
        file: ACTORS,
        path: `actors[${index}].id`,
        reason: `Unexpected second actor \`${actor.id}\`, expected each id once`,
      })
    seen.add(actor.id)
  })
}
