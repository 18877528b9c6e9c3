/**
 * How instruments are named in a citation: the longest title and short
 * name read, how a text defines a short name, how a law's name ends, and
 * the words around a law's name written without 《》.
 */

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

/** `（以下简称条例）`: how a text defines a short name for an instrument. */
export const ALIAS_LEADS: readonly string[] = /* @__PURE__ */ Object.freeze([
  '（以下简称',
  '(以下简称',
  '（以下称',
  '(以下称',
])

/** Last characters of a law's name (法, 法典, 条例, 细则, 规则, 分则, 规定, 决定, 解释, 规章, 公约). */
export const TITLE_ENDINGS = '法典例则定释章约'
/** How a law's name without 《》 ends. */
export const TITLE_SUFFIXES: readonly string[] = /* @__PURE__ */ Object.freeze([
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
export const NAME_BOUNDARY_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze([
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
export const NAME_WORDS: readonly string[] = /* @__PURE__ */ Object.freeze([
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
