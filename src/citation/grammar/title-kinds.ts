/**
 * What kind of thing a title in 《》 names, by the word its title ends
 * with: a legal instrument (a law, a regulation, rules, an interpretation,
 * a decision, a treaty, a charter, a normative document), which a text can
 * cite, or a document that is not one (a certificate, a licence, a form, a
 * list, a newspaper, a plan, a technical standard, …), which a text only
 * mentions. A Chinese instrument's title ends with the word for its kind
 * (法, 条例, 规定, 办法, 决定, 解释, 通知, …), so the longest ending decides.
 * The kinds themselves are described in `citation-types.ts`.
 */
import type { InstrumentKind, TitleKind } from '../citation-types.js'

const INSTRUMENT_KINDS: ReadonlySet<string> = new Set<InstrumentKind>([
  'constitution',
  'law',
  'regulation',
  'rules',
  'interpretation',
  'decision',
  'treaty',
  'charter',
  'normative-document',
])

/** Whether `kind` is a kind of legal instrument (a citation may name one), not of another document. */
export function isInstrumentKind(kind: TitleKind | undefined): kind is InstrumentKind {
  return kind !== undefined && INSTRUMENT_KINDS.has(kind)
}

/**
 * The endings of titles and the kind each says. The longest ending of a
 * title decides (许可证 before 证, 通知书 before 通知, 方法 before 法).
 */
const ENDINGS: Readonly<Record<TitleKind, readonly string[]>> = {
  constitution: ['宪法'],
  // 民法总则, 民法通则, 刑法分则: a law, or the general or specific part of one.
  law: ['法', '法典', '修正案', '法总则', '法通则', '法分则'],
  regulation: ['条例'],
  rules: ['规定', '办法', '细则', '规则', '通则', '总则', '分则', '准则', '守则', '规程', '税则'],
  interpretation: ['解释', '批复', '答复'],
  decision: ['决定', '决议', '命令', '特赦令'],
  treaty: ['公约', '条约', '协定', '议定书', '宪章'],
  charter: ['章程'],
  'normative-document': ['通知', '意见', '指示', '公告', '通告', '通报', '纪要', '指引', '指导意见'],
  certificate: ['证', '证书', '证明', '证明书', '合格证', '凭证'],
  licence: ['许可证', '许可证书', '执照', '牌照'],
  form: ['申请表', '登记表', '审批表', '申报表', '备案表', '报名表', '调查表', '申请书', '登记书', '回执', '单', '卡'],
  table: ['表'],
  record: ['记录', '台账', '笔录', '日志', '档案', '簿', '账', '账簿'],
  list: ['清单', '名录', '目录', '名单', '名册', '一览表'],
  notice: ['通知书', '告知书', '通知单', '催告书'],
  'decision-letter': ['决定书', '裁定书', '判决书', '调解书', '意见书', '建议书', '决定通知书'],
  report: ['报告', '报告书'],
  plan: ['方案', '规划', '计划', '预案', '纲要'],
  standard: ['标准', '规范', '药典', '方法'],
  periodical: ['报', '杂志', '期刊', '周刊', '月刊'],
  contract: ['合同', '合同书', '协议', '协议书', '承诺书', '责任书'],
  other: [],
}

/** Every ending with its kind, longest first. */
const BY_LENGTH: readonly (readonly [string, TitleKind])[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ (Object.entries(ENDINGS) as [TitleKind, readonly string[]][])
    .flatMap(([kind, endings]) => endings.map((ending) => [ending, kind] as const))
    .sort((a, b) => b[0].length - a[0].length),
)

/** The longest ending, so {@link titleKind} reads a bounded tail of any title. */
export const MAX_ENDING = /* @__PURE__ */ (() => Math.max(...BY_LENGTH.map(([ending]) => ending.length)))()

/** An edition or a note in brackets at the end of a title (`（试行）`, `（2021年修订）`, `(十一)`). */
const EDITION = /\s*[（(][^（）()]{1,20}[）)]\s*$/

/**
 * The kind of document a title names (without 《》): by its longest known
 * ending, after an edition in brackets (`《…条例（试行）》`, `《刑法修正案（十一）》`);
 * a title of the form `关于…` with no known ending is a normative document
 * (a decision or notice whose title was cut short); any other title with
 * no known ending is `other`, a document (a song, a book), not an instrument.
 * Constant work: at most {@link MAX_ENDING} endings of each length are compared.
 */
export function titleKind(title: string): TitleKind {
  const name = title.length > 0 && EDITION.test(title) ? title.replace(EDITION, '') : title
  for (const [ending, kind] of BY_LENGTH) if (name.endsWith(ending)) return kind
  return name.includes('关于') ? 'normative-document' : 'other'
}
