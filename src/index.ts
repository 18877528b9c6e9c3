/**
 * 吉林省反间谍工作规定 as data.
 *
 * This entry holds the regulation parsed and validated at build time, a
 * small access API and the compile-time-checked references. It loads neither
 * unified nor zod. The citation layer is at `jilin-counter-espionage/citation`,
 * lookup, navigation and search at `…/query`, renderers at `…/render`, the
 * Markdown parser at `…/parse` and the zod schemas at `…/schema`.
 */
export { type Found, getArticle, getNode, type Lookup, type NotFound, type ProvisionOf, walk } from './access/lookup.js'
export { regulation } from './access/regulation.js'
export type {
  Address,
  Anchor,
  Citation,
  CitationStyle,
  ExternalResolution,
  Instrument,
  InternalResolution,
  KnownInstrument,
  Level,
  Outline,
  Reference,
  ReferenceCheck,
  Resolution,
  ResolveError,
  ResolveErrorCode,
} from './citation/index.js'
export { cite, provision } from './citation/typed.js'
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
export type {
  InForce,
  NodeRef,
  ProvisionFilter,
  SearchHit,
  SearchMatch,
  SearchOptions,
  SearchResult,
  TextOptions,
} from './query/index.js'
