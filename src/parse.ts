/**
 * The corpus Markdown parser (unified + remark-parse inside).
 */

export {
  MAX_LINES,
  MAX_MARKDOWN_LENGTH,
  MAX_NESTING_DEPTH,
  MAX_PUNCTUATION,
} from './parse/limits.js'
export { type FragmentResult, type ParseResult, parseMarkdown, parseRegulation } from './parse/markdown.js'
export type { ParseMessage } from './parse/message.js'
