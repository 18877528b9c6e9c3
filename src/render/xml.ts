/**
 * XML text for an xast tree, as both Akoma Ntoso renderers write it.
 * xast-util-to-xml escapes only `&` and `<` in text, but XML 1.0 forbids
 * `]]>` in character data (§2.4), so a text holding it is written as raw XML
 * with its `>` escaped too; nothing else is written raw.
 */
import type { Nodes, Root } from 'xast'
import { type Raw, toXml } from 'xast-util-to-xml'

const CDATA_END = ']]>'

/** `value` escaped for character data: `&`, `<` and `>`. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A copy of `node` whose texts holding `]]>` are raw nodes with the text escaped; the node itself when it has none. */
function withCdataEndEscaped(node: Nodes | Raw): Nodes | Raw {
  if (node.type === 'text')
    return node.value.includes(CDATA_END) ? { type: 'raw', value: escapeText(node.value) } : node
  if (node.type !== 'root' && node.type !== 'element') return node
  let changed = false
  const children = node.children.map((child) => {
    const next = withCdataEndEscaped(child)
    if (next !== child) changed = true
    return next
  })
  return changed ? ({ ...node, children } as Nodes) : node
}

/** The XML of `tree`: empty elements closed tightly (`<br/>`), every text well-formed character data. */
export function xmlOf(tree: Root): string {
  return toXml(withCdataEndEscaped(tree) as Root, {
    closeEmptyElements: true,
    tightClose: true,
    // Only the raw nodes made above, whose text is escaped.
    allowDangerousXml: true,
  })
}
