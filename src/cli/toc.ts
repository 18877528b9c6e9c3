import type { Regulation } from '../model/schema.js'
import { columns } from '../render/text.js'

/** Cut `text` to at most `width` columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  let used = 0
  let out = ''
  const chars = [...text]
  for (const [index, char] of chars.entries()) {
    const w = columns(char)
    const rest = index < chars.length - 1 ? 1 : 0
    if (used + w + rest > width && index < chars.length - 1) return `${out}…`
    out += char
    used += w
  }
  return out
}

/** The table of contents: chapters, and each article with the start of its text. */
export function tableOfContents(regulation: Regulation, width = 80): string {
  const lines = [
    `${regulation.title} (${regulation.englishTitle})`,
    `${regulation.issuer} · ${regulation.instrumentType} · adopted ${regulation.adopted.date} · effective ${regulation.effective}`,
    '',
  ]
  for (const chapter of regulation.chapters) {
    const first = chapter.articles[0]?.heading ?? ''
    const last = chapter.articles.at(-1)?.heading ?? ''
    lines.push(`${chapter.heading} ${chapter.title} (${first}–${last})`)
    for (const article of chapter.articles) {
      const lead = `  ${article.heading.padEnd(5, '\u3000')} `
      const leadWidth = [...lead].reduce((sum, char) => sum + columns(char), 0)
      lines.push(lead + truncate(article.paragraphs[0]?.text ?? '', Math.max(8, width - leadWidth)))
    }
  }
  return `${lines.join('\n')}\n`
}
