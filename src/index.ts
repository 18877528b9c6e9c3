/**
 * 吉林省反间谍工作规定 as data.
 *
 * This entry holds the regulation parsed and validated at build time and a
 * small access API. It loads neither unified nor zod: the Markdown parser is
 * at `jilin-counter-espionage/parse`, the schemas at `…/schema`.
 */
export { type Found, getArticle, getNode, type Lookup, type NotFound, type ProvisionOf, walk } from './access/lookup.js'
export { regulation } from './access/regulation.js'
export * from './citation/index.js'
export type {
  ArticleEId,
  ArticleNumber,
  CanonicalCitation,
  ChapterEId,
  ChapterNumber,
  Citations,
  EId,
  ItemEId,
  ParagraphEId,
  ParagraphNumbers,
} from './generated/addresses.js'
export type { Article, Chapter, Item, Metadata, Paragraph, Provision, Regulation, Sic } from './model/schema.js'
export * from './query/index.js'
