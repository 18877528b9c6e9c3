/**
 * The answers of the resolver, shared and frozen: every `第五条` resolves to
 * the same object, as does every citation of the same external instrument,
 * so a text with many citations keeps few answers.
 */

import type { DocumentKind, KnownInstrument } from '../citation-types.js'
import { detach } from '../detach.js'
import type { Outline, OutlineNode } from './outline.js'
import type { DocumentResolution, ExternalResolution, InternalResolution } from './resolution.js'

const internals = new WeakMap<readonly OutlineNode[], InternalResolution<OutlineNode>>()

/** The result for these nodes: shared when the list is a shared one-node list. */
export function internalResult(nodes: readonly OutlineNode[]): InternalResolution<OutlineNode> {
  if (!Object.isFrozen(nodes))
    return Object.freeze({ ok: true, scope: 'internal', nodes: Object.freeze(nodes), whole: false })
  let result = internals.get(nodes)
  if (!result) {
    result = Object.freeze({ ok: true, scope: 'internal', nodes, whole: false })
    internals.set(nodes, result)
  }
  return result
}

const wholes = new WeakMap<Outline, InternalResolution<OutlineNode>>()

/** The result for the whole document (本规定, its title): its chapters, one result per outline. */
export function wholeResult(outline: Outline): InternalResolution<OutlineNode> {
  let result = wholes.get(outline)
  if (!result) {
    result = Object.freeze({ ok: true, scope: 'internal', nodes: outline.chapters, whole: true })
    wholes.set(outline, result)
  }
  return result
}

const externals = new Map<string | undefined, ExternalResolution>()

/** The result for a citation of another instrument: one per title (and known instrument). */
export function externalResult(title: string | undefined, known: KnownInstrument | undefined): ExternalResolution {
  let result = externals.get(title)
  if (!result || result.known !== known) {
    // A title of its own: kept after the call, a slice of the text would keep the text.
    const own = title === undefined ? undefined : detach(title)
    result = Object.freeze({ ok: true, scope: 'external', title: own, known })
    if (externals.size < 10_000) externals.set(own, result)
  }
  return result
}

const documents = new Map<string, DocumentResolution>()

/** The result for a title of a document that is not an instrument: one per title. */
export function documentResult(title: string, kind: DocumentKind): DocumentResolution {
  let result = documents.get(title)
  if (!result) {
    const own = detach(title)
    result = Object.freeze({ ok: true, scope: 'document', title: own, kind })
    if (documents.size < 10_000) documents.set(own, result)
  }
  return result
}

const singles = new WeakMap<OutlineNode, readonly OutlineNode[]>()

/** A frozen, shared one-node list: resolving the same provision again reuses it. */
export function single(node: OutlineNode): OutlineNode[] {
  let list = singles.get(node)
  if (!list) {
    list = Object.freeze([node])
    singles.set(node, list)
  }
  return list as OutlineNode[]
}
