/**
 * The annotation data as stored in `corpus/annotations/` and shipped in
 * `src/generated/annotations.ts`: the English translation and the glossary.
 */

import type { Reference } from '../citation/citation-types.js'

/** The unofficial English translation, sentence by sentence. */
export interface Translation {
  /** BCP 47 tag of the translation: `en`. */
  readonly language: 'en'
  /** Always `unofficial`: only the Chinese text is authoritative. */
  readonly status: 'unofficial'
  /** The note every rendering of the translation carries. */
  readonly note: string
  readonly title: string
  /** The promulgation note, one English sentence per Chinese sentence. */
  readonly promulgationNote: readonly string[]
  /** Each chapter's title, by eId. */
  readonly chapters: Readonly<Record<string, string>>
  /** A short caption per article, by eId, for tables of contents. */
  readonly captions: Readonly<Record<string, string>>
  /** Each paragraph's and item's text, by eId: one English sentence per Chinese sentence, in order. */
  readonly provisions: Readonly<Record<string, readonly string[]>>
}

/** What a glossary term is. */
export type TermKind = 'modal' | 'verb' | 'phrase' | 'instrument' | 'citation' | 'actor' | 'concept' | 'time'

/** One term of the glossary: its one English rendering, and where the choice comes from. */
export interface GlossaryTerm {
  readonly zh: string
  readonly en: string
  readonly kind: TermKind
  readonly source: string
  /** Other forms of `en` the English may use instead, such as `notification` for `notify`. */
  readonly forms?: readonly string[] | undefined
  /** Renderings that are wrong for the term: a sentence that translates it must not use them (`report` for 通报). */
  readonly notEn?: readonly string[] | undefined
}

/** What an actor is: a body, a role (whoever holds it), or a person. */
export type ActorKind = 'organization' | 'role' | 'person'

/** One body or person the regulation names, one entry however it is written. */
export interface Actor {
  readonly id: string
  readonly zh: string
  readonly en: string
  readonly kind: ActorKind
  /**
   * A public authority: a state organ, a people's government or one of its
   * departments, the Party's central leadership, or a person acting for one
   * (state security staff, civil servants). What an authority 可以 do is a
   * `power`; what anyone else 可以 do, a `permission`.
   */
  readonly authority: boolean
  /** The ways the text writes it; each occurrence (longest form first) is a mention. */
  readonly forms: readonly string[]
}

/** A W3C Web Annotation text-quote selector. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector'
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

/** A W3C Web Annotation text-position selector (JavaScript string indices into the eId's text). */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector'
  readonly start: number
  readonly end: number
}

/** Where an annotation points: an eId's text, and a span of it by quote and by position. */
export interface Target {
  /** The eId of the paragraph or item. */
  readonly source: string
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector]
}

/** One mention of an actor in the text. */
export interface Mention {
  readonly target: Target
  readonly actor: string
}

/**
 * The kinds of norm a sentence states: the deontic operators of LegalRuleML
 * (obligation, prohibition, permission), a public authority's `power` kept
 * apart from a permission (Hohfeld's power against privilege; Jones and
 * Sergot's institutionalised power), encouragement, and plain statements.
 */
export type NormKind = (typeof NORM_KINDS)[number]

/** Every kind of norm, in the order of {@link NormKind}: the one list the schema, the checks and the filters read. */
export const NORM_KINDS = /* @__PURE__ */ Object.freeze([
  'obligation',
  'prohibition',
  'permission',
  'power',
  'encouragement',
  'statement',
] as const)

/** What a statement does. */
export type StatementAspect = (typeof STATEMENT_ASPECTS)[number]

/** Every aspect of a statement: the one list the schema and the checks read. */
export const STATEMENT_ASPECTS = /* @__PURE__ */ Object.freeze([
  'purpose',
  'scope',
  'principle',
  'responsibility',
  'entitlement',
  'procedure',
  'condition',
  'policy',
  'effect',
] as const)

/** The norm a sentence states: its kind, the words that make it one, and who bears it. */
export interface Norm {
  /** The whole sentence. */
  readonly target: Target
  readonly kind: NormKind
  /** For a statement: what it does. */
  readonly aspect?: StatementAspect
  /** The modal words (应当, 不得, 可以, 鼓励, …) that make the sentence this norm; none for a statement. 可以 of a public authority makes a `power`. */
  readonly triggers: readonly Target[]
  /** The actors who bear it (ids of actors.json); none when the text names nobody. */
  readonly bearers: readonly string[]
}

/** A modal word that is not the trigger of a norm, and why. */
export interface NotModal {
  readonly target: Target
  readonly word: string
  readonly reason: string
}

/**
 * A citation in the text, found by the citation layer at build time and
 * stored resolved (never typed in by hand).
 */
export interface StoredReference {
  /** Where the citation stands. */
  readonly target: Target
  /** The citation as written: `前款`, `《中华人民共和国反间谍法》第二十五条`. */
  readonly text: string
  /** `internal`: this regulation; `external`: another instrument. */
  readonly scope: 'internal' | 'external'
  /** The eIds it names (internal); none when it names the whole regulation or another instrument. */
  readonly nodes: readonly string[]
  /** `true` when it names the whole regulation (本规定). */
  readonly whole: boolean
  /** For an external citation: the title as written, and the known instrument's id when it is one. */
  readonly title?: string
  readonly instrument?: string
  /**
   * For an external citation: the provisions of the other instrument it
   * names, as the citation layer reads them (`第二十五条` →
   * `[{ from: { level: 'article', article: 25 } }]`, a range with `to`);
   * empty when it names the instrument whole.
   */
  readonly provisions?: readonly Reference[]
}

/** A time limit, number or date of the text, typed. */
export type Figure =
  | {
      readonly target: Target
      readonly type: 'duration'
      readonly value: number
      /** Working days are kept apart from calendar days. */
      readonly unit: 'working-day' | 'day' | 'month' | 'year' | 'hour'
    }
  | { readonly target: Target; readonly type: 'phone'; readonly number: string; readonly label: string }
  | {
      readonly target: Target
      readonly type: 'recurring-date'
      readonly month: number
      readonly day: number
      readonly label: string
    }
  | { readonly target: Target; readonly type: 'date'; readonly date: string; readonly label: string }

/** A topic of the closed vocabulary. */
export interface Topic {
  readonly id: string
  readonly en: string
  readonly zh: string
}
