/**
 * The types of a citation every folder here shares: what a citation names
 * (its instrument, its anchor, its references) and where it stands.
 */
import type { Address } from '../model/address.js'

export { type Address, LEVELS, type Level } from '../model/address.js'

/** One address, or a range of addresses at the same level (`第十五条至第十八条`). */
export interface Reference {
  readonly from: Address
  /** The end of a range, inclusive. */
  readonly to?: Address
}

/** What a relative form (`本条`, `前款`, `前两款`, `前项`, …) is relative to. */
export type Anchor =
  | { readonly type: 'this'; readonly level: 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' }
  | { readonly type: 'previous'; readonly level: 'article' | 'paragraph' | 'item'; readonly count: number }

/** Which instrument a citation points into. */
export type Instrument =
  /**
   * The text the citation stands in (本规定, 本法, a bare `第…条`), or this regulation by title;
   * `carried` when 该条 names an article of it cited just before (`本条例第十条…该条第二款`).
   */
  | { readonly type: 'self'; readonly title?: string; readonly carried?: true }
  /**
   * Another instrument, by the title the text gives (`《中华人民共和国反间谍法》`, `该法`, `刑法`),
   * or a document that is not an instrument (`《特种刀具生产许可证》`): `kind` says which.
   */
  | {
      readonly type: 'external'
      readonly title?: string
      readonly known?: KnownInstrument
      /**
       * What the title names, by its ending (`grammar/title-kinds.ts`): a kind of
       * legal instrument ({@link InstrumentKind}) or of a document that is not one
       * ({@link DocumentKind}, resolved with scope `document`). Absent when the
       * instrument has no title (`该法` with none before it).
       */
      readonly kind?: TitleKind
      /**
       * Set when the citation's own text does not name the instrument: it continues the one cited
       * before it in the same phrase (`企业所得税法第十六条…和第十九条`), or names it by 其 or 该条.
       */
      readonly carried?: true
    }
/**
 * The kinds of legal instrument: what a citation may name as another
 * instrument (`external`).
 *
 * - `constitution`: 宪法.
 * - `law`: 法, 法典, an amendment of one (修正案), a part of one or a law so
 *   named (民法总则, 民法通则, 刑法分则).
 * - `regulation`: 条例 (administrative and local regulations).
 * - `rules`: 规定, 办法, 细则, 规则, 通则, 总则, 分则, 准则, 规程, 税则.
 * - `interpretation`: 解释, 批复, 答复 (judicial and legislative interpretations).
 * - `decision`: 决定, 决议, 命令, 特赦令 (decisions, resolutions, orders of an organ).
 * - `treaty`: 公约, 条约, 协定, 议定书, 宪章.
 * - `charter`: 章程 (the constitution of a party or an association).
 * - `normative-document`: 通知, 意见, 指示, 公告, 通告, 通报, 纪要, 指引, and a
 *   title of the form `关于…` whose ending says nothing else.
 */
export type InstrumentKind =
  | 'constitution'
  | 'law'
  | 'regulation'
  | 'rules'
  | 'interpretation'
  | 'decision'
  | 'treaty'
  | 'charter'
  | 'normative-document'

/**
 * The kinds of document that is not a legal instrument: a text names it
 * (`发给《特种刀具生产许可证》`, `在《杭州日报》上公布`) but does not cite it.
 *
 * - `certificate`: 证, 证书, 证明, 合格证, 凭证.
 * - `licence`: 许可证, 执照, 牌照.
 * - `form`: 申请表, 登记表, 审批表, 申报表, 备案表, 申请书, 回执, 单.
 * - `table`: any other 表 (税目税率表, 分类表).
 * - `record`: 记录, 台账, 笔录, 日志, 档案, 簿, 账.
 * - `list`: 清单, 名录, 目录, 名单, 名册.
 * - `notice`: 通知书, 告知书, 通知单 (addressed to one person or body).
 * - `decision-letter`: 决定书, 裁定书, 判决书, 调解书, 意见书, 建议书 (in one case).
 * - `report`: 报告, 报告书.
 * - `plan`: 方案, 规划, 计划, 预案, 纲要.
 * - `standard`: 标准, 规范, 药典, 方法 (technical standards).
 * - `periodical`: 报 (日报, 商报, 公报), 杂志, 期刊.
 * - `contract`: 合同, 协议, 协议书, 承诺书, 责任书.
 * - `other`: a title whose ending is none of these (a song, a book): not an
 *   instrument, since every instrument's title ends with its kind.
 */
export type DocumentKind =
  | 'certificate'
  | 'licence'
  | 'form'
  | 'table'
  | 'record'
  | 'list'
  | 'notice'
  | 'decision-letter'
  | 'report'
  | 'plan'
  | 'standard'
  | 'periodical'
  | 'contract'
  | 'other'

/** What a title in 《》 names: a legal instrument, or a document that is not one. */
export type TitleKind = InstrumentKind | DocumentKind

/** An instrument this regulation cites or relies on. */
export interface KnownInstrument {
  /** Stable id, for example `cn/anti-espionage-law/2023`. */
  readonly id: string
  readonly title: string
  readonly englishTitle: string
  /** Titles the texts also use, for example `反间谍法`. */
  readonly shortTitles: readonly string[]
  readonly issuer: string
  /** Which version: `2023 revision`. */
  readonly version: string
  /** Date of the adoption or revision of this version. */
  readonly adopted: string
  readonly effective: string
  /** How many articles this version has; citations beyond it are invalid. */
  readonly articles: number
}

/** A citation found in a text or parsed from a string. */
export interface Citation {
  /** The exact text matched: `text === input.slice(start, end)`. */
  readonly text: string
  /** Start offset in the input, in JavaScript string indices (UTF-16 code units). */
  readonly start: number
  /** End offset (exclusive), in JavaScript string indices. */
  readonly end: number
  readonly instrument: Instrument
  /** Set for relative forms (`本条`, `前款`); addresses are then relative to it. */
  readonly anchor?: Anchor | undefined
  /**
   * The provisions named; empty when the citation names a whole instrument
   * (本规定, `《…》`) or a whole anchor (`前款`). Each address has only the
   * levels named (and `suffix`), its keys in one order: `level`, then the
   * levels from the largest down (`{ level: 'paragraph', article: 6, paragraph: 3 }`).
   */
  readonly references: readonly Reference[]
}
