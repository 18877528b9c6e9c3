/**
 * The remark-lint rule `jilin-counter-espionage:no-invalid-reference`: every
 * reference to this regulation in the Markdown that does not parse or names
 * a provision the regulation does not have is a message. It only reports,
 * as remark-lint rules do (links are `remarkLinkReferences`' work). The
 * references are read from the file's text, as `check` reads them, and
 * silenced by the rules `check` applies (`model/silencing.ts`), so the two
 * report the same findings on a Markdown file.
 */
import type { Root } from 'mdast'
import type { Plugin, Processor, TransformCallback } from 'unified'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import { checkText } from '../citation/check/text-check.js'
import { type CheckTextOptions, referenceMessage } from '../citation/check/text-reference.js'
import { DIRECTIVE_RULE, type DirectiveProblem, Silencer } from '../model/silencing.js'
import { readOptions } from '../model/value.js'

/** Options of {@link remarkLintReferences}. */
export interface LintOptions extends CheckTextOptions {
  /**
   * Check code too: code blocks and inline code (default `true`, as `check`
   * does). `false` skips them, as `check --skip-code` does, and directives
   * written in them do not count.
   */
  readonly code?: boolean | null | undefined
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

/** A line break: `\r\n`, `\n` or `\r`, as `check` counts lines. */
const LINE_BREAK = /\r\n?|\n/g

/** The directives each file's run reported, given as messages once the lint rule has set its own messages' fields. */
const reported = new WeakMap<VFile, DirectiveProblem[]>()

/** A point of the file: line and column from 1 (UTF-16 code units), and the offset in the file's text. */
interface Place {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** Report the references of `file` that fail, silenced as `check` silences them; keep the directives reported. */
function lintFile(file: VFile, options: unknown): void {
  const settings = readOptions<LintOptions>(options) ?? {}
  const whole = String(file)
  // A byte order mark is not part of the first line, as `check` counts columns.
  const bom = whole.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = bom === 1 ? whole.slice(1) : whole
  const silencer = new Silencer({ markdown: true, skipCode: settings.code === false })
  // The options `check` would be given (`bare`, …): checkText reads those it knows.
  const references = checkText(text, settings)
  // Where each line starts, and where it ends before its line break.
  const starts = [0]
  const ends: number[] = []
  LINE_BREAK.lastIndex = 0
  for (let match = LINE_BREAK.exec(text); match !== null; match = LINE_BREAK.exec(text)) {
    ends.push(match.index)
    starts.push(match.index + match[0].length)
  }
  ends.push(text.length)
  /** The place of `offset`, on or after line `from`. */
  const placeOf = (offset: number, from: number): Place => {
    let line = from
    while (line < starts.length && (starts[line] as number) <= offset) line++
    return { line, column: offset - (starts[line - 1] as number) + 1, offset: offset + bom }
  }
  const problems: DirectiveProblem[] = []
  let next = 0
  for (let line = 1; line <= starts.length; line++) {
    const start = starts[line - 1] as number
    const end = line < starts.length ? (starts[line] as number) : text.length + 1
    silencer.line(line, text.slice(start, ends[line - 1]))
    for (; next < references.length && (references[next]?.start as number) < end; next++) {
      const reference = references[next] as (typeof references)[number]
      const column = reference.start - start + 1
      if (silencer.skipped(line, column) || reference.result.ok || silencer.silenced(line, column)) continue
      const reason = referenceMessage(reference)
      if (reason === undefined) continue
      const message = file.message(reason, {
        place: { start: { line, column, offset: reference.start + bom }, end: placeOf(reference.end, line) },
      })
      message.actual = reference.text
      if (!reference.result.ok && reference.result.suggestion !== undefined)
        message.expected = [reference.result.suggestion]
    }
    for (const problem of silencer.flush()) problems.push(problem)
  }
  for (const problem of silencer.end()) problems.push(problem)
  reported.set(file, problems)
}

/** Give the directives reported for `file` as messages of their own rule, never fatal. */
function reportDirectives(file: VFile): void {
  for (const problem of reported.get(file) ?? []) {
    const message = file.message(problem.message, {
      place: {
        start: { line: problem.line, column: problem.column },
        end: { line: problem.line, column: problem.endColumn },
      },
      ruleId: DIRECTIVE_RULE,
      source: SOURCE,
    })
    message.url = LINT_URL
    message.actual = problem.text
    if (problem.suggestion !== undefined) message.expected = [problem.suggestion]
  }
  reported.delete(file)
}

const rule = /* @__PURE__ */ (() =>
  lintRule<Root, LintOptions | null | undefined>(
    { origin: `${SOURCE}:${LINT_RULE}`, url: LINT_URL },
    (_, file, options) => lintFile(file, options),
  ))()

type Transform = (tree: Root, file: VFile, next: TransformCallback<Root>) => void

/**
 * The remark-lint rule (use it with `remark-lint`, as in a `.remarkrc`:
 * `plugins: ['remark-lint', ['jilin-counter-espionage/remark', [2, { bare: true }]]]`).
 * Each message has `place`, `ruleId` (`no-invalid-reference`), `source`
 * (`jilin-counter-espionage`), `url`, `actual` (the reference as written),
 * `expected` (the suggestion, when there is one) and a reason in the
 * "Unexpected …, expected …" form. It honours the same comments as `check`:
 * `<!--lint disable-->`, `<!--lint enable-->` and `<!--lint ignore-->`
 * (bare, or naming `no-invalid-reference` or
 * `jilin-counter-espionage:no-invalid-reference`), and the package's
 * `<!-- jilin-counter-espionage-disable-next-line -->`, `-disable-line`,
 * `-disable` and `-enable`. A directive that silences nothing, is
 * misspelled or is never closed is a message of the rule
 * `no-invalid-directive`, never fatal. The rule only reports: it takes no
 * `link` option (a `TypeError` names `remarkLinkReferences`, which links).
 */
export const remarkLintReferences = function (this: Processor | undefined, config?: LintConfig<LintOptions>) {
  // As remark-lint's rules, a severity that is a number other than 0, 1 or 2 is refused; as a programming error.
  const severity: unknown = Array.isArray(config) ? config[0] : undefined
  if (typeof severity === 'number' && severity !== 0 && severity !== 1 && severity !== 2)
    throw new TypeError(`Unexpected severity \`${severity}\` for \`${SOURCE}:${LINT_RULE}\`, expected 0, 1 or 2`)
  const link = readOptions<{ link: unknown }>(Array.isArray(config) ? config[1] : config)?.link
  // The option that rewrote the tree is gone: a configuration that still gives it would lose its links unseen.
  if (link !== undefined && link !== null)
    throw new TypeError(
      `Unexpected option \`link\` for \`${SOURCE}:${LINT_RULE}\`, expected \`remarkLinkReferences\` to link references`,
    )
  const transform = (rule as (config: unknown) => Transform | undefined).call(this, config)
  if (transform === undefined) return undefined
  return ((tree, file, next) =>
    transform(tree, file, (error) => {
      reportDirectives(file)
      next(error)
    })) satisfies Transform
} as unknown as Plugin<[LintConfig<LintOptions>?], Root>
