/**
 * `jilin-counter-espionage/annotations`: the unofficial English translation
 * of every provision, article captions and the glossary that fixes one
 * English rendering per term.
 *
 * @packageDocumentation
 */

export {
  captionOf,
  glossary,
  TRANSLATION_NOTE,
  type TranslationResult,
  translationOf,
} from '../annotations/translation.js'
export type { GlossaryTerm, TermKind, Translation } from '../annotations/types.js'
export type { Failure, Result } from '../model/result.js'
