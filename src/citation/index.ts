/** `jilin-counter-espionage/citation`: parse, find, resolve, validate and format citations. */
export {
  type ExtractedCitation,
  type ExtractOptions,
  extractCitations,
  formatCitation,
  type ParseCitationResult,
  parseCitation,
  type ReferenceCheck,
  resolveCitation,
  validateReference,
} from './api.js'
export { CITATION_STYLES, type CitationStyle, WORK_URI } from './format.js'
export { findInstrument, knownInstruments } from './instruments.js'
export {
  type ExternalResolution,
  type InternalResolution,
  type Outline,
  type OutlineArticle,
  type OutlineChapter,
  type OutlineItem,
  type OutlineNode,
  type OutlineParagraph,
  type Resolution,
  type ResolveError,
  type ResolveErrorCode,
  type ResolveOptions,
  resolveIn,
} from './resolve.js'
export type { Address, Anchor, Citation, Instrument, KnownInstrument, Level, Reference } from './types.js'
