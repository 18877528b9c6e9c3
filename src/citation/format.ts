/**
 * Canonical citation text for an address, without the data: the generator
 * uses it to write the literal citation types, the resolver for suggestions.
 */
import type { EIdParts } from '../model/eid.js'
import { numeralText } from '../numeral/index.js'

/** The styles `formatCitation` writes. */
export type CitationStyle = 'zh' | 'en' | 'eid' | 'uri'

export const CITATION_STYLES: readonly CitationStyle[] = Object.freeze(['zh', 'en', 'eid', 'uri'])

/**
 * The Akoma Ntoso work URI of this regulation (`/akn/{country}/act/{date}/{name}`).
 * A provision's URI appends `/~{eId}`; the URI names the work, not one version,
 * so it stays valid across amendments.
 */
export const WORK_URI = '/akn/cn-jl/act/2024-11-04/jilin-counter-espionage'

const zh = numeralText

/** `第三十八条第一款第（三）项`, `Article 38(1)(3)`, the eId, or the URI. */
export function citationText(parts: EIdParts, eId: string, style: CitationStyle): string {
  switch (style) {
    case 'eid':
      return eId
    case 'uri':
      return `${WORK_URI}/~${eId}`
    case 'en':
      switch (parts.kind) {
        case 'chapter':
          return `Chapter ${parts.chapter}`
        case 'article':
          return `Article ${parts.article}`
        case 'paragraph':
          return `Article ${parts.article}(${parts.paragraph})`
        case 'item':
          return `Article ${parts.article}(${parts.paragraph})(${parts.item})`
      }
      break
    case 'zh':
      switch (parts.kind) {
        case 'chapter':
          return `第${zh(parts.chapter)}章`
        case 'article':
          return `第${zh(parts.article)}条`
        case 'paragraph':
          return `第${zh(parts.article)}条第${zh(parts.paragraph)}款`
        case 'item':
          return `第${zh(parts.article)}条第${zh(parts.paragraph)}款第（${zh(parts.item)}）项`
      }
  }
  return eId
}
