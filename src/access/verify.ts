/**
 * Whether a tree is the official text: the one check the renderers no
 * longer make (they render any tree of the model's shape).
 */

import { unreadable } from '../model/guard.js'
import { failure } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { describeValue, isObject } from '../model/value.js'
import type { Lookup } from './lookup.js'
import { getIndex } from './lookup.js'
import { regulation } from './regulation.js'

/** The first path at which `a` and `b` differ, or `undefined` when they hold the same data. */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return path
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) {
    const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * The official node for `node` when `node` is the regulation or one of its
 * provisions, or a copy of one holding exactly the same data (from JSON, or
 * parsed from the corpus): `{ ok: true, node }`. Otherwise a failure naming
 * the first field that differs from the official text (`invalid`), or
 * saying that no provision has its eId (`not-found`). Never throws.
 *
 * @example
 * verifyOfficial(JSON.parse(JSON.stringify(getNode('art_15').node))).ok // true
 */
export function verifyOfficial(node: unknown): Lookup<Regulation | Provision> {
  try {
    if (node === regulation) return { ok: true, node: regulation }
    if (!isObject(node))
      return failure('invalid', `Unexpected ${describeValue(node)}, expected the regulation or one of its provisions`)
    if (node.type === 'regulation') {
      const differs = firstDifference(node, regulation, 'regulation')
      return differs === undefined
        ? { ok: true, node: regulation }
        : failure('invalid', `Unexpected \`${differs}\` that differs from the official text, expected it as published`)
    }
    const eId = node.eId
    const own = typeof eId === 'string' ? getIndex().byEId.get(eId) : undefined
    if (!own)
      return failure(
        'not-found',
        `Unexpected node ${describeValue(eId)}, expected the eId of a chapter, article, paragraph or item of the regulation`,
      )
    if (own === node) return { ok: true, node: own }
    const differs = firstDifference(node, own, own.eId)
    return differs === undefined
      ? { ok: true, node: own }
      : failure('invalid', `Unexpected \`${differs}\` that differs from the official text, expected it as published`)
  } catch (error) {
    return unreadable(error, { node })
  }
}
