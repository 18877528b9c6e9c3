/**
 * A written address made whole from what the citation stands in: the
 * context eId read as an address (`contextAddress`, inserted articles of
 * statutes too), and the article, paragraph, chapter or part a relative
 * address leaves out taken from it (`complete`: 第二款, 第三节, 第一章 in a
 * statute whose chapter numbers restart in each part, 本项第１目).
 */
import { type Address, eIdToAddress } from '../../model/address.js'
import { describeValue } from '../../model/value.js'
import { addressText } from '../../numeral/index.js'
import { Fail, fail } from './fail.js'
import { lookup, lookupArticle, partOf } from './locate.js'
import type { DocumentIndex } from './outline.js'

/** An eId inside an inserted article of the statute model (`art_133_1__para_2`: 第一百三十三条之一第二款). */
const INSERTED = /^art_([1-9]\d{0,5})_([1-9]\d{0,5})(?:__para_([1-9]\d{0,5})(?:__list_1__item_([1-9]\d{0,5}))?)?$/

function insertedAddress(eId: string): Address | undefined {
  const match = INSERTED.exec(eId)
  if (!match) return undefined
  const [, article, suffix, paragraph, item] = match
  const level = item ? 'item' : paragraph ? 'paragraph' : 'article'
  return {
    level,
    article: Number(article),
    suffix: Number(suffix),
    ...(paragraph ? { paragraph: Number(paragraph) } : {}),
    ...(item ? { item: Number(item) } : {}),
  } as Address
}

/** A sub-item's eId in the statute model (`…__list_1__item_2__list_1__point_1`): its item's eId, and its number. */
const POINT = /^(.+__item_[1-9]\d{0,5})__list_1__point_([1-9]\d{0,5})$/

/** The address an eId names: of this model, of an inserted article, or of a sub-item of either. */
function eIdAddress(eId: string): Address | undefined {
  const point = POINT.exec(eId)
  const item = point ? (point[1] as string) : eId
  const address = eIdToAddress(item) ?? insertedAddress(item)
  if (!point || address?.level !== 'item') return point ? undefined : address
  return { ...address, level: 'subitem', subitem: Number(point[2]) }
}

/** The context eId as an address, checked against the document. */
export function contextAddress(document: DocumentIndex, context: unknown): Address | undefined | Fail {
  if (context === undefined) return undefined
  const address = typeof context === 'string' ? eIdAddress(context) : undefined
  if (!address) {
    return fail(
      'invalid-context',
      `Unexpected context ${describeValue(context, 60)}, expected an eId such as \`art_29__para_2\` or \`art_133_1__para_2\``,
    )
  }
  const found = lookup(document, address)
  if (found instanceof Fail) return fail('invalid-context', `Unexpected context \`${context}\`: ${found.reason}`)
  return address
}

/** Fill what a relative address leaves out, from the anchor or the context. */
export function complete(
  document: DocumentIndex,
  address: Address,
  base: Address | undefined,
  context: () => Address | undefined | Fail,
): Address | Fail {
  // 本项第１目, a bare 第１目: a sub-item of the item the anchor or the context names.
  if (address.subitem !== undefined && address.item === undefined) {
    const given = base ?? context()
    if (given instanceof Fail) return given
    if (given?.item === undefined)
      return fail(
        'needs-context',
        `\`${addressText(address)}\` names a sub-item (目) without its item: write the item (第…项${addressText(address)}) or give a context inside an item`,
      )
    return {
      ...address,
      article: given.article as number,
      ...(given.suffix === undefined ? {} : { suffix: given.suffix }),
      ...(given.paragraph === undefined ? {} : { paragraph: given.paragraph }),
      item: given.item,
    }
  }
  if (address.part !== undefined) {
    if (document.parts.size === 0)
      return fail(
        'unsupported',
        `\`${addressText(address)}\` names a part (编), and ${document.whose} is not divided into parts`,
      )
    return address
  }
  // 第三章 in a statute whose chapter numbers restart in each part: the chapter of the part it stands in.
  if (document.parts.size > 0 && address.chapter !== undefined && address.article === undefined) {
    const given = base ?? context()
    if (given instanceof Fail) return given
    const located = given?.article === undefined ? undefined : lookupArticle(document, given)
    // 本编第三章: the part the anchor names; else the part of the article the citation stands in.
    const part = given?.part ?? (located === undefined || located instanceof Fail ? undefined : located.chapter.part)
    if (part !== undefined) return { ...address, part }
    const holders = [...document.parts.values()].filter((candidate) =>
      document.partChapters.has(`${candidate.number}:${address.chapter}`),
    )
    if (holders.length > 1)
      return fail(
        'ambiguous',
        `\`${addressText(address)}\` is ambiguous: parts ${holders.map((candidate) => candidate.number).join(', ')} each have a chapter ${address.chapter}; write the part (第…编${addressText(address)}) or give a context`,
      )
    if (holders.length === 1) return { ...address, part: (holders[0] as { number: number }).number }
  }
  if (address.section !== undefined && address.article === undefined) {
    if (!document.hasSections)
      return fail(
        'unsupported',
        `\`${addressText(address)}\` names a section (节), and ${document.whose} is not divided into sections`,
      )
    // 第二章第三节 (in a statute with parts, the part comes from the context below).
    if (address.chapter !== undefined && document.parts.size === 0) return address
  }
  if (address.section !== undefined && address.article === undefined && address.chapter === undefined) {
    // 第三节: a section of the chapter the citation stands in.
    const given = base ?? context()
    if (given instanceof Fail) return given
    // 本章第一节: the chapter the anchor names, with its part where chapter numbers restart in each part.
    if (given?.chapter !== undefined)
      return { ...address, chapter: given.chapter, ...(given.part === undefined ? {} : { part: given.part }) }
    if (given?.article === undefined)
      return fail(
        'needs-context',
        `\`${addressText(address)}\` names a section without its chapter: write it (第…章${addressText(address)}) or give a context`,
      )
    const located = lookupArticle(document, given)
    if (located instanceof Fail) return located
    return { ...address, chapter: located.chapter.number, ...partOf(located) }
  }
  if (address.chapter !== undefined || address.article !== undefined) return address
  const given = base ?? context()
  if (given instanceof Fail) return given
  const parent = given
  const written = addressText(address)
  if (address.level === 'paragraph') {
    if (parent?.article === undefined) {
      return fail(
        'needs-context',
        `\`${written}\` names a paragraph without its article: write the article (第…条${written}) or give a context`,
      )
    }
    return { ...address, article: parent.article, ...(parent.suffix === undefined ? {} : { suffix: parent.suffix }) }
  }
  // An item.
  if (parent?.article === undefined) {
    return fail(
      'needs-context',
      `\`${written}\` names an item without its article and paragraph: write them (第…条第…款${written}) or give a context`,
    )
  }
  const withArticle = {
    ...address,
    article: parent.article,
    ...(parent.suffix === undefined ? {} : { suffix: parent.suffix }),
  }
  // `第一款第二项` keeps its own paragraph; a bare `第二项` takes the context's.
  return parent.paragraph === undefined || address.paragraph !== undefined
    ? withArticle
    : { ...withArticle, paragraph: parent.paragraph }
}
