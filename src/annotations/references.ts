/**
 * The references of the text, as the build stored them
 * (`scripts/lib/annotations/find-references.ts` finds them): the citations a
 * node's text makes, and their reverse index, the citations that name a node.
 */

import { references as stored } from '../generated/annotations.js'
import { unreadable } from '../model/guard.js'
import type { Result } from '../model/result.js'
import type { Regulation } from '../model/schema.js'
import type { NodeRef } from '../query/node.js'
import { nodeOf, sourcesUnder } from './scope.js'
import type { StoredReference } from './types.js'

/**
 * The citations that stand in a node's text (and under it), in document
 * order, resolved: `referencesFrom('art_25')` holds its citation of Article
 * 25 of the Counterespionage Law.
 */
export function referencesFrom(ref: NodeRef | Regulation): Result<{ references: readonly StoredReference[] }> {
  try {
    const found = nodeOf(ref)
    if (!found.ok) return found
    const sources = sourcesUnder(found.node)
    return { ok: true, references: stored.filter((reference) => sources.has(reference.target.source)) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/**
 * The citations that name a node or something under it (for the
 * regulation: those that name it whole, 本规定), in document order.
 *
 * @example
 * referencesTo('art_29__para_1').references.map((r) => r.target.source) // ['art_29__para_2']
 */
export function referencesTo(ref: NodeRef | Regulation): Result<{ references: readonly StoredReference[] }> {
  try {
    const found = nodeOf(ref)
    if (!found.ok) return found
    const named = sourcesUnder(found.node)
    return {
      ok: true,
      references: stored.filter((reference) =>
        found.node.type === 'regulation'
          ? reference.scope === 'internal'
          : reference.nodes.some((eId) => named.has(eId)),
      ),
    }
  } catch (error) {
    return unreadable(error, { ref })
  }
}
