/**
 * `jilin-counter-espionage/citation`: parse, find, resolve, validate and
 * format citations of this regulation (and resolve them in other documents'
 * outlines).
 *
 * @packageDocumentation
 */

export {
  formatCitation,
  type ParseCitationResult,
  parseCitation,
  type ReferenceCheck,
  resolveCitation,
  validateReference,
} from '../citation/api/citation-api.js'
export { CITATION_STYLES, type CitationStyle } from '../citation/api/citation-text.js'
export type { OtherInstrument } from '../citation/check/instrument-names.js'
export { checkDocument, checkText } from '../citation/check/text-check.js'
export type { ReferenceForm } from '../citation/check/text-forms.js'
export {
  type CheckTextOptions,
  type DocumentCheck,
  REFERENCE_FORMS,
  referenceMessage,
  type SkippedReference,
  type TextReference,
} from '../citation/check/text-reference.js'
export type { About } from '../citation/check/text-scope.js'
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
export {
  citations,
  type ExtractedCitation,
  type ExtractOptions,
  extractCitations,
} from '../citation/extract/extract.js'
export { streamCitations, type TextSource } from '../citation/extract/stream.js'
export { findInstrument, knownInstruments } from '../citation/grammar/instruments.js'
export type {
  Outline,
  OutlineArticle,
  OutlineChapter,
  OutlineItem,
  OutlineNode,
  OutlineParagraph,
  OutlinePart,
  OutlineSection,
} from '../citation/resolve/outline.js'
export type {
  DocumentResolution,
  ExternalResolution,
  InternalResolution,
  Resolution,
  ResolveOptions,
} from '../citation/resolve/resolution.js'
export { resolveIn } from '../citation/resolve/resolve.js'
export { MAX_ALIASES } from '../citation/scan/aliases.js'
export { type StatuteCitation, statuteCitations } from '../citation/statute/statute-citations.js'
export {
  type StatuteArticleLike,
  type StatuteChapterLike,
  type StatuteLike,
  type StatutePartLike,
  statuteOutline,
} from '../citation/statute/statute-outline.js'
export type { Address, Level } from '../model/address.js'
export { WORK_URI } from '../model/constants.js'
export type { ErrorCode, Failure, Result } from '../model/result.js'
