/**
 * Markdown in the corpus convention (see `corpus/README.md`).
 *
 * The corpus file is written by this module, so the convention has one writer
 * and one reader (`jilin-counter-espionage/parse`).
 */
import type { Article, Chapter, Item, Metadata, Paragraph, Regulation } from '../model/schema.js'
import { describeValue, expectString } from '../model/value.js'
import { failure, modelNode, type Renderable, type RenderResult, renderOptions } from './common.js'

/** First line of the metadata comment that follows the title. */
export const METADATA_MARKER = 'jilin-counter-espionage metadata'

/** Options for {@link regulationToMarkdown}. */
export interface MarkdownOptions {
  /**
   * Text after the metadata marker on the comment's first line, for example a
   * note that the file is generated. Refused when it could end the comment
   * or break the line: it must not contain `--` (which `-->`, `--!>` and
   * `<!--` all hold), a line break or another control character.
   */
  readonly metadataNote?: string
}

/**
 * Escape text so that CommonMark reads it back as the same literal text.
 *
 * Backslash-escapes the ASCII punctuation that can start inline syntax
 * anywhere, and what would start a block (`#`, `>`, `-`, `+`, `=`, `1.`) at
 * the start of a line. Text never holds line breaks (the schema forbids them).
 *
 * @throws {TypeError} when `text` is not a string.
 */
export function escapeMarkdownText(text: string): string {
  let escaped = expectString(text).replace(/[\\`*_[\]<>&!~|]/g, '\\$&')
  escaped = escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
  return escaped
}

export function itemToMarkdown(item: Item): string {
  return `- ${escapeMarkdownText(item.marker + item.text)}`
}

export function paragraphToMarkdown(paragraph: Paragraph): string {
  const blocks = [escapeMarkdownText(paragraph.text)]
  if (paragraph.items.length > 0) blocks.push(paragraph.items.map(itemToMarkdown).join('\n'))
  return blocks.join('\n\n')
}

export function articleToMarkdown(article: Article): string {
  return [`### ${article.heading}`, ...article.paragraphs.map(paragraphToMarkdown)].join('\n\n')
}

export function chapterToMarkdown(chapter: Chapter): string {
  return [
    `## ${chapter.heading} ${escapeMarkdownText(chapter.title)}`,
    ...chapter.articles.map(articleToMarkdown),
  ].join('\n\n')
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

/** The metadata comment: everything of {@link Metadata} but the title, as JSON. */
export function metadataComment(metadata: Metadata, note?: string): string {
  const { title: _title, ...rest } = metadata
  const json = JSON.stringify(rest, null, 2).replace(/--/g, '-\\u002d')
  const head = note ? `${METADATA_MARKER} ${note}` : METADATA_MARKER
  return `<!-- ${head}\n${json}\n-->`
}

/** The whole regulation as a Markdown document, ending with one newline. */
export function regulationToMarkdown(regulation: Regulation, options: MarkdownOptions = {}): string {
  const { type: _type, promulgationNote, chapters, ...metadata } = regulation
  return `${[
    `# ${escapeMarkdownText(regulation.title)}`,
    metadataComment(metadata, options.metadataNote),
    `> ${escapeMarkdownText(promulgationNote)}`,
    ...chapters.map(chapterToMarkdown),
  ].join('\n\n')}\n`
}

/**
 * The regulation or any provision of it as Markdown in the corpus convention.
 * `parseMarkdown` reads the whole regulation, a chapter or an article back
 * into a deep-equal node.
 */
export function renderMarkdown(node: Renderable, given?: MarkdownOptions | null): RenderResult {
  const own = modelNode(node)
  if (typeof own === 'string') return failure(own)
  const options = renderOptions<MarkdownOptions>(given)
  if (typeof options === 'string') return failure(options)
  const note = options.metadataNote
  if (note !== undefined) {
    const problem = commentTextProblem(note)
    if (problem !== undefined) return failure(`Unexpected metadataNote ${problem}`)
  }
  let output: string
  switch (own.type) {
    case 'regulation':
      output = regulationToMarkdown(own, options)
      break
    case 'chapter':
      output = `${chapterToMarkdown(own)}\n`
      break
    case 'article':
      output = `${articleToMarkdown(own)}\n`
      break
    case 'paragraph':
      output = `${paragraphToMarkdown(own)}\n`
      break
    default:
      output = `${itemToMarkdown(own)}\n`
  }
  return { ok: true, output, mediaType: 'text/markdown; charset=utf-8' }
}
