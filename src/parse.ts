/**
 * The corpus Markdown parser (unified + remark-parse inside).
 */

export { type FragmentResult, type ParseResult, parseMarkdown, parseRegulation } from './parse/markdown.js'
export type { ParseMessage } from './parse/message.js'
