/**
 * Where a law's name written without 《》 starts: never at the verb or
 * function word before it (`不受民事诉讼法`, `涉嫌刑法分则`, `指定民法典`,
 * `还应通知其承担民事诉讼法`), by the rule of `scan/forms/law-name.ts` (a
 * national law's title delimits its name). Every bare name of the peer
 * corpus is pinned in `test/fixtures/bare-law-names.tsv` (reviewed by eye)
 * and checked to be a name.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractCitations } from '../src/entries/citation.js'
import { citedNames } from './helpers/cited-names.js'
import { root } from './helpers/corpus.js'

const pinned = readFileSync(`${root}test/fixtures/bare-law-names.tsv`, 'utf8')
  .trim()
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split('\t') as [string, string, string, string, string, string])

/**
 * Words that open no law's name: verbs, prepositions, adverbs and
 * particles that stand before one in running text (the test's own list, not
 * the engine's: the engine cuts by the law's title).
 */
const NOT_A_NAME_START =
  /^(?:不|受|涉嫌|指定|承担|除|无|犯|行使|超过|依照|依据|根据|按照|适用|违反|参照|通知|还|应|其|并|及|或|和|与|对|在|将|由|经|被|就|有|的|是|为|即|均|也|亦|又|再|仍|须|可|予以|给予|属于|符合|构成|具备|认定)/

/** The names of the citations of `text` whose instrument is another, by title. */
function names(text: string): [string, string][] {
  return extractCitations(text, { resolve: false }).map((citation) => [
    citation.text,
    citation.instrument.type === 'external' ? (citation.instrument.title ?? '?') : 'self',
  ])
}

describe('a law named without 《》 starts at its name, never at the word before it', () => {
  it.each([
    // The cases (from outside statutes).
    ['当事人不受民事诉讼法第二百三十九条规定的限制', '民事诉讼法第二百三十九条', '民事诉讼法'],
    ['对于未成年人涉嫌刑法分则第四章、第五章、第六章规定的犯罪', '刑法分则第四章、第五章、第六章', '刑法分则'],
    ['因民间纠纷引起，涉嫌刑法分则第四章、第五章规定的犯罪案件', '刑法分则第四章、第五章', '刑法分则'],
    ['由当事人指定民法典第一千一百二十七条规定的继承人', '民法典第一千一百二十七条', '民法典'],
    ['还应通知其承担民事诉讼法第一百一十一条规定的法律责任', '民事诉讼法第一百一十一条', '民事诉讼法'],
    // Other verbs and function words before a law's title.
    ['除民事诉讼法第一百条另有规定外', '民事诉讼法第一百条', '民事诉讼法'],
    ['无刑事诉讼法第十六条规定情形的', '刑事诉讼法第十六条', '刑事诉讼法'],
    ['犯刑法第一百二十条规定之罪的', '刑法第一百二十条', '刑法'],
    ['行使民法典第一千零七十七条规定的权利', '民法典第一千零七十七条', '民法典'],
    ['超过民事诉讼法第二百四十六条规定的期限', '民事诉讼法第二百四十六条', '民事诉讼法'],
    ['并处以治安管理处罚法第十条规定的罚款', '治安管理处罚法第十条', '治安管理处罚法'],
    ['即视同劳动合同法第十四条规定的情形', '劳动合同法第十四条', '劳动合同法'],
    // The state's name is part of the name; a part or the implementing rules follow the title.
    ['不受中华人民共和国民事诉讼法第二百条限制', '中华人民共和国民事诉讼法第二百条', '中华人民共和国民事诉讼法'],
    ['应当符合个人所得税法实施条例第六条的规定', '个人所得税法实施条例第六条', '个人所得税法实施条例'],
    ['涉嫌中华人民共和国某某管理法第三条', '中华人民共和国某某管理法第三条', '中华人民共和国某某管理法'],
    // A local regulation's name starts with its province or municipality.
    ['不受上海市城市管理条例第十条限制', '上海市城市管理条例第十条', '上海市城市管理条例'],
    ['涉嫌浙江省大气污染防治条例第五条规定的', '浙江省大气污染防治条例第五条', '浙江省大气污染防治条例'],
  ])('%s', (text, citation, title) => {
    expect(names(text)).toEqual([[citation, title]])
  })

  it('pins every bare name of the peer corpus, each a name', () => {
    const { bare } = citedNames()
    const found = [...bare]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([name, { count, before, first }]) => [name, String(count), before, ...first.split('\t')])
    expect(found).toEqual(pinned)
    for (const [name] of pinned) expect(NOT_A_NAME_START.test(name), name).toBe(false)
  })
})
