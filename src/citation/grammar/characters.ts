/**
 * The citation grammar's tables, the single source of every character class
 * and word list the scanner, the candidate expression and the parser read:
 * numeral characters, units, 本/前/该 words, list and range words, and the
 * words around law names written without 《》. The scanner (`scan.ts`),
 * titles (`titles.ts`) and English forms (`english.ts`) read them from here.
 */
import type { Level } from '../../model/address.js'
import { DIGIT_VALUE } from '../../numeral/index.js'
import type { Anchor } from '../citation-types.js'

/** The spaces a designation may have around its number (`第 五 条`): ASCII, ideographic, no-break. */
export const SPACE_CHARS = ' \u3000\u00a0'

/** The characters a Chinese numeral is made of, 〇 and 两 included. */
export const NUMERAL_CHARS = '一二三四五六七八九十百千零〇两'
/** ASCII and full-width digits, as a character-class body. */
export const DIGIT_CLASS = '0-9０-９'

/** Longest Chinese numeral read: 九千九百九十九 has 7 characters. */
export const MAX_NUMERAL_CHARS = 8
/** Most digits read in an Arabic number (1 to 9999). */
export const MAX_DIGITS = 4
/** Longest title read between 《 and 》. */
export const MAX_TITLE = 120
/** Longest short name read in `（以下简称…）`, and how far its `）` may be. */
export const MAX_ALIAS = 20
/**
 * How far back a law's name before 第 without 《》 is looked for: longer than
 * any such name (`中华人民共和国固体废物污染环境防治法` is 18), so where the
 * name starts never depends on how far the last punctuation mark is.
 */
export const MAX_BARE_TITLE = 40

/** The unit after a number, and the level it names. */
export const UNITS: Readonly<Record<string, Level>> = Object.freeze({
  编: 'part',
  章: 'chapter',
  节: 'section',
  条: 'article',
  款: 'paragraph',
  项: 'item',
  目: 'subitem',
})

/** What may follow the number of a designation: its unit, 、 before another number (`第三、四项`), or a space. */
export const AFTER_NUMBER = `${Object.keys(UNITS).join('')}、${SPACE_CHARS}`
/** What may follow 第 other than a number: the bracket of an item number (`第（三）项`), or a space. */
export const AFTER_DI = `（(${SPACE_CHARS}`

/** Index of each level, from the largest: a chain of designations descends. */
export const LEVEL_INDEX: Readonly<Record<Level, number>> = Object.freeze({
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  paragraph: 4,
  item: 5,
  subitem: 6,
})

/** Self-references to the instrument a text stands in, longest first. */
export const SELF_WORDS: readonly string[] = Object.freeze([
  '本实施细则',
  '本实施办法',
  '本规定',
  '本条例',
  '本办法',
  '本细则',
  '本决定',
  '本规则',
  '本解释',
  '本法',
])

/** `本…` anchors, with the characters after them that make another word (本项目, 本章程). */
export const THIS_WORDS: readonly (readonly [string, Anchor, string])[] = Object.freeze(
  (
    [
      ['本条', { type: 'this', level: 'article' }, '件'],
      ['本款', { type: 'this', level: 'paragraph' }, '项'],
      ['本项', { type: 'this', level: 'item' }, '目'],
      ['本章', { type: 'this', level: 'chapter' }, '程'],
      ['本节', { type: 'this', level: 'section' }, '目日约省能'],
      ['本编', { type: 'this', level: 'part' }, '制号码辑写者印'],
    ] as const
  ).map(([word, anchor, excluded]) => Object.freeze([word, Object.freeze(anchor) as Anchor, excluded] as const)),
)

/** The unit of a `前…` anchor (前款, 前条, 前项), and the characters after it that make another word (前条件). */
export const PREVIOUS_UNITS: Readonly<Record<string, { level: 'article' | 'paragraph' | 'item'; excluded: string }>> =
  Object.freeze({
    条: { level: 'article', excluded: '件' },
    款: { level: 'paragraph', excluded: '项' },
    项: { level: 'item', excluded: '目' },
  })

/** 前两款, 前三条: the count (2 to 9) in a 前… form. */
export const PREVIOUS_COUNT: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(Object.entries(DIGIT_VALUE).filter(([, value]) => value >= 2)),
)

/** `该法第…条`: the last instrument named before. */
export const ANAPHORA: readonly string[] = Object.freeze(['该条例', '该规定', '该办法', '该决定', '该法'])

/** Words joining the elements of a list, longest first. */
export const LIST_WORDS: readonly string[] = Object.freeze(['以及', '或者', '、', '和', '及', '或', '与'])
/** Words joining the ends of a range. */
export const RANGE_WORDS: readonly string[] = Object.freeze(['至', '到'])

/** `（以下简称条例）`: how a text defines a short name for an instrument. */
export const ALIAS_LEADS: readonly string[] = Object.freeze(['（以下简称', '(以下简称'])

/** Last characters of a law's name (法, 法典, 条例, 细则, 规则, 分则, 规定, 决定, 解释, 规章, 公约). */
export const TITLE_ENDINGS = '法典例则定释章约'
/** How a law's name without 《》 ends. */
export const TITLE_SUFFIXES: readonly string[] = Object.freeze([
  '法',
  '法典',
  '条例',
  '办法',
  '规定',
  '细则',
  '规则',
  '分则',
  '总则',
  '决定',
  '解释',
  '宪章',
  '公约',
  '条约',
])
/** Words that end in 法 or 规定 but name no instrument. */
export const NOT_TITLES: ReadonlySet<string> = new Set([
  '依法',
  '合法',
  '非法',
  '违法',
  '执法',
  '守法',
  '立法',
  '司法',
  '办法',
  '方法',
  '规定',
  '条例',
  '细则',
  '规则',
  '分则',
  '总则',
  '决定',
  '解释',
  '法典',
  '本法',
  '该法',
  '此法',
  '有关规定',
  '相关规定',
  '国家有关规定',
  '上述规定',
  '前款规定',
  '本条规定',
])
/** How a phrase that is not a law's name starts: 的…, 根据有关规定, 依照国家规定, 下列规定, 本…, 该… */
export const NOT_NAME_START =
  /[的关之本该此各其]|根据|依照|依据|按照|违反|适用|参照|对照|执行|遵守|实施|比照|依|下列|以下|上列|前述/y
/** Words anywhere in a phrase that is not a law's name: 有关规定, 国家规定, 其他规定. */
export const NOT_NAME_WORDS = /有关|相关|上述|前款|本条|其他|国家规定|规定的/g
/**
 * Words that end right before a law's name written without 《》 and are not
 * part of it: verbs, modal words, conjunctions and prepositions
 * (`应当具备政府采购法第二十二条` names 政府采购法, `或者刑事诉讼法第…` 刑事诉讼法).
 * The name starts after the last of them before its ending. Single
 * characters that occur inside law names (对 in 对外贸易法, 于 in 关于, 为 in
 * 行为, 和 in 共和国) are here only inside longer words.
 */
export const NAME_BOUNDARY_WORDS: readonly string[] = Object.freeze([
  // prepositions and verbs of reference
  '根据',
  '依照',
  '依据',
  '按照',
  '违反',
  '适用',
  '参照',
  '对照',
  '执行',
  '遵守',
  '实施',
  '比照',
  '对于',
  '基于',
  '属于',
  '认定为',
  '视为',
  '构成',
  '符合',
  '具备',
  '确定',
  '援引',
  '落入',
  '涉及',
  '触犯',
  '抵触',
  '引用',
  '列入',
  '载入',
  '纳入',
  '包括',
  '规定',
  '给予',
  '予以',
  '追究',
  // modal words and adverbs
  '应当',
  '可以',
  '不得',
  '必须',
  '并且',
  '同时',
  '依法',
  // conjunctions
  '或者',
  '以及',
  '或',
  '及',
  '与',
  '和',
  // prepositions and particles of one character that law names do not hold
  '将',
  '在',
  '就',
  '按',
  '依',
  '由',
  '经',
  '被',
  '把',
  '向',
  '从',
  '有',
  '的',
  '了',
  '而',
])
/**
 * Words inside law names that hold a character of NAME_BOUNDARY_WORDS: a
 * name is never cut inside one (共和国, 就业促进法, 经济, 自由贸易, 普及).
 */
export const NAME_WORDS: readonly string[] = Object.freeze([
  '中华人民共和国',
  '共和国',
  '就业',
  '经济',
  '经营',
  '经纪',
  '自由',
  '从业',
  '普及',
  '危及',
  '参与',
  '和平',
  '和谐',
  '在华',
  '所在',
  '被害',
  '以及',
  '国有',
  '所有',
  '有限',
  '共有',
  '私有',
  '占有',
  '享有',
  '拥有',
])

/** The distinct second characters of `words`, as a character-class body. */
const secondCharacters = (words: readonly string[]): string =>
  [...new Set(words.map((word) => word.charAt(1)))].join('')

/** Second characters of the 本… words. */
export const BEN_NEXT = secondCharacters([...SELF_WORDS, ...THIS_WORDS.map(([word]) => word)])
/** Second characters of the 前… words: a unit, or a count before one. */
export const QIAN_NEXT = Object.keys(PREVIOUS_UNITS).join('') + Object.keys(PREVIOUS_COUNT).join('')
/** Second characters of the 该… words. */
export const GAI_NEXT = secondCharacters(ANAPHORA)
/** First characters of list and range words. */
export const JOIN_START = [...new Set([...RANGE_WORDS, ...LIST_WORDS].map((word) => word.charAt(0)))].join('')

/** What may continue a designation: 之, another 第, the first character of a list or range word. A plain `第X条` has none of them after it. */
export const CONTINUING = `之第${JOIN_START}`

/** Characters a Chinese citation can start with: 第, 《, 本, 前 and 该. */
export const TRIGGER_CHARS = '第《本前该'
/** First letters of the English forms (`Article`, `Art.`, `Chapter`), either case. */
export const ENGLISH_START = 'AaCc'
/** Their second letters: an English form starts only where one follows (`Ar…`, `Ch…`). */
export const ENGLISH_NEXT = 'RrHh'

/**
 * Where a citation can start, for one native regular-expression search
 * between citations: a Chinese trigger character, or the first letter of
 * an English form at the start of a word with its second letter after it.
 * The scanner decides the rest in code: a plain `第X条` on a fast path, 本,
 * 前 and 该 on the character after them. Built from the tables above, so it
 * cannot disagree with them; the WebAssembly module (`trigger.ts`) finds the
 * same places.
 */
export function triggerPattern(): RegExp {
  return new RegExp(`[${TRIGGER_CHARS}]|(?<![A-Za-z])[${ENGLISH_START}](?=[${ENGLISH_NEXT}])`, 'g')
}

/** Whether a citation can start at `at` of `text` (its first character is a trigger). */
export function startsCitation(text: string, at: number): boolean {
  const char = text.charAt(at)
  if (TRIGGER_CHARS.includes(char) && char !== '') return true
  return /^(?:art|chapter)/i.test(text.slice(at, at + 7))
}

/** How many characters a citation's anchor word takes: 本条 and 前款 two, 前两款 three. */
export function anchorLength(anchor: Anchor): number {
  return anchor.type === 'previous' && anchor.count > 1 ? 3 : 2
}
