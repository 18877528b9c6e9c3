/**
 * Moving around the tree: parent, ancestors, children, previous and next in
 * document order, the chapter of a provision, the path from the root, and
 * the text of any subtree.
 */

import { getIndex, type Lookup } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import type { Chapter, Provision, Regulation } from '../model/schema.js'
import { childNodes } from '../model/tree.js'
import { describeValue, readOptions } from '../model/value.js'
import { type NodeList, type NodeRef, resolveNode } from './node.js'

/** The node above: the article of a paragraph, the regulation of a chapter. */
export function parentOf(ref: NodeRef): Lookup<Provision | Regulation> {
  try {
    const found = resolveNode(ref)
    if (!found.ok) return found
    return { ok: true, node: getIndex().parent.get(found.node) as Provision | Regulation }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** Every node above, nearest first, ending with the regulation. */
export function ancestorsOf(ref: NodeRef): NodeList<Provision | Regulation> {
  try {
    const found = resolveNode(ref)
    if (!found.ok) return found
    const { parent } = getIndex()
    const ancestors: (Provision | Regulation)[] = []
    let node: Provision | Regulation | undefined = parent.get(found.node)
    while (node) {
      ancestors.push(node)
      node = node.type === 'regulation' ? undefined : parent.get(node)
    }
    return { ok: true, nodes: ancestors }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** From the regulation down to the node itself. */
export function pathOf(ref: NodeRef): NodeList<Provision | Regulation> {
  try {
    const found = resolveNode(ref)
    if (!found.ok) return found
    const ancestors = ancestorsOf(found.node) as { ok: true; nodes: readonly (Provision | Regulation)[] }
    return { ok: true, nodes: [...ancestors.nodes].reverse().concat(found.node) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** The nodes one level down (articles of a chapter, paragraphs of an article, items of a paragraph). */
export function childrenOf(ref: NodeRef | Regulation): NodeList<Provision> {
  try {
    if (ref === regulation) return { ok: true, nodes: regulation.chapters }
    const found = resolveNode(ref as NodeRef)
    if (!found.ok) return found
    return { ok: true, nodes: childNodes(found.node) }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** The chapter a provision is in (a chapter is its own). */
export function chapterOf(ref: NodeRef): Lookup<Chapter> {
  try {
    const found = resolveNode(ref)
    if (!found.ok) return found
    return { ok: true, node: getIndex().chapter.get(found.node) as Chapter }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** Options of `nextOf` and `previousOf`. */
export interface StepOptions {
  /** Step to the next node of the same type (the next article), not the next node. */
  readonly sameType?: boolean
}

/** The next provision in document order (chapter → its first article → its first paragraph …). */
export function nextOf(ref: NodeRef, options?: StepOptions | null): Lookup<Provision> {
  try {
    return step(ref, 1, options)
  } catch (error) {
    return unreadable(error, { ref, options })
  }
}

/** The previous provision in document order. */
export function previousOf(ref: NodeRef, options?: StepOptions | null): Lookup<Provision> {
  try {
    return step(ref, -1, options)
  } catch (error) {
    return unreadable(error, { ref, options })
  }
}

function step(ref: NodeRef, direction: 1 | -1, given: StepOptions | null | undefined): Lookup<Provision> {
  const options = readOptions<StepOptions>(given)
  if (options === undefined)
    return failure(
      'invalid',
      `Unexpected options ${describeValue(given)}, expected an object such as \`{ sameType: true }\``,
    )
  const found = resolveNode(ref)
  if (!found.ok) return found
  const { order, position } = getIndex()
  let at = position.get(found.node) as number
  for (at += direction; at >= 0 && at < order.length; at += direction) {
    const node = order[at] as Provision
    if (!options.sameType || node.type === found.node.type) return { ok: true, node }
  }
  const what = options.sameType ? `${found.node.type} ` : 'provision '
  return failure(
    'not-found',
    `\`${found.node.eId}\` is the ${direction === 1 ? 'last' : 'first'} ${what}of the regulation`,
  )
}

/** Options of `textOf`: the separators and what to include. */
export interface TextOptions {
  /** Between blocks: headings, paragraphs and items. Default `'\n'`. */
  readonly separator?: string
  /** Between an article's heading and its first paragraph, and a chapter's heading and title. Default `' '`. */
  readonly headingSeparator?: string
  /** Include chapter and article headings (and the title and note for the regulation). Default `true`. */
  readonly headings?: boolean
  /** Include item markers such as `（一）`. Default `true`. */
  readonly markers?: boolean
}

/**
 * The text of a node and everything under it, in document order, as
 * printed: `第三十八条 对反间谍工作中…奖励：\n（一）提供…`. The official text is
 * never changed; only the separators come from `options`.
 */
export function textOf(ref: NodeRef | Regulation, given?: TextOptions | null): Result<{ text: string }> {
  try {
    const options = readOptions<TextOptions>(given)
    if (options === undefined)
      return failure(
        'invalid',
        `Unexpected options ${describeValue(given)}, expected an object such as \`{ separator: ' ' }\``,
      )
    const separator = options.separator ?? '\n'
    const headingSeparator = options.headingSeparator ?? ' '
    const headings = options.headings ?? true
    const markers = options.markers ?? true
    for (const [name, value] of [
      ['separator', separator],
      ['headingSeparator', headingSeparator],
    ] as const) {
      if (typeof value !== 'string')
        return failure('invalid-option', `Unexpected ${name} ${describeValue(value)}, expected a string`)
    }
    const item = (node: { marker: string; text: string }): string => (markers ? node.marker + node.text : node.text)
    const paragraph = (node: Provision & { type: 'paragraph' }): string[] => [node.text, ...node.items.map(item)]
    const article = (node: Provision & { type: 'article' }): string[] => {
      const blocks = node.paragraphs.flatMap(paragraph)
      if (headings) blocks[0] = `${node.heading}${headingSeparator}${blocks[0] ?? ''}`
      return blocks
    }
    const chapter = (node: Chapter): string[] => [
      ...(headings ? [`${node.heading}${headingSeparator}${node.title}`] : []),
      ...node.articles.flatMap(article),
    ]
    if (ref === regulation) {
      const blocks = [
        ...(headings ? [regulation.title, regulation.promulgationNote] : []),
        ...regulation.chapters.flatMap(chapter),
      ]
      return { ok: true, text: blocks.join(separator) }
    }
    const found = resolveNode(ref as NodeRef)
    if (!found.ok) return found
    const node = found.node
    const blocks =
      node.type === 'chapter'
        ? chapter(node)
        : node.type === 'article'
          ? article(node)
          : node.type === 'paragraph'
            ? paragraph(node)
            : [item(node)]
    return { ok: true, text: blocks.join(separator) }
  } catch (error) {
    return unreadable(error, { ref, options: given })
  }
}
