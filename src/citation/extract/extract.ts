/**
 * Finding citations in running text: all at once (`extractCitations`), one
 * by one (`citations`), each with its resolution against this regulation
 * unless `resolve: false`. A text cites few distinct provisions many times,
 * so resolutions of citations that depend on nothing but their references
 * are remembered and shared (frozen).
 */
import { regulation } from '../../access/regulation.js'
import type { Provision } from '../../model/schema.js'
import { readOptions } from '../../model/value.js'
import type { Citation } from '../citation-types.js'
import { detachStrings } from '../detach.js'
import { Memo as RegulationMemo } from '../resolve/memo.js'
import type { Outline } from '../resolve/outline.js'
import type { Resolution, ResolveOptions } from '../resolve/resolution.js'
import { quotesText, resolveTrusted } from '../resolve/resolve.js'
import type { Plain } from '../scan/plain.js'
import { Scanner } from '../scan/scanner.js'

/** A citation found in running text, with its resolution unless `resolve: false`. */
export type ExtractedCitation = Citation & { readonly resolution: Resolution<Provision> }

/** Options of `extractCitations`, `citations` and `streamCitations`: the resolver's options, and whether to resolve at all. */
export interface ExtractOptions extends ResolveOptions {
  /** Resolve each citation found (default `true`). */
  readonly resolve?: boolean
}

const document: Outline = regulation

/** How many resolutions a memo keeps (the memos of calls without options are kept across calls). */
const MAX_REMEMBERED = 10_000

/** A memo of this regulation's resolutions, kept across calls without options. */
type Memo = RegulationMemo<Resolution<Provision>>

/** The key of anchored citations, remembered by their text alone. */
const ANCHORED = /* @__PURE__ */ Object.freeze({})
/** The memos of calls without options: of this regulation (anchored ones too), and of other instruments. */
const remembered: Memo = /* @__PURE__ */ new RegulationMemo(MAX_REMEMBERED)
const rememberedExternal: Memo = /* @__PURE__ */ new RegulationMemo(MAX_REMEMBERED)

/**
 * Resolves the citations of one call. A citation with shared (interned,
 * frozen) references resolves the same way wherever it stands when nothing
 * else it depends on changes: one of this regulation with no anchor (by its
 * references, and its text where the answer may quote it), one of another
 * instrument (by its references and title: the answer names the title, not
 * the citation), and, with no context to read them against, an anchored one
 * (前款, 本条第二项: by its text, which its anchor and references are read
 * from). Its resolution is computed once per call, or once for all calls
 * without options, and shared, frozen. Anything else is resolved on its own.
 */
export class Resolver {
  private readonly options: ResolveOptions | undefined
  private readonly memo: Memo
  private readonly external: Memo
  /** Whether this resolver's calls have no options: it shares the resolutions kept in plain designations. */
  private readonly shared: boolean
  /** What marks the resolutions this resolver keeps in plain designations (not the resolver: they would keep it alive). */
  private readonly token = {}
  /** Whether anchored citations are remembered: only where no context is given. */
  private readonly anchored: boolean

  constructor(options: ExtractOptions | null | undefined) {
    const shared = options == null
    const read = readOptions<ExtractOptions>(options)
    // The copy, read once for every citation; options that cannot be read go on to fail each resolution.
    this.options = shared ? undefined : ((read as ExtractOptions | undefined) ?? options)
    this.memo = shared ? remembered : new RegulationMemo(MAX_REMEMBERED)
    this.external = shared ? rememberedExternal : new RegulationMemo(MAX_REMEMBERED)
    this.shared = shared
    this.anchored = read !== undefined && read.context === undefined
  }

  /** `citation`, given its resolution; `plain` is its plain designation as the scanner read it (`Scanner#plain`), if any. */
  resolve(citation: Citation, plain: Plain | undefined): ExtractedCitation {
    ;(citation as { resolution?: Resolution<Provision> }).resolution =
      plain === undefined ? this.resolution(citation) : this.plainResolution(citation, plain)
    return citation as ExtractedCitation
  }

  /**
   * The resolution of a plain designation (`第五条`) or of a 本… word alone
   * (本条例, 本款): one per entry, shared by calls without options (an
   * anchored word then fails or holds the same way anywhere), else kept
   * for the resolver, whose context is the same for all its citations.
   */
  private plainResolution(citation: Citation, plain: Plain): Resolution<Provision> {
    if (this.shared) {
      plain.resolution ??= this.fresh(citation)
      return plain.resolution as Resolution<Provision>
    }
    // With options: kept for the last resolver that asked (calls that take turns make theirs anew).
    if (plain.owner !== this.token) {
      plain.owned = this.fresh(citation)
      plain.owner = this.token
    }
    return plain.owned as Resolution<Provision>
  }

  private resolution(citation: Citation): Resolution<Provision> {
    const { references, instrument } = citation
    if (citation.anchor !== undefined) {
      // Its anchor and references are read from its text; with no context they fail or hold the same way anywhere.
      return this.anchored && instrument.type === 'self'
        ? this.remembered(this.memo, ANCHORED, citation.text, citation)
        : resolveTrusted<Provision>(document, citation, this.options)
    }
    // An instrument named by no title (a law's name that cannot be delimited) has none: '' (a title is never empty).
    if (instrument.type === 'external')
      return this.remembered(this.external, references, instrument.title ?? '', citation)
    if (instrument.title !== undefined) return resolveTrusted<Provision>(document, citation, this.options)
    // By its references alone where the answer cannot quote its text: no string to hash ('' is the key).
    return this.remembered(this.memo, references, quotesText(references) ? citation.text : '', citation)
  }

  /**
   * The resolution `memo` holds for `key` and `text`, else made, and
   * remembered where the citation's references are shared (interned,
   * frozen): only those are ever remembered, so a citation found in the
   * memo needs no check (`Object.isFrozen`, a call into the engine's
   * runtime, was asked of every citation before and showed in profiles:
   * bench/NOTES.md, "Comments that held measurements").
   */
  private remembered(memo: Memo, key: object, text: string, citation: Citation): Resolution<Provision> {
    const known = memo.get(key, text)
    if (known !== undefined) return known
    if (!Object.isFrozen(citation.references)) return resolveTrusted<Provision>(document, citation, this.options)
    const resolution = this.fresh(citation)
    memo.set(key, text, resolution)
    return resolution
  }

  private fresh(citation: Citation): Resolution<Provision> {
    return share(resolveTrusted<Provision>(document, citation, this.options))
  }
}

/**
 * A resolution that citations share: frozen, with the arrays it holds, and
 * its strings (a title or message made from the text) strings of their own:
 * memos keep it after the call, and must not keep the text.
 */
function share<T extends object>(resolution: T): T {
  const shared = detachStrings(resolution)
  for (const value of Object.values(shared)) if (Array.isArray(value)) Object.freeze(value)
  return Object.freeze(shared)
}

/** Whether to resolve, from options of any shape (options that are not an object reach the resolver, which answers each citation with the reason). */
export function resolves(options: ExtractOptions | null | undefined): boolean {
  return readOptions<ExtractOptions>(options)?.resolve !== false
}

/**
 * Every citation in `text`, left to right, with `start` and `end` offsets in
 * JavaScript string indices (`text.slice(start, end) === citation.text`) and,
 * unless `resolve: false`, its resolution against this regulation (relative
 * forms against `context`; a bad context fails only the relative ones).
 * Citations that name the same provisions of this regulation the same way
 * share one frozen resolution. Linear in the length of `text`; never throws
 * (not a string: no citations).
 *
 * @example
 * extractCitations('依照本规定第十条').map((c) => c.text) // ['本规定第十条']
 */
export function extractCitations(
  text: string,
  options?: (ExtractOptions & { readonly resolve?: true }) | null,
): ExtractedCitation[]
export function extractCitations(text: string, options: ExtractOptions & { readonly resolve: false }): Citation[]
export function extractCitations(text: string, options?: ExtractOptions | null): Citation[] | ExtractedCitation[] {
  if (typeof text !== 'string') return []
  const resolve = resolves(options)
  const scanner = new Scanner(text, { withResolution: resolve, keep: true })
  if (!resolve) return scanner.collect()
  const resolver = new Resolver(options)
  const found: ExtractedCitation[] = []
  for (let citation = scanner.next(); citation !== undefined; citation = scanner.next()) {
    found.push(resolver.resolve(citation, scanner.plain))
  }
  return found
}

/**
 * The citations of `text` one by one: the same citations, in the same
 * order and with the same content as {@link extractCitations}, found as
 * they are asked for, so a caller that stops early or keeps none of them
 * holds no list. Never throws (not a string: none).
 *
 * @example
 * for (const citation of citations('依照本规定第十条')) console.log(citation.text) // 本规定第十条
 */
export function citations(
  text: string,
  options?: (ExtractOptions & { readonly resolve?: true }) | null,
): IterableIterator<ExtractedCitation>
export function citations(
  text: string,
  options: ExtractOptions & { readonly resolve: false },
): IterableIterator<Citation>
export function citations(
  text: string,
  options?: ExtractOptions | null,
): IterableIterator<Citation> | IterableIterator<ExtractedCitation> {
  if (typeof text !== 'string') return [][Symbol.iterator]()
  const resolve = resolves(options)
  return new CitationIterator(
    new Scanner(text, { withResolution: resolve }),
    resolve ? new Resolver(options) : undefined,
  )
}

/**
 * The iterator of {@link citations}: a class, not a generator, so each step
 * is a plain call. Its state is in private fields: a caller that walks the
 * iterator's properties reaches nothing the package shares.
 */
class CitationIterator implements IterableIterator<Citation> {
  readonly #scanner: Scanner
  readonly #resolver: Resolver | undefined

  constructor(scanner: Scanner, resolver: Resolver | undefined) {
    this.#scanner = scanner
    this.#resolver = resolver
  }

  next(): IteratorResult<Citation> {
    const citation = this.#scanner.next()
    if (citation === undefined) return { done: true, value: undefined }
    return {
      done: false,
      value: this.#resolver === undefined ? citation : this.#resolver.resolve(citation, this.#scanner.plain),
    }
  }

  [Symbol.iterator](): IterableIterator<Citation> {
    return this
  }
}
