/**
 * The eIds (`art_15__para_2`) and Akoma Ntoso URIs of this regulation in a
 * text, each validated: references `checkText` finds without the scanner.
 */
import { WORK_URI } from '../../model/constants.js'
import { isEId } from '../../model/eid.js'
import { type Failure, failure } from '../../model/result.js'
import { type ReferenceCheck, validateReference } from '../api/citation-api.js'
import type { ScanStats } from '../scan/reader.js'
import { escapeRegExp } from '../scan/reader.js'
import type { SkippedReference, TextReference } from './text-reference.js'

/** The longest eId (`art_38__para_1__list_1__item_3` is 31): a longer run of word characters is not one. */
const MAX_EID = 64
const URI_PREFIX = `${WORK_URI}/~`
/** eIds and URIs: a word starting `art_` or `chp_` and a digit, or this regulation's work URI. */
const IDENTIFIER = /* @__PURE__ */ (() =>
  new RegExp(`(?<![\\w/~])(?:chp|art)_[0-9][\\w]*|${escapeRegExp(URI_PREFIX)}[\\w]*`, 'g'))()

/** eIds and URIs of this regulation in `text`, each validated, added to `out`. */
export function identifiers(
  text: string,
  out: TextReference[],
  stats: ScanStats,
  elsewhere: (reference: Omit<SkippedReference, 'instrument'>) => boolean,
): void {
  if (!text.includes('art_') && !text.includes('chp_') && !text.includes(URI_PREFIX)) return
  IDENTIFIER.lastIndex = 0
  for (let match = IDENTIFIER.exec(text); match !== null; match = IDENTIFIER.exec(text)) {
    const value = match[0]
    stats.steps += 2 * value.length
    const uri = value.startsWith(URI_PREFIX)
    const eId = uri ? value.slice(URI_PREFIX.length) : value
    if (!uri && eId.length > MAX_EID) continue
    const end = match.index + value.length
    if (!uri && elsewhere({ start: match.index, end, text: value, form: 'eid' })) continue
    const result: ReferenceCheck =
      uri || isEId(eId)
        ? validateReference(value)
        : (failure('syntax', `Unexpected eId \`${eId.slice(0, MAX_EID)}\`, expected one such as \`art_15__para_2\``, {
            index: match.index,
          }) as Failure)
    out.push({ start: match.index, end, text: value, form: uri ? 'uri' : 'eid', result })
  }
}
