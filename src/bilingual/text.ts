/**
 * Bilingual Markdown and plain text: each heading, paragraph and item in
 * the official Chinese, followed by its unofficial English. Markdown is an
 * mdast tree serialised by `mdast-util-to-markdown` (the English of a
 * paragraph or item a block quote under it); text is written line by line.
 * The notice ({@link TRANSLATION_NOTE} and {@link CAPTION_NOTE}) closes each
 * article, and the {@link LEGEND} names the two texts, after the title or
 * after a provision alone (the first lines stay the provision's own).
 */
import type { Blockquote, Emphasis, Heading, List, Paragraph as MdParagraph, Root, RootContent } from 'mdast'
import { CAPTION_NOTE, ownEnglish, TRANSLATION_NOTE } from '../annotations/translation.js'
import { translation } from '../generated/annotations.js'
import type { Provision, Regulation } from '../model/schema.js'
import { articleHeading, chapterHeading, EN_LABEL, englishOf, itemEnglish, ZH_LABEL, ZH_LABEL_EN } from './english.js'

/** The blocks of a node, in order: `[kind, Chinese, English]`; a notice has its English only. */
type Block = readonly ['title' | 'note' | 'chapter' | 'article' | 'paragraph' | 'item' | 'notice', string, string]

/** What the columns of the HTML say, for the views that have no columns. */
export const LEGEND = /* @__PURE__ */ (() =>
  `Each provision is given in ${ZH_LABEL} ${ZH_LABEL_EN}, then in ${EN_LABEL}.`)()

/** The notice closing each article: the English is unofficial and its caption added. */
const ARTICLE_NOTICE = /* @__PURE__ */ (() => `${TRANSLATION_NOTE} ${CAPTION_NOTE}`)()

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
      // Each article closes with the notice, so that one article read or copied alone keeps it.
      return [
        ['article', node.heading, articleHeading(node)],
        ...node.paragraphs.flatMap(blocks),
        ['notice', '', ARTICLE_NOTICE],
      ]
    case 'paragraph':
      return [['paragraph', node.text, ownEnglish(node)], ...node.items.flatMap(blocks)]
    default:
      return [['item', node.marker + node.text, itemEnglish(node)]]
  }
}

const text = (value: string): MdParagraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })
const emphasis = (value: string): Emphasis => ({ type: 'emphasis', children: [{ type: 'text', value }] })
const quote = (value: string): Blockquote => ({ type: 'blockquote', children: [text(value)] })
const heading = (depth: 1 | 2 | 3, zh: string, en: string): Heading => ({
  type: 'heading',
  depth,
  children: [{ type: 'text', value: `${zh} · ${en}` }],
})

/**
 * The blocks of the regulation or a provision with its notices: after the
 * title the notice and the legend; after a provision alone the legend, and
 * the notice when no article has given it.
 */
function withNotices(node: Regulation | Provision): Block[] {
  const list = blocks(node)
  if (node.type === 'regulation')
    return [list[0] as Block, ['notice', '', ARTICLE_NOTICE], ['notice', '', LEGEND], ...list.slice(1)]
  const own: Block[] = node.type === 'paragraph' || node.type === 'item' ? [['notice', '', TRANSLATION_NOTE]] : []
  return [...list, ...own, ['notice', '', LEGEND]]
}

/** The mdast tree of the bilingual Markdown. */
export function bilingualMdast(node: Regulation | Provision): Root {
  const children: RootContent[] = []
  for (const [kind, zh, en] of withNotices(node)) {
    if (kind === 'title') children.push(heading(1, zh, en))
    // Notices in italics, so that they do not read as the translation of the block above.
    else if (kind === 'notice')
      children.push({ type: 'blockquote', children: [{ type: 'paragraph', children: [emphasis(en)] }] })
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
  return { type: 'root', children }
}

/** The bilingual plain text: each block in Chinese then English, blocks apart by a blank line. */
export function bilingualText(node: Regulation | Provision): string {
  const out: string[] = []
  for (const [kind, zh, en] of withNotices(node)) out.push(kind === 'notice' ? en : `${zh}\n${en}`)
  return `${out.join('\n\n')}\n`
}
