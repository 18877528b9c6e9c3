/**
 * `statuteCitations` takes linear time on penalty lists, by counting work
 * rather than timing it: the scanner's steps, each citation, and what
 * resolving a bare `第X项` reads of the outline (an article's paragraphs)
 * and of the citations before it (a list's lead-in). Statutes of 10 K, 20 K
 * and 40 K list items, read by `parseStatute`, in the forms that once made
 * each item walk every paragraph of its article or every citation of its
 * list's lead-in: the steps may grow at most 1.2 times as fast as the items.
 */
import { describe, expect, it } from 'vitest'
import { statuteCitationsCounted } from '../src/citation/statute/statute-citations.js'
import { parseStatute } from '../src/entries/parse.js'

/** The numerals of the first items, for the markers of a list. */
const MARKERS = ['一', '二', '三', '四', '五']

/**
 * A statute whose article 2 is `count` items in lists of `per`, each list
 * after a lead-in paragraph (`lead`), each item `item`; article 1 has five
 * items for lead-ins to cite.
 */
function penaltyLists(count: number, lead: string, item: string, per: number): string {
  const lines = ['# 某条例', '', '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 有下列行为之一的，予以禁止：']
  for (const marker of MARKERS) lines.push(`（${marker}）某行为；`)
  lines.push('第二条 违反本条例规定的，按照下列规定处罚。')
  for (let list = 0; list < count / per; list++) {
    lines.push(lead)
    for (let index = 0; index < per; index++) lines.push(`（${MARKERS[index]}）${item}`)
  }
  return lines.join('\n')
}

/** One lead-in paragraph citing article 1 `count` times, then `count` items of one list (numbered by place). */
function longLeadIn(count: number): string {
  const lines = ['# 某条例', '', '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 有下列行为之一的，予以禁止：']
  for (const marker of MARKERS) lines.push(`（${marker}）某行为；`)
  lines.push(`第二条 违反${'第一条，'.repeat(count)}规定的，按照下列规定处罚：`)
  for (let index = 0; index < count; index++) lines.push('（一）违反第三项的；')
  return lines.join('\n')
}

const FORMS: [string, (count: number) => string][] = [
  [
    'an item its own list lacks (违反第三项 in lists of two)',
    (n) => penaltyLists(n, '有下列行为的：', '违反第三项的；', 2),
  ],
  ['a lead-in citing its own article (违反本条的：)', (n) => penaltyLists(n, '违反本条的：', '违反第一项的；', 2)],
  ['ranges of items (违反第一项至第二项)', (n) => penaltyLists(n, '有下列行为的：', '违反第一项至第二项的；', 2)],
  ['a lead-in citing one article (违反第一条的：)', (n) => penaltyLists(n, '违反第一条的：', '违反第三项的；', 5)],
  ['one lead-in citing as many times as its list has items', longLeadIn],
  [
    'an article named in the item, then a bare item (违反第一条第一项；第二项)',
    (n) => penaltyLists(n, '违反第一条的：', '违反第一条第一项；第二项；', 2),
  ],
]

/** The steps `statuteCitations` takes over the statute `markdown` is, and its length. */
function steps(markdown: string): [number, number] {
  const read = parseStatute(markdown)
  if (!read.ok) throw new Error(read.reason)
  const stats = { steps: 0 }
  const found = statuteCitationsCounted(read.statute, stats)
  expect(found.length).toBeGreaterThan(0)
  return [stats.steps, markdown.length]
}

const SIZES = [10_000, 20_000, 40_000] as const
/** Most steps per character of Markdown. */
const PER_CHARACTER = 40

describe('statuteCitations: steps grow linearly from 10 K to 40 K items of penalty lists', () => {
  it.each(FORMS)('%s', (_, make) => {
    const counted = SIZES.map((count) => steps(make(count)))
    const [first] = counted as [[number, number]]
    const message = `steps ${counted.map(([count]) => count).join(', ')} at ${SIZES.join(', ')} items`
    counted.forEach(([count, length], index) => {
      expect(count / length, message).toBeLessThan(PER_CHARACTER)
      // Steps grow at most 1.2 times as fast as the items.
      expect(count / first[0], message).toBeLessThanOrEqual((1.2 * (SIZES[index] as number)) / SIZES[0])
    })
  })
})
