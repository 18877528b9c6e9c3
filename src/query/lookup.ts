/**
 * Lookup by any address a reader uses: article number, Chinese heading,
 * eId, citation (Chinese, English, URI), chapter; and paragraph and item by
 * their numbers. Every miss says why.
 */
import { getArticle, getNode, type Lookup } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { validateReference } from '../citation/api.js'
import type { ResolveOptions } from '../citation/resolve.js'
import type { Chapter, Item, Paragraph, Provision } from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { notFound } from './node.js'

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Chapter 1 to 5. */
export function getChapter(number: number): Lookup<Chapter> {
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return notFound(
      'invalid',
      `Unexpected ${describeValue(number)}, expected a chapter number from 1 to ${regulation.chapters.length}`,
    )
  }
  const chapter = regulation.chapters[number - 1]
  return chapter
    ? { ok: true, node: chapter }
    : notFound('not-found', `No chapter ${number}: the regulation has ${regulation.chapters.length} chapters`)
}

/** Paragraph `paragraph` of article `article` (both counted from 1). */
export function getParagraph(article: number, paragraph: number): Lookup<Paragraph> {
  const found = getArticle(article)
  if (!found.ok) return found
  if (typeof paragraph !== 'number' || !Number.isInteger(paragraph)) {
    return notFound(
      'invalid',
      `Unexpected ${describeValue(paragraph)}, expected a paragraph number of Article ${article}`,
    )
  }
  const node = found.node.paragraphs[paragraph - 1]
  return node
    ? { ok: true, node }
    : notFound(
        'not-found',
        `No paragraph ${paragraph} in Article ${article}: it has ${plural(found.node.paragraphs.length, 'paragraph')}`,
      )
}

/** Item `item` of paragraph `paragraph` of article `article`. */
export function getItem(article: number, paragraph: number, item: number): Lookup<Item> {
  const found = getParagraph(article, paragraph)
  if (!found.ok) return found
  if (typeof item !== 'number' || !Number.isInteger(item)) {
    return notFound('invalid', `Unexpected ${describeValue(item)}, expected an item number`)
  }
  const node = found.node.items[item - 1]
  if (node) return { ok: true, node }
  return notFound(
    'not-found',
    found.node.items.length === 0
      ? `No item ${item} in Article ${article} paragraph ${paragraph}: it has no items`
      : `No item ${item} in Article ${article} paragraph ${paragraph}: it has ${plural(found.node.items.length, 'item')}`,
  )
}

/**
 * One provision by any address: an article number (`15`), an eId
 * (`art_15__para_2`), a Chinese heading or citation (`第十五条`,
 * `第十五条第二款`, `第二章`), an English citation (`Article 15(2)`) or a URI.
 * Relative forms (`前款`) resolve against `options.context`. An address that
 * names more than one provision (`第十五条至第十八条`) is not one provision,
 * and says so.
 */
export function lookup(address: number | string, options?: ResolveOptions | null): Lookup<Provision> {
  if (typeof address === 'number') return getArticle(address)
  if (typeof address !== 'string') {
    return notFound('invalid', `Unexpected ${describeValue(address)}, expected an article number, an eId or a citation`)
  }
  const byEId = getNode(address.trim())
  if (byEId.ok) return byEId
  const checked = validateReference(address, options)
  if (!checked.ok)
    return notFound(
      checked.code === 'syntax' || checked.code === 'invalid-context' ? 'invalid' : 'not-found',
      checked.reason,
    )
  if (checked.scope === 'external') {
    return notFound(
      'not-found',
      `\`${address.trim()}\` cites ${checked.title ? `《${checked.title}》` : 'another instrument'}, not this regulation`,
    )
  }
  if (checked.whole || checked.nodes.length !== 1) {
    return notFound(
      'invalid',
      `\`${address.trim()}\` names ${checked.whole ? 'the whole regulation' : `${checked.nodes.length} provisions`}, expected one provision`,
    )
  }
  return { ok: true, node: checked.nodes[0] as Provision }
}
