/**
 * `jilin-counter-espionage/render/text`: the text renderer alone.
 *
 * @packageDocumentation
 */
export type { Renderable, RenderResult } from '../render/common.js'
export { renderText, type TextOptions } from '../render/text.js'
