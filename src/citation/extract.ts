/**
 * Finding citations in running text: all at once (`extractCitations`), one
 * by one (`citations`), each with its resolution against this regulation
 * unless `resolve: false`. A text cites few distinct provisions many times,
 * so resolutions of citations that depend on nothing but their references
 * are remembered and shared (frozen).
 */
import { regulation } from '../access/regulation.js'
import type { Provision } from '../model/schema.js'
import { readOptions } from '../model/value.js'
import type { Outline } from './outline.js'
import { type Resolution, type ResolveOptions, resolveTrusted } from './resolve.js'
import { PLAIN_KEYS, Scanner } from './scan.js'
import type { Citation, Reference } from './types.js'

/** A citation found in running text, with its resolution unless `resolve: false`. */
export type ExtractedCitation = Citation & { readonly resolution: Resolution<Provision> }

/** Options of `extractCitations`, `citations` and `streamCitations`: the resolver's options, and whether to resolve at all. */
export interface ExtractOptions extends ResolveOptions {
  /** Resolve each citation found (default `true`). */
  readonly resolve?: boolean
}

const document: Outline = regulation

/** How many resolutions are remembered across calls without options. */
const MAX_REMEMBERED = 10_000
/**
 * A resolution remembered, with the text of the citation it was made for:
 * a message may quote the citation (`第三项` is ambiguous…), so it serves
 * only citations written the same way.
 */
interface Remembered {
  readonly text: string
  readonly resolution: Resolution<Provision>
}

/** Resolutions of citations without options, by their shared references (see {@link Resolver}). */
const remembered = new Map<readonly Reference[], Remembered>()
/** Resolutions of plain designations without options, by the scanner's key (dense: an indexed load, the cheapest lookup). */
const rememberedPlain: (Remembered | undefined)[] = new Array(PLAIN_KEYS).fill(undefined)

/**
 * Resolves the citations of one call. A citation of this regulation with no
 * anchor and shared (interned, frozen) references resolves the same way
 * wherever it stands: its resolution is computed once per call, or once for
 * all calls without options, and shared, frozen. Anything else is resolved
 * on its own.
 */
export class Resolver {
  private readonly options: ResolveOptions | undefined
  private readonly memo: Map<readonly Reference[], Remembered>
  private readonly plain: (Remembered | undefined)[] | Map<number, Remembered>

  constructor(options: ExtractOptions | null | undefined) {
    this.options = options ?? undefined
    this.memo = options == null ? remembered : new Map()
    this.plain = options == null ? rememberedPlain : new Map()
  }

  /**
   * `citation`, given its resolution; `plainKey` is the scanner's key of
   * its plain designation (`Scanner#plainKey`), or -1.
   */
  resolve(citation: Citation, plainKey: number): ExtractedCitation {
    ;(citation as { resolution?: Resolution<Provision> }).resolution =
      plainKey < 0 ? this.resolution(citation) : this.plainResolution(citation, plainKey)
    return citation as ExtractedCitation
  }

  /** The resolution of a plain designation (`第五条`): of this regulation, no anchor, one per key. */
  private plainResolution(citation: Citation, key: number): Resolution<Provision> {
    const { plain } = this
    const known = Array.isArray(plain) ? plain[key] : plain.get(key)
    if (known !== undefined && known.text === citation.text) return known.resolution
    const entry = {
      text: citation.text,
      resolution: freeze(resolveTrusted<Provision>(document, citation, this.options)),
    }
    if (Array.isArray(plain)) plain[key] = entry
    else plain.set(key, entry)
    return entry.resolution
  }

  private resolution(citation: Citation): Resolution<Provision> {
    const { references } = citation
    const shared =
      citation.anchor === undefined &&
      citation.instrument.type === 'self' &&
      citation.instrument.title === undefined &&
      Object.isFrozen(references)
    if (!shared) return resolveTrusted<Provision>(document, citation, this.options)
    const known = this.memo.get(references)
    if (known !== undefined && known.text === citation.text) return known.resolution
    const entry = {
      text: citation.text,
      resolution: freeze(resolveTrusted<Provision>(document, citation, this.options)),
    }
    if (known !== undefined || this.memo.size < MAX_REMEMBERED) this.memo.set(references, entry)
    return entry.resolution
  }
}

/** A resolution that citations share: frozen, with the arrays it holds. */
function freeze<T extends object>(resolution: T): T {
  for (const value of Object.values(resolution)) if (Array.isArray(value)) Object.freeze(value)
  return Object.freeze(resolution)
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
  const scanner = new Scanner(text, { withResolution: resolve })
  if (!resolve) return scanner.collect([])
  const resolver = new Resolver(options)
  const found: ExtractedCitation[] = []
  for (let citation = scanner.next(); citation !== undefined; citation = scanner.next()) {
    found.push(resolver.resolve(citation, scanner.plainKey))
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
      value: this.#resolver === undefined ? citation : this.#resolver.resolve(citation, this.#scanner.plainKey),
    }
  }

  [Symbol.iterator](): IterableIterator<Citation> {
    return this
  }
}
