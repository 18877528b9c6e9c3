/**
 * The minimal access API: by article number, by eId, and a walk in document
 * order. Lookups answer with a result, never `undefined` and never a throw.
 */

import type { ArticleEId, ArticleNumber, ChapterEId, EId, ItemEId, ParagraphEId } from '../generated/addresses.js'
import { eIdParts } from '../model/eid.js'
import { unreadableTypeError } from '../model/guard.js'
import { type Failure, failure, type Result } from '../model/result.js'
import type { Article, Chapter, Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { childNodes } from '../model/tree.js'
import { describeValue } from '../model/value.js'
import { noArticle, noChapter, noItem, noParagraph, type Reason } from './reasons.js'
import { regulation } from './regulation.js'

/** A lookup that found its node. */
export type Found<T> = { readonly ok: true; readonly node: T }

/** The answer of a lookup: `{ ok: true, node }`, or a {@link Failure} with the reason and, where there is one, a suggestion. */
export type Lookup<T> = Result<{ node: T }>

/** The node type an eId names. */
export type ProvisionOf<E extends string> = E extends ItemEId
  ? Item
  : E extends ParagraphEId
    ? Paragraph
    : E extends ArticleEId
      ? Article
      : E extends ChapterEId
        ? Chapter
        : Provision

interface Index {
  readonly byEId: ReadonlyMap<string, Provision>
  readonly articles: readonly Article[]
  readonly order: readonly Provision[]
  /** Each provision's position in `order`. */
  readonly position: ReadonlyMap<Provision, number>
  /** Each provision's parent: the regulation for a chapter. */
  readonly parent: ReadonlyMap<Provision, Provision | Regulation>
  /** Each provision's chapter (a chapter's is itself). */
  readonly chapter: ReadonlyMap<Provision, Chapter>
}

let index: Index | undefined

/** The one index of the tree, built on first use (for the package's own modules). */
export function getIndex(): Index {
  if (index) return index
  const byEId = new Map<string, Provision>()
  const order: Provision[] = []
  const articles: Article[] = []
  const position = new Map<Provision, number>()
  const parent = new Map<Provision, Provision | Regulation>()
  const chapterOf = new Map<Provision, Chapter>()
  for (const chapter of regulation.chapters) {
    const add = (node: Provision, up: Provision | Regulation): void => {
      byEId.set(node.eId, node)
      position.set(node, order.length)
      parent.set(node, up)
      chapterOf.set(node, chapter)
      order.push(node)
    }
    add(chapter, regulation)
    for (const article of chapter.articles) {
      add(article, chapter)
      articles.push(article)
      for (const paragraph of article.paragraphs) {
        add(paragraph, article)
        for (const item of paragraph.items) add(item, paragraph)
      }
    }
  }
  index = { byEId, articles, order, position, parent, chapter: chapterOf }
  return index
}

/**
 * Every provision under `root` (default: the whole regulation) in document
 * order: each chapter, then its articles, each article's paragraphs, each
 * paragraph's items. `root` itself is not yielded.
 *
 * @throws {TypeError} when `root` is neither `undefined`, the regulation nor
 *   one of its provisions (an unchanged copy is read as the provision).
 */
export function walk(root?: Provision | Regulation): Generator<Provision, void, undefined> {
  try {
    if (root === undefined || root === regulation) return walkAll()
    const own = getIndex().position.has(root as Provision)
      ? (root as Provision)
      : root !== null && typeof root === 'object' && typeof (root as { eId?: unknown }).eId === 'string'
        ? getIndex().byEId.get((root as Provision).eId)
        : undefined
    if (own === undefined || own.type !== (root as Provision).type) {
      throw new TypeError(`Unexpected ${describeValue(root)}, expected the regulation or one of its provisions`)
    }
    return walkUnder(own)
  } catch (error) {
    throw unreadableTypeError(error, { root })
  }
}

function* walkAll(): Generator<Provision, void, undefined> {
  yield* getIndex().order
}

function* walkUnder(root: Provision): Generator<Provision, void, undefined> {
  for (const child of childNodes(root)) {
    yield child
    yield* walkUnder(child)
  }
}

const found = <T>(node: T): Found<T> => ({ ok: true, node })
const notFound = ({ reason, suggestion }: Reason): Failure =>
  failure('not-found', reason, suggestion === undefined ? {} : { suggestion })

/** Who has the provisions, in the words every layer uses. */
const WHOSE = 'the regulation'

/** Look an article up by number (1–42). */
export function getArticle(number: ArticleNumber): Found<Article>
export function getArticle(number: number): Lookup<Article>
export function getArticle(number: number): Lookup<Article> {
  const { articles } = getIndex()
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return failure(
      'invalid',
      `Unexpected ${describeValue(number)}, expected an article number from 1 to ${articles.length}`,
    )
  }
  const article = articles[number - 1]
  return article ? found(article) : notFound(noArticle(number, undefined, articles.length, WHOSE))
}

/** Look any provision up by its eId, such as `art_15__para_2`. */
export function getNode<E extends EId>(eId: E): Found<ProvisionOf<E>>
export function getNode(eId: string): Lookup<Provision>
export function getNode(eId: string): Lookup<Provision> {
  const { byEId, articles } = getIndex()
  if (typeof eId !== 'string') {
    return failure('invalid', `Unexpected ${describeValue(eId)}, expected an eId string such as \`art_15__para_2\``)
  }
  const node = byEId.get(eId)
  if (node) return found(node)
  const parts = eIdParts(eId)
  if (!parts) {
    return failure(
      'syntax',
      `Unexpected eId ${describeValue(eId, 60)}, expected the form \`chp_2\`, \`art_15\`, \`art_15__para_2\` or \`art_38__para_1__list_1__item_3\``,
    )
  }
  if (parts.kind === 'chapter') return notFound(noChapter(parts.chapter, regulation.chapters.length, WHOSE))
  const article = articles[parts.article - 1]
  if (!article) return notFound(noArticle(parts.article, undefined, articles.length, WHOSE))
  const paragraphNumber = parts.kind === 'article' ? 1 : parts.paragraph
  const paragraph = article.paragraphs[paragraphNumber - 1]
  if (!paragraph) return notFound(noParagraph(article.number, undefined, paragraphNumber, article.paragraphs.length))
  const item = (parts as { item: number }).item
  const holders = article.paragraphs.filter((p) => p.items.length >= item)
  return notFound(
    noItem(
      article.number,
      undefined,
      paragraph.number,
      item,
      paragraph.items.length,
      holders.length === 1 ? holders[0]?.number : undefined,
    ),
  )
}
