/**
 * `jilin-counter-espionage/render/html`: the html renderer alone.
 *
 * @packageDocumentation
 */
export type { Renderable, RenderResult } from '../render/common.js'
export { type HtmlOptions, renderHtml, toHast } from '../render/html.js'
