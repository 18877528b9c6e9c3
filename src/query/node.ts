import { getIndex, getNode, type Lookup } from '../access/lookup.js'
import { failure, type Result } from '../model/result.js'
import type { Provision } from '../model/schema.js'
import { describeValue } from '../model/value.js'

/** A provision of this regulation, or its eId. */
export type NodeRef = Provision | string

/** A list of nodes, or why there is none. */
export type NodeList<T> = Result<{ nodes: readonly T[] }>

/** The model's node for a node or an eId: a node from elsewhere (or a copy) is answered by the model's own. */
export function resolveNode(ref: NodeRef): Lookup<Provision> {
  if (typeof ref === 'string') return getNode(ref)
  if (ref === null || typeof ref !== 'object' || typeof (ref as { eId?: unknown }).eId !== 'string') {
    return failure(
      'invalid',
      `Unexpected ${describeValue(ref)}, expected a provision or an eId such as \`art_15__para_2\``,
    )
  }
  if (getIndex().position.has(ref)) return { ok: true, node: ref }
  const found = getNode(ref.eId)
  if (found.ok && found.node.type !== ref.type) {
    return failure(
      'invalid',
      `Unexpected ${describeValue(ref.type)} with the eId \`${ref.eId}\` of a ${found.node.type}`,
    )
  }
  return found
}
