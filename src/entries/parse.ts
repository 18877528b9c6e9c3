/**
 * `jilin-counter-espionage/parse`: the corpus Markdown parser (unified and
 * remark-parse inside), with its limits.
 *
 * @packageDocumentation
 */
export type { ErrorCode, Failure, Result } from '../model/result.js'
export type {
  Statute,
  StatuteAnnex,
  StatuteArticle,
  StatuteChapter,
  StatuteClause,
  StatuteDivision,
  StatuteItem,
  StatuteParagraph,
  StatutePart,
  StatuteSection,
  StatuteSubItem,
  StatuteSubpart,
} from '../model/statute-schema.js'
export { MAX_LINES, MAX_MARKDOWN_LENGTH, MAX_NESTING_DEPTH, MAX_PUNCTUATION } from '../parse/limits.js'
export {
  type FragmentResult,
  type ParseFailure,
  type ParseResult,
  parseMarkdown,
  parseRegulation,
} from '../parse/markdown.js'
export { type ParseMessage, RULE_IDS, type RuleId } from '../parse/message.js'
export {
  parseStatute,
  STATUTE_RULE_IDS,
  type StatuteMessage,
  type StatuteResult,
  type StatuteRuleId,
} from '../parse/parse-statute.js'
