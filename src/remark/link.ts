/**
 * References that resolve, turned into links to their provisions: a text
 * node is split around each reference, which becomes a `link` node whose
 * `url` is a base URL joined to the eId (see `provisionUrl`).
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast'
import type { Plugin } from 'unified'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { describeValue, readOptions } from '../model/value.js'
import { type FindOptions, findInTree, locationOf, type NodeReference } from './find.js'

/** Options of {@link remarkLinkReferences}. */
export interface LinkOptions extends FindOptions {
  /**
   * The URL each link starts with, joined to the eId of the provision: the
   * eId follows it directly when it ends with `#`, `/`, `?` or `=`, or has
   * a fragment already (`/jilin#provision-` gives `/jilin#provision-art_38`);
   * otherwise a `#` comes between. So `https://example.org/jilin#` and
   * `https://example.org/jilin` both give
   * `https://example.org/jilin#art_15__para_2`, and `/laws/jilin/` gives
   * `/laws/jilin/art_15__para_2`.
   */
  readonly baseUrl: string
}

/** What a base URL may end with to be followed by the eId as it is: a fragment, a path, a query or its value. */
const JOINS = new Set(['#', '/', '?', '='])

/**
 * The URL of the provision `eId` under `baseUrl`. The eId follows the base
 * directly when the base ends with `#`, `/`, `?` or `=`, or already has a
 * fragment (`/jilin#provision-` gives `/jilin#provision-art_38`); otherwise
 * a `#` comes between (`https://example.org/jl` gives
 * `https://example.org/jl#art_38`, not `…/jlart_38`). An empty base gives
 * the fragment alone (`#art_38`).
 *
 * @example
 * provisionUrl('https://example.org/jl', 'art_38') // 'https://example.org/jl#art_38'
 * provisionUrl('/laws/jilin/', 'art_38') // '/laws/jilin/art_38'
 * provisionUrl('https://example.org/p?eid=', 'art_38') // 'https://example.org/p?eid=art_38'
 */
export function provisionUrl(baseUrl: string, eId: string): string {
  const direct = JOINS.has(baseUrl.slice(-1)) || baseUrl.includes('#')
  return `${baseUrl}${direct ? '' : '#'}${eId}`
}

/** The eId a resolved reference links to: its first provision; none for the whole regulation or a failure. */
function target(found: NodeReference): string | undefined {
  const { result } = found.reference
  if (!result.ok || result.scope !== 'internal' || result.whole) return undefined
  return result.nodes[0]?.eId
}

/**
 * Replace each resolved reference in a text node (not already in a link)
 * by a link to its provision under `baseUrl`. Works from the last node back, so the
 * indices of the nodes before stay right.
 */
export function linkReferences(found: readonly NodeReference[], baseUrl: string, file: VFile): void {
  const place = locationOf(file)
  // Every new node gets a position (unified-message-control treats what no node covers as a gap): its
  // own where the text is its source exactly, the split node's otherwise.
  const position = (item: NodeReference, from: number, to: number): Position | undefined => {
    if (item.offset === undefined) return item.node.position
    const start = place.toPoint(item.offset + from)
    const end = place.toPoint(item.offset + to)
    return start && end ? { start: start as Point, end: end as Point } : item.node.position
  }
  const at = <T extends object>(node: T, where: Position | undefined): T =>
    where ? { ...node, position: where } : node
  const byNode = new Map<Text, NodeReference[]>()
  for (const item of found) {
    if (item.node.type !== 'text' || item.parent === undefined) continue
    if (item.parent.type === 'link' || item.parent.type === 'linkReference') continue
    if (target(item) === undefined) continue
    const list = byNode.get(item.node) ?? []
    list.push(item)
    byNode.set(item.node, list)
  }
  for (const [node, items] of [...byNode].reverse()) {
    const parent = items[0]?.parent as Parent
    const index = parent.children.indexOf(node)
    if (index === -1) continue
    const parts: PhrasingContent[] = []
    let done = 0
    const first = items[0] as NodeReference
    for (const item of items) {
      const { start, end, text } = item.reference
      if (start > done)
        parts.push(at<Text>({ type: 'text', value: node.value.slice(done, start) }, position(item, done, start)))
      const where = position(item, start, end)
      const link: Link = at(
        {
          type: 'link',
          url: provisionUrl(baseUrl, target(item) as string),
          children: [at<Text>({ type: 'text', value: text }, where)],
        },
        where,
      )
      parts.push(link)
      done = end
    }
    if (done < node.value.length)
      parts.push(at<Text>({ type: 'text', value: node.value.slice(done) }, position(first, done, node.value.length)))
    parent.children.splice(index, 1, ...(parts as Parent['children']))
  }
}

/**
 * A remark plugin that only links: every reference to this regulation that
 * resolves, in the text (not in code, nor already in a link), becomes a
 * link to its provision, `baseUrl` joined to its eId (a `#` between them
 * unless `baseUrl` ends with `#`, `/`, `?` or `=` or has a fragment, see
 * {@link LinkOptions.baseUrl}); nothing is reported. For sites built with
 * remark; the lint rule only reports.
 *
 * @example
 * unified().use(remarkParse).use(remarkLinkReferences, { baseUrl: '/jilin#' })
 */
export const remarkLinkReferences: Plugin<[LinkOptions], Root> = (options) => {
  // Read once: the plugin's options are read again for every file it links.
  const read = readOptions<LinkOptions>(options)
  if (read === undefined)
    throw new TypeError(
      `Unexpected options ${describeValue(options)}, expected an object such as \`{ baseUrl: 'https://example.org/jilin#' }\``,
    )
  const baseUrl = read.baseUrl
  if (typeof baseUrl !== 'string')
    throw new TypeError(
      `Unexpected baseUrl ${typeof baseUrl}, expected a string such as \`https://example.org/jilin#\``,
    )
  return (tree, file) => {
    linkReferences(findInTree(tree, file, read), baseUrl, file)
  }
}
