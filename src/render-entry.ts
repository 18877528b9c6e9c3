/** `jilin-counter-espionage/render`: every renderer, and `render(node, { format })`. */
export { AKN_NAMESPACE, escapeXml, hasNonXmlCharacter, renderAkn } from './render/akn.js'
export { escapeHtml, renderHtml, safeUrl } from './render/html.js'
export {
  type AknOptions,
  type HtmlOptions,
  type JsonOptions,
  type MarkdownOptions,
  RENDER_FORMATS,
  type Renderable,
  type RenderFormat,
  type RenderOptions,
  type RenderResult,
  render,
  type TextOptions,
} from './render/index.js'
export { renderJson } from './render/json.js'
export { escapeMarkdownText, renderMarkdown } from './render/markdown.js'
export { columns, renderText, wrap } from './render/text.js'
