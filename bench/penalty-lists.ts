/**
 * `statuteCitations` on statutes of penalty lists, timed at 10 K, 20 K and
 * 40 K list items (built package): `npx tsx bench/penalty-lists.ts`.
 * Article 2 of each statute is its items in lists, each list after a
 * lead-in paragraph, in the forms of `test/statute-linearity.test.ts`;
 * linear work shows as about ×2 per step. The time of `parseStatute` is
 * not counted.
 */
import { statuteCitations } from 'jilin-counter-espionage/citation'
import { parseStatute } from 'jilin-counter-espionage/parse'
import { row, time } from './util.js'

const SIZES = [10_000, 20_000, 40_000] as const
const MARKERS = ['一', '二', '三', '四', '五']
const HEAD = ['# 某条例', '', '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 有下列行为之一的，予以禁止：']

/** `count` items in lists of `per`, each list after `lead`, each item `item`; article 1 has five items to cite. */
function lists(count: number, lead: string, item: string, per: number): string {
  const lines = [
    ...HEAD,
    ...MARKERS.map((marker) => `（${marker}）某行为；`),
    '第二条 违反本条例规定的，按照下列规定处罚。',
  ]
  for (let list = 0; list < count / per; list++) {
    lines.push(lead)
    for (let index = 0; index < per; index++) lines.push(`（${MARKERS[index]}）${item}`)
  }
  return lines.join('\n')
}

/** One lead-in citing article 1 `count` times, then `count` items. */
function longLeadIn(count: number): string {
  const lines = [...HEAD, ...MARKERS.map((marker) => `（${marker}）某行为；`)]
  lines.push(`第二条 违反${'第一条，'.repeat(count)}规定的，按照下列规定处罚：`)
  for (let index = 0; index < count; index++) lines.push('（一）违反第三项的；')
  return lines.join('\n')
}

const FORMS: [string, (count: number) => string][] = [
  ['an item its own list lacks', (n) => lists(n, '有下列行为的：', '违反第三项的；', 2)],
  ['a lead-in citing its own article (本条)', (n) => lists(n, '违反本条的：', '违反第一项的；', 2)],
  ['ranges of items', (n) => lists(n, '有下列行为的：', '违反第一项至第二项的；', 2)],
  ['a lead-in citing one article', (n) => lists(n, '违反第一条的：', '违反第三项的；', 5)],
  ['one lead-in citing as often as its list has items', longLeadIn],
]

/** `statuteCitations` on penalty lists of each form at each size, parsing outside the timing. */
export function benchPenaltyLists(runs = 3): void {
  console.log(
    `\n## statuteCitations on penalty lists: median of ${runs} at ${SIZES.map((n) => `${n / 1000} K`).join(', ')} items`,
  )
  for (const [name, make] of FORMS) {
    const times = SIZES.map((count) => {
      const read = parseStatute(make(count))
      if (!read.ok) throw new Error(read.reason)
      return time(() => statuteCitations(read.statute), runs)
    })
    row(name, times.map((ms) => `${ms.toFixed(0)} ms`).join(' → '))
  }
}

// Run alone: `npx tsx bench/penalty-lists.ts [runs]`.
if (process.argv[1]?.endsWith('penalty-lists.ts')) benchPenaltyLists(Number(process.argv[2] ?? 3))
