/**
 * `jilin-counter-espionage/remark`: the remark-lint rule that checks
 * references to this regulation in Markdown (`remarkLintReferences`, the
 * default export, as remark-lint rules are), and a plugin that only links
 * them (`remarkLinkReferences`).
 *
 * @packageDocumentation
 */
export type { FindOptions } from '../remark/find.js'
export { type LinkOptions, remarkLinkReferences } from '../remark/link.js'
export {
  LINT_RULE,
  LINT_URL,
  type LintConfig,
  type LintOptions,
  remarkLintReferences,
  remarkLintReferences as default,
} from '../remark/lint.js'
