/**
 * Resolution: a parsed citation → the provisions it names, or the reason it
 * names none. Works on any document shaped like the regulation (an
 * {@link Outline}), so other statutes can be checked against their own
 * articles too. The outline is indexed once (`outline.ts`), addresses are
 * found in it by `locate.ts`, and answers (`resolution.ts`) are shared
 * (`results.ts`).
 */

import { plural } from '../../access/reasons.js'
import type { Address } from '../../model/address.js'
import { unreadable } from '../../model/guard.js'
import { describeValue, readOptions } from '../../model/value.js'
import { addressText } from '../../numeral/index.js'
import type { Citation, Reference } from '../citation-types.js'
import { isInstrumentKind } from '../grammar/title-kinds.js'
import { anchorLength } from '../grammar/words.js'
import { checkCitation } from './citation-shape.js'
import { complete, contextAddress } from './complete.js'
import { Fail, fail } from './fail.js'
import { anchorRange, expand, lookup } from './locate.js'
import { type DocumentIndex, indexOf, type Outline, type OutlineNode } from './outline.js'
import type { Resolution, ResolveOptions } from './resolution.js'
import { documentResult, externalResult, internalResult, single, wholeResult } from './results.js'

/**
 * Resolve `citation` in `document` (an {@link Outline}, such as the
 * regulation). Never throws: a citation or outline of the wrong shape is
 * answered with `code: 'invalid'` and what is wrong with it.
 */
export function resolveIn<N = OutlineNode>(
  document: Outline,
  citation: Citation,
  options?: ResolveOptions,
): Resolution<N> {
  try {
    const problem = checkCitation(citation)
    return problem === undefined ? resolveTrusted<N>(document, citation, options) : answer<N>(fail('invalid', problem))
  } catch (error) {
    return unreadable(error, { document, citation, options })
  }
}

/** `resolveIn` for a citation the scanner made (its shape is right by construction). */
export function resolveTrusted<N = OutlineNode>(
  document: Outline,
  citation: Citation,
  options?: ResolveOptions,
): Resolution<N> {
  const read = readOptions<ResolveOptions>(options)
  const result =
    read === undefined
      ? fail(
          'invalid',
          `Unexpected options ${describeValue(options)}, expected an object such as \`{ context: 'art_29' }\``,
        )
      : resolve(document, citation, read)
  return answer<N>(result)
}

/**
 * `resolveTrusted` with a context and no other option, for callers inside
 * the package: an eId string needs no reading as options (copying options
 * for every citation of a statute was a large share of its resolving).
 */
export function resolveInContext<N = OutlineNode>(
  document: Outline,
  citation: Citation,
  context: string | ContextProbe,
): Resolution<N> {
  return answer<N>(resolve(document, citation, typeof context === 'string' ? { context } : context))
}

/**
 * A context that records whether the resolver read it: a resolution made
 * without it holds for the same citation anywhere in the document, so the
 * caller may give it to the next one (see `statute/remembered.ts`).
 */
export class ContextProbe implements ResolveOptions {
  /** Whether the context was read since `read` was last set to `false`. */
  read = false
  /** The eId the context stands for. */
  eId = ''
  get context(): string {
    this.read = true
    return this.eId
  }
}

function answer<N>(result: Resolution<OutlineNode> | Fail): Resolution<N> {
  return result instanceof Fail ? result.result() : (result as Resolution<N>)
}

/** The resolution, or the failure as a `Fail` (returned, never thrown: throwing is slow on this hot path). */
function resolve(
  outline: Outline,
  citation: Citation,
  options: Partial<ResolveOptions>,
): Resolution<OutlineNode> | Fail {
  const { instrument } = citation
  if (instrument.type === 'external') {
    // A licence or a newspaper is named, not cited: no law to resolve against.
    if (instrument.kind !== undefined && !isInstrumentKind(instrument.kind) && instrument.title !== undefined)
      return documentResult(instrument.title, instrument.kind)
    const known = instrument.known
    if (known) {
      for (const reference of citation.references) {
        for (const address of reference.to ? [reference.from, reference.to] : [reference.from]) {
          if (address.article !== undefined && address.article > known.articles) {
            return fail(
              'not-found',
              `No article ${address.article} (${addressText({ article: address.article })}) in 《${known.title}》 (${known.version}): it has ${plural(known.articles, 'article')}`,
              `《${known.title}》${addressText({ article: known.articles })}`,
            )
          }
        }
      }
    }
    return externalResult(instrument.title, known)
  }
  const document = indexOf(outline)
  if (document instanceof Fail) return document
  // The context is read only when a relative form needs it: a bad context fails only relative citations.
  let read: Address | undefined | Fail | null = null
  const context: Context = () => {
    read ??= contextAddress(document, options.context)
    return read
  }
  let base: Address | undefined
  let anchorNodes: OutlineNode[] | undefined
  if (citation.anchor) {
    const written = citation.text.slice(0, anchorLength(citation.anchor))
    const given = context()
    if (given instanceof Fail) return given
    const range = anchorRange(document, citation.anchor, given, written)
    if (range instanceof Fail) return range
    const [from, to] = range
    if (sameAddress(from, to)) {
      const node = lookup(document, from)
      if (node instanceof Fail) return node
      anchorNodes = single(node)
      base = from
    } else {
      const nodes = expand(document, from, to, written)
      if (nodes instanceof Fail) return nodes
      anchorNodes = nodes
    }
  }
  if (citation.references.length === 0) {
    if (anchorNodes) return internalResult(anchorNodes)
    return wholeResult(outline)
  }
  if (citation.anchor && base === undefined) {
    return fail(
      'ambiguous',
      `\`${citation.text}\` is ambiguous: \`${citation.text.slice(0, anchorLength(citation.anchor))}\` names more than one provision`,
    )
  }
  const { references } = citation
  if (references.length === 1) {
    const nodes = resolveReference(document, references[0] as Reference, base, context, citation)
    if (nodes instanceof Fail) return nodes
    return internalResult(nodes)
  }
  const nodes: OutlineNode[] = []
  for (const reference of references) {
    const found = resolveReference(document, reference, base, context, citation)
    if (found instanceof Fail) return found
    for (const node of found) nodes.push(node)
  }
  return internalResult(dedupe(nodes))
}

/** The context as an address, read when first asked for. */
type Context = () => Address | undefined | Fail

function resolveReference(
  document: DocumentIndex,
  reference: Reference,
  base: Address | undefined,
  context: Context,
  citation: Citation,
): OutlineNode[] | Fail {
  const from = complete(document, reference.from, base, context)
  if (from instanceof Fail) return from
  const penalty = base === undefined ? penaltyList(document, reference, from, context, citation) : undefined
  if (penalty) return penalty
  if (!reference.to) {
    const node = lookup(document, from)
    return node instanceof Fail ? node : single(node)
  }
  const to = complete(document, inheritFrom(from, reference.to), base, context)
  if (to instanceof Fail) return to
  return expand(document, from, to, citation.text)
}

/**
 * Whether the answer for a citation of the outline with these references
 * and no anchor may quote the citation's text: a range's failure
 * (`expand`) and a bare item's (`penaltyList`) do. Any other answer is
 * the same however the citation is written (`第五条` and `第 5 条`).
 */
export function quotesText(references: readonly Reference[]): boolean {
  for (let index = 0; index < references.length; index++) {
    const reference = references[index] as Reference
    if (reference.to !== undefined || isBareItem(reference.from)) return true
  }
  return false
}

/** A bare `第X项`: an item without its article and paragraph. */
export function isBareItem(address: Address): boolean {
  return address.level === 'item' && address.article === undefined && address.paragraph === undefined
}

/**
 * A bare `第X项` (no article, no paragraph) read against its context could
 * name an item of the paragraph it stands in, or, in the penalty lists of
 * local regulations (`违反本条例第十一条规定的，按照下列规定处罚：（一）违反第一项规定的…`),
 * an item of the article the list's lead-in cites, which the outline does
 * not say. So it never names the item it stands in (`ambiguous`), and an
 * item its paragraph does not have is `needs-context`, not `not-found`.
 */
function penaltyList(
  document: DocumentIndex,
  reference: Reference,
  from: Address,
  context: Context,
  citation: Citation,
): Fail | undefined {
  const written = reference.from
  if (!isBareItem(written)) return undefined
  const given = context()
  if (given === undefined || given instanceof Fail) return undefined
  const text = addressText({ level: 'item', item: written.item } as Address)
  const lead = 'in a penalty list it names an item of the article the lead-in cites'
  if (given.level === 'item' && given.item !== undefined && from.item === given.item && reference.to === undefined)
    return fail(
      'ambiguous',
      `\`${citation.text}\` is ambiguous: read in ${addressText(given)} it would name the item it stands in; ${lead}: give that article (第…条${text})`,
    )
  const ends = reference.to ? [from, { ...from, item: reference.to.item }] : [from]
  for (const end of ends) {
    if (lookup(document, end as Address) instanceof Fail)
      return fail(
        'needs-context',
        `\`${citation.text}\` names ${addressText({ level: 'item', item: end.item } as Address)}, which ${addressText({ level: 'paragraph', article: given.article, paragraph: given.paragraph, ...(given.suffix === undefined ? {} : { suffix: given.suffix }) } as Address)} does not have; ${lead}: give that article (第…条${text})`,
      )
  }
  return undefined
}

/** `第十五条第一款至第三款`: the range's end takes what it leaves out from its start. */
export function inheritFrom(from: Address, to: Address): Address {
  if (to.article !== undefined || to.chapter !== undefined) return to
  const filled: Record<string, number | string> = { ...to }
  if (from.article !== undefined) filled.article = from.article
  if (from.suffix !== undefined) filled.suffix = from.suffix
  if (to.level === 'item' && to.paragraph === undefined && from.paragraph !== undefined)
    filled.paragraph = from.paragraph
  return filled as unknown as Address
}

function sameAddress(a: Address, b: Address): boolean {
  return (
    a.level === b.level &&
    a.chapter === b.chapter &&
    a.article === b.article &&
    a.paragraph === b.paragraph &&
    a.item === b.item
  )
}

function dedupe<T>(nodes: T[]): T[] {
  return [...new Set(nodes)]
}
