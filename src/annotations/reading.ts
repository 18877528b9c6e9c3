/**
 * The structured reading of the regulation: who it names (a closed
 * vocabulary of actors, every mention with its span), and what every
 * sentence does (obligation, prohibition, permission, a public authority's
 * power, encouragement or statement), with the words that make it so and the actors who bear it.
 */

import { getIndex } from '../access/lookup.js'
import { mentions, norms, actors as vocabulary } from '../generated/annotations.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import type { NodeRef } from '../query/node.js'
import { nodeOf, sourcesUnder } from './scope.js'
import { type Actor, type Mention, NORM_KINDS, type Norm, type NormKind } from './types.js'

/** Filters of {@link normsOf}. */
export interface NormFilter {
  /** Only norms of this kind. */
  readonly kind?: NormKind
  /** Only norms this actor (an id of {@link actors}) bears. */
  readonly actor?: string
}

const byId = /* @__PURE__ */ new Map(/* @__PURE__ */ vocabulary.map((actor) => [actor.id, actor]))
const KINDS: readonly unknown[] = NORM_KINDS

/** Every actor of the vocabulary: id, Chinese and English names, kind, whether it is a public authority, and the forms the text writes it in. */
export function actors(): readonly Actor[] {
  return vocabulary
}

/**
 * The mentions of actors in a node's text (the regulation, a chapter, an
 * article, a paragraph or an item), in document order, each with its span.
 */
export function mentionsOf(ref: NodeRef | Regulation): Result<{ mentions: readonly Mention[] }> {
  try {
    const found = nodeOf(ref)
    if (!found.ok) return found
    const sources = sourcesUnder(found.node)
    return { ok: true, mentions: mentions.filter((mention) => sources.has(mention.target.source)) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/**
 * The actors a node's text names, each once, in the order first named.
 *
 * @example
 * actorsOf('art_18').actors.map((a) => a.id) // ['postal-administration', 'state-security-organs']
 */
export function actorsOf(ref: NodeRef | Regulation): Result<{ actors: readonly Actor[] }> {
  try {
    const found = mentionsOf(ref)
    if (!found.ok) return found
    const ids = [...new Set(found.mentions.map((mention) => mention.actor))]
    return { ok: true, actors: ids.map((id) => byId.get(id) as Actor) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/**
 * The norms of a node's sentences, in document order, filtered by kind and
 * by the actor who bears them.
 *
 * @example
 * normsOf('art_23', { kind: 'prohibition' }).norms.length // 1
 */
export function normsOf(ref: NodeRef | Regulation, filter?: NormFilter | null): Result<{ norms: readonly Norm[] }> {
  try {
    const read = readOptions<NormFilter>(filter)
    if (read === undefined)
      return failure(
        'invalid',
        `Unexpected filter ${describeValue(filter)}, expected an object such as \`{ kind: 'obligation' }\``,
      )
    if (read.kind !== undefined && !KINDS.includes(read.kind))
      return failure(
        'invalid-option',
        `Unexpected kind ${describeValue(read.kind)}, expected one of ${KINDS.join(', ')}`,
      )
    if (read.actor !== undefined && !byId.has(read.actor as string))
      return failure('invalid-option', `Unexpected actor ${describeValue(read.actor)}, expected an id of actors()`)
    const found = nodeOf(ref)
    if (!found.ok) return found
    const sources = sourcesUnder(found.node)
    return {
      ok: true,
      norms: norms.filter(
        (norm) =>
          sources.has(norm.target.source) &&
          (read.kind === undefined || norm.kind === read.kind) &&
          (read.actor === undefined || norm.bearers.includes(read.actor)),
      ),
    }
  } catch (error) {
    return unreadable(error, { ref, filter })
  }
}

/**
 * The paragraphs and items whose norms an actor bears, in document order.
 *
 * @example
 * provisionsAddressing('network-operators').nodes.map((n) => n.eId) // ['art_15__para_3']
 */
export function provisionsAddressing(actorId: string): Result<{ nodes: readonly Provision[] }> {
  if (typeof actorId !== 'string' || !byId.has(actorId))
    return failure(
      'not-found',
      `No actor ${describeValue(actorId)}: expected an id of actors(), such as \`state-security-organs\``,
    )
  const sources = new Set(norms.filter((norm) => norm.bearers.includes(actorId)).map((norm) => norm.target.source))
  return { ok: true, nodes: getIndex().order.filter((node) => sources.has(node.eId)) }
}
