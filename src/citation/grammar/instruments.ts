/**
 * The instruments a citation may name by title that this package knows:
 * their identity, version and number of articles.
 */
import type { KnownInstrument } from '../citation-types.js'

/**
 * The instruments this regulation cites or relies on, so an external citation
 * is reported with the instrument's identity. Article counts are those of the
 * version named (checked against the texts in `test/fixtures/peer-corpus/`).
 */
export const knownInstruments: readonly KnownInstrument[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ [
    {
      id: 'cn/anti-espionage-law/2023',
      title: '中华人民共和国反间谍法',
      englishTitle: 'Counter-Espionage Law of the People’s Republic of China',
      shortTitles: ['反间谍法'],
      issuer: '全国人民代表大会常务委员会',
      version: '2023 revision',
      adopted: '2023-04-26',
      effective: '2023-07-01',
      articles: 71,
    },
    {
      id: 'cn/national-security-law/2015',
      title: '中华人民共和国国家安全法',
      englishTitle: 'National Security Law of the People’s Republic of China',
      shortTitles: ['国家安全法'],
      issuer: '全国人民代表大会常务委员会',
      version: '2015',
      adopted: '2015-07-01',
      effective: '2015-07-01',
      articles: 84,
    },
    {
      id: 'cn/state-secrets-law/2024',
      title: '中华人民共和国保守国家秘密法',
      englishTitle: 'Law of the People’s Republic of China on Guarding State Secrets',
      shortTitles: ['保守国家秘密法'],
      issuer: '全国人民代表大会常务委员会',
      version: '2024 revision',
      adopted: '2024-02-27',
      effective: '2024-05-01',
      articles: 65,
    },
    {
      id: 'cn/data-security-law/2021',
      title: '中华人民共和国数据安全法',
      englishTitle: 'Data Security Law of the People’s Republic of China',
      shortTitles: ['数据安全法'],
      issuer: '全国人民代表大会常务委员会',
      version: '2021',
      adopted: '2021-06-10',
      effective: '2021-09-01',
      articles: 55,
    },
    {
      id: 'cn/anti-espionage-law-implementing-rules/2017',
      title: '中华人民共和国反间谍法实施细则',
      englishTitle: 'Implementing Rules of the Counter-Espionage Law of the People’s Republic of China',
      shortTitles: ['反间谍法实施细则'],
      issuer: '国务院',
      version: '2017',
      adopted: '2017-11-22',
      effective: '2017-11-22',
      articles: 26,
    },
  ].map((instrument) => Object.freeze({ ...instrument, shortTitles: Object.freeze(instrument.shortTitles) })),
)

const byTitle = /* @__PURE__ */ (() => {
  const titles = new Map<string, KnownInstrument>()
  for (const instrument of knownInstruments) {
    titles.set(instrument.title, instrument)
    for (const short of instrument.shortTitles) titles.set(short, instrument)
  }
  return titles
})()

/** The known instrument a title names (full or short title), if any. */
export function findInstrument(title: string): KnownInstrument | undefined {
  return byTitle.get(title)
}

/** Every title and short title, longest first: for recognising `反间谍法第二十五条` without 《》. */
export const instrumentTitles: readonly string[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ [...byTitle.keys()].sort((a, b) => b.length - a.length),
)
