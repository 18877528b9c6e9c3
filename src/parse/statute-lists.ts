/**
 * Lists of a statute in the LawRefBook convention: items (项, `（一）`,
 * `(一)`), their sub-items (目, `1.`, `１．`, `⒈`, `1、`, `(1)`, `（1）`)
 * and the unnumbered paragraphs that continue an item.
 *
 * A continuation paragraph is part of its item, never a 款: an unnumbered
 * paragraph after an item is held back until the list shows what it is.
 * When the list goes on (the next item, `（二）` after `（一）`, or the next
 * sub-item of the same item), the held paragraphs continue the item (or
 * its last sub-item, when it has sub-items: `２．…增加下列数额：` and the
 * lines of figures under it); when anything else comes (an article, a
 * heading, an item that does not follow, the end), they are the article's
 * next 款, as before. So a reader's count of 款 (the article's paragraphs
 * outside its lists) and of 项 holds, and `第（二）项` names item （二）.
 *
 * Sub-items take the style of an item's first sub-item; a line in the other
 * style (`(1)` under `1.`, a third level) is part of the last sub-item.
 * Each line is held once and placed once: linear in the text.
 */
import type { StatuteItem, StatuteParagraph, StatuteSubItem } from '../model/statute-schema.js'
import { NUMERAL_RUN } from '../numeral/index.js'

/** A type with its arrays and fields writable, for building the model. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] }

/** `（一）`, `(一)`, either bracket of either width. */
const ITEM = /* @__PURE__ */ (() => new RegExp(`^[（(](${NUMERAL_RUN})[）)]`))()
/**
 * `1.`, `１．`, `1、` (not `1.5`), `⒈` to `⒛`, or `(1)`, `（1）`: the number
 * in the first, second or third group.
 */
const SUB_ITEM =
  /^(?:([1-9１-９][0-9０-９]{0,2})(?:[.．](?![0-9０-９])|、)|([\u2488-\u249b])|[（(]([1-9１-９][0-9０-９]{0,2})[）)])/

/** What the list reader needs of the importer: where it stands, and how it reports. */
export interface ListHost {
  /** The paragraph (款) lists are read into, if any. */
  paragraph: Mutable<StatuteParagraph> | undefined
  /** The article (or clause) being read, if any. */
  readonly article: { readonly paragraphs: Mutable<StatuteParagraph>[] } | undefined
  /** The item being read, if any; the importer clears it when a paragraph, article or heading starts. */
  item: Mutable<StatuteItem> | undefined
  /** Start the article's next paragraph (款) with `text`. */
  addParagraph(text: string): void
  /** A Chinese numeral's value, or 0 (reported) when it is not one. */
  number(numeral: string, line: number, column: number): number
  message(reason: string, line: number, column: number, ruleId: 'statute-sequence'): void
}

/** A line held back after an item. */
interface Held {
  readonly text: string
  readonly index: number
  readonly column: number
}

/** `１２` → `12`. */
const ascii = (digits: string): string =>
  digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))

/** The number and style of a sub-item's marker. */
function subNumber(match: RegExpExecArray): { number: number; style: 'point' | 'paren' } {
  if (match[1] !== undefined) return { number: Number(ascii(match[1])), style: 'point' }
  if (match[2] !== undefined) return { number: match[2].charCodeAt(0) - 0x2487, style: 'point' }
  return { number: Number(ascii(match[3] as string)), style: 'paren' }
}

/** The style of a sub-item already read, from its marker. */
const styleOf = (marker: string): 'point' | 'paren' => (/^[（(]/.test(marker) ? 'paren' : 'point')

/** The list after the number of the last element of `list` that numbering restarted, or 1. */
function listNumber(eId: string | undefined): number {
  const match = eId === undefined ? null : /__list_(\d+)__(?:item|point)_\d+$/.exec(eId)
  return match ? Number(match[1]) : 1
}

/**
 * An element's eId, following its number (`…__list_1__item_2` is item
 * （二）). Where numbering does not go up (a second list in one paragraph),
 * the next list (`list_2`), so no eId is used twice.
 */
function elementEId(
  parent: string,
  kind: 'item' | 'point',
  number: number,
  last: { eId: string; number: number } | undefined,
): string {
  let list = listNumber(last?.eId)
  if (last !== undefined && number <= last.number) list++
  return `${parent}__list_${list}__${kind}_${number > 0 ? number : (last?.number ?? 0) + 1}`
}

/** Reads items, sub-items and continuation paragraphs into the importer's current paragraph. */
export class ListReader {
  private held: Held[] = []

  constructor(private readonly host: ListHost) {}

  /**
   * Read `text` if it belongs to a list (an item, a sub-item, or a line
   * after an item that may continue it); `ends` when it is a heading or an
   * article, which ends any list. False when the importer reads it.
   */
  take(text: string, index: number, column: number, ends: boolean): boolean {
    if (ends) {
      this.flush()
      return false
    }
    const { host } = this
    const item = host.paragraph ? ITEM.exec(text) : null
    if (item) {
      const number = host.number(item[1] as string, index, column)
      const current = host.item
      if (this.held.length > 0) {
        if (current !== undefined && number > 1 && number === current.number + 1) this.continueItem()
        else this.flush()
      }
      this.recoverFirst(number, index, column)
      this.addItem(text, item, number, index, column)
      return true
    }
    if (host.item === undefined) return false
    const sub = SUB_ITEM.exec(text)
    if (sub && this.held.length > 0) {
      const last = host.item.subItems?.at(-1)
      const { number, style } = subNumber(sub)
      // The next sub-item of the same item: what was held continues the item.
      if (last !== undefined && number === last.number + 1 && style === styleOf(last.marker)) this.continueItem()
      else {
        this.held.push({ text, index, column })
        return true
      }
    }
    if (sub && this.held.length === 0) {
      this.addSubItem(text, sub, index, column)
      return true
    }
    this.held.push({ text, index, column })
    return true
  }

  /** What was held after the last item is the article's next 款 (the list has ended). */
  flush(): void {
    if (this.held.length === 0) return
    const held = this.held
    this.held = []
    for (const line of held) this.host.addParagraph(line.text)
  }

  /** What was held continues the current item: sub-items of it, or paragraphs of it (or of its last sub-item). */
  private continueItem(): void {
    const held = this.held
    this.held = []
    for (const line of held) {
      const sub = SUB_ITEM.exec(line.text)
      if (sub) this.addSubItem(line.text, sub, line.index, line.column)
      else this.continuation(line.text)
    }
  }

  /** `text` continues the current item, or its last sub-item. */
  private continuation(text: string): void {
    const item = this.host.item as Mutable<StatuteItem>
    const target: { continuation?: string[] | undefined } = item.subItems?.at(-1) ?? item
    if (target.continuation) target.continuation.push(text)
    else target.continuation = [text]
  }

  /**
   * `（二）` opening the list of a paragraph that follows a lead-in (a
   * paragraph ending `：` without a list): the paragraph between is item
   * （一） printed without its number. It is read as that item, with a
   * message, so that the 款 after the list keep their numbers.
   */
  private recoverFirst(number: number, index: number, column: number): void {
    const { host } = this
    const paragraphs = host.article?.paragraphs
    const current = host.paragraph
    const lead = paragraphs?.at(-2)
    if (number !== 2 || !paragraphs || !current || !lead || paragraphs.at(-1) !== current) return
    if (current.items.length > 0 || lead.items.length > 0 || !/[：:]$/.test(lead.text)) return
    paragraphs.pop()
    const item: Mutable<StatuteItem> = {
      type: 'item',
      eId: elementEId(lead.eId, 'item', 1, undefined),
      number: 1,
      marker: '',
      text: current.text,
    }
    lead.items.push(item)
    host.paragraph = lead
    host.item = item
    host.message(
      'Unexpected item 2 after a paragraph, expected item 1 (`（一）`): the paragraph is read as item 1, its number missing',
      index,
      column,
      'statute-sequence',
    )
  }

  private addItem(text: string, match: RegExpExecArray, number: number, index: number, column: number): void {
    const paragraph = this.host.paragraph as Mutable<StatuteParagraph>
    const last = paragraph.items.at(-1)
    const expected = (last?.number ?? 0) + 1
    if (number !== expected)
      this.host.message(`Unexpected item ${number}, expected item ${expected}`, index, column, 'statute-sequence')
    const item: Mutable<StatuteItem> = {
      type: 'item',
      eId: elementEId(paragraph.eId, 'item', number, last),
      number,
      marker: match[0],
      text: text.slice(match[0].length).trim() || match[0],
    }
    paragraph.items.push(item)
    this.host.item = item
  }

  private addSubItem(text: string, match: RegExpExecArray, index: number, column: number): void {
    const item = this.host.item as Mutable<StatuteItem>
    const { number, style } = subNumber(match)
    const last = item.subItems?.at(-1)
    // Another style under the item's sub-items is a level below them: part of the last one.
    if (last !== undefined && style !== styleOf(last.marker)) {
      this.continuation(text)
      return
    }
    const expected = (last?.number ?? 0) + 1
    if (number !== expected)
      this.host.message(`Unexpected sub-item ${number}, expected ${expected}`, index, column, 'statute-sequence')
    const subItem: Mutable<StatuteSubItem> = {
      type: 'subitem',
      eId: elementEId(item.eId, 'point', number, last),
      number,
      marker: match[0],
      text: text.slice(match[0].length).trim() || match[0],
    }
    if (item.subItems) item.subItems.push(subItem)
    else item.subItems = [subItem]
  }
}
