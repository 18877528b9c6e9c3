/**
 * The minimal access API: by article number, by eId, and a walk in document
 * order. Lookups answer with a result, never `undefined` and never a throw.
 */
import type { ArticleEId, ArticleNumber, ChapterEId, EId, ItemEId, ParagraphEId } from '../generated/addresses.js'
import { eIdParts } from '../model/eid.js'
import type { Article, Chapter, Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { regulation } from './regulation.js'

/** A provision that exists. */
export interface Found<T> {
  readonly ok: true
  readonly node: T
}

/** Why a lookup found nothing. */
export interface NotFound {
  readonly ok: false
  /** `invalid`: the input is not an address at all; `not-found`: a well-formed address of nothing. */
  readonly code: 'invalid' | 'not-found'
  /** A sentence a person can act on, for example `Article 15 has 3 paragraphs`. */
  readonly reason: string
}

export type Lookup<T> = Found<T> | NotFound

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

/** The provisions one level down: a chapter's articles, an article's paragraphs, a paragraph's items. */
export function childNodes(node: Provision): readonly Provision[] {
  switch (node.type) {
    case 'chapter':
      return node.articles
    case 'article':
      return node.paragraphs
    case 'paragraph':
      return node.items
    default:
      return []
  }
}

const found = <T>(node: T): Found<T> => ({ ok: true, node })
const notFound = (code: NotFound['code'], reason: string): NotFound => ({ ok: false, code, reason })

/** Look an article up by number (1–42). */
export function getArticle(number: ArticleNumber): Found<Article>
export function getArticle(number: number): Lookup<Article>
export function getArticle(number: number): Lookup<Article> {
  const { articles } = getIndex()
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return notFound(
      'invalid',
      `Unexpected ${describeValue(number)}, expected an article number from 1 to ${articles.length}`,
    )
  }
  const article = articles[number - 1]
  return article ? found(article) : notFound('not-found', missingArticle(number, articles.length))
}

/** Look any provision up by its eId, such as `art_15__para_2`. */
export function getNode<E extends EId>(eId: E): Found<ProvisionOf<E>>
export function getNode(eId: string): Lookup<Provision>
export function getNode(eId: string): Lookup<Provision> {
  const { byEId, articles } = getIndex()
  if (typeof eId !== 'string') {
    return notFound('invalid', `Unexpected ${describeValue(eId)}, expected an eId string such as \`art_15__para_2\``)
  }
  const node = byEId.get(eId)
  if (node) return found(node)
  const parts = eIdParts(eId)
  if (!parts) {
    return notFound(
      'invalid',
      `Unexpected eId \`${eId.slice(0, 60)}\`, expected the form \`chp_2\`, \`art_15\`, \`art_15__para_2\` or \`art_38__para_1__list_1__item_3\``,
    )
  }
  if (parts.kind === 'chapter') {
    return notFound(
      'not-found',
      `No chapter ${parts.chapter}: the regulation has chapters 1 to ${regulation.chapters.length}`,
    )
  }
  const article = articles[parts.article - 1]
  if (!article) return notFound('not-found', missingArticle(parts.article, articles.length))
  const paragraph = article.paragraphs[parts.kind === 'article' ? 0 : parts.paragraph - 1]
  if (!paragraph) {
    return notFound(
      'not-found',
      `No paragraph ${(parts as { paragraph: number }).paragraph} in Article ${article.number}: it has ${count(article.paragraphs.length, 'paragraph')}`,
    )
  }
  const itemNumber = (parts as { item: number }).item
  return notFound(
    'not-found',
    paragraph.items.length === 0
      ? `No item ${itemNumber} in Article ${article.number} paragraph ${paragraph.number}: it has no items`
      : `No item ${itemNumber} in Article ${article.number} paragraph ${paragraph.number}: it has ${count(paragraph.items.length, 'item')}`,
  )
}

function missingArticle(number: number, total: number): string {
  return number < 1
    ? `No article ${number}: articles are numbered from 1 to ${total}`
    : `No article ${number}: the regulation has ${total} articles`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
