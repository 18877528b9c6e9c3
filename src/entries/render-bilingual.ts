/**
 * `jilin-counter-espionage/render/bilingual`: the official Chinese and the
 * unofficial English together, as HTML side by side (annotations as classes
 * and data attributes, citations as links), Markdown or plain text.
 *
 * @packageDocumentation
 */
export type { BilingualHtmlOptions } from '../bilingual/html.js'
export {
  type AnnotatedAknOptions,
  type BilingualFormat,
  type BilingualOptions,
  type BilingualResult,
  renderAnnotatedAkn,
  renderBilingual,
} from '../bilingual/render.js'
export type { Failure, Result } from '../model/result.js'
