/**
 * The notation a reference is written in (Chinese, English, an eId, a URI),
 * and a citation of provisions written in it: the suggestion for a reference
 * is written the way the reference was, so it can take its place.
 */
import type { Address } from '../../model/address.js'
import { WORK_URI } from '../../model/constants.js'
import { addressText } from '../../numeral/index.js'
import { citationText } from '../api/citation-text.js'

/** How a reference is written: `zh` (`第十五条`, `本规定第十五条`, `《…》第十五条`), `en`, `eid` or `uri`. */
export type Notation = 'zh' | 'en' | 'eid' | 'uri'

/** Where this regulation's eIds start in its URIs. */
export const URI_PREFIX = `${WORK_URI}/~`

/** A word then a number, as an eId starts (`art_15`, `ART_15`, `chp_2`). */
const EID_START = /^(?:chp|art)_?\d/i

/** The notation of a reference's text. */
export function notationOf(text: string): Notation {
  if (text.startsWith(URI_PREFIX)) return 'uri'
  if (EID_START.test(text)) return 'eid'
  const code = text.charCodeAt(0)
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'en' : 'zh'
}

/**
 * One element of a citation to write: an address or a range of addresses as
 * the text names them (for Chinese), and the eIds of its first and last
 * provision (for the other notations).
 */
export interface Element {
  readonly from: Address
  readonly to?: Address | undefined
  readonly first: string
  readonly last: string
}

/** The levels an address names, from the largest, as the Chinese elides them after 、 and 至. */
const FIELDS = ['part', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'] as const

/** `address` written after `before` in a list or range: without the levels they share (`第十五条第二款、第三款`). */
function elided(before: Address | undefined, address: Address): string {
  if (before === undefined) return addressText(address)
  let shared = 0
  while (shared < FIELDS.length) {
    const field = FIELDS[shared] as (typeof FIELDS)[number]
    if (address[field] !== before[field] || (field === 'article' && address.suffix !== before.suffix)) break
    shared++
  }
  const rest: Record<string, number | undefined> = {}
  let named = false
  for (const field of FIELDS.slice(shared)) {
    rest[field] = address[field]
    if (address[field] !== undefined) named = true
  }
  if (shared <= FIELDS.indexOf('article')) rest.suffix = address.suffix
  return named ? addressText(rest) : addressText(address)
}

/** The elements in Chinese: 、 between them, 至 in a range, levels shared with the one before written once when `elide`. */
function chinese(elements: readonly Element[], elide: boolean): string {
  let text = ''
  let before: Address | undefined
  for (const element of elements) {
    if (text !== '') text += '、'
    text += elide ? elided(before, element.from) : addressText(element.from)
    if (element.to !== undefined) text += `至${elide ? elided(element.from, element.to) : addressText(element.to)}`
    before = element.to ?? element.from
  }
  return text
}

/** `Article 15(2)` → `Article` and `15(2)`. */
function split(eId: string): [string, string] {
  const text = citationText(eId, 'en')
  const space = text.indexOf(' ')
  return [text.slice(0, space), text.slice(space + 1)]
}

/** The elements in the package's English style: `Article 15(3)`, `Articles 10 and 34`, `Articles 40 to 42`. */
function english(elements: readonly Element[]): string {
  const plural =
    elements.length > 1 ||
    elements.some(
      (element) => element.to !== undefined && element.from.level !== 'paragraph' && element.from.level !== 'item',
    )
  const parts: string[] = []
  let word = ''
  for (const [index, element] of elements.entries()) {
    const [first, number] = split(element.first)
    // The word is written again only where it changes (`Chapter 5 and Article 3`).
    const lead = first === word ? number : `${first}${index === 0 && plural ? 's' : ''} ${number}`
    word = first
    parts.push(element.to === undefined ? lead : `${lead} to ${split(element.last)[1]}`)
  }
  if (parts.length < 2) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/**
 * The elements written in `notation`, each way it may be written, the
 * preferred first (Chinese with shared levels written once, then in full);
 * an eId or URI names one provision only, so several elements have none.
 */
export function writings(elements: readonly Element[], notation: Notation): string[] {
  if (elements.length === 0) return []
  switch (notation) {
    case 'zh':
      return [chinese(elements, true), chinese(elements, false)]
    case 'en':
      return [english(elements)]
    default: {
      const [only] = elements
      if (elements.length > 1 || only === undefined || only.first !== only.last) return []
      return [notation === 'uri' ? `${URI_PREFIX}${only.first}` : only.first]
    }
  }
}
