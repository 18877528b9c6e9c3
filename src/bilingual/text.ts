/**
 * Bilingual Markdown and plain text: each heading, paragraph and item in
 * the official Chinese, followed by its unofficial English. Markdown is an
 * mdast tree serialised by `mdast-util-to-markdown` (the English of a
 * paragraph or item a block quote under it); text is written line by line.
 */
import type { Blockquote, Heading, List, Paragraph as MdParagraph, Root, RootContent } from 'mdast'
import { ownEnglish, TRANSLATION_NOTE } from '../annotations/translation.js'
import { translation } from '../generated/annotations.js'
import type { Provision, Regulation } from '../model/schema.js'
import { articleHeading, chapterHeading, englishOf, itemEnglish } from './english.js'

/** The blocks of a node, in order: `[kind, Chinese, English]`. */
type Block = readonly ['title' | 'note' | 'chapter' | 'article' | 'paragraph' | 'item', string, string]

function blocks(node: Regulation | Provision): Block[] {
  switch (node.type) {
    case 'regulation':
      return [
        ['title', node.title, englishOf(node)],
        ['note', node.promulgationNote, translation.promulgationNote.join(' ')],
        ...node.chapters.flatMap(blocks),
      ]
    case 'chapter':
      return [['chapter', `${node.heading} ${node.title}`, chapterHeading(node)], ...node.articles.flatMap(blocks)]
    case 'article':
      return [['article', node.heading, articleHeading(node)], ...node.paragraphs.flatMap(blocks)]
    case 'paragraph':
      return [['paragraph', node.text, ownEnglish(node)], ...node.items.flatMap(blocks)]
    default:
      return [['item', node.marker + node.text, itemEnglish(node)]]
  }
}

const text = (value: string): MdParagraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })
const quote = (value: string): Blockquote => ({ type: 'blockquote', children: [text(value)] })
const heading = (depth: 1 | 2 | 3, zh: string, en: string): Heading => ({
  type: 'heading',
  depth,
  children: [{ type: 'text', value: `${zh} · ${en}` }],
})

/** The mdast tree of the bilingual Markdown. */
export function bilingualMdast(node: Regulation | Provision): Root {
  const children: RootContent[] = []
  for (const [kind, zh, en] of blocks(node)) {
    if (kind === 'title') children.push(heading(1, zh, en), quote(TRANSLATION_NOTE))
    else if (kind === 'chapter') children.push(heading(2, zh, en))
    else if (kind === 'article') children.push(heading(3, zh, en))
    else if (kind === 'item') {
      const list: List = {
        type: 'list',
        ordered: false,
        spread: false,
        children: [{ type: 'listItem', spread: false, children: [text(zh), quote(en)] }],
      }
      children.push(list)
    } else children.push(text(zh), quote(en))
  }
  // A provision alone still says that its English is unofficial.
  if (node.type !== 'regulation') children.push(quote(TRANSLATION_NOTE))
  return { type: 'root', children }
}

/** The bilingual plain text: each block in Chinese then English, blocks apart by a blank line. */
export function bilingualText(node: Regulation | Provision): string {
  const out: string[] = []
  for (const [kind, zh, en] of blocks(node)) {
    out.push(`${zh}\n${en}`)
    if (kind === 'title') out.push(TRANSLATION_NOTE)
  }
  if (node.type !== 'regulation') out.push(TRANSLATION_NOTE)
  return `${out.join('\n\n')}\n`
}
