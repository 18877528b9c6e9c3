/** What a node spans: the node a reference names, and the provisions under it. */
import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import type { Result } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { type NodeRef, resolveNode } from '../query/node.js'

/** The node a reference names: the regulation itself, or a provision by node, copy or eId. */
export function nodeOf(ref: NodeRef | Regulation): Result<{ node: Regulation | Provision }> {
  return ref === regulation ? { ok: true, node: regulation } : resolveNode(ref as NodeRef)
}

const RANK = { chapter: 0, article: 1, paragraph: 2, item: 3 } as const

/** A node and the provisions under it, in document order (the regulation: every provision). */
export function nodesUnder(node: Regulation | Provision): readonly Provision[] {
  const { order, position } = getIndex()
  if (node.type === 'regulation') return order
  const out: Provision[] = [node]
  for (let at = (position.get(node) as number) + 1; at < order.length; at++) {
    const next = order[at] as Provision
    if (RANK[next.type] <= RANK[node.type]) break
    out.push(next)
  }
  return out
}

/** The eIds of a node and of the provisions under it. */
export function sourcesUnder(node: Regulation | Provision): Set<string> {
  return new Set(nodesUnder(node).map((n) => n.eId))
}

/** The eIds of the articles a node is in or holds. */
export function articlesUnder(node: Regulation | Provision): Set<string> {
  const articles = new Set<string>()
  for (const n of nodesUnder(node)) {
    const article = /^art_\d+/.exec(n.eId)?.[0]
    if (article) articles.add(article)
  }
  return articles
}
