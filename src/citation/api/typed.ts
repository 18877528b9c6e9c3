/**
 * References checked at compile time: `provision('art_15__para_2')` and
 * `cite('第十五条第二款')` accept exactly the addresses that exist, so a
 * reference to a provision that does not exist is a TypeScript error.
 */
import { getNode, type ProvisionOf, walk } from '../../access/lookup.js'
import type { Citations, EId } from '../../generated/addresses.js'
import { describeValue } from '../../model/value.js'
import { citationText } from './citation-text.js'

/**
 * The provision with this eId. For strings known only at run time, use
 * `getNode`, which answers with a reason instead.
 *
 * @throws {TypeError} when called, bypassing the types, with an eId that does not exist.
 */
export function provision<E extends EId>(eId: E): ProvisionOf<E> {
  const found = getNode(eId as string)
  if (!found.ok) throw new TypeError(found.reason)
  return found.node as ProvisionOf<E>
}

/**
 * The provision a canonical Chinese citation names (`第三十八条第一款第（三）项`).
 * For strings known only at run time, use `validateReference`.
 *
 * @throws {TypeError} when called, bypassing the types, with a citation that is not canonical.
 */
export function cite<C extends keyof Citations>(citation: C): ProvisionOf<Citations[C]> {
  const eId = canonical().get(citation)
  if (eId === undefined)
    throw new TypeError(
      `Unexpected ${typeof citation === 'string' ? 'citation ' : ''}${describeValue(citation, 60)}, expected a canonical citation such as \`第十五条第二款\``,
    )
  return provision(eId as EId) as ProvisionOf<Citations[C]>
}

let map: Map<string, string> | undefined

function canonical(): Map<string, string> {
  if (!map) {
    map = new Map()
    for (const [citation, eId] of citationPairs()) map.set(citation, eId)
  }
  return map
}

function* citationPairs(): Generator<[string, string]> {
  for (const node of walk()) {
    yield [citationText(node.eId, 'zh'), node.eId]
  }
}
