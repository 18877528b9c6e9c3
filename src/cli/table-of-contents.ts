import type { Regulation } from '../model/schema.js'
import { columns } from '../render/text.js'
import { DEFAULT_WIDTH } from './command.js'

/** Cut `text` to at most `width` columns, ending with `…` (one column) when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text]
  const total = chars.reduce((sum, char) => sum + columns(char), 0)
  if (total <= width) return text
  let used = 0
  let out = ''
  for (const char of chars) {
    const w = columns(char)
    if (used + w > width - 1) break
    out += char
    used += w
  }
  return `${out}…`
}

/**
 * The table of contents: chapters, and each article with the start of its
 * text, no line wider than `width` columns; `heading` styles each chapter's
 * line once it is cut to the width (colour takes no columns).
 */
export function tableOfContents(
  regulation: Regulation,
  width = DEFAULT_WIDTH,
  heading: (line: string) => string = (line) => line,
): string {
  const lines = [
    truncate(`${regulation.title} (${regulation.englishTitle})`, width),
    truncate(
      `${regulation.issuer} · ${regulation.instrumentType} · adopted ${regulation.adopted.date} · effective ${regulation.effective}`,
      width,
    ),
    '',
  ]
  for (const chapter of regulation.chapters) {
    const first = chapter.articles[0]?.heading ?? ''
    const last = chapter.articles.at(-1)?.heading ?? ''
    lines.push(heading(truncate(`${chapter.heading} ${chapter.title} (${first}–${last})`, width)))
    for (const article of chapter.articles) {
      const lead = `  ${article.heading.padEnd(5, '\u3000')} `
      const leadWidth = [...lead].reduce((sum, char) => sum + columns(char), 0)
      // At least the `…` that says the text goes on, even when the lead fills the width.
      lines.push(lead + truncate(article.paragraphs[0]?.text ?? '', Math.max(1, width - leadWidth)))
    }
  }
  return `${lines.join('\n')}\n`
}
