/**
 * Lookup and search speed: the median time of one call, from batches timed
 * with `performance.now()` (one call is too short to time alone).
 */
import { getArticle, getNode } from 'jilin-counter-espionage'
import { annotatedProvisions, search as bilingualSearch, webAnnotations } from 'jilin-counter-espionage/annotations'
import { lookup, search } from 'jilin-counter-espionage/query'
import { renderAnnotatedAkn, renderBilingual } from 'jilin-counter-espionage/render/bilingual'
import { median, row } from './util.js'

/** Median nanoseconds per call over `rounds` batches of `batch` calls. */
function perCall(fn: (i: number) => unknown, batch: number, rounds = 31): number {
  let sink = 0
  for (let i = 0; i < batch; i++) sink ^= fn(i) ? 1 : 0
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    for (let i = 0; i < batch; i++) sink ^= fn(i) ? 1 : 0
    times.push(((performance.now() - start) * 1e6) / batch)
  }
  if (sink === 2) console.log(sink)
  return median(times)
}

export function benchQuery(): void {
  console.log('\n## Lookup and search (median per call)')
  const eIds = ['art_15__para_2', 'art_38__para_1__list_1__item_3', 'chp_2', 'art_42']
  const ns = (n: number): string => (n < 1000 ? `${n.toFixed(0)} ns` : `${(n / 1000).toFixed(1)} µs`)
  row('getArticle(n), n over 1–42', ns(perCall((i) => getArticle((i % 42) + 1).ok, 100_000)))
  row('getNode(eId)', ns(perCall((i) => getNode(eIds[i % 4] as string).ok, 100_000)))
  row("lookup('第十五条第二款') (citation parse + resolve)", ns(perCall(() => lookup('第十五条第二款').ok, 20_000)))
  row("search('举报') (one term)", ns(perCall(() => search('举报').ok, 1000)))
  row("search('举报 保密') (two terms, whole regulation)", ns(perCall(() => search('举报 保密').ok, 1000)))
  row("search('安全 机关') (two common terms)", ns(perCall(() => search('安全 机关').ok, 300)))
  row(
    "annotations search('report', { language: 'en' })",
    ns(perCall(() => bilingualSearch('report', { language: 'en' }).ok, 300)),
  )
  row("annotations search('举报 report') (both languages)", ns(perCall(() => bilingualSearch('举报 report').ok, 300)))
  row(
    "annotatedProvisions({ actor: 'state-security-organs', norm: 'obligation' })",
    ns(perCall(() => annotatedProvisions({ actor: 'state-security-organs', norm: 'obligation' }).ok, 100)),
  )
  row('webAnnotations() (every annotation as JSON-LD)', ns(perCall(() => webAnnotations().ok, 30)))
  row('renderBilingual() (whole regulation, HTML)', ns(perCall(() => renderBilingual().ok, 10)))
  row('renderAnnotatedAkn() (whole regulation, Chinese)', ns(perCall(() => renderAnnotatedAkn().ok, 10)))
}
