import type { Regulation } from '../model/schema.js'
import { columns } from '../render/text.js'

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

/** The table of contents: chapters, and each article with the start of its text. */
export function tableOfContents(regulation: Regulation, width = 80): string {
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
    lines.push(truncate(`${chapter.heading} ${chapter.title} (${first}–${last})`, width))
    for (const article of chapter.articles) {
      const lead = `  ${article.heading.padEnd(5, '\u3000')} `
      const leadWidth = [...lead].reduce((sum, char) => sum + columns(char), 0)
      lines.push(lead + truncate(article.paragraphs[0]?.text ?? '', Math.max(8, width - leadWidth)))
    }
  }
  return `${lines.join('\n')}\n`
}
