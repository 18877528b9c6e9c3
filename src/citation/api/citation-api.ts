/**
 * The citation API over this regulation, one citation at a time: parse
 * it, resolve or validate a reference, and format a provision's citation
 * (finding the citations of running text is `../extract/`). None of the
 * functions that take a string throws.
 */

import { getNode } from '../../access/lookup.js'
import { regulation } from '../../access/regulation.js'
import { eIdToAddress } from '../../model/address.js'
import { WORK_URI } from '../../model/constants.js'
import { isEId } from '../../model/eid.js'
import { unreadable, unreadableTypeError } from '../../model/guard.js'
import { type Failure, failure, type Result } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import { describeValue } from '../../model/value.js'
import type { Citation } from '../citation-types.js'
import { startsCitation } from '../grammar/characters.js'
import { checkCitation } from '../resolve/citation-shape.js'
import type { Outline } from '../resolve/outline.js'
import type {
  DocumentResolution,
  ExternalResolution,
  InternalResolution,
  Resolution,
  ResolveOptions,
} from '../resolve/resolution.js'
import { resolveTrusted } from '../resolve/resolve.js'
import { Scanner } from '../scan/scanner.js'
import { CITATION_STYLES, type CitationStyle, citationText } from './citation-text.js'

/** The answer of `parseCitation`: `{ ok: true, citation }`, or a failure with `code: 'syntax'` and the `index` where it stopped. */
export type ParseCitationResult = Result<{ citation: Citation }>

/**
 * The answer of `resolveCitation` and `validateReference`: the resolution
 * with the citation it was made from, or a {@link Failure}.
 */
export type ReferenceCheck =
  | ((InternalResolution<Provision> | ExternalResolution | DocumentResolution) & { readonly citation: Citation })
  | Failure

const document: Outline = regulation
const URI_PREFIX = `${WORK_URI}/~`

/**
 * Parse one citation that makes up the whole of `text` (surrounding
 * whitespace aside): `第三十八条第一款第（三）项`, `前款`, `《中华人民共和国反间谍法》第二十五条`,
 * `Article 38(1)(3)`, an eId (`art_38__para_1__list_1__item_3`) or a URI
 * (`…/jilin-counter-espionage/~art_15`). Never throws.
 *
 * @example
 * parseCitation('第十五条第二款').ok // true
 * parseCitation('第十五条第') // { ok: false, code: 'syntax', reason: 'Unexpected end of input, expected a number', index: 6 }
 */
export function parseCitation(text: string): ParseCitationResult {
  if (typeof text !== 'string')
    return failure('invalid', `Unexpected ${describeValue(text)}, expected a citation string`)
  const syntax = (reason: string, index: number): Failure => failure('syntax', reason, { index })
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  if (start >= end) return syntax('Unexpected empty citation, expected one such as `第十五条`', start)
  const body = text.slice(start, end)
  const eId = body.startsWith(URI_PREFIX) ? body.slice(URI_PREFIX.length) : body
  if (isEId(eId)) return { ok: true, citation: eIdCitation(body, eId, start) }
  if (body.startsWith('/akn/')) {
    return body.startsWith(URI_PREFIX)
      ? syntax(
          `Unexpected eId ${describeValue(eId, 60)} in the URI, expected one such as \`art_15__para_2\``,
          start + URI_PREFIX.length,
        )
      : syntax(`Unexpected URI, expected one that starts with \`${URI_PREFIX}\``, start)
  }
  const scanner = new Scanner(text, { explain: true })
  // A law's name without 《》 (`反间谍法第二十五条`) is read from the 第 after it.
  const di = text.indexOf('第', start)
  const named = di > start && di < end && !startsCitation(text, start) ? scanner.readAt(di, start) : undefined
  const found =
    named !== undefined && typeof named !== 'number' && named.start === start ? named : scanner.readAt(start, 0)
  if (typeof found !== 'number' && found.end === end) return { ok: true, citation: found }
  const stopped = typeof found === 'number' ? start : found.end
  const error = scanner.error
  if (error && error.index >= stopped) return syntax(error.reason, error.index)
  const char = String.fromCodePoint(text.codePointAt(stopped) ?? 0)
  return syntax(
    typeof found === 'number'
      ? `Unexpected \`${char}\`, expected a citation such as \`第十五条\`, \`本条\`, \`前款\`, \`《…》\` or \`Article 15\``
      : `Unexpected \`${char}\` after \`${found.text}\`, expected the end of the citation, 、, 和 or 至`,
    stopped,
  )
}

function eIdCitation(text: string, eId: string, start: number): Citation {
  return {
    text,
    start,
    end: start + text.length,
    instrument: { type: 'self' },
    anchor: undefined,
    references: [{ from: eIdToAddress(eId) as NonNullable<ReturnType<typeof eIdToAddress>> }],
  }
}

/** A resolution with the citation it was made from (failures stay as they are). */
export function withCitation(resolution: Resolution<Provision>, citation: Citation): ReferenceCheck {
  return resolution.ok ? { ...resolution, citation } : resolution
}

/**
 * Resolve a citation (or a citation string) to the provisions it names, or
 * the reason it names none. A citation object of the wrong shape is
 * answered with `code: 'invalid'`, naming the field. Never throws.
 */
export function resolveCitation(citation: Citation | string, options?: ResolveOptions | null): ReferenceCheck {
  try {
    if (typeof citation === 'string') return validateReference(citation, options)
    const problem = checkCitation(citation)
    if (problem !== undefined) return failure('invalid', problem)
    return withCitation(resolveTrusted<Provision>(document, citation, options ?? undefined), citation)
  } catch (error) {
    return unreadable(error, { citation, options })
  }
}

/**
 * Parse and resolve `text` in one step: the answer to "does this reference
 * exist?". Never throws.
 *
 * @example
 * validateReference('第十五条第四款')
 * // { ok: false, code: 'not-found', suggestion: '第十五条第三款',
 * //   reason: 'No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs' }
 */
export function validateReference(text: string, options?: ResolveOptions | null): ReferenceCheck {
  const parsed = parseCitation(text)
  if (!parsed.ok) return parsed
  return withCitation(resolveTrusted<Provision>(document, parsed.citation, options ?? undefined), parsed.citation)
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
  try {
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
    return citationText(found.node.eId, style)
  } catch (error) {
    throw unreadableTypeError(error, { node, style })
  }
}

function describeNode(value: unknown): string {
  if (value === null || typeof value !== 'object') return describeValue(value)
  const eId = (value as { eId?: unknown }).eId
  return typeof eId === 'string' ? `node \`${eId.slice(0, 60)}\`` : 'object without an eId'
}
