/**
 * A citation at `该`: provisions of the instrument named last (`该法第十条`,
 * `该条例第五条`), or of another instrument by no title when none was
 * named; only with a list: 该法 alone, 该单位 and the like are none. And
 * `该条`: the article cited last in the same paragraph (`民法典第一百八十八条
 * …该条第二款` is paragraph 2 of that article of 民法典), alone or with a
 * list of its paragraphs and items.
 */
import type { Address } from '../../../model/address.js'
import type { Citation, Reference } from '../../citation-types.js'
import { ANAPHORA } from '../../grammar/words.js'
import { carriedInstrument, openBetween, PARAGRAPH_ENDS } from '../carry.js'
import { type CitationReader, citationFrom, listAt, tail } from '../citation-reader.js'
import { inherit } from '../designations.js'
import { compactReference, internSingle } from '../intern.js'
import { CodeSet } from '../reader.js'
import { UNNAMED } from '../titles.js'

const DI = 0x7b2c // 第
const THAT_ARTICLE = '该条'
/**
 * What may follow 该条 alone for it to name an article: 规定, 所称, 的, a
 * punctuation mark. Not a noun: 条 is also a measure word (该条道路, 该条河流),
 * and 该条款, 该条件 are other words.
 */
const ARTICLE_NEXT = /* @__PURE__ */ new CodeSet('规所的中，。；、：,;:）)')

/** The citation whose 该… word starts at `at`, or where to go on from. */
export function readAnaphora(reader: CitationReader, at: number): Citation | number {
  const { text } = reader
  for (let index = 0; index < ANAPHORA.length; index++) {
    const word = ANAPHORA[index] as string
    if (reader.startsWith(word, at) && text.charCodeAt(at + word.length) === DI) {
      const instrument = reader.lastExternal ?? UNNAMED
      const citation = tail(reader, at, at + word.length, instrument)
      if (citation.references.length === 0) return at + 1
      // The instrument a bare 款 or 项 after it may belong to (see `carry.ts`), also when no name came before.
      reader.lastExternal = instrument
      return citation
    }
  }
  if (reader.startsWith(THAT_ARTICLE, at)) return thatArticle(reader, at)
  return at + 1
}

/** `各该条` (each article concerned) names no one article. */
const EACH = 0x5404 // 各

/** `该条` at `at`, with the paragraphs or items after it: of the article cited last in the same paragraph. */
function thatArticle(reader: CitationReader, at: number): Citation | number {
  const { lastArticle, articleEnd } = reader
  if (reader.text.charCodeAt(at - 1) === EACH) return at + 1
  const end = at + THAT_ARTICLE.length
  if (lastArticle === undefined || articleEnd < 0 || !openBetween(reader, articleEnd, at, PARAGRAPH_ENDS)) {
    // A line break since: no later 该条 reads back to that article.
    reader.articleEnd = -1
    return at + 1
  }
  const article: Address = Object.freeze(
    lastArticle.suffix === undefined
      ? { level: 'article', article: lastArticle.article as number }
      : { level: 'article', article: lastArticle.article as number, suffix: lastArticle.suffix },
  )
  const instrument = carriedInstrument(reader.lastArticleInstrument)
  if (reader.text.charCodeAt(end) === DI) {
    const listed = listAt(reader, end)
    // Only finer parts of that article: 该条第二款, 该条第二款第三项.
    if (listed?.every(({ from }) => from.article === undefined && from.level !== 'article')) {
      const references = listed.map(({ from, to }) =>
        compactReference(
          to ? { from: inherit(article, from), to: inherit(article, to) } : { from: inherit(article, from) },
        ),
      )
      return citationFrom(reader, at, reader.listEnd, instrument, undefined, references as Reference[])
    }
    return at + 1
  }
  if (!ARTICLE_NEXT.has(reader.text.charCodeAt(end))) return at + 1
  return citationFrom(reader, at, end, instrument, undefined, internSingle(article))
}
