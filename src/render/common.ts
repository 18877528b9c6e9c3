/**
 * What every renderer shares: its result type, and the check that the node
 * it is given is this regulation or one of its provisions, unchanged.
 */
import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import type { Provision, Regulation } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'

/** The regulation or any provision of it. */
export type Renderable = Regulation | Provision

export type RenderResult =
  | {
      readonly ok: true
      /** The rendered document or fragment. */
      readonly output: string
      /** Its media type, for example `text/html; charset=utf-8`. */
      readonly mediaType: string
    }
  | { readonly ok: false; readonly reason: string }

export const failure = (reason: string): RenderResult => ({ ok: false, reason })

/** A renderer's options as an object to read (`null` and `undefined` are no options), or the reason they cannot be read. */
export function renderOptions<T extends object>(options: unknown): Partial<T> | string {
  return readOptions<T>(options) ?? `Unexpected options ${describeValue(options)}, expected an object`
}

/**
 * The model's own node for `node`: the regulation, a provision of it, or an
 * unchanged copy of one (from JSON, say). Anything else, including a copy
 * whose text differs from the official text, is refused with the reason.
 */
export function modelNode(node: unknown): Renderable | string {
  if (node === regulation) return regulation
  if (node === null || typeof node !== 'object') {
    return `Unexpected ${describeValue(node)}, expected the regulation or a chapter, article, paragraph or item of it`
  }
  const { type, eId } = node as { type?: unknown; eId?: unknown }
  if (type === 'regulation') {
    return sameContent(node, regulation)
      ? regulation
      : 'Unexpected regulation that differs from this one, expected the regulation as published'
  }
  if (typeof eId !== 'string')
    return 'Unexpected object without an eId, expected a chapter, article, paragraph or item of the regulation'
  const own = getIndex().byEId.get(eId)
  if (!own)
    return `Unexpected node \`${eId.slice(0, 60)}\`, expected a chapter, article, paragraph or item of the regulation`
  if (own === node) return own
  if (!sameContent(node, own)) {
    return `Unexpected \`${eId}\` that differs from the official text, expected the regulation’s own node or an unchanged copy of it`
  }
  return own
}

/** Same data (an unchanged copy serialises to the same JSON); no Node.js API, so renderers run in browsers too. */
function sameContent(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}
