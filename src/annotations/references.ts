/**
 * The references of the text, as the build stored them (`find-references.ts`
 * finds them): the citations a node's text makes, and their reverse index,
 * the citations that name a node.
 */
import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { references as stored } from '../generated/annotations.js'
import type { Result } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { type NodeRef, resolveNode } from '../query/node.js'
import type { StoredReference } from './types.js'

/** The eIds of a node and everything under it. */
function under(node: Regulation | Provision): Set<string> {
  const { order, position } = getIndex()
  if (node.type === 'regulation') return new Set(order.map((n) => n.eId))
  const rank = { chapter: 0, article: 1, paragraph: 2, item: 3 }
  const out = new Set([node.eId])
  for (let at = (position.get(node) as number) + 1; at < order.length; at++) {
    const next = order[at] as Provision
    if (rank[next.type] <= rank[node.type]) break
    out.add(next.eId)
  }
  return out
}

function nodeOf(ref: NodeRef | Regulation): Result<{ node: Regulation | Provision }> {
  return ref === regulation ? { ok: true, node: regulation } : resolveNode(ref as NodeRef)
}

/**
 * The citations that stand in a node's text (and under it), in document
 * order, resolved: `referencesFrom('art_25')` holds its citation of Article
 * 25 of the Counterespionage Law.
 */
export function referencesFrom(ref: NodeRef | Regulation): Result<{ references: readonly StoredReference[] }> {
  const found = nodeOf(ref)
  if (!found.ok) return found
  const sources = under(found.node)
  return { ok: true, references: stored.filter((reference) => sources.has(reference.target.source)) }
}

/**
 * The citations that name a node or something under it (for the
 * regulation: those that name it whole, 本规定), in document order.
 *
 * @example
 * referencesTo('art_29__para_1').references.map((r) => r.target.source) // ['art_29__para_2']
 */
export function referencesTo(ref: NodeRef | Regulation): Result<{ references: readonly StoredReference[] }> {
  const found = nodeOf(ref)
  if (!found.ok) return found
  const named = under(found.node)
  return {
    ok: true,
    references: stored.filter((reference) =>
      found.node.type === 'regulation' ? reference.scope === 'internal' : reference.nodes.some((eId) => named.has(eId)),
    ),
  }
}
