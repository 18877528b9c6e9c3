/**
 * Names of instruments in a text: whether a title is this regulation's, or
 * names another instrument, and the title a document gives itself.
 */
import { TITLE } from '../../model/constants.js'
import { isInstrumentKind, titleKind } from '../grammar/title-kinds.js'

/** Another instrument a part of a text belongs to, and how the text says so. */
export interface OtherInstrument {
  /** Its title as the text gives it, without 《》 (`辽宁省反间谍安全防范工作规定`), or how it was told (`another instrument`). */
  readonly title: string
  /**
   * `title`: the document's own title; `quotation`: a quotation introduced
   * by the title; `paragraph`: a bare eId or citation after the title or
   * work URI in its paragraph; `configuration`: the caller said so.
   */
  readonly by: 'title' | 'quotation' | 'paragraph' | 'configuration'
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
export const MAX_TITLE = 80

/** This regulation's English title in its common variants, as an expression's source. */
export const ENGLISH_NAME =
  'Jilin(?:\\s+Province|\\s+Provincial)?\\s+Counter[-\\s]?espionage\\s+(?:Work\\s+)?Regulations?'

/** This regulation's titles: the Chinese one, and the English one. */
const THIS_TITLE = /* @__PURE__ */ (() => new RegExp(`${TITLE}|${ENGLISH_NAME}`, 'i'))()

/** A title written 《…》 that ends like an instrument's name. */
export const BRACKETED = /《([^《》\n]{2,80})》/g

/** Whether `name` is this regulation's title, Chinese or English. */
export function isThisTitle(name: string): boolean {
  return THIS_TITLE.test(name)
}

/**
 * Whether `name` ends like a legal instrument's name (法, 条例, 规定, 办法,
 * 决定, 通知, …), after a year or edition in brackets: not a document's
 * (`特种刀具生产许可证`, `杭州日报`, `…检测方法`), whose name switches no
 * scope, nor a kind word alone (`通知`, a page titled `指令`).
 */
export function endsLikeInstrument(name: string): boolean {
  const bare = withoutEdition(name)
  const kind = titleKind(bare)
  // A kind word alone (通知, 规定, 指令) is no instrument's name; a law's may be that short (刑法, 宪法).
  return isInstrumentKind(kind) && (bare.length > 2 || kind === 'law' || kind === 'constitution')
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
export function withoutEdition(name: string): string {
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
