/**
 * The query layer's filter, by annotation: provisions that name an actor,
 * state a kind of norm, or are about a topic.
 */
import { articleTopics, mentions, norms, topicVocabulary, actors as vocabulary } from '../generated/annotations.js'
import { failure } from '../model/result.js'
import type { Provision } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import { type ProvisionFilter, provisions } from '../query/filter.js'
import type { NodeList } from '../query/node.js'
import { articlesUnder, sourcesUnder } from './scope.js'
import { NORM_KINDS, type NormKind } from './types.js'

/** What {@link annotatedProvisions} keeps: the parts of the query layer's filter, and the annotations; every part given must hold. */
export interface AnnotationFilter extends ProvisionFilter {
  /** Only provisions whose text names this actor (an id of `actors()`) or holds a norm it bears. */
  readonly actor?: string
  /** Only provisions holding a sentence of this kind of norm. */
  readonly norm?: NormKind
  /** Only provisions about this topic (an id of `topics()`): the articles tagged with it, and what they hold and are in. */
  readonly topic?: string
}

/** The eIds of the paragraphs and items that name or bear each actor, and that state each kind of norm. */
const add = (map: Map<string, Set<string>>, key: string, source: string): void => {
  const set = map.get(key) ?? new Set<string>()
  set.add(source)
  map.set(key, set)
}
const actorSources = /* @__PURE__ */ (() => {
  const sources = new Map<string, Set<string>>()
  for (const mention of mentions) add(sources, mention.actor, mention.target.source)
  for (const norm of norms) for (const bearer of norm.bearers) add(sources, bearer, norm.target.source)
  return sources
})()
const normSources = /* @__PURE__ */ (() => {
  const sources = new Map<string, Set<string>>()
  for (const norm of norms) add(sources, norm.kind, norm.target.source)
  return sources
})()

const holds = (node: Provision, sources: Set<string> | undefined): boolean =>
  sources !== undefined && [...sourcesUnder(node)].some((eId) => sources.has(eId))

/**
 * The provisions that pass every part of `filter`, in document order: the
 * query layer's `provisions` (chapter, type, where), narrowed by actor, norm
 * kind and topic. A node passes `actor` or `norm` when it or anything under
 * it does. An unknown actor, kind or topic is a failure (`invalid-option`)
 * naming the part.
 *
 * @example
 * annotatedProvisions({ actor: 'network-operators', norm: 'obligation', type: 'paragraph' }).nodes.map((n) => n.eId)
 * // ['art_15__para_3']
 */
export function annotatedProvisions(filter?: AnnotationFilter | null): NodeList<Provision> {
  const read = readOptions<AnnotationFilter>(filter)
  if (read === undefined)
    return failure(
      'invalid',
      `Unexpected filter ${describeValue(filter)}, expected an object such as \`{ actor: 'state-security-organs' }\``,
    )
  const { actor, norm, topic, where, ...rest } = read
  if (actor !== undefined && !vocabulary.some((entry) => entry.id === actor))
    return failure(
      'invalid-option',
      `Unexpected actor ${describeValue(actor)}, expected an id of actors() such as \`state-security-organs\``,
    )
  if (norm !== undefined && !(NORM_KINDS as readonly unknown[]).includes(norm))
    return failure('invalid-option', `Unexpected norm ${describeValue(norm)}, expected one of ${NORM_KINDS.join(', ')}`)
  if (topic !== undefined && !topicVocabulary.some((entry) => entry.id === topic))
    return failure(
      'invalid-option',
      `Unexpected topic ${describeValue(topic)}, expected an id of topics() such as \`reporting\``,
    )
  if (where !== undefined && typeof where !== 'function')
    return failure('invalid-option', `Unexpected where ${describeValue(where)}, expected a function`)
  return provisions({
    ...rest,
    where: (node) =>
      (actor === undefined || holds(node, actorSources.get(actor))) &&
      (norm === undefined || holds(node, normSources.get(norm))) &&
      (topic === undefined || [...articlesUnder(node)].some((eId) => articleTopics[eId]?.includes(topic))) &&
      (where === undefined || where(node)),
  })
}
