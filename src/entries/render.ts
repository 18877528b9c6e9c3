/**
 * `jilin-counter-espionage/render`: every renderer, their syntax trees, and
 * `render(node, { format })`. Each format is also its own subpath.
 *
 * @packageDocumentation
 */
export { AKN_NAMESPACE } from '../model/constants.js'
export type { ErrorCode, Failure, Result } from '../model/result.js'
export { type AknOptions, renderAkn, toXast } from '../render/akn.js'
export type { Renderable, RenderResult } from '../render/common.js'
export { type HtmlOptions, renderHtml, toHast } from '../render/html.js'
export { RENDER_FORMATS, type RenderFormat, type RenderOptions, render } from '../render/index.js'
export { type JsonOptions, renderJson } from '../render/json.js'
export { type MarkdownOptions, renderMarkdown, toMdast } from '../render/markdown.js'
export { renderText, type TextOptions } from '../render/text.js'
