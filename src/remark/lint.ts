/**
 * The remark-lint rule `jilin-counter-espionage:no-invalid-reference`: every
 * reference to this regulation in the Markdown's text that does not parse or
 * names a provision the regulation does not have is a message, and, with
 * `link`, every one that resolves becomes a link to its provision.
 */
import type { Root } from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type { Plugin, Processor } from 'unified'
import { lintRule } from 'unified-lint-rule'
import { referenceMessage } from '../citation/text-check.js'
import { type FindOptions, findInTree } from './find.js'
import { linkReferences } from './link.js'

/** Options of {@link remarkLintReferences}. */
export interface LintOptions extends FindOptions {
  /**
   * Turn each reference that resolves into a link: this base URL followed by
   * the eId of the provision it names (the first, for a range or list), for
   * example `https://example.org/jilin#` gives `https://example.org/jilin#art_15__para_2`.
   * References to the whole regulation and references already inside a link
   * are left as they are. Default: no links.
   */
  readonly link?: string | null | undefined
}

/**
 * How remark-lint rules are configured: the options alone (severity
 * `warn`), or `[severity, options?]` with severity `'off'`, `'on'`, `'warn'`,
 * `'error'`, `0`, `1`, `2` or a boolean (`'error'` and `2` make the messages
 * fatal). A severity outside these throws when the processor is set up, as
 * every remark-lint rule does.
 */
export type LintConfig<Options> =
  | Options
  | [level: 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean, options?: Options]

/** The rule's name, as remark-lint messages and `<!--lint disable …-->` comments give it. */
export const LINT_RULE = 'no-invalid-reference'

/** Where the rule is documented. */
export const LINT_URL = 'https://www.npmjs.com/package/jilin-counter-espionage#remark-lint-rule'

/** The source of the rule's messages, before the `:` of its origin. */
const SOURCE = 'jilin-counter-espionage'

const rule = lintRule<Root, LintOptions | null | undefined>(
  { origin: `${SOURCE}:${LINT_RULE}`, url: LINT_URL },
  (tree, file, options) => {
    const settings = options ?? {}
    const found = findInTree(tree, file, settings)
    for (const { reference, place } of found) {
      const reason = referenceMessage(reference)
      if (reason === undefined) continue
      const message = file.message(reason, { ...(place ? { place } : {}) })
      message.actual = reference.text
      if (!reference.result.ok && reference.result.suggestion !== undefined)
        message.expected = [reference.result.suggestion]
    }
    if (typeof settings.link === 'string') linkReferences(found, settings.link, file)
  },
)

/**
 * The remark-lint rule (use it with `remark-lint`, as in a `.remarkrc`:
 * `plugins: ['remark-lint', ['jilin-counter-espionage/remark', [2, { bare: true }]]]`).
 * Each message has `place`, `ruleId` (`no-invalid-reference`), `source`
 * (`jilin-counter-espionage`), `url`, `actual` (the reference as written),
 * `expected` (the suggestion, when there is one) and a reason in the
 * "Unexpected …, expected …" form. `<!--lint disable-->`,
 * `<!--lint disable no-invalid-reference-->` and `<!--lint ignore-->`
 * comments silence it as they do remark-lint's own rules (remark-lint
 * controls only messages whose source is `remark-lint`, so the rule brings
 * the same control for its own source).
 */
export const remarkLintReferences = function (this: Processor | undefined, config?: LintConfig<LintOptions>) {
  // As remark-lint's rules, a severity that is a number other than 0, 1 or 2 is refused; as a programming error.
  const severity: unknown = Array.isArray(config) ? config[0] : undefined
  if (typeof severity === 'number' && severity !== 0 && severity !== 1 && severity !== 2)
    throw new TypeError(`Unexpected severity \`${severity}\` for \`${SOURCE}:${LINT_RULE}\`, expected 0, 1 or 2`)
  if (this !== undefined && typeof this?.use === 'function')
    this.use(remarkMessageControl, { name: 'lint', source: SOURCE })
  return (rule as (config: unknown) => unknown).call(this, config)
} as unknown as Plugin<[LintConfig<LintOptions>?], Root>
