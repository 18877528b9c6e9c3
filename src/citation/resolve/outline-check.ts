/**
 * The check that a caller's outline has the shape of an `Outline`: once
 * per outline, before `outline.ts` indexes it (which imports this module,
 * so this one names the type without importing it).
 */
import { describeValue, isObject } from '../../model/value.js'

/** Why `outline` cannot be read as an `Outline` (`outline.ts`), or `undefined`. */
export function checkOutline(outline: unknown): string | undefined {
  return wellFormed(outline) ? undefined : problemOf(outline)
}

const number = (value: unknown, min: number): boolean => Number.isSafeInteger(value) && (value as number) >= min

/** Whether `outline` has the shape of an `Outline` (`outline.ts`): the check of every outline, which builds no message. */
function wellFormed(outline: unknown): boolean {
  if (!isObject(outline) || !Array.isArray(outline.chapters)) return false
  // Indexed loops, as `problemOf` reads: an array's iterator may be another than Array.prototype's.
  const chapters = outline.chapters as unknown[]
  for (let c = 0; c < chapters.length; c++) {
    const chapter = chapters[c]
    if (!isObject(chapter) || !number(chapter.number, 0) || !Array.isArray(chapter.articles)) return false
    const articles = chapter.articles as unknown[]
    for (let a = 0; a < articles.length; a++) {
      const article = articles[a]
      if (!isObject(article) || !number(article.number, 1)) return false
      if (article.suffix !== undefined && !number(article.suffix, 1)) return false
      if (!Array.isArray(article.paragraphs)) return false
      const paragraphs = article.paragraphs as unknown[]
      for (let p = 0; p < paragraphs.length; p++) {
        const paragraph = paragraphs[p]
        if (!isObject(paragraph) || !number(paragraph.number, 1) || !Array.isArray(paragraph.items)) return false
        const items = paragraph.items as unknown[]
        for (let i = 0; i < items.length; i++) {
          const item = items[i]
          if (!isObject(item) || !number(item.number, 1)) return false
        }
      }
    }
  }
  return true
}

/** What is wrong with an outline that is not well formed, where in it (the paths are built here only). */
function problemOf(outline: unknown): string | undefined {
  const array = (value: unknown, where: string): string | undefined =>
    Array.isArray(value)
      ? undefined
      : `Unexpected ${describeValue(value)} at \`${where}\` in the outline, expected an array`
  const number = (value: unknown, where: string, min: number): string | undefined =>
    Number.isSafeInteger(value) && (value as number) >= min
      ? undefined
      : `Unexpected ${describeValue(value)} at \`${where}\` in the outline, expected a whole number from ${min}`
  if (!isObject(outline)) return `Unexpected ${describeValue(outline)}, expected an outline \`{ chapters: […] }\``
  const chapters = outline.chapters as unknown[]
  let problem = array(chapters, 'chapters')
  for (let c = 0; problem === undefined && c < chapters.length; c++) {
    const chapter = chapters[c] as Record<string, unknown>
    const at = `chapters[${c}]`
    problem = isObject(chapter)
      ? undefined
      : `Unexpected ${describeValue(chapter)} at \`${at}\` in the outline, expected a chapter`
    problem ??= number(chapter.number, `${at}.number`, 0) ?? array(chapter.articles, `${at}.articles`)
    const articles = (chapter?.articles ?? []) as unknown[]
    for (let a = 0; problem === undefined && a < articles.length; a++) {
      const article = articles[a] as Record<string, unknown>
      const at2 = `${at}.articles[${a}]`
      problem = isObject(article)
        ? undefined
        : `Unexpected ${describeValue(article)} at \`${at2}\` in the outline, expected an article`
      problem ??=
        number(article.number, `${at2}.number`, 1) ??
        (article.suffix === undefined ? undefined : number(article.suffix, `${at2}.suffix`, 1)) ??
        array(article.paragraphs, `${at2}.paragraphs`)
      const paragraphs = (article?.paragraphs ?? []) as unknown[]
      for (let p = 0; problem === undefined && p < paragraphs.length; p++) {
        const paragraph = paragraphs[p] as Record<string, unknown>
        const at3 = `${at2}.paragraphs[${p}]`
        problem = isObject(paragraph)
          ? (number(paragraph.number, `${at3}.number`, 1) ?? array(paragraph.items, `${at3}.items`))
          : `Unexpected ${describeValue(paragraph)} at \`${at3}\` in the outline, expected a paragraph`
        const items = (paragraph?.items ?? []) as unknown[]
        for (let i = 0; problem === undefined && i < items.length; i++) {
          const item = items[i] as Record<string, unknown>
          problem = isObject(item)
            ? number(item.number, `${at3}.items[${i}].number`, 1)
            : `Unexpected ${describeValue(item)} at \`${at3}.items[${i}]\` in the outline, expected an item`
        }
      }
    }
  }
  return problem
}
