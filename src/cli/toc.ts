import type { Regulation } from '../model/schema.js'

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width forms. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1
}

/** Cut `text` to at most `width` columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  let used = 0
  let out = ''
  const chars = [...text]
  for (const [index, char] of chars.entries()) {
    const w = charWidth(char)
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
      const leadWidth = [...lead].reduce((sum, char) => sum + charWidth(char), 0)
      lines.push(lead + truncate(article.paragraphs[0]?.text ?? '', Math.max(8, width - leadWidth)))
    }
  }
  return `${lines.join('\n')}\n`
}
