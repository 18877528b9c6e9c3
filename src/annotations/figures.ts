/**
 * Time limits, numbers and dates, typed; topics from a closed vocabulary;
 * and the editorial notes on the text (characters kept as published).
 */

import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { articleTopics, figures, norms, topicVocabulary } from '../generated/annotations.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import type { Provision, Regulation, Sic } from '../model/schema.js'
import { describeValue } from '../model/value.js'
import type { NodeRef } from '../query/node.js'
import { articlesUnder, nodeOf, sourcesUnder } from './scope.js'
import type { Figure, Norm, Topic } from './types.js'

/** A figure and the norm of the sentence that holds it. */
export type FigureInNorm = Figure & { readonly norm: Norm | undefined }

const withNorm = (figure: Figure): FigureInNorm => {
  const [, at] = figure.target.selector
  const norm = norms.find(
    (n) =>
      n.target.source === figure.target.source &&
      n.target.selector[1].start <= at.start &&
      at.end <= n.target.selector[1].end,
  )
  return { ...figure, norm }
}

/** The eIds under a node, and of the articles it is in or holds. */
function scope(node: Regulation | Provision): { sources: Set<string>; articles: Set<string> } {
  return { sources: sourcesUnder(node), articles: articlesUnder(node) }
}

/**
 * The time limits of the regulation (durations: `10 个工作日` is ten working
 * days, kept apart from calendar days), each with the norm that sets it.
 *
 * @example
 * timeLimits()[0] // { type: 'duration', value: 10, unit: 'working-day', norm: { kind: 'obligation', … }, … }
 */
export function timeLimits(): readonly FigureInNorm[] {
  return figures.filter((figure) => figure.type === 'duration').map(withNorm)
}

/** The figures (time limits, phone numbers, recurring dates, dates) in a node's text, with their norms. */
export function figuresOf(ref: NodeRef | Regulation): Result<{ figures: readonly FigureInNorm[] }> {
  try {
    const found = nodeOf(ref)
    if (!found.ok) return found
    const { sources } = scope(found.node)
    return { ok: true, figures: figures.filter((figure) => sources.has(figure.target.source)).map(withNorm) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** The topics' closed vocabulary. */
export function topics(): readonly Topic[] {
  return topicVocabulary
}

/** The topics of a node: an article's own; a paragraph's or item's, its article's; a chapter's or the regulation's, all of theirs. */
export function topicsOf(ref: NodeRef | Regulation): Result<{ topics: readonly Topic[] }> {
  try {
    const found = nodeOf(ref)
    if (!found.ok) return found
    const { articles } = scope(found.node)
    if (found.node.type === 'paragraph' || found.node.type === 'item')
      articles.add(/^art_\d+/.exec(found.node.eId)?.[0] as string)
    const ids = new Set([...articles].flatMap((article) => articleTopics[article] ?? []))
    return { ok: true, topics: topicVocabulary.filter((topic) => ids.has(topic.id)) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** The articles about a topic, in document order. */
export function articlesAbout(topicId: string): Result<{ nodes: readonly Provision[] }> {
  if (typeof topicId !== 'string' || !topicVocabulary.some((topic) => topic.id === topicId))
    return failure('not-found', `No topic ${describeValue(topicId)}: expected an id of topics(), such as \`reporting\``)
  return {
    ok: true,
    nodes: getIndex().articles.filter((article) => (articleTopics[article.eId] ?? []).includes(topicId)),
  }
}

/** The editorial notes: characters kept as published although they look like typos (the ASCII comma in Article 38 item (1)). */
export function editorialNotes(): readonly Sic[] {
  return regulation.sic
}
