/**
 * An amendment decision (`刑法修正案（十一）`) quotes new text of the law it
 * amends: `八、将刑法第一百六十条修改为：“……”` or `在刑法第三百四十一条中增加一款作为
 * 第三款：“……”`. Its relative forms (`前款`, `本条`, a bare `第一款`) are
 * relative to that article of the amended law, in the paragraph the quote
 * makes of it, not to the decision's own clause. This module finds, for each
 * unit of the decision, where in the amended law its quoted text stands, and
 * turns such a citation into one of the amended law with whole addresses.
 */
import { NUMERAL_RUN, parseChineseNumeral } from '../../numeral/index.js'
import type { Address, Citation, Reference } from '../citation-types.js'
import type { Unit } from './penalty.js'

/** Where a unit's quoted text stands in the amended law: the article, and the paragraph it is. */
export interface AmendedPlace {
  readonly article: number
  readonly suffix?: number | undefined
  readonly paragraph: number
  /** Where the quotation opens in the unit's text: citations before it are the decision's words. */
  readonly from: number
}

const ARTICLE = `第(${NUMERAL_RUN})条(?:之(${NUMERAL_RUN}))?`
/** `作为第一百七十七条之一：“`, `第一百六十条修改为：“`, `第一款修改为：“`, `中增加一款作为第三款：“`. */
const OPENS = /* @__PURE__ */ (() => [
  new RegExp(`作为${ARTICLE}[:：]“`),
  new RegExp(`${ARTICLE}(?:第(${NUMERAL_RUN})款)?修改为[:：]“`),
  new RegExp(`${ARTICLE}中增加一款[，,]?作为第(${NUMERAL_RUN})款[:：]“`),
])()
/** A quoted item (`“（一）…`): part of the paragraph before it. */
const QUOTED_ITEM = /* @__PURE__ */ (() => new RegExp(`^“[（(]${NUMERAL_RUN}[）)]`))()

const value = (numeral: string | undefined): number | undefined => {
  if (numeral === undefined) return undefined
  const parsed = parseChineseNumeral(numeral)
  return parsed.ok && parsed.value > 0 ? parsed.value : undefined
}

/** The place of the quotation `text` opens, if it opens one. */
function opens(text: string): AmendedPlace | undefined {
  for (const [index, pattern] of OPENS.entries()) {
    const match = pattern.exec(text)
    const article = value(match?.[1])
    if (!match || article === undefined) continue
    const paragraph = index === 0 ? 1 : (value(match[3]) ?? 1)
    return { article, suffix: value(match[2]), paragraph, from: match.index + match[0].length - 1 }
  }
  return undefined
}

/**
 * The place in the amended law of each unit of `units` (the decision's, in
 * document order) that holds quoted text of it: the unit that opens the
 * quotation, and each unit after it that begins `“` (a new paragraph of
 * the article, or an item of the paragraph before). One pass.
 */
export function amendedPlaces(units: readonly Unit[]): Map<Unit, AmendedPlace> {
  const places = new Map<Unit, AmendedPlace>()
  let open: AmendedPlace | undefined
  for (const unit of units) {
    const start = opens(unit.text)
    if (start) open = start
    else if (open && unit.text.startsWith('“'))
      open = { ...open, paragraph: open.paragraph + (QUOTED_ITEM.test(unit.text) ? 0 : 1), from: 0 }
    else open = undefined
    if (!open) continue
    places.set(unit, open)
    // A quotation closed in this unit: the units after it are the decision's words again.
    if (unit.text.lastIndexOf('”') > unit.text.lastIndexOf('“')) open = undefined
  }
  return places
}

/** An address of the amended law: `level` and the levels from the article down. */
function address(place: AmendedPlace, paragraph: number | undefined, item?: number): Address {
  const level = item !== undefined ? 'item' : paragraph !== undefined ? 'paragraph' : 'article'
  return {
    level,
    article: place.article,
    ...(place.suffix === undefined ? {} : { suffix: place.suffix }),
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  } as Address
}

/**
 * `citation` (a relative form in quoted text at `place`) as a citation of
 * `law` with whole addresses: `前款` in the third paragraph is the second,
 * `前两款` the first and second, `本条` the article, a bare `第一款` its first
 * paragraph, a bare `第二项` item 2 of its paragraph. Forms it cannot place
 * (`本章`, `本节`) stay with the law and their anchor. Undefined when the
 * citation is not relative or stands before the quotation.
 */
export function inAmendedLaw(citation: Citation, place: AmendedPlace, law: string): Citation | undefined {
  if (citation.start < place.from || citation.instrument.type !== 'self' || citation.instrument.title !== undefined)
    return undefined
  const { anchor } = citation
  let references: Reference[] | undefined
  if (anchor?.type === 'previous' && anchor.level === 'paragraph' && citation.references.length === 0) {
    const first = Math.max(1, place.paragraph - anchor.count)
    const from = address(place, first)
    references = [place.paragraph - 1 > first ? { from, to: address(place, place.paragraph - 1) } : { from }]
  } else if (anchor?.type === 'this' && anchor.level === 'article' && citation.references.length === 0)
    references = [{ from: address(place, undefined) }]
  else if (anchor === undefined && citation.references.length > 0) {
    const relative = citation.references.every((reference) => reference.from.article === undefined)
    if (!relative) return undefined
    references = citation.references.map(({ from, to }) => {
      const move = (at: Address): Address =>
        at.level === 'paragraph'
          ? address(place, at.paragraph)
          : address(place, at.paragraph ?? place.paragraph, at.item)
      return to === undefined ? { from: move(from) } : { from: move(from), to: move(to) }
    })
  }
  const instrument = { type: 'external' as const, title: law }
  if (references === undefined) return anchor ? { ...citation, instrument } : undefined
  return { ...citation, instrument, anchor: undefined, references }
}
