/**
 * `jilin-counter-espionage/annotations`: the unofficial English translation
 * of every provision, article captions and the glossary that fixes one
 * English rendering per term; the actors the regulation names and the norm
 * every sentence states.
 *
 * @packageDocumentation
 */

export {
  type BilingualHit,
  type BilingualSearchOptions,
  type BilingualSearchResult,
  normalizeEnglish,
  search,
  searchBilingual,
} from '../annotations/bilingual-search.js'
export {
  articlesAbout,
  editorialNotes,
  type FigureInNorm,
  figuresOf,
  timeLimits,
  topics,
  topicsOf,
} from '../annotations/figures.js'
export { type AnnotationFilter, annotatedProvisions } from '../annotations/filter.js'
export {
  actors,
  actorsOf,
  mentionsOf,
  type NormFilter,
  normsOf,
  provisionsAddressing,
} from '../annotations/reading.js'
export { referencesFrom, referencesTo } from '../annotations/references.js'
export {
  CAPTION_NOTE,
  captionOf,
  glossary,
  TRANSLATION_NOTE,
  type TranslationResult,
  translationOf,
} from '../annotations/translation.js'
export type {
  Actor,
  ActorKind,
  Figure,
  GlossaryTerm,
  Mention,
  Norm,
  NormKind,
  NotModal,
  StatementAspect,
  StoredReference,
  Target,
  TermKind,
  TextPositionSelector,
  TextQuoteSelector,
  Topic,
  Translation,
} from '../annotations/types.js'
export { NORM_KINDS, STATEMENT_ASPECTS } from '../annotations/types.js'
export {
  WEB_ANNOTATION_CONTEXT,
  type WebAnnotation,
  type WebAnnotationBody,
  type WebAnnotationCollection,
  type WebAnnotationOptions,
  webAnnotations,
} from '../annotations/web.js'
export type { Failure, Result } from '../model/result.js'
