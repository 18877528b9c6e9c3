/**
 * Corpus Markdown → the model, with unified and remark-parse.
 *
 * Never returns a half-built model: either the whole regulation, validated by
 * the zod schema, or every problem found, each with its line and column.
 */
import type { Blockquote, Heading, Html, List, Paragraph as MdParagraph, Nodes, Root, RootContent } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { articleEId, chapterEId, itemEId, paragraphEId } from '../model/eid.js'
import {
  type Article,
  type Article as ArticleType,
  type Chapter,
  type Chapter as ChapterType,
  createSchemas,
  type Item,
  type Paragraph,
  type Regulation as RegulationType,
} from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { formatChineseNumeral, parseChineseNumeral } from '../numeral/index.js'
import { METADATA_MARKER } from '../render/markdown.js'
import { checkLimits } from './limits.js'
import { createMessage, type ParseMessage } from './message.js'

export type ParseResult =
  | { readonly ok: true; readonly regulation: RegulationType }
  | { readonly ok: false; readonly messages: readonly ParseMessage[] }

const CHAPTER_HEADING = /^第([^章\s]+)章 (.+)$/
const ARTICLE_HEADING = /^第([^条\s]+)条$/
const ITEM_MARKER = /^[（(]([^）)]+)[）)]/

interface Place {
  line: number
  column: number
}

type Reporter = (reason: string, node: Nodes | Place, ruleId: string) => void

/** What the block readers share: where to report, and the Markdown itself (to compare text with its source). */
interface Reading {
  readonly report: Reporter
  readonly source: string
}

const parser = unified().use(remarkParse)
/** The parser's own schemas: nothing done to the exported ones changes what it accepts. */
const { Article: ArticleSchema, Chapter: ChapterSchema, Metadata, Regulation } = createSchemas()

/** Parse a whole regulation written in the corpus convention (`corpus/README.md`). */
export function parseRegulation(markdown: string): ParseResult {
  const parsed = parseTree(markdown, 'regulation')
  if (!parsed.ok) return parsed
  return { ok: true, regulation: parsed.node as RegulationType }
}

export type FragmentResult =
  | { readonly ok: true; readonly node: RegulationType | ChapterType | ArticleType }
  | { readonly ok: false; readonly messages: readonly ParseMessage[] }

/**
 * Parse Markdown of the whole regulation, of one chapter (`## 第…章 …` and
 * its articles) or of one article (`### 第…条` and its paragraphs), as the
 * Markdown renderer writes them. Numbering may start where the fragment
 * starts; within it, the same rules hold as in the corpus.
 */
export function parseMarkdown(markdown: string): FragmentResult {
  const refused = refuse(markdown)
  if (refused) return refused
  const tree = parser.parse(markdown) as Root
  const first = tree.children.find((node) => node.type !== 'html')
  return parseTree(markdown, first?.type === 'heading' && first.depth === 1 ? 'regulation' : 'fragment', tree)
}

/** The answer for input that is not a string or that passes a limit (see `limits.ts`), before remark reads it. */
function refuse(markdown: unknown): { ok: false; messages: readonly ParseMessage[] } | undefined {
  if (typeof markdown !== 'string') {
    return {
      ok: false,
      messages: [createMessage(`Unexpected ${describeValue(markdown)}, expected Markdown text`, 1, 1, 'input')],
    }
  }
  const problems = checkLimits(markdown)
  return problems.length > 0 ? { ok: false, messages: problems } : undefined
}

function parseTree(markdown: string, mode: 'regulation' | 'fragment', parsed?: Root): FragmentResult {
  if (!parsed) {
    const refused = refuse(markdown)
    if (refused) return refused
  }
  const tree = parsed ?? (parser.parse(markdown) as Root)
  const messages: ParseMessage[] = []
  const places = new Map<string, Place>()
  const report = (reason: string, node: Nodes | Place | undefined, ruleId: string): void => {
    const place = node && 'type' in node ? start(node) : (node ?? { line: 1, column: 1 })
    messages.push(createMessage(reason, place.line, place.column, ruleId))
  }
  const reading: Reading = { report, source: markdown }
  const inlineText = (node: Heading | MdParagraph): string => readInline(node, reading)

  // Every block is read, HTML too: HTML other than the metadata comment is an error, never dropped.
  const children = tree.children
  let index = 0
  const next = (): RootContent | undefined => children[index]

  // Title.
  let title = ''
  const first = next()
  if (mode === 'fragment') {
    // No title, metadata or note in a fragment.
  } else if (first?.type === 'heading' && first.depth === 1) {
    title = inlineText(first)
    index++
  } else {
    report(
      first
        ? `Unexpected ${describe(first)} before the title, expected \`# 吉林省反间谍工作规定\` first`
        : 'Unexpected empty document, expected `# 吉林省反间谍工作规定`',
      first,
      'title',
    )
    while (next() && !(next()?.type === 'heading' && (next() as Heading).depth === 1)) index++
    const found = next()
    if (found) {
      title = inlineText(found as Heading)
      index++
    }
  }

  // Metadata.
  let metadata: unknown
  const metaNode = next()
  if (mode === 'fragment') {
    // None.
  } else if (metaNode?.type === 'html' && isMetadata(metaNode)) {
    metadata = readMetadata(metaNode, title, report)
    index++
  } else {
    report(
      `Unexpected ${describe(metaNode)}, expected the \`<!-- ${METADATA_MARKER}\` comment after the title`,
      metaNode ?? endOf(tree),
      'metadata',
    )
    // Other HTML in its place is this problem, not another.
    if (metaNode?.type === 'html') index++
  }

  // Promulgation note.
  let promulgationNote = ''
  const noteNode = next()
  if (mode === 'fragment') {
    // None.
  } else if (noteNode?.type === 'blockquote') {
    promulgationNote = blockquoteText(noteNode, reading)
    index++
  } else {
    report(
      `Unexpected ${describe(noteNode)}, expected the promulgation note as \`> （…）\``,
      noteNode ?? endOf(tree),
      'note',
    )
  }

  // Body.
  const chapters: Chapter[] = []
  /** Articles of a fragment that starts with an article, outside any chapter. */
  const loose: Article[] = []
  const articleLines = new Map<number, number>()
  let chapter: { value: Chapter; node: Heading } | undefined
  let article: { value: Article; node: Heading; errors: number } | undefined
  let paragraph: Paragraph | undefined
  /** In a fragment, numbering starts at the first article's number. */
  let expectedArticle = mode === 'fragment' ? 0 : 1

  const closeChapter = (): void => {
    if (chapter && chapter.value.articles.length === 0) {
      report(
        `Unexpected chapter \`${chapter.value.heading}\` with no articles, expected at least one \`### 第…条\``,
        chapter.node,
        'chapter-empty',
      )
    }
  }
  const closeArticle = (): void => {
    if (article && article.value.paragraphs.length === 0 && messages.length === article.errors) {
      report(
        `Unexpected article \`${article.value.heading}\` with no text, expected at least one paragraph`,
        article.node,
        'article-empty',
      )
    }
  }

  for (; index < children.length; index++) {
    const node = children[index] as RootContent
    if (node.type === 'heading' && node.depth === 2) {
      closeArticle()
      closeChapter()
      article = undefined
      paragraph = undefined
      const text = inlineText(node)
      const match = CHAPTER_HEADING.exec(text)
      const number = match ? numeral(match[1] as string, node, '章', 4, report) : undefined
      if (!match || number === undefined) {
        if (!match)
          report(`Unexpected chapter heading \`${text}\`, expected \`## 第…章 title\``, node, 'chapter-heading')
        chapter = undefined
        continue
      }
      const expected = (chapters.at(-1)?.number ?? (mode === 'fragment' ? number - 1 : 0)) + 1
      if (number !== expected) {
        report(
          `Unexpected chapter ${number} (\`第${match[1]}章\`), expected chapter ${expected}`,
          node,
          'chapter-sequence',
        )
      }
      const value: Chapter = {
        type: 'chapter',
        eId: chapterEId(number),
        number,
        heading: `第${match[1]}章`,
        title: match[2] as string,
        articles: [],
      }
      places.set(value.eId, start(node))
      chapters.push(value)
      chapter = { value, node }
      continue
    }
    if (node.type === 'heading' && node.depth === 3) {
      closeArticle()
      paragraph = undefined
      article = undefined
      const text = inlineText(node)
      const match = ARTICLE_HEADING.exec(text)
      const number = match ? numeral(match[1] as string, node, '条', 5, report) : undefined
      if (!match || number === undefined) {
        if (!match) report(`Unexpected article heading \`${text}\`, expected \`### 第…条\``, node, 'article-heading')
        // Keep reading its text into an article that is never returned.
        article = {
          value: { type: 'article', eId: '', number: expectedArticle, heading: text, paragraphs: [] },
          node,
          errors: messages.length,
        }
        expectedArticle++
        continue
      }
      if (!chapter && (mode === 'regulation' || chapters.length > 0)) {
        report(
          `Unexpected article \`${text}\` before any chapter, expected \`## 第…章\` first`,
          node,
          'article-outside-chapter',
        )
        continue
      }
      if (expectedArticle === 0) expectedArticle = number
      const seen = articleLines.get(number)
      if (seen !== undefined) {
        report(
          `Unexpected duplicate article \`${text}\`, expected each article once (first at line ${seen})`,
          node,
          'article-duplicate',
        )
      } else if (number !== expectedArticle) {
        report(
          `Unexpected article ${number} (\`${text}\`), expected article ${expectedArticle}: articles are numbered consecutively across chapters`,
          node,
          'article-sequence',
        )
      }
      if (seen === undefined) articleLines.set(number, start(node).line)
      expectedArticle = Math.max(expectedArticle, number + 1)
      const value: Article = { type: 'article', eId: articleEId(number), number, heading: text, paragraphs: [] }
      places.set(value.eId, start(node))
      ;((chapter?.value.articles ?? loose) as Article[]).push(value)
      article = { value, node, errors: messages.length }
      continue
    }
    if (node.type === 'paragraph') {
      const text = inlineText(node)
      if (ITEM_MARKER.test(text)) {
        report(
          article
            ? `Unexpected item marker at the start of a paragraph, expected items as a bullet list \`- ${text.slice(0, 3)}…\``
            : `Unexpected item marker \`${text.slice(0, 3)}\` outside an article, expected items inside an article`,
          node,
          article ? 'item-not-in-list' : 'item-outside-article',
        )
        continue
      }
      if (!article) {
        report(`Unexpected text outside an article, expected \`### 第…条\` before it`, node, 'text-outside-article')
        continue
      }
      const number = article.value.paragraphs.length + 1
      paragraph = { type: 'paragraph', eId: paragraphEId(article.value.number, number), number, text, items: [] }
      places.set(paragraph.eId, start(node))
      ;(article.value.paragraphs as Paragraph[]).push(paragraph)
      continue
    }
    if (node.type === 'list') {
      if (!article) {
        report(
          'Unexpected item marker outside an article, expected items inside an article',
          node,
          'item-outside-article',
        )
        continue
      }
      if (!paragraph || paragraph.items.length > 0) {
        report(
          'Unexpected list, expected items to follow the paragraph that introduces them',
          node,
          'item-without-paragraph',
        )
        continue
      }
      readItems(node, article.value.number, paragraph, places, reading)
      continue
    }
    if (node.type === 'heading') {
      report(
        `Unexpected heading of depth ${node.depth}, expected \`##\` for chapters or \`###\` for articles`,
        node,
        'heading-depth',
      )
      continue
    }
    if (node.type === 'html') {
      report(
        isMetadata(node)
          ? `Unexpected second metadata comment, expected one, after the title`
          : `Unexpected ${describe(node)}, expected Markdown: the corpus holds no HTML but the metadata comment after the title`,
        node,
        'html',
      )
      continue
    }
    report(
      `Unexpected ${describe(node)}, expected a chapter, an article, a paragraph or a list of items`,
      node,
      'unexpected-node',
    )
  }
  closeArticle()
  closeChapter()
  if (mode === 'regulation' && chapters.length === 0 && messages.length === 0)
    report('Unexpected end of document, expected at least one chapter', endOf(tree), 'no-chapters')
  if (mode === 'fragment' && messages.length === 0 && chapters.length + loose.length !== 1) {
    report(
      chapters.length + loose.length === 0
        ? 'Unexpected end of document, expected a chapter `## 第…章 …` or an article `### 第…条`'
        : `Unexpected ${chapters.length > 1 ? `${chapters.length} chapters` : `${loose.length} articles`}, expected one chapter or one article`,
      endOf(tree),
      'fragment',
    )
  }

  if (messages.length > 0) return { ok: false, messages: sortMessages(messages) }

  const candidate =
    mode === 'regulation'
      ? { type: 'regulation', title, ...(metadata as object), promulgationNote, chapters }
      : (chapters[0] ?? loose[0])
  const schema = mode === 'regulation' ? Regulation : chapters.length === 1 ? ChapterSchema : ArticleSchema
  const checked = schema.safeParse(candidate)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const place = placeOf(candidate, issue.path, places)
      report(`Unexpected value at \`${issue.path.join('.')}\`: ${issue.message}`, place, 'schema')
    }
    return { ok: false, messages: sortMessages(messages) }
  }
  return { ok: true, node: checked.data as RegulationType | ChapterType | ArticleType }
}

function readItems(
  list: List,
  article: number,
  paragraph: Paragraph,
  places: Map<string, Place>,
  reading: Reading,
): void {
  const { report } = reading
  if (list.ordered) {
    report('Unexpected ordered list, expected a bullet list of items `- （一）…`', list, 'item-list-ordered')
    return
  }
  const items = paragraph.items as Item[]
  for (const listItem of list.children) {
    const [only, ...rest] = listItem.children
    if (only?.type !== 'paragraph' || rest.length > 0) {
      report('Unexpected content in a list item, expected one line `（…）text`', listItem, 'item-content')
      continue
    }
    const text = readInline(only, reading)
    const match = /^（([^）]+)）(.+)$/.exec(text)
    if (!match) {
      report(
        `Unexpected item \`${text.slice(0, 8)}\`, expected it to start with a marker such as \`（一）\``,
        listItem,
        'item-marker',
      )
      continue
    }
    const number = numeral(match[1] as string, listItem, '）', 3, report)
    if (number === undefined) continue
    const expected = items.length + 1
    if (number !== expected) {
      report(`Unexpected item ${number} (\`（${match[1]}）\`), expected item ${expected}`, listItem, 'item-sequence')
      continue
    }
    const item: Item = {
      type: 'item',
      eId: itemEId(article, paragraph.number, number),
      number,
      marker: `（${match[1]}）`,
      text: match[2] as string,
    }
    places.set(item.eId, start(listItem))
    items.push(item)
  }
}

/**
 * Read the numeral in `第…条`, `第…章` or `（…）`. `offset` is the numeral's
 * column within the node, so a message points at the character at fault.
 */
function numeral(value: string, node: Nodes, unit: string, offset: number, report: Reporter): number | undefined {
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

/**
 * Text of a heading or paragraph; only plain text (with backslash escapes)
 * is allowed. A character reference (`&lt;`, `&#x4E00;`) would make the text
 * differ from what is written, so it is an error too.
 */
function readInline(node: Heading | MdParagraph, reading: Reading): string {
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

function blockquoteText(node: Blockquote, reading: Reading): string {
  const [only, ...rest] = node.children
  if (only?.type !== 'paragraph' || rest.length > 0) {
    reading.report('Unexpected content in the promulgation note, expected one paragraph', node, 'note')
    return ''
  }
  return readInline(only, reading)
}

function isMetadata(node: Html): boolean {
  return node.value.startsWith(`<!-- ${METADATA_MARKER}`)
}

function readMetadata(node: Html, title: string, report: Reporter): unknown {
  const body = node.value.slice(node.value.indexOf('\n') + 1, node.value.lastIndexOf('-->'))
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    report(`Unexpected metadata, expected JSON: ${(error as Error).message}`, node, 'metadata')
    return undefined
  }
  const checked = Metadata.safeParse({ ...(json as object), title: title || '?' })
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      report(`Unexpected metadata \`${issue.path.join('.')}\`: ${issue.message}`, node, 'metadata')
    }
    return undefined
  }
  const { title: _title, ...rest } = checked.data
  return rest
}

function placeOf(candidate: unknown, path: readonly PropertyKey[], places: Map<string, Place>): Place {
  let value: unknown = candidate
  let place: Place = { line: 1, column: 1 }
  for (const key of path) {
    if (value === null || typeof value !== 'object') break
    value = (value as Record<PropertyKey, unknown>)[key]
    const eId = value && typeof value === 'object' ? (value as { eId?: unknown }).eId : undefined
    if (typeof eId === 'string') place = places.get(eId) ?? place
  }
  return place
}

function start(node: Nodes): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

function endOf(tree: Root): Place {
  return { line: tree.position?.end.line ?? 1, column: tree.position?.end.column ?? 1 }
}

function describe(node: Nodes | undefined): string {
  if (!node) return 'end of document'
  if (node.type === 'heading') return `heading \`${'#'.repeat(node.depth)} ${mdastToString(node).slice(0, 20)}\``
  if (node.type === 'paragraph') return `paragraph \`${mdastToString(node).slice(0, 12)}\``
  if (node.type === 'html') return `HTML \`${node.value.slice(0, 20)}\``
  return node.type
}

function sortMessages(messages: ParseMessage[]): ParseMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column)
}
