/**
 * What the resolver answers: the provisions of the document a citation
 * names, another instrument, or a failure; and the options it reads. Apart
 * from the resolver, so the shared answers (`results.ts`) need not import it.
 */
import type { Failure } from '../../model/result.js'
import type { DocumentKind, KnownInstrument } from '../citation-types.js'

/** A citation of the document itself, resolved: the provisions it names (`N` is the node type of the outline). */
export interface InternalResolution<N> {
  readonly ok: true
  readonly scope: 'internal'
  /** The provisions named, in the order cited (a range in document order); for the whole document, its chapters. */
  readonly nodes: readonly N[]
  /** `true` when the citation names the whole document (本规定, its title). */
  readonly whole: boolean
}

/** A citation of another instrument: its title as written, and the instrument when it is a known one. */
export interface ExternalResolution {
  readonly ok: true
  readonly scope: 'external'
  /** The title as written; `undefined` for `该法` with no title before it. */
  readonly title: string | undefined
  /** The instrument, when it is one of the known instruments. */
  readonly known: KnownInstrument | undefined
}

/**
 * A title of a document that is not a legal instrument (`《特种刀具生产许可证》`,
 * `《杭州日报》`): the text names it but cites no law, so it is neither this
 * statute's provision nor another instrument.
 */
export interface DocumentResolution {
  readonly ok: true
  readonly scope: 'document'
  /** The title as written. */
  readonly title: string
  /** What the document is, by its title's ending. */
  readonly kind: DocumentKind
}

/**
 * What a citation resolves to. Results are frozen, and equal results may be
 * the same object (the resolution of every `第五条` is one object).
 */
export type Resolution<N> = InternalResolution<N> | ExternalResolution | DocumentResolution | Failure

/** Options of the resolver. */
export interface ResolveOptions {
  /**
   * eId of the provision the citation stands in (`art_29__para_2`). Relative
   * forms (本条, 前款, a bare 第二款) resolve against it.
   */
  readonly context?: string
}
