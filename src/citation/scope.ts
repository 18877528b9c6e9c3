/**
 * Which instrument a relative form names (本规定, `these Regulations`, a bare
 * eId): the document it stands in. A text whose own title names another
 * instrument, and a quotation of another instrument inside any text, speak
 * of that instrument; everything else (a text that names this regulation,
 * or has no title of its own) speaks of this regulation.
 */
import { TITLE } from '../model/constants.js'
import { TITLE_SUFFIXES } from './grammar.js'
import { escapeRegExp } from './reader.js'

/** Another instrument a part of a text belongs to, and how the text says so. */
export interface OtherInstrument {
  /** Its title as the text gives it, without 《》 (`辽宁省反间谍安全防范工作规定`), or how it was told (`another instrument`). */
  readonly title: string
  /** `title`: the document's own title; `quotation`: a quotation introduced by the title; `configuration`: the caller said so. */
  readonly by: 'title' | 'quotation' | 'configuration'
}

/** A stretch of a text (offsets in it) that belongs to another instrument. */
export interface ScopeRegion {
  readonly start: number
  readonly end: number
  readonly instrument: OtherInstrument
}

/** How far into a text its own title is looked for. */
const HEAD = 4096
/** The longest title read as one. */
const MAX_TITLE = 80
/** How far a quotation opened by “ or 「 may run before it is taken as unclosed (to the end of its line). */
const MAX_QUOTE = 4096

/** This regulation's titles: the Chinese one, and the English one in its common variants. */
const THIS_TITLE = new RegExp(
  `${TITLE}|Jilin(?:\\s+Province|\\s+Provincial)?\\s+Counter[-\\s]?espionage\\s+(?:Work\\s+)?Regulations?`,
  'i',
)

/** A title written 《…》 that ends like an instrument's name. */
const BRACKETED = /《([^《》\n]{2,80})》/g

const SUFFIXES = [...TITLE_SUFFIXES].sort((a, b) => b.length - a.length)

/** Whether `name` ends like an instrument's name (法, 条例, 规定, 办法, …), after a year or edition in brackets. */
function endsLikeInstrument(name: string): boolean {
  const bare = withoutEdition(name)
  return SUFFIXES.some((suffix) => bare.endsWith(suffix))
}

/**
 * The instrument a title names when it is not this regulation: the first
 * 《…》 in it that ends like an instrument's name, else the title itself when
 * it does. `undefined` for a title that names this regulation, or no
 * instrument at all (`My compliance app`). A document's first line is its
 * title only when it is a name and nothing else (`line`): a sentence that
 * cites an instrument is not a title.
 */
export function otherInstrumentOf(title: string, line = false): string | undefined {
  if (THIS_TITLE.test(title)) return undefined
  const plain = title.replace(/^[\s#*_`"'“”「」]+|[\s*_`"'“”「」]+$/g, '')
  // A title written in 《》 (`《辽宁省反间谍安全防范工作规定》（2021年）`) is the name inside them, its edition kept.
  const unbracketed = plain.replace(/^《([^《》]+)》/, '$1')
  // The whole title when it is a name (`北京市实施《中华人民共和国保守国家秘密法》若干规定`).
  if (unbracketed.length <= MAX_TITLE && /^[\p{Script=Han}\p{N}（）()·、《》\s]+$/u.test(unbracketed))
    if (endsLikeInstrument(unbracketed)) return unbracketed
  // A first line is a title only when it is a name and nothing else.
  if (line) return undefined
  BRACKETED.lastIndex = 0
  for (let match = BRACKETED.exec(title); match !== null; match = BRACKETED.exec(title)) {
    const name = match[1] as string
    if (endsLikeInstrument(name)) return withoutEdition(name)
  }
  return undefined
}

/** A name without a year or edition in brackets at its end (`（2021年修订）`). */
function withoutEdition(name: string): string {
  return name.replace(/\s*[（(][^（）()]{1,20}[）)]\s*$/, '').trim()
}

/**
 * The title a document gives itself near its start: a front matter `title:`,
 * the first Markdown `# ` heading, an HTML `<title>` or `<h1>` (`line:
 * false`), or else its first line (`line: true`: a title only if it is a
 * name and nothing else).
 */
export function documentTitle(text: string): { readonly title: string; readonly line: boolean } | undefined {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '')
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(head)
  const frontTitle = front ? /^title\s*:\s*["']?(.+?)["']?\s*$/m.exec(front[1] as string) : null
  if (frontTitle) return { title: frontTitle[1] as string, line: false }
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(head)
  if (heading) return { title: heading[1] as string, line: false }
  const html = /<(title|h1)\b[^>]*>([^<]{1,200})<\/\1>/i.exec(head)
  if (html) return { title: html[2] as string, line: false }
  const first = /^\s*(.+)/.exec(head)?.[1]?.trim()
  return first !== undefined && first.length <= MAX_TITLE ? { title: first, line: true } : undefined
}

/** A quotation introduced by another instrument's title: `《X》第四十八条：`, `《X》规定：`. */
const QUOTATION = /《([^《》\n]{2,80})》[^《》：:\n]{0,30}?[：:]/g
/** A quotation mark that opens a passage, and the one that closes it. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' }

/**
 * The stretches of a text that quote another instrument, read block by block
 * (each block whole lines, in order; a blockquote may run on into the next).
 */
export class QuotationReader {
  /** The instrument the blockquote running at the end of the last block quotes. */
  private blockquote: OtherInstrument | undefined

  /** The regions of `block` that quote another instrument, in order (offsets in the block). */
  regions(block: string): ScopeRegion[] {
    const regions: ScopeRegion[] = []
    this.blockquotes(block, regions)
    QUOTATION.lastIndex = 0
    for (let match = QUOTATION.exec(block); match !== null; match = QUOTATION.exec(block)) {
      const name = match[1] as string
      if (!endsLikeInstrument(name) || THIS_TITLE.test(name)) continue
      const start = match.index + match[0].length
      const lineEnd = endOfLine(block, start)
      const open = /^\s*(["“「『])/.exec(block.slice(start, Math.min(lineEnd, start + 8)))
      let end = lineEnd
      if (open) {
        const close = block.indexOf(CLOSERS[open[1] as string] as string, start + open[0].length)
        if (close !== -1 && close - start <= MAX_QUOTE) end = close + 1
      }
      regions.push({ start, end, instrument: { title: name, by: 'quotation' } })
    }
    return regions.sort((a, b) => a.start - b.start)
  }

  /** A blockquote (`>` lines) whose first line opens with another instrument's title belongs to it, every line of it. */
  private blockquotes(block: string, regions: ScopeRegion[]): void {
    let at = 0
    while (at < block.length) {
      const end = endOfLine(block, at)
      const line = block.slice(at, end)
      const quoted = /^[ \t]{0,3}>/.exec(line)
      if (!quoted) this.blockquote = undefined
      else {
        if (this.blockquote === undefined) {
          const opening = /^[ \t]{0,3}(?:>[ \t]?)+(?:\*\*|["“「])?《([^《》\n]{2,80})》/.exec(line)
          const name = opening?.[1]
          if (name !== undefined && endsLikeInstrument(name) && !THIS_TITLE.test(name))
            this.blockquote = { title: name, by: 'quotation' }
        }
        if (this.blockquote !== undefined) regions.push({ start: at, end, instrument: this.blockquote })
      }
      at = end + (block.charCodeAt(end) === 13 && block.charCodeAt(end + 1) === 10 ? 2 : 1)
    }
  }
}

function endOfLine(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13) return at
  }
  return text.length
}

/**
 * The regions holding offsets asked for in increasing order (each region is
 * passed once, so a pass over a text's references is linear).
 */
export class RegionCursor {
  private index = 0
  constructor(private readonly regions: readonly ScopeRegion[]) {}

  /** The region holding `offset`, or `undefined`; offsets must not decrease. */
  at(offset: number): ScopeRegion | undefined {
    const { regions } = this
    while (this.index < regions.length && (regions[this.index] as ScopeRegion).end <= offset) this.index++
    const region = regions[this.index]
    return region !== undefined && region.start <= offset ? region : undefined
  }
}

/** The most English short names a text may define for this regulation (`(the "Regulations")`). */
const MAX_ENGLISH_NAMES = 16

/** The expression of a short name's definition after a title, made once per title (one title is ever given). */
const definitions = new Map<string, RegExp>()

function definitionAfter(title: string): RegExp {
  let definition = definitions.get(title)
  if (definition === undefined) {
    definition = new RegExp(
      `(?:${title})\\s*\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?)?(?:the\\s+)?\\\\?["“]([A-Za-z][A-Za-z -]{1,40})\\\\?["”]\\s*\\)`,
      'gi',
    )
    definitions.set(title, definition)
  }
  return definition
}

/**
 * The English short names a text defined for this regulation, after its
 * English title: `Jilin Province Counter-Espionage Work Regulations (the
 * "Regulations")`; `Article 43 of the Regulations` then names it.
 */
export class EnglishNames {
  private readonly names: string[] = []
  private pattern: RegExp | undefined
  /** Where in the current block each name was defined (before it, the name is not yet known there). */
  private definedAt = new Map<string, number>()

  /** Read the names `block` defines after a title that `title` (an expression's source) matches. */
  read(block: string, title: string): void {
    this.definedAt = new Map()
    // Most texts hold no English title: no expression is run over them.
    if (!block.includes('Regulation') && !block.includes('regulation')) return
    const definition = definitionAfter(title)
    definition.lastIndex = 0
    for (let match = definition.exec(block); match !== null; match = definition.exec(block)) {
      const name = (match[1] as string).trim()
      if (!this.names.includes(name) && this.names.length < MAX_ENGLISH_NAMES) {
        this.names.push(name)
        this.definedAt.set(name, match.index + match[0].length)
        this.pattern = undefined
      }
    }
  }

  /** Whether the block says `of the <name>` right after `end`, for a name defined before there. */
  after(block: string, end: number): boolean {
    if (this.names.length === 0) return false
    this.pattern ??= new RegExp(
      `\\s{0,3},?\\s{0,3}(?:of|in|under)\\s{1,3}(?:the\\s+)?(${this.names.map(escapeRegExp).join('|')})\\b`,
      'y',
    )
    this.pattern.lastIndex = end
    const name = this.pattern.exec(block)?.[1]
    return name !== undefined && (this.definedAt.get(name) ?? 0) <= end
  }
}

/** Whose relative forms a text's are: decided from the text (`auto`), or told (`this`, `other`). */
export type About = 'auto' | 'this' | 'other'

/**
 * The scope of one text read block by block (the first block is its start,
 * where its own title is): which stretches of each block belong to another
 * instrument. `about: 'this'` leaves out the title rule (quotations of
 * other instruments still count); `about: 'other'` gives every relative
 * form to another instrument.
 */
export class TextScope {
  private document: OtherInstrument | undefined
  private started = false
  private readonly quotations = new QuotationReader()
  private readonly english = new EnglishNames()

  constructor(private readonly about: About = 'auto') {}

  /** The English short names of this regulation defined up to and in `block` (`title`: the English title's expression). */
  englishNames(block: string, title: string): EnglishNames {
    this.english.read(block, title)
    return this.english
  }

  /** The instrument the whole text belongs to, once its first block is read (`undefined`: this regulation). */
  get instrument(): OtherInstrument | undefined {
    return this.document
  }

  /** The regions of `block` (whole lines, the blocks of a text in order) that belong to another instrument. */
  regions(block: string): readonly ScopeRegion[] {
    if (!this.started) {
      this.started = true
      if (this.about === 'other') this.document = { title: 'another instrument', by: 'configuration' }
      else if (this.about === 'auto') {
        const title = documentTitle(block)
        const other = title === undefined ? undefined : otherInstrumentOf(title.title, title.line)
        if (other !== undefined) this.document = { title: other, by: 'title' }
      }
    }
    if (this.document !== undefined) return [{ start: 0, end: block.length, instrument: this.document }]
    return this.quotations.regions(block)
  }
}
