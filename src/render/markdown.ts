/**
 * Markdown in the corpus convention (see `corpus/README.md`), as an mdast
 * tree ({@link toMdast}, for remark users' own pipelines) serialised by
 * `mdast-util-to-markdown`, which escapes what would otherwise read as
 * syntax. The corpus file is written by this module, so the convention has
 * one writer and one reader (`jilin-counter-espionage/parse`).
 */

import type { Blockquote, Heading, Html, List, ListItem, Paragraph as MdParagraph, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { METADATA_MARKER } from '../model/constants.js'
import { unreadable, unreadableTypeError } from '../model/guard.js'
import type { Article, Chapter, Item, Metadata, Paragraph } from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { badOption, begin, checkTree, isFailure, type Renderable, type RenderResult, rendered } from './common.js'

/** Options of the Markdown renderer. */
export interface MarkdownOptions {
  /**
   * Text after the metadata marker on the comment's first line, for example a
   * note that the file is generated. Refused when it could end the comment
   * or break the line: it must not contain `--` (which `-->`, `--!>` and
   * `<!--` all hold), a line break or another control character.
   */
  readonly metadataNote?: string
}

const text = (value: string): MdParagraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({
  type: 'heading',
  depth,
  children: [{ type: 'text', value }],
})

function itemNode(item: Item): ListItem {
  return { type: 'listItem', spread: false, children: [text(item.marker + item.text)] }
}

function paragraphNodes(paragraph: Paragraph): RootContent[] {
  const nodes: RootContent[] = [text(paragraph.text)]
  if (paragraph.items.length > 0) {
    const list: List = { type: 'list', ordered: false, spread: false, children: paragraph.items.map(itemNode) }
    nodes.push(list)
  }
  return nodes
}

function articleNodes(article: Article): RootContent[] {
  return [heading(3, article.heading), ...article.paragraphs.flatMap(paragraphNodes)]
}

function chapterNodes(chapter: Chapter): RootContent[] {
  return [heading(2, `${chapter.heading} ${chapter.title}`), ...chapter.articles.flatMap(articleNodes)]
}

/** The metadata comment: everything of {@link Metadata} but the title, as JSON (`--` written `-\u002d`, so it cannot end the comment). */
function metadataNode(metadata: Metadata, note: string | undefined): Html {
  const { title: _title, ...rest } = metadata
  const json = JSON.stringify(rest, null, 2).replace(/--/g, '-\\u002d')
  const head = note ? `${METADATA_MARKER} ${note}` : METADATA_MARKER
  return { type: 'html', value: `<!-- ${head}\n${json}\n-->` }
}

/**
 * The mdast tree of the regulation or any provision of it, in the corpus
 * convention: `#` title, the metadata comment, `>` note, `##` chapters,
 * `###` articles, paragraphs, and items as a tight bullet list. Use it to
 * put the regulation into a remark pipeline; {@link renderMarkdown}
 * serialises it.
 *
 * @throws {TypeError} when `node` is not a tree of the model's shape
 *   (`renderMarkdown` answers that with a failure instead).
 */
export function toMdast(node: Renderable, options: MarkdownOptions = {}): Root {
  try {
    const wrong = checkTree(node)
    if (wrong) throw new TypeError(wrong.reason)
    let children: RootContent[]
    switch (node.type) {
      case 'regulation': {
        const { type: _type, promulgationNote, chapters, ...metadata } = node
        const note: Blockquote = { type: 'blockquote', children: [text(promulgationNote)] }
        children = [
          heading(1, node.title),
          metadataNode(metadata as Metadata, options.metadataNote),
          note,
          ...chapters.flatMap(chapterNodes),
        ]
        break
      }
      case 'chapter':
        children = chapterNodes(node)
        break
      case 'article':
        children = articleNodes(node)
        break
      case 'paragraph':
        children = paragraphNodes(node)
        break
      default:
        children = [{ type: 'list', ordered: false, spread: false, children: [itemNode(node)] }]
    }
    return { type: 'root', children }
  } catch (error) {
    throw unreadableTypeError(error, { node, options })
  }
}

/**
 * Why `text` cannot stand inside an HTML comment on one line, or `undefined`.
 * Browsers end a comment at `-->` and at `--!>`, and HTML forbids `<!--` and
 * `--` inside one; CommonMark ends the block at `-->`. Refusing `--`
 * covers them all.
 */
function commentTextProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return `${describeValue(text)}, expected a string`
  const dashes = text.indexOf('--')
  if (dashes !== -1)
    return `\`--\` at index ${dashes}, expected text without \`--\` (it can end the comment: \`-->\`, \`--!>\`)`
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here
  const control = text.search(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
  if (control !== -1) return `control character at index ${control}, expected text on one line`
  if (text.endsWith('<!-') || text.endsWith('<!')) return 'ending in `<!`, expected text that cannot open a comment'
  return undefined
}

/** Serialise an mdast tree as the corpus writes it: `-` bullets, one space after the marker, a blank line between blocks. */
export function mdastToMarkdown(tree: Root): string {
  return toMarkdown(tree, { bullet: '-', listItemIndent: 'one', rule: '-' })
}

/**
 * The regulation or any provision of it (of any tree of the model's shape)
 * as Markdown in the corpus convention, ending with one newline.
 * `parseMarkdown` reads the whole regulation, a chapter or an article back
 * into a deep-equal node.
 *
 * @example
 * renderMarkdown(getArticle(1).node).output.startsWith('### 第一条') // true
 */
export function renderMarkdown(node: Renderable, given?: MarkdownOptions | null): RenderResult {
  try {
    const options = begin<MarkdownOptions>(node, given)
    if (isFailure(options)) return options
    const note = options.metadataNote
    if (note !== undefined) {
      const problem = commentTextProblem(note)
      if (problem !== undefined) return badOption(`Unexpected metadataNote ${problem}`)
    }
    const tree = toMdast(node, note === undefined ? {} : { metadataNote: note })
    return rendered(mdastToMarkdown(tree), 'text/markdown; charset=utf-8')
  } catch (error) {
    return unreadable(error, { node, options: given })
  }
}
