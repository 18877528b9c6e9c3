/** `jilin-counter-espionage/render/markdown`: the Markdown renderer alone. */
export { escapeMarkdownText, type MarkdownOptions, renderMarkdown } from '../render/markdown.js'
