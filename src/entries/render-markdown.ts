/**
 * `jilin-counter-espionage/render/markdown`: the markdown renderer alone.
 *
 * @packageDocumentation
 */
export type { Renderable, RenderResult } from '../render/common.js'
export { type MarkdownOptions, renderMarkdown, toMdast } from '../render/markdown.js'
