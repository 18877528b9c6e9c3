/**
 * `jilin-counter-espionage/annotations`: the unofficial English translation
 * of every provision, article captions and the glossary that fixes one
 * English rendering per term; the actors the regulation names and the norm
 * every sentence states.
 *
 * @packageDocumentation
 */
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
  captionOf,
  glossary,
  TRANSLATION_NOTE,
  type TranslationResult,
  translationOf,
} from '../annotations/translation.js'
export type {
  Actor,
  ActorKind,
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
  Translation,
} from '../annotations/types.js'
export type { Failure, Result } from '../model/result.js'
