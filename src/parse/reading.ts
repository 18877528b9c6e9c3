/**
 * What the parser's readers share: where to report problems, the Markdown
 * itself (to compare text with what is written), and the readers of inline
 * text and numerals that every block handler uses.
 */
import type { Heading, Paragraph as MdParagraph, Nodes, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { formatChineseNumeral, parseChineseNumeral } from '../numeral/index.js'
import { createMessage, type ParseMessage, type RuleId } from './message.js'

/** A 1-based line and column. */
export interface Place {
  line: number
  column: number
}

/** Report a problem at a node or a place. */
export type Reporter = (
  reason: string,
  node: Nodes | Place | undefined,
  ruleId: RuleId,
  extra?: { expected?: string[]; actual?: string },
) => void

/** One parse: its messages, its reporter and the Markdown it reads. */
export interface Reading {
  readonly report: Reporter
  readonly source: string
  readonly messages: ParseMessage[]
}

export function createReading(source: string): Reading {
  const messages: ParseMessage[] = []
  const report: Reporter = (reason, node, ruleId, extra) => {
    const place = node && 'type' in node ? start(node) : (node ?? { line: 1, column: 1 })
    messages.push(createMessage(reason, place.line, place.column, ruleId, extra))
  }
  return { report, source, messages }
}

export function start(node: Nodes): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

export function endOf(tree: Root): Place {
  return { line: tree.position?.end.line ?? 1, column: tree.position?.end.column ?? 1 }
}

/** A block for a message: `heading \`## 第一章…\``, `paragraph \`…\``, `HTML \`<div>\``. */
export function describe(node: Nodes | undefined): string {
  if (!node) return 'end of document'
  if (node.type === 'heading') return `heading \`${'#'.repeat(node.depth)} ${mdastToString(node).slice(0, 20)}\``
  if (node.type === 'paragraph') return `paragraph \`${mdastToString(node).slice(0, 12)}\``
  if (node.type === 'html') return `HTML \`${node.value.slice(0, 20)}\``
  return node.type
}

/**
 * Text of a heading or paragraph; only plain text (with backslash escapes)
 * is allowed. A character reference (`&lt;`, `&#x4E00;`) would make the text
 * differ from what is written, so it is an error too.
 */
export function readInline(node: Heading | MdParagraph, reading: Reading): string {
  const { report } = reading
  for (const child of node.children) {
    if (child.type !== 'text') {
      report(
        `Unexpected ${describe(child)} in text, expected plain text (escape Markdown punctuation with \\)`,
        child,
        'inline-markup',
      )
    } else {
      const at = child.value.search(/[\r\n]/)
      if (at !== -1) {
        const place = start(child)
        report(
          'Unexpected line break inside a paragraph, expected each paragraph on one line',
          { line: place.line, column: place.column + at },
          'line-break',
        )
      } else checkReferences(child, reading)
    }
  }
  return mdastToString(node)
}

/** Report a character reference in a text node: its value is not what its source says once escapes are read. */
function checkReferences(node: Nodes & { value: string }, reading: Reading): void {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) return
  const written = reading.source.slice(from, to)
  if (written.replace(/\\([!-/:-@[-`{-~])/g, '$1') === node.value) return
  const match = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(written)
  const place = start(node)
  const offset = match ? match.index : 0
  reading.report(
    `Unexpected character reference \`${match ? match[0] : '&…;'}\`, expected the character itself (or \`\\&\` for a literal \`&\`)`,
    { line: place.line, column: place.column + offset },
    'character-reference',
  )
}

/**
 * Read the numeral in `第…条`, `第…章` or `（…）`. `offset` is the numeral's
 * column within the node, so a message points at the character at fault.
 */
export function readNumeral(
  value: string,
  node: Nodes,
  unit: string,
  offset: number,
  report: Reporter,
): number | undefined {
  const result = parseChineseNumeral(value)
  const place = start(node)
  if (!result.ok) {
    report(
      `Unexpected numeral \`${value}\` before \`${unit}\`: ${result.reason}`,
      { line: place.line, column: place.column + offset + result.index },
      'numeral',
    )
    return undefined
  }
  if (!result.canonical) {
    report(
      `Unexpected numeral \`${value}\`, expected the statute form \`${formatChineseNumeral(result.value)}\``,
      { line: place.line, column: place.column + offset },
      'numeral',
    )
  }
  return result.value
}
