/** Moving down the model's tree, without its data: any tree of the model's shape. */
import type { Provision, Regulation } from './schema.js'

/** The nodes one level down: a regulation's chapters, a chapter's articles, an article's paragraphs, a paragraph's items. */
export function childNodes(node: Regulation | Provision): readonly Provision[] {
  switch (node.type) {
    case 'regulation':
      return node.chapters
    case 'chapter':
      return node.articles
    case 'article':
      return node.paragraphs
    case 'paragraph':
      return node.items
    default:
      return []
  }
}
