/**
 * The body of a regulation or fragment: one handler per Markdown block type
 * (`##` chapter headings, `###` article headings, paragraphs, lists of
 * items, HTML, other headings, anything else), reading into a {@link Body}
 * and reporting every problem with its place and rule.
 */
import type { Heading, List, Paragraph as MdParagraph, RootContent } from 'mdast'
import { articleNode, chapterNode, itemNode, paragraphNode } from '../model/build.js'
import type { Article, Chapter, Item, Paragraph } from '../model/schema.js'
import { formatChineseNumeral } from '../numeral/index.js'
import { isMetadata } from './front.js'
import { describe, type Place, type Reading, readInline, readNumeral, start } from './reading.js'

const CHAPTER_HEADING = /^第([^章\s]+)章 (.+)$/
const ARTICLE_HEADING = /^第([^条\s]+)条$/
const ITEM_MARKER = /^[（(]([^）)]+)[）)]/

/** What the body has read so far. */
export interface Body {
  readonly mode: 'regulation' | 'fragment'
  readonly reading: Reading
  readonly chapters: Chapter[]
  /** Articles of a fragment that starts with an article, outside any chapter. */
  readonly loose: Article[]
  /** Where each eId was read, to place schema problems. */
  readonly places: Map<string, Place>
  readonly articleLines: Map<number, number>
  chapter: { value: Chapter; node: Heading } | undefined
  article: { value: Article; node: Heading; errors: number } | undefined
  paragraph: Paragraph | undefined
  /** The article number expected next; in a fragment, numbering starts at the first article's number. */
  expectedArticle: number
}

export function createBody(mode: 'regulation' | 'fragment', reading: Reading): Body {
  return {
    mode,
    reading,
    chapters: [],
    loose: [],
    places: new Map(),
    articleLines: new Map(),
    chapter: undefined,
    article: undefined,
    paragraph: undefined,
    expectedArticle: mode === 'fragment' ? 0 : 1,
  }
}

/** Close the chapter and article being read: an empty one is a problem. */
export function closeBlocks(body: Body, what: 'article' | 'both'): void {
  const { report, messages } = body.reading
  const { article, chapter } = body
  if (article && article.value.paragraphs.length === 0 && messages.length === article.errors) {
    report(
      `Unexpected article \`${article.value.heading}\` with no text, expected at least one paragraph`,
      article.node,
      'article-empty',
    )
  }
  if (what === 'both' && chapter && chapter.value.articles.length === 0) {
    report(
      `Unexpected chapter \`${chapter.value.heading}\` with no articles, expected at least one \`### 第…条\``,
      chapter.node,
      'chapter-empty',
    )
  }
}

/** A heading's text, its match of `pattern`, and the value of the numeral the match holds (when it reads). */
function readHeading(
  body: Body,
  node: Heading,
  pattern: RegExp,
  unit: string,
): { text: string; match: RegExpExecArray | null; number: number | undefined } {
  const text = readInline(node, body.reading)
  const match = pattern.exec(text)
  // The numeral starts after `## 第` (column 4) or `### 第` (column 5).
  const number = match ? readNumeral(match[1] as string, node, unit, node.depth + 2, body.reading.report) : undefined
  return { text, match, number }
}

function chapterHeading(body: Body, node: Heading): void {
  const { report } = body.reading
  closeBlocks(body, 'both')
  body.article = undefined
  body.paragraph = undefined
  const { text, match, number } = readHeading(body, node, CHAPTER_HEADING, '章')
  if (!match || number === undefined) {
    if (!match) report(`Unexpected chapter heading \`${text}\`, expected \`## 第…章 title\``, node, 'chapter-heading')
    body.chapter = undefined
    return
  }
  const expected = (body.chapters.at(-1)?.number ?? (body.mode === 'fragment' ? number - 1 : 0)) + 1
  if (number !== expected) {
    report(
      `Unexpected chapter ${number} (\`第${match[1]}章\`), expected chapter ${expected}`,
      node,
      'chapter-sequence',
      {
        expected: [`第${formatChineseNumeral(expected)}章`],
        actual: `第${match[1]}章`,
      },
    )
  }
  const value = chapterNode(number, match[1] as string, match[2] as string)
  body.places.set(value.eId, start(node))
  body.chapters.push(value)
  body.chapter = { value, node }
}

function articleHeading(body: Body, node: Heading): void {
  const { report, messages } = body.reading
  closeBlocks(body, 'article')
  body.paragraph = undefined
  body.article = undefined
  const { text, match, number } = readHeading(body, node, ARTICLE_HEADING, '条')
  if (!match || number === undefined) {
    if (!match) report(`Unexpected article heading \`${text}\`, expected \`### 第…条\``, node, 'article-heading')
    // Keep reading its text into an article that is never returned.
    body.article = {
      value: { type: 'article', eId: '', number: body.expectedArticle, heading: text, paragraphs: [] },
      node,
      errors: messages.length,
    }
    body.expectedArticle++
    return
  }
  if (!body.chapter && (body.mode === 'regulation' || body.chapters.length > 0)) {
    report(
      `Unexpected article \`${text}\` before any chapter, expected \`## 第…章\` first`,
      node,
      'article-outside-chapter',
    )
    return
  }
  if (body.expectedArticle === 0) body.expectedArticle = number
  const seen = body.articleLines.get(number)
  if (seen !== undefined) {
    report(
      `Unexpected duplicate article \`${text}\`, expected each article once (first at line ${seen})`,
      node,
      'article-duplicate',
    )
  } else if (number !== body.expectedArticle) {
    report(
      `Unexpected article ${number} (\`${text}\`), expected article ${body.expectedArticle}: articles are numbered consecutively across chapters`,
      node,
      'article-sequence',
      { expected: [`第${formatChineseNumeral(body.expectedArticle)}条`], actual: text },
    )
  }
  if (seen === undefined) body.articleLines.set(number, start(node).line)
  body.expectedArticle = Math.max(body.expectedArticle, number + 1)
  const value = articleNode(number, match[1] as string)
  body.places.set(value.eId, start(node))
  ;((body.chapter?.value.articles ?? body.loose) as Article[]).push(value)
  body.article = { value, node, errors: messages.length }
}

function paragraph(body: Body, node: MdParagraph): void {
  const { report } = body.reading
  const text = readInline(node, body.reading)
  const { article } = body
  if (ITEM_MARKER.test(text)) {
    report(
      article
        ? `Unexpected item marker at the start of a paragraph, expected items as a bullet list \`- ${text.slice(0, 3)}…\``
        : `Unexpected item marker \`${text.slice(0, 3)}\` outside an article, expected items inside an article`,
      node,
      article ? 'item-not-in-list' : 'item-outside-article',
    )
    return
  }
  if (!article) {
    report('Unexpected text outside an article, expected `### 第…条` before it', node, 'text-outside-article')
    return
  }
  const number = article.value.paragraphs.length + 1
  const value = paragraphNode(article.value.number, number, text)
  body.places.set(value.eId, start(node))
  ;(article.value.paragraphs as Paragraph[]).push(value)
  body.paragraph = value
}

function list(body: Body, node: List): void {
  const { report } = body.reading
  const { article, paragraph: current } = body
  if (!article) {
    report('Unexpected item marker outside an article, expected items inside an article', node, 'item-outside-article')
    return
  }
  if (!current || current.items.length > 0) {
    report(
      'Unexpected list, expected items to follow the paragraph that introduces them',
      node,
      'item-without-paragraph',
    )
    return
  }
  if (node.ordered) {
    report('Unexpected ordered list, expected a bullet list of items `- （一）…`', node, 'item-list-ordered')
    return
  }
  const items = current.items as Item[]
  for (const listItem of node.children) {
    const [only, ...rest] = listItem.children
    if (only?.type !== 'paragraph' || rest.length > 0) {
      report('Unexpected content in a list item, expected one line `（…）text`', listItem, 'item-content')
      continue
    }
    const text = readInline(only, body.reading)
    const match = /^（([^）]+)）(.+)$/.exec(text)
    if (!match) {
      report(
        `Unexpected item \`${text.slice(0, 8)}\`, expected it to start with a marker such as \`（一）\``,
        listItem,
        'item-marker',
      )
      continue
    }
    const number = readNumeral(match[1] as string, listItem, '）', 3, report)
    if (number === undefined) continue
    const expected = items.length + 1
    if (number !== expected) {
      report(`Unexpected item ${number} (\`（${match[1]}）\`), expected item ${expected}`, listItem, 'item-sequence', {
        expected: [`（${formatChineseNumeral(expected)}）`],
        actual: `（${match[1]}）`,
      })
      continue
    }
    const item = itemNode(article.value.number, current.number, number, match[1] as string, match[2] as string)
    body.places.set(item.eId, start(listItem))
    items.push(item)
  }
}

/** Read one block of the body. Every block is read, HTML too: HTML other than the metadata comment is an error, never dropped. */
export function readBlock(body: Body, node: RootContent): void {
  const { report } = body.reading
  switch (node.type) {
    case 'heading':
      if (node.depth === 2) chapterHeading(body, node)
      else if (node.depth === 3) articleHeading(body, node)
      else
        report(
          `Unexpected heading of depth ${node.depth}, expected \`##\` for chapters or \`###\` for articles`,
          node,
          'heading-depth',
        )
      return
    case 'paragraph':
      paragraph(body, node)
      return
    case 'list':
      list(body, node)
      return
    case 'html':
      report(
        isMetadata(node)
          ? 'Unexpected second metadata comment, expected one, after the title'
          : `Unexpected ${describe(node)}, expected Markdown: the corpus holds no HTML but the metadata comment after the title`,
        node,
        'html',
      )
      return
    default:
      report(
        `Unexpected ${describe(node)}, expected a chapter, an article, a paragraph or a list of items`,
        node,
        'unexpected-node',
      )
  }
}
