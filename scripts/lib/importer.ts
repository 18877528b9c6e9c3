/**
 * The importer: the official source text → the model, deterministically.
 *
 * Every character of every provision comes from the source. The only changes
 * are the normalisations documented in `corpus/README.md`, each counted in the
 * report; anything the importer cannot account for stops it with the source
 * line and column.
 */
import { createHash } from 'node:crypto'
import { articleNode, chapterNode, itemNode, paragraphNode } from '../../src/model/build.js'
import type { Article, Chapter, Item, Metadata, Paragraph, Regulation } from '../../src/model/schema.js'
import { parseChineseNumeral } from '../../src/numeral/index.js'

/** Lines of page furniture: running header and footer of the printed page. */
export const PAGE_FURNITURE: readonly RegExp[] = [/^吉林省人民政府规章$/, /^吉林省人民政府发布$/, /^X$/, /^- \d+ -$/]

export interface ImportReport {
  /** Source lines (1-based) removed as page furniture, with their text. */
  furniture: { line: number; text: string }[]
  /** Source lines that held only whitespace. */
  blankLines: number
  /** Line breaks inside a block that were joined. */
  joinedLineBreaks: number
  /** Spaces removed between an Arabic digit and a Han character. */
  digitSpaces: { line: number; column: number }[]
}

export class ImportError extends Error {
  constructor(
    reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`)
    this.name = 'ImportError'
  }
}

interface Block {
  line: number
  indent: number
  text: string
}

const HAN = /\p{Script=Han}/u
const NUMERAL = '([一二三四五六七八九十百千零]+)'
const CHAPTER = new RegExp(`^第${NUMERAL}章 (.+)$`)
const ARTICLE = new RegExp(`^第${NUMERAL}条 (.+)$`)
const ITEM = new RegExp(`^（${NUMERAL}）(.+)$`)

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Turn the source text into the model; throws {@link ImportError} on anything unexpected. */
export function importSource(source: string, metadata: Metadata): { regulation: Regulation; report: ImportReport } {
  const digest = sha256(source)
  if (digest !== metadata.source.sha256) {
    throw new ImportError(`Unexpected source SHA-256 ${digest}, expected ${metadata.source.sha256}`, 1, 1)
  }
  const report: ImportReport = { furniture: [], blankLines: 0, joinedLineBreaks: 0, digitSpaces: [] }
  const blocks = toBlocks(source, report)
  return { regulation: toRegulation(blocks, metadata), report }
}

function toBlocks(source: string, report: ImportReport): Block[] {
  if (source.includes('\r')) throw new ImportError('Unexpected carriage return, expected LF line endings', 1, 1)
  const lines = source.split('\n')
  const blocks: Block[] = []
  let open: { block: Block; parts: { line: number; column: number; text: string }[] } | undefined
  lines.forEach((raw, index) => {
    const line = index + 1
    const trimmed = raw.trim()
    if (trimmed === '') {
      report.blankLines++
      return
    }
    if (PAGE_FURNITURE.some((pattern) => pattern.test(trimmed))) {
      report.furniture.push({ line, text: trimmed })
      return
    }
    const indent = raw.length - raw.trimStart().length
    if (!open) open = { block: { line, indent, text: '' }, parts: [] }
    else report.joinedLineBreaks++
    open.parts.push({ line, column: indent + 1, text: trimmed })
    // Two trailing spaces end a block in the extracted text.
    if (/ {2}$/.test(raw)) {
      open.block.text = join(open.parts, report)
      blocks.push(open.block)
      open = undefined
    }
  })
  if (open)
    throw new ImportError(
      'Unexpected end of source inside a block, expected a line ending in two spaces',
      open.block.line,
      1,
    )
  return blocks
}

/** Join the lines of one block and drop the spaces around Arabic digits. */
function join(parts: { line: number; column: number; text: string }[], report: ImportReport): string {
  let text = ''
  for (const part of parts) {
    const before = text.at(-1)
    const after = part.text[0]
    if (before && after && /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) {
      throw new ImportError(
        'Unexpected line break between two Latin letters or digits, expected a break after CJK text',
        part.line,
        part.column,
      )
    }
    const chars = [...part.text]
    let kept = ''
    chars.forEach((char, index) => {
      if (char === ' ') {
        const prev = chars[index - 1] ?? ''
        const next = chars[index + 1] ?? ''
        if ((/\d/.test(prev) && HAN.test(next)) || (HAN.test(prev) && /\d/.test(next))) {
          report.digitSpaces.push({ line: part.line, column: part.column + index })
          return
        }
      }
      kept += char
    })
    text += kept
  }
  return text
}

function numeral(value: string, block: Block): number {
  const result = parseChineseNumeral(value)
  if (!result.ok || !result.canonical) {
    throw new ImportError(
      `Unexpected numeral \`${value}\`, expected a statute-style Chinese numeral`,
      block.line,
      block.indent + 2,
    )
  }
  return result.value
}

function noWhitespace(text: string, block: Block): string {
  const at = text.search(/\s/)
  if (at !== -1) {
    throw new ImportError(
      `Unexpected whitespace in \`${text}\`, expected none in provision text`,
      block.line,
      block.indent + 1,
    )
  }
  return text
}

function toRegulation(blocks: Block[], metadata: Metadata): Regulation {
  const [titleBlock, noteBlock, ...body] = blocks
  if (!titleBlock || titleBlock.text !== metadata.title) {
    throw new ImportError(`Unexpected title, expected \`${metadata.title}\``, titleBlock?.line ?? 1, 1)
  }
  if (!noteBlock || !/^（.+）$/.test(noteBlock.text)) {
    throw new ImportError('Unexpected block, expected the promulgation note in （）', noteBlock?.line ?? 1, 1)
  }
  const chapters: Chapter[] = []
  let chapter: { value: Chapter; articles: Article[] } | undefined
  let article: { value: Article; paragraphs: Paragraph[] } | undefined
  let paragraph: { value: Paragraph; items: Item[] } | undefined
  let articleCount = 0

  for (const block of body) {
    const chapterMatch = CHAPTER.exec(block.text)
    const articleMatch = ARTICLE.exec(block.text)
    const itemMatch = ITEM.exec(block.text)
    if (chapterMatch) {
      const number = numeral(chapterMatch[1] as string, block)
      if (number !== chapters.length + 1) {
        throw new ImportError(`Unexpected chapter ${number}, expected chapter ${chapters.length + 1}`, block.line, 1)
      }
      const value = chapterNode(number, chapterMatch[1] as string, noWhitespace(chapterMatch[2] as string, block))
      chapter = { value, articles: value.articles as Article[] }
      chapters.push(value)
      article = undefined
      paragraph = undefined
      continue
    }
    if (block.indent < 2) {
      throw new ImportError(
        'Unexpected unindented block, expected a chapter heading or an indented provision',
        block.line,
        1,
      )
    }
    if (!chapter) throw new ImportError('Unexpected provision before the first chapter', block.line, 1)
    if (articleMatch) {
      const number = numeral(articleMatch[1] as string, block)
      if (number !== articleCount + 1) {
        throw new ImportError(
          `Unexpected article ${number}, expected article ${articleCount + 1}`,
          block.line,
          block.indent + 1,
        )
      }
      articleCount = number
      const value = articleNode(number, articleMatch[1] as string)
      article = { value, paragraphs: value.paragraphs as Paragraph[] }
      chapter.articles.push(value)
      paragraph = undefined
      addParagraph(noWhitespace(articleMatch[2] as string, block))
      continue
    }
    if (!article)
      throw new ImportError('Unexpected text before the chapter’s first article', block.line, block.indent + 1)
    if (itemMatch) {
      if (!paragraph)
        throw new ImportError('Unexpected item, expected it inside a paragraph', block.line, block.indent + 1)
      const number = numeral(itemMatch[1] as string, block)
      if (number !== paragraph.items.length + 1) {
        throw new ImportError(
          `Unexpected item ${number}, expected item ${paragraph.items.length + 1}`,
          block.line,
          block.indent + 1,
        )
      }
      paragraph.items.push(
        itemNode(
          article.value.number,
          paragraph.value.number,
          number,
          itemMatch[1] as string,
          noWhitespace(itemMatch[2] as string, block),
        ),
      )
      continue
    }
    addParagraph(noWhitespace(block.text, block))
  }

  function addParagraph(text: string): void {
    if (!article) return
    const number = article.paragraphs.length + 1
    const value = paragraphNode(article.value.number, number, text)
    article.paragraphs.push(value)
    paragraph = { value, items: value.items as Item[] }
  }

  return { type: 'regulation', ...metadata, promulgationNote: noteBlock.text, chapters }
}
