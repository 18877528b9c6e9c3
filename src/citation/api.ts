/**
 * The citation API over this regulation: parse one citation, find every
 * citation in running text, resolve or validate a reference, and format a
 * provision's citation. None of the functions that take a string throws.
 */
import { getNode } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { eIdParts, isEId } from '../model/eid.js'
import type { Provision } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import { checkCitation } from './check.js'
import { CITATION_STYLES, type CitationStyle, citationText, WORK_URI } from './format.js'
import { type Outline, type Resolution, type ResolveOptions, resolveTrusted } from './resolve.js'
import { Scanner } from './scan.js'
import type { Address, Citation } from './types.js'

export type ParseCitationResult =
  | { readonly ok: true; readonly citation: Citation }
  | {
      readonly ok: false
      /** `Unexpected …, expected …`. */
      readonly reason: string
      /** Where the problem is, in JavaScript string indices into the input. */
      readonly index: number
    }

/** A citation found in running text, with its resolution unless `resolve: false`. */
export type ExtractedCitation = Citation & { readonly resolution: Resolution<Provision> }

/** The answer of `resolveCitation` and `validateReference`: the resolution, with the citation when the text parsed. */
export type ReferenceCheck = Resolution<Provision> & { readonly citation?: Citation }

export interface ExtractOptions extends ResolveOptions {
  /** Resolve each citation found (default `true`). */
  readonly resolve?: boolean
}

const document: Outline = regulation
const URI_PREFIX = `${WORK_URI}/~`

/**
 * Parse one citation that makes up the whole of `text` (surrounding
 * whitespace aside): `第三十八条第一款第（三）项`, `前款`, `《中华人民共和国反间谍法》第二十五条`,
 * `Article 38(1)(3)`, an eId (`art_38__para_1__list_1__item_3`) or a URI
 * (`…/jilin-counter-espionage/~art_15`).
 */
export function parseCitation(text: string): ParseCitationResult {
  if (typeof text !== 'string')
    return { ok: false, reason: `Unexpected ${describeValue(text)}, expected a citation string`, index: 0 }
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  if (start >= end)
    return { ok: false, reason: 'Unexpected empty citation, expected one such as `第十五条`', index: start }
  const body = text.slice(start, end)
  const eId = body.startsWith(URI_PREFIX) ? body.slice(URI_PREFIX.length) : body
  if (isEId(eId)) return { ok: true, citation: eIdCitation(body, eId, start) }
  if (body.startsWith('/akn/')) {
    return body.startsWith(URI_PREFIX)
      ? {
          ok: false,
          reason: `Unexpected eId \`${eId.slice(0, 60)}\` in the URI, expected one such as \`art_15__para_2\``,
          index: start + URI_PREFIX.length,
        }
      : { ok: false, reason: `Unexpected URI, expected one that starts with \`${URI_PREFIX}\``, index: start }
  }
  const scanner = new Scanner(text, { explain: true })
  // A law's name without 《》 (`反间谍法第二十五条`) is read from the 第 after it.
  const di = text.indexOf('第', start)
  const named = di > start && di < end && !isTriggerAt(text, start) ? scanner.readAt(di, start) : undefined
  const found =
    named !== undefined && typeof named !== 'number' && named.start === start ? named : scanner.readAt(start, 0)
  if (typeof found !== 'number' && found.end === end) return { ok: true, citation: found }
  const stopped = typeof found === 'number' ? start : found.end
  const error = scanner.error
  if (error && error.index >= stopped) return { ok: false, reason: error.reason, index: error.index }
  const char = String.fromCodePoint(text.codePointAt(stopped) ?? 0)
  return {
    ok: false,
    reason:
      typeof found === 'number'
        ? `Unexpected \`${char}\`, expected a citation such as \`第十五条\`, \`本条\`, \`前款\`, \`《…》\` or \`Article 15\``
        : `Unexpected \`${char}\` after \`${found.text}\`, expected the end of the citation, 、, 和 or 至`,
    index: stopped,
  }
}

function isTriggerAt(text: string, at: number): boolean {
  return /^(?:[第《本前该]|art|chapter)/i.test(text.slice(at, at + 7))
}

function eIdCitation(text: string, eId: string, start: number): Citation {
  const parts = eIdParts(eId)
  const address: Address =
    parts?.kind === 'chapter'
      ? { level: 'chapter', chapter: parts.chapter }
      : parts?.kind === 'article'
        ? { level: 'article', article: parts.article }
        : parts?.kind === 'paragraph'
          ? { level: 'paragraph', article: parts.article, paragraph: parts.paragraph }
          : { level: 'item', article: parts?.article ?? 0, paragraph: parts?.paragraph ?? 0, item: parts?.item ?? 0 }
  return {
    text,
    start,
    end: start + text.length,
    instrument: { type: 'self' },
    anchor: undefined,
    references: [{ from: address }],
  }
}

/**
 * Every citation in `text`, left to right, with `start` and `end` offsets in
 * JavaScript string indices (`text.slice(start, end) === citation.text`) and,
 * unless `resolve: false`, its resolution against this regulation (relative
 * forms against `context`). Linear in the length of `text`.
 */
export function extractCitations(
  text: string,
  options?: ExtractOptions & { readonly resolve?: true },
): ExtractedCitation[]
export function extractCitations(text: string, options: ExtractOptions & { readonly resolve: false }): Citation[]
export function extractCitations(text: string, options?: ExtractOptions | null): Citation[] | ExtractedCitation[] {
  if (typeof text !== 'string') return []
  // Options that are not an object reach the resolver, which answers each citation with the reason.
  const resolve = readOptions<ExtractOptions>(options)?.resolve !== false
  const found = new Scanner(text, { withResolution: resolve }).collect([])
  if (!resolve) return found
  for (const citation of found) {
    ;(citation as { resolution?: Resolution<Provision> }).resolution = resolveTrusted<Provision>(
      document,
      citation,
      options ?? undefined,
    )
  }
  return found as ExtractedCitation[]
}

/** Resolve a citation (or a citation string) to the provisions it names, or the reason it names none. */
export function resolveCitation(citation: Citation | string, options?: ResolveOptions | null): ReferenceCheck {
  if (typeof citation === 'string') return validateReference(citation, options)
  const problem = checkCitation(citation)
  if (problem !== undefined) return { ok: false, code: 'invalid', reason: problem }
  return { ...resolveTrusted<Provision>(document, citation, options ?? undefined), citation }
}

/** Parse and resolve `text` in one step: the answer to "does this reference exist?". */
export function validateReference(text: string, options?: ResolveOptions | null): ReferenceCheck {
  const parsed = parseCitation(text)
  if (!parsed.ok) return { ok: false, code: 'syntax', reason: parsed.reason, index: parsed.index }
  return { ...resolveTrusted<Provision>(document, parsed.citation, options ?? undefined), citation: parsed.citation }
}

/**
 * The citation of a provision of this regulation, in one of four styles:
 * `zh` (`第三十八条第一款第（三）项`), `en` (`Article 38(1)(3)`), `eid`
 * (`art_38__para_1__list_1__item_3`) or `uri` (`/akn/cn-jl/act/…/~art_38…`).
 *
 * @throws {TypeError} when `node` is not a provision of this regulation or
 *   `style` is not one of the four: those are programming errors.
 */
export function formatCitation(node: Provision, style: CitationStyle = 'zh'): string {
  const eId = node !== null && typeof node === 'object' ? (node as { eId?: unknown }).eId : undefined
  const found = typeof eId === 'string' ? getNode(eId) : undefined
  if (!found?.ok || found.node.type !== (node as Provision).type) {
    throw new TypeError(
      `Unexpected ${describeNode(node)}, expected a chapter, article, paragraph or item of this regulation`,
    )
  }
  if (!CITATION_STYLES.includes(style)) {
    throw new TypeError(
      `Unexpected style ${describeValue(style)}, expected one of ${CITATION_STYLES.map((s) => `\`${s}\``).join(', ')}`,
    )
  }
  return citationText(eIdParts(found.node.eId) as NonNullable<ReturnType<typeof eIdParts>>, found.node.eId, style)
}

function describeNode(value: unknown): string {
  if (value === null || typeof value !== 'object') return describeValue(value)
  const eId = (value as { eId?: unknown }).eId
  return typeof eId === 'string' ? `node \`${eId.slice(0, 60)}\`` : 'object without an eId'
}
