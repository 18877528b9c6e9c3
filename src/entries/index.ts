/**
 * `jilin-counter-espionage`: 吉林省反间谍工作规定 as data.
 *
 * The regulation parsed and validated at build time, lookups, the check that
 * a tree is the official text, the compile-time-checked references, and
 * every type. It loads neither unified nor zod. Citations are at
 * `…/citation`, lookup, navigation and search at `…/query`, renderers at
 * `…/render`, the Markdown parser at `…/parse` and the zod schemas at
 * `…/schema`.
 *
 * @packageDocumentation
 */
export { type Found, getArticle, getNode, type Lookup, type ProvisionOf, walk } from '../access/lookup.js'
export { regulation } from '../access/regulation.js'
export { verifyOfficial } from '../access/verify.js'
export type { ParseCitationResult, ReferenceCheck } from '../citation/api/citation-api.js'
export type { CitationStyle } from '../citation/api/citation-text.js'
export { cite, provision } from '../citation/api/typed.js'
export type {
  Anchor,
  Citation,
  DocumentKind,
  Instrument,
  InstrumentKind,
  KnownInstrument,
  Reference,
  TitleKind,
} from '../citation/citation-types.js'
export type { ExtractedCitation, ExtractOptions } from '../citation/extract/extract.js'
export type {
  Outline,
  OutlineArticle,
  OutlineChapter,
  OutlineItem,
  OutlineNode,
  OutlineParagraph,
} from '../citation/resolve/outline.js'
export type {
  DocumentResolution,
  ExternalResolution,
  InternalResolution,
  Resolution,
  ResolveOptions,
} from '../citation/resolve/resolution.js'
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
} from '../generated/addresses.js'
export type { Address, Level } from '../model/address.js'
export type { ProvisionKind } from '../model/eid.js'
export { ERROR_CODES, type ErrorCode, type Failure, type Result } from '../model/result.js'
export type { Article, Chapter, Item, Metadata, Paragraph, Provision, Regulation, Sic } from '../model/schema.js'
export type { ProvisionFilter } from '../query/filter.js'
export type { StepOptions, TextOptions } from '../query/navigate.js'
export type { NodeList, NodeRef } from '../query/node.js'
export type { SearchHit, SearchMatch, SearchOptions, SearchResult } from '../query/search.js'
export type { InForce } from '../query/time.js'
export type { Renderable, RenderResult } from '../render/common.js'
