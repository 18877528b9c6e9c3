/**
 * Citation text for a provision of this model, in four styles, from its eId
 * alone (no data): the generator uses it to write the literal citation
 * types, `formatCitation` to answer. Chinese goes through the one address
 * writer, `addressText`.
 */
import { eIdToAddress } from '../../model/address.js'
import { WORK_URI } from '../../model/constants.js'
import { addressText } from '../../numeral/index.js'

/** The styles `formatCitation` writes. */
export type CitationStyle = 'zh' | 'en' | 'eid' | 'uri'

/** Every {@link CitationStyle}. */
export const CITATION_STYLES: readonly CitationStyle[] = /* @__PURE__ */ Object.freeze(['zh', 'en', 'eid', 'uri'])

/**
 * `第三十八条第一款第（三）项`, `Article 38(1)(3)`, the eId, or the URI, for a
 * well-formed eId of this model (anything else is answered with the eId).
 */
export function citationText(eId: string, style: CitationStyle): string {
  const address = eIdToAddress(eId)
  if (!address) return eId
  switch (style) {
    case 'zh':
      return addressText(address)
    case 'en':
      if (address.level === 'chapter') return `Chapter ${address.chapter}`
      return `Article ${address.article}${address.paragraph === undefined ? '' : `(${address.paragraph})`}${address.item === undefined ? '' : `(${address.item})`}`
    case 'uri':
      return `${WORK_URI}/~${eId}`
    default:
      return eId
  }
}
