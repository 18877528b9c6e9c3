/**
 * Lookup by any address a reader uses: article number, Chinese heading,
 * eId, citation (Chinese, English, URI), chapter; and paragraph and item by
 * their numbers. Every miss says why, in the same words as the access and
 * citation layers, with the closest valid reference when there is one.
 */
import { getArticle, getNode, type Lookup } from '../access/lookup.js'
import { noChapter } from '../access/reasons.js'
import { regulation } from '../access/regulation.js'
import { validateReference } from '../citation/api/citation-api.js'
import type { ResolveOptions } from '../citation/resolve/resolution.js'
import { itemEId, paragraphEId } from '../model/eid.js'
import { failure } from '../model/result.js'
import type { Chapter, Item, Paragraph, Provision } from '../model/schema.js'
import { describeValue } from '../model/value.js'

/** Chapter 1 to 5. */
export function getChapter(number: number): Lookup<Chapter> {
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return failure(
      'invalid',
      `Unexpected ${describeValue(number)}, expected a chapter number from 1 to ${regulation.chapters.length}`,
    )
  }
  const chapter = regulation.chapters[number - 1]
  if (chapter) return { ok: true, node: chapter }
  const { reason, suggestion } = noChapter(number, regulation.chapters.length, 'the regulation')
  return failure('not-found', reason, suggestion === undefined ? {} : { suggestion })
}

/** Paragraph `paragraph` of article `article` (both counted from 1). */
export function getParagraph(article: number, paragraph: number): Lookup<Paragraph> {
  const found = getArticle(article)
  if (!found.ok) return found
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph)) {
    return failure(
      'invalid',
      `Unexpected ${describeValue(paragraph)}, expected a paragraph number of Article ${article}`,
    )
  }
  if (paragraph < 1) return failure('not-found', `No paragraph ${paragraph}: paragraphs are numbered from 1`)
  return getNode(paragraphEId(article, paragraph)) as Lookup<Paragraph>
}

/** Item `item` of paragraph `paragraph` of article `article`. */
export function getItem(article: number, paragraph: number, item: number): Lookup<Item> {
  const found = getParagraph(article, paragraph)
  if (!found.ok) return found
  if (typeof item !== 'number' || !Number.isInteger(item)) {
    return failure('invalid', `Unexpected ${describeValue(item)}, expected an item number`)
  }
  if (item < 1) return failure('not-found', `No item ${item}: items are numbered from 1`)
  return getNode(itemEId(article, paragraph, item)) as Lookup<Item>
}

/**
 * One provision by any address: an article number (`15`), an eId
 * (`art_15__para_2`), a Chinese heading or citation (`第十五条`,
 * `第十五条第二款`, `第二章`), an English citation (`Article 15(2)`) or a URI.
 * Relative forms (`前款`) resolve against `options.context`. An address that
 * names more than one provision (`第十五条至第十八条`) answers `not-single`,
 * one of another instrument `external`; a miss keeps the suggestion.
 *
 * @example
 * lookup('第十五条第四款') // { ok: false, code: 'not-found', suggestion: '第十五条第三款', reason: … }
 */
export function lookup(address: number | string, options?: ResolveOptions | null): Lookup<Provision> {
  if (typeof address === 'number') return getArticle(address)
  if (typeof address !== 'string') {
    return failure('invalid', `Unexpected ${describeValue(address)}, expected an article number, an eId or a citation`)
  }
  const byEId = getNode(address.trim())
  if (byEId.ok) return byEId
  const checked = validateReference(address, options)
  if (!checked.ok) return checked
  if (checked.scope === 'external') {
    return failure(
      'external',
      `\`${address.trim()}\` cites ${checked.title ? `《${checked.title}》` : 'another instrument'}, not this regulation`,
    )
  }
  if (checked.scope === 'document') {
    return failure(
      'external',
      `\`${address.trim()}\` names 《${checked.title}》 (${checked.kind}), a document that is not this regulation`,
    )
  }
  if (checked.whole || checked.nodes.length !== 1) {
    return failure(
      'not-single',
      `\`${address.trim()}\` names ${checked.whole ? 'the whole regulation' : `${checked.nodes.length} provisions`}, expected one provision`,
    )
  }
  return { ok: true, node: checked.nodes[0] as Provision }
}
