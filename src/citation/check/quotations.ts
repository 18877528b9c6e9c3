/**
 * The stretches of a text that quote another instrument: a passage after
 * its title and a colon, a blockquote opening with its title, a passage in
 * “” after its name (in 《》 or a short name of a title given before).
 */
import {
  BRACKETED,
  endsLikeInstrument,
  isThisTitle,
  MAX_TITLE,
  type OtherInstrument,
  type ScopeRegion,
  withoutEdition,
} from './instrument-names.js'

/** How far a quotation opened by “ or 「 may run before it is taken as unclosed (to the end of its line). */
const MAX_QUOTE = 4096

/** A quotation introduced by another instrument's title: `《X》第四十八条：`, `《X》规定：`. */
const QUOTATION = /《([^《》\n]{2,80})》[^《》：:\n]{0,30}?[：:]/g
/** The most titles of other instruments a text's short names are matched against. */
const MAX_TITLES = 64
/** A mark that opens a quoted passage. */
const OPENING = /[“「『]/g
/** What may stand between an instrument's name and the passage quoted from it: an article of it, 所说的. */
const LEAD_IN = /(?:第[^第“”「」『』，。；\n]{1,20}?[条款项])*(?:所说的|所称的?|中的|里的|的)?$/

/**
 * Whether `text` ends with a short name of `title`: three or more of its
 * characters in order, from its first, ending with its last
 * (`辽宁规定` of `辽宁省反间谍安全防范工作规定`).
 */
function shortNameAtEnd(text: string, title: string): boolean {
  if (!text.endsWith(title.at(-1) as string)) return false
  for (let length = 3; length <= Math.min(text.length, title.length); length++) {
    const name = text.slice(text.length - length)
    if (name[0] !== title[0]) continue
    let at = 0
    for (const char of name) {
      at = title.indexOf(char, at)
      if (at === -1) break
      at++
    }
    if (at !== -1) return true
  }
  return false
}

/** A quotation mark that opens a passage, and the one that closes it. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' }

/**
 * The stretches of a text that quote another instrument, read block by block
 * (each block whole lines, in order; a blockquote may run on into the next).
 */
export class QuotationReader {
  /** The instrument the blockquote running at the end of the last block quotes. */
  private blockquote: OtherInstrument | undefined
  /** Other instruments' titles the text has given in 《》, for the short names it then uses (`辽宁规定`). */
  private readonly titles: string[] = []

  /** The regions of `block` that quote another instrument, in order (offsets in the block). */
  regions(block: string): ScopeRegion[] {
    const regions: ScopeRegion[] = []
    this.blockquotes(block, regions)
    QUOTATION.lastIndex = 0
    for (let match = QUOTATION.exec(block); match !== null; match = QUOTATION.exec(block)) {
      const name = match[1] as string
      if (!endsLikeInstrument(name) || isThisTitle(name)) continue
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
    this.quoted(block, regions)
    return regions.sort((a, b) => a.start - b.start)
  }

  /**
   * A passage in “” or 「」 right after another instrument's name, an article
   * of it or 所说的 between (`《辽宁省反间谍安全防范工作规定》第四十八条所说的“本规定第四十七条”`),
   * quotes that instrument; the name is a title in 《》 or a short name of
   * one the text gave before.
   */
  private quoted(block: string, regions: ScopeRegion[]): void {
    BRACKETED.lastIndex = 0
    for (let match = BRACKETED.exec(block); match !== null; match = BRACKETED.exec(block)) {
      const name = withoutEdition(match[1] as string)
      if (endsLikeInstrument(name) && !isThisTitle(name) && !this.titles.includes(name))
        if (this.titles.length < MAX_TITLES) this.titles.push(name)
    }
    if (this.titles.length === 0) return
    OPENING.lastIndex = 0
    for (let match = OPENING.exec(block); match !== null; match = OPENING.exec(block)) {
      const start = match.index
      const before = block.slice(Math.max(0, start - 2 * MAX_TITLE), start).replace(LEAD_IN, '')
      const title = this.titles.find((title) => before.endsWith(`《${title}》`) || shortNameAtEnd(before, title))
      if (title === undefined) continue
      const close = block.indexOf(CLOSERS[match[0]] as string, start + 1)
      const end = close !== -1 && close - start <= MAX_QUOTE ? close + 1 : endOfLine(block, start)
      regions.push({ start, end, instrument: { title, by: 'quotation' } })
    }
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
          if (name !== undefined && endsLikeInstrument(name) && !isThisTitle(name))
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
