/**
 * The README's length in words, as `test/readme.test.ts` holds it under
 * 5,000: every run of `[A-Za-z0-9_]+` is a word, and so is every Han
 * character (Chinese has no spaces to count by). The whole file counts,
 * code blocks and comments included.
 *
 *     npx tsx scripts/readme-words.ts [file]
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The number of words in `text`: runs of `[A-Za-z0-9_]+`, plus one per Han character. */
export function countWords(text: string): { english: number; cjk: number; total: number } {
  const english = text.match(/[A-Za-z0-9_]+/g)?.length ?? 0
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0
  return { english, cjk, total: english + cjk }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? fileURLToPath(new URL('../README.md', import.meta.url))
  const { english, cjk, total } = countWords(readFileSync(file, 'utf8'))
  console.log(`${file}: ${total} words (${english} English, ${cjk} CJK)`)
}
