/**
 * The references of the text, as the build stored them
 * (`scripts/lib/annotations/find-references.ts` finds them): the citations a
 * node's text makes, and their reverse index, the citations that name a node.
 */

import type { Reference } from '../citation/citation-types.js'
import { knownInstruments } from '../citation/grammar/instruments.js'
import { references as stored } from '../generated/annotations.js'
import type { Address } from '../model/address.js'
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

/**
 * The Akoma Ntoso work IRI of a known instrument (its id,
 * `cn/anti-espionage-law/2023`): `/akn/cn/act/2023-04-26/anti-espionage-law`,
 * the date being that of the version named; `undefined` for an id the
 * citation layer does not know.
 */
export function instrumentIri(id: string): string | undefined {
  const known = knownInstruments.find((instrument) => instrument.id === id)
  const [country, name] = id.split('/')
  return known && country && name ? `/akn/${country}/act/${known.adopted}/${name}` : undefined
}

/** The eId of an address of another instrument by this package's convention; `undefined` for a level it has no eId for. */
function addressEId(address: Address): string | undefined {
  if (address.article === undefined || address.suffix !== undefined || address.part !== undefined) return undefined
  const article = `art_${address.article}`
  if (address.paragraph === undefined) return article
  const paragraph = `${article}__para_${address.paragraph}`
  return address.item === undefined ? paragraph : `${paragraph}__list_1__item_${address.item}`
}

/**
 * The IRIs an external reference links to: the known instrument's IRI plus
 * each provision it names (`…/anti-espionage-law/~art_25`; both ends of a
 * range), or the instrument whole when it names none or one this package
 * cannot address; none for an instrument it does not know.
 */
export function instrumentLinks(instrument: string | undefined, provisions: readonly Reference[] = []): string[] {
  const work = instrument === undefined ? undefined : instrumentIri(instrument)
  if (work === undefined) return []
  const eIds = provisions.flatMap((reference) =>
    [reference.from, ...(reference.to ? [reference.to] : [])].map(addressEId),
  )
  if (eIds.length === 0 || eIds.some((eId) => eId === undefined)) return [work]
  return eIds.map((eId) => `${work}/~${eId}`)
}
