/**
 * The parser's messages, as the unified ecosystem makes them: a
 * `VFileMessage` (from `vfile-message`) with `place`, `line`, `column`,
 * `ruleId`, `source`, `url` to the rule's documentation and, where it helps,
 * `expected` and `actual`.
 */
import { VFileMessage } from 'vfile-message'

/** Every rule the parser checks; each is documented in `corpus/README.md#rules`. */
export type RuleId =
  | 'input'
  | 'limit-size'
  | 'limit-lines'
  | 'limit-nesting'
  | 'limit-punctuation'
  | 'nul'
  | 'title'
  | 'metadata'
  | 'note'
  | 'html'
  | 'character-reference'
  | 'inline-markup'
  | 'line-break'
  | 'chapter-heading'
  | 'chapter-sequence'
  | 'chapter-empty'
  | 'article-heading'
  | 'article-outside-chapter'
  | 'article-duplicate'
  | 'article-sequence'
  | 'article-empty'
  | 'text-outside-article'
  | 'item-not-in-list'
  | 'item-outside-article'
  | 'item-without-paragraph'
  | 'item-list-ordered'
  | 'item-content'
  | 'item-marker'
  | 'item-sequence'
  | 'numeral'
  | 'heading-depth'
  | 'unexpected-node'
  | 'no-chapters'
  | 'fragment'
  | 'schema'

/** Every {@link RuleId}. */
export const RULE_IDS: readonly RuleId[] = /* @__PURE__ */ Object.freeze([
  'input',
  'limit-size',
  'limit-lines',
  'limit-nesting',
  'limit-punctuation',
  'nul',
  'title',
  'metadata',
  'note',
  'html',
  'character-reference',
  'inline-markup',
  'line-break',
  'chapter-heading',
  'chapter-sequence',
  'chapter-empty',
  'article-heading',
  'article-outside-chapter',
  'article-duplicate',
  'article-sequence',
  'article-empty',
  'text-outside-article',
  'item-not-in-list',
  'item-outside-article',
  'item-without-paragraph',
  'item-list-ordered',
  'item-content',
  'item-marker',
  'item-sequence',
  'numeral',
  'heading-depth',
  'unexpected-node',
  'no-chapters',
  'fragment',
  'schema',
])

/** Where each rule is documented: a path inside the package (the file ships with it). */
const DOCS = 'corpus/README.md#rules'

/** A problem found in corpus Markdown: a `VFileMessage` whose `ruleId` is one of {@link RuleId}. */
export type ParseMessage = VFileMessage & { readonly ruleId: RuleId; readonly source: 'jilin-counter-espionage' }

/** Make a message at a 1-based line and column. */
export function createMessage(
  reason: string,
  line: number,
  column: number,
  ruleId: RuleId,
  extra: { expected?: string[]; actual?: string } = {},
): ParseMessage {
  const message = new VFileMessage(reason, {
    place: { line, column },
    ruleId,
    source: 'jilin-counter-espionage',
  })
  message.url = `${DOCS}`
  message.fatal = true
  if (extra.expected) message.expected = extra.expected
  if (extra.actual !== undefined) message.actual = extra.actual
  return message as ParseMessage
}
