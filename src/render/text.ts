/**
 * Plain text, for terminals, search indexes and language models: laid out
 * the way the official text is printed (chapter headings, articles and
 * paragraphs indented by two full-width spaces, item markers kept), wrapped
 * at a width counted in terminal columns (a CJK character is two).
 *
 * Wrapping only inserts line breaks: it never changes a character, never
 * breaks inside a run of Latin letters or digits (`12339`, `2025`), and never
 * starts a line with closing punctuation (`，。；：、）》”`).
 */

import { eastAsianWidth } from 'get-east-asian-width'
import { unreadable } from '../model/guard.js'
import type { Article, Chapter, Paragraph, Regulation } from '../model/schema.js'
import { describeValue, expectString } from '../model/value.js'
import { badOption, begin, isFailure, type Renderable, type RenderResult, rendered } from './common.js'

/** Options of the plain-text renderer. */
export interface TextOptions {
  /** Wrap lines at this many columns (a CJK character counts two). `0` (default): no wrapping. */
  readonly width?: number
  /** Put before each article and each paragraph after an article's first. Default: two full-width spaces. */
  readonly indent?: string
  /** Between a heading (`第一条`, `第一章`) and what follows it. Default: one full-width space. */
  readonly headingSeparator?: string
}

/**
 * Columns a character takes in a terminal: 2 for East Asian wide and
 * full-width characters (as `get-east-asian-width` classifies them, ambiguous
 * ones narrow), else 1. Reads the first code point of `char`.
 *
 * @throws {TypeError} when `char` is not a string.
 */
export function columns(char: string): number {
  const code = expectString(char, 'char').codePointAt(0) ?? 0
  return eastAsianWidth(code)
}

/** Most units carried to the next line to keep closing punctuation off a line's start (print carries one or two). */
const MAX_CARRY = 4

/** Characters a line may not start with. */
const NO_LINE_START = /* @__PURE__ */ (() => new Set([...'，。、；：？！）》」』”’…,.;:?!)']))()

/**
 * Wrap one line of text at `width` columns; continuation lines are not
 * indented, as in print. Up to four units of closing punctuation are carried
 * to the next line with the unit before them. A `width` that is not a
 * positive number means no wrapping. Linear in the length of the line.
 *
 * @throws {TypeError} when `line` is not a string.
 */
export function wrap(line: string, width: number): string[] {
  expectString(line, 'line')
  if (!(width > 0)) return [line]
  // Units that must stay together: runs of Latin letters and digits, or one character.
  const units = line.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? []
  const lines: string[] = []
  let current: string[] = []
  let used = 0
  const widthOf = (unit: string): number => [...unit].reduce((sum, char) => sum + columns(char), 0)
  for (const unit of units) {
    const w = widthOf(unit)
    if (used + w > width && current.length > 0) {
      // Carry units over until the new line would not start with closing punctuation (`。）`).
      // At most MAX_CARRY units, so a run of closing punctuation cannot make the wrap quadratic.
      const carried: string[] = []
      while (NO_LINE_START.has(carried[0] ?? unit) && current.length > 1 && carried.length < MAX_CARRY)
        carried.unshift(current.pop() as string)
      lines.push(current.join(''))
      current = carried
      used = carried.reduce((sum, u) => sum + widthOf(u), 0)
    }
    current.push(unit)
    used += w
  }
  if (current.length > 0) lines.push(current.join(''))
  return lines
}

/** The regulation or any provision of it as plain text, ending with a newline. */
export function renderText(node: Renderable, given?: TextOptions | null): RenderResult {
  try {
    const options = begin<TextOptions>(node, given)
    if (isFailure(options)) return options
    const own = node
    const width = options.width ?? 0
    if (!Number.isInteger(width) || width < 0 || (width > 0 && width < 8)) {
      return badOption(
        `Unexpected width ${describeValue(options.width)}, expected 0 (no wrapping) or an integer of at least 8`,
      )
    }
    const indent = options.indent ?? '\u3000\u3000'
    const separator = options.headingSeparator ?? '\u3000'
    for (const [name, value] of [
      ['indent', indent],
      ['headingSeparator', separator],
    ] as const) {
      if (typeof value !== 'string' || /[\r\n]/.test(value))
        return badOption(`Unexpected \`${name}\`, expected text on one line`)
    }
    const lines: string[] = []
    const out = (line: string): void => {
      lines.push(...wrap(line, width))
    }
    const paragraph = (node: Paragraph, lead: string): void => {
      out(lead + node.text)
      for (const item of node.items) out(indent + item.marker + item.text)
    }
    const article = (node: Article): void => {
      node.paragraphs.forEach((p, index) => {
        paragraph(p, index === 0 ? indent + node.heading + separator : indent)
      })
    }
    const chapter = (node: Chapter): void => {
      out(node.heading + separator + node.title)
      lines.push('')
      for (const a of node.articles) article(a)
    }
    const regulation = (node: Regulation): void => {
      out(node.title)
      lines.push('')
      out(node.promulgationNote)
      for (const c of node.chapters) {
        lines.push('')
        chapter(c)
      }
    }
    switch (own.type) {
      case 'regulation':
        regulation(own)
        break
      case 'chapter':
        chapter(own)
        break
      case 'article':
        article(own)
        break
      case 'paragraph':
        paragraph(own, indent)
        break
      default:
        out(indent + own.marker + own.text)
    }
    return rendered(`${lines.join('\n')}\n`, 'text/plain; charset=utf-8')
  } catch (error) {
    return unreadable(error, { node, options: given })
  }
}
