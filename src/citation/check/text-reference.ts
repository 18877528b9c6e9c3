/**
 * What `checkText` and `checkDocument` answer: the references to this
 * regulation a text holds, each with its form and resolution, those left
 * unchecked as another instrument's, their options, and the message for a
 * reference that does not resolve.
 */
import { unreadable } from '../../model/guard.js'
import type { ReferenceCheck } from '../api/citation-api.js'
import type { OtherInstrument } from './instrument-names.js'
import type { ReferenceForm } from './text-forms.js'
import type { About } from './text-scope.js'

/** Every {@link ReferenceForm}. */
export const REFERENCE_FORMS: readonly ReferenceForm[] = /* @__PURE__ */ Object.freeze([
  'title',
  'self',
  'english',
  'eid',
  'uri',
  'bare',
])

/** A reference to this regulation found in a text, and whether it resolves. */
export interface TextReference {
  /** Start offset in the text, in JavaScript string indices. */
  readonly start: number
  /** End offset (exclusive). */
  readonly end: number
  /** The text of the reference: `text.slice(start, end)`. */
  readonly text: string
  /** How the text names this regulation. */
  readonly form: ReferenceForm
  /** The resolution (with the citation), or why it does not resolve: `code: 'syntax'` for malformed text. */
  readonly result: ReferenceCheck
}

/** Options of {@link checkText}. */
export interface CheckTextOptions {
  /**
   * Treat bare citations (`第十五条`, `Article 15`) as references to this
   * regulation too: for texts about this regulation only (default `false`).
   * Relative forms (`本条`, `前款`) are never checked: a text outside the
   * regulation gives them nothing to be relative to.
   */
  readonly bare?: boolean
  /**
   * Whose relative forms (本规定, `these Regulations`, bare eIds and, with
   * `bare`, bare citations) the text's are. `auto` (default): this
   * regulation's, unless the text's own title (a front matter `title`, its
   * first `# ` heading, an HTML `<title>` or `<h1>`, or its first line)
   * names another instrument; and a quotation of another instrument
   * (`《X》第四十八条：…`, a blockquote or “…” opening with its title) is
   * that instrument's wherever it stands. `this`: this regulation's, whatever
   * the title says (quotations still count). `other`: another instrument's:
   * only references that name this regulation by title are checked.
   */
  readonly about?: About
}

/** A relative reference left unchecked because it stands in another instrument's text or quotation. */
export interface SkippedReference {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly form: ReferenceForm
  /** The instrument it was taken for, and how the text said so. */
  readonly instrument: OtherInstrument
}

/** What {@link checkDocument} finds: the references to this regulation, and the relative ones it took for another instrument's. */
export interface DocumentCheck {
  readonly references: TextReference[]
  readonly skipped: SkippedReference[]
}

// jilin-counter-espionage-disable -- the examples show wrong references on purpose
/**
 * The message for a reference that does not resolve, in the "Unexpected …,
 * expected …" form, with the resolver's reason and the suggestion when there
 * is one (`undefined` for one that resolves).
 *
 * @example
 * referenceMessage(checkText('本规定第四十三条')[0])
 * // 'Unexpected reference `本规定第四十三条` (No article 43 (第四十三条): the regulation has 42 articles), expected `第三十四条`'
 */
// jilin-counter-espionage-enable
export function referenceMessage(reference: TextReference): string | undefined {
  try {
    const result = (reference as Partial<TextReference> | null | undefined)?.result
    const text = reference?.text
    if (result === null || typeof result !== 'object' || result.ok !== false || typeof text !== 'string')
      return undefined
    const expected = result.suggestion === undefined ? 'a provision of the regulation' : `\`${result.suggestion}\``
    // A malformed reference says what is wrong in it, and what it nearly is when that is known.
    if (result.code === 'syntax')
      return `${result.reason}, in \`${text}\`${result.suggestion === undefined ? '' : `, expected ${expected}`}`
    return `Unexpected reference \`${text}\` (${result.reason}), expected ${expected}`
  } catch (error) {
    unreadable(error, { reference })
    return undefined
  }
}
