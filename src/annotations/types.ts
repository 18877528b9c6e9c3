/**
 * The annotation data as stored in `corpus/annotations/` and shipped in
 * `src/generated/annotations.ts`: the English translation and the glossary.
 */

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
}
