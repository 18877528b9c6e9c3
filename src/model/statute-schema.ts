/**
 * The general statute model: any Chinese law, regulation or judicial
 * interpretation, with the levels of 立法法 第六十五条: 编 (part), 章
 * (chapter), 节 (section), 条 (article, with inserted articles 第X条之Y), 款
 * (paragraph), 项 (item) and 目 (sub-item). The Jilin regulation is an
 * instance of it (its extra metadata aside).
 *
 * eIds follow the Akoma Ntoso naming convention, as the regulation's do:
 * `part_2`, `chp_4` (or `part_2__chp_4` where chapter numbers restart in each
 * part), `chp_3__sec_2`, `art_133` and, for an inserted article, `art_133_1`
 * (第一百三十三条之一), `art_5__para_2`, `art_5__para_2__list_1__item_3` and
 * `art_5__para_2__list_1__item_3__list_1__point_1` for a sub-item. Where
 * chapter numbers run on through the parts (民事诉讼法), a chapter is `chp_M`
 * in its part. A sub-part (分编) is `part_2__subpart_1`, an unnumbered
 * division (附则 beside the parts) `dvs_1`, an annex (附件) `att_1`, a clause of
 * a decision without articles (an amendment's `一、`) `clause_1`.
 */
import * as z from 'zod'

const Position = /* @__PURE__ */ z.int().positive()
/** The text of one provision as written: one line, trimmed, never empty. */
const Text = /* @__PURE__ */ z
  .string()
  .min(1)
  .regex(/^\S(?:.*\S)?$/, 'expected text without surrounding whitespace')
  .regex(/^[^\r\n\u2028\u2029]*$/, 'expected text on one line')
const EId = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z]+_\d+(?:_\d+)?(?:__[a-z]+_\d+(?:_\d+)?)*$/, 'expected an eId such as art_133_1')

/**
 * The unnumbered paragraphs that continue an item or sub-item after its
 * first line (before the next item of its list): part of it, not 款 of the
 * article, so the article's 款 are counted as a reader counts them.
 */
const Continuation = /* @__PURE__ */ z.array(Text).min(1)

/** A sub-item (目), printed `1.`, `１．`, `⒈` or `(1)`; its eId follows its number. */
export const StatuteSubItem = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('subitem'),
    eId: EId,
    number: Position,
    marker: z.string().min(1),
    text: Text,
    continuation: Continuation.optional(),
  }))()

/**
 * An item (项), printed `（一）`; its eId follows its number
 * (`…__list_1__item_2` is item （二）). Its `continuation` comes before its
 * sub-items when it has none yet; lines after a sub-item continue that one.
 */
export const StatuteItem = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('item'),
    eId: EId,
    number: Position,
    /** As printed (`（一）`); empty for an item whose number the source left out (see `parseStatute`'s messages). */
    marker: z.string(),
    text: Text,
    subItems: z.array(StatuteSubItem).optional(),
    continuation: Continuation.optional(),
  }))()

/** A paragraph (款). */
export const StatuteParagraph = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('paragraph'),
    eId: EId,
    number: Position,
    text: Text,
    items: z.array(StatuteItem),
  }))()

/** An article (条); an inserted article (第X条之Y) has the `suffix` Y. */
export const StatuteArticle = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('article'),
    eId: EId,
    number: Position,
    suffix: Position.optional(),
    heading: Text,
    paragraphs: z.array(StatuteParagraph),
  }))()

/** A section (节). */
export const StatuteSection = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('section'),
    eId: EId,
    number: Position,
    heading: Text,
    title: z.string(),
    articles: z.array(StatuteArticle),
  }))()

/** A chapter (章): its articles, or its sections. */
export const StatuteChapter = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('chapter'),
    eId: EId,
    number: Position,
    heading: Text,
    title: z.string(),
    sections: z.array(StatuteSection).optional(),
    articles: z.array(StatuteArticle),
  }))()

/** A sub-part (分编) of a part: its chapters, numbered on through the part. */
export const StatuteSubpart = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('subpart'),
    eId: EId,
    number: Position,
    heading: Text,
    title: z.string(),
    chapters: z.array(StatuteChapter),
  }))()

/**
 * A part (编), in document order: the articles it holds before any chapter
 * (a part without chapters holds only these), its chapters, then its
 * sub-parts (分编) with theirs.
 */
export const StatutePart = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('part'),
    eId: EId,
    number: Position,
    heading: Text,
    title: z.string(),
    articles: z.array(StatuteArticle).optional(),
    chapters: z.array(StatuteChapter),
    subparts: z.array(StatuteSubpart).optional(),
  }))()

/** A division without a number (`附则` after the parts or chapters of a code): its articles. */
export const StatuteDivision = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('division'),
    eId: EId,
    heading: Text,
    title: z.string(),
    articles: z.array(StatuteArticle),
  }))()

/** An annex (附件): its lines as written; they are not articles of the statute. */
export const StatuteAnnex = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('annex'),
    eId: EId,
    number: Position,
    heading: Text,
    title: z.string(),
    text: z.array(Text),
  }))()

/** A clause (`一、…`) of a decision written without articles, such as an amendment: a provision of its own. */
export const StatuteClause = /* @__PURE__ */ (() =>
  z.object({
    type: z.literal('clause'),
    eId: EId,
    number: Position,
    heading: Text,
    paragraphs: z.array(StatuteParagraph),
  }))()

/**
 * A statute: its title, the lines before its body (dates, adoption and
 * amendment notes), text before its first article (the preamble), and its
 * body, in document order: the articles before any heading, chapters, parts,
 * the divisions after them (附则), then the annexes; or the clauses of a
 * decision without articles. `excerpt` names the one part of a code a file
 * holds (`# 继承编` under the code's title), whose articles need not start at
 * 第一条.
 */
export const Statute = /* @__PURE__ */ (() =>
  z.object({
    title: Text,
    notes: z.array(Text).optional(),
    excerpt: z.object({ heading: Text }).optional(),
    preamble: z.array(Text).optional(),
    articles: z.array(StatuteArticle).optional(),
    chapters: z.array(StatuteChapter).optional(),
    parts: z.array(StatutePart).optional(),
    divisions: z.array(StatuteDivision).optional(),
    annexes: z.array(StatuteAnnex).optional(),
    clauses: z.array(StatuteClause).optional(),
  }))()

export type StatuteSubItem = z.infer<typeof StatuteSubItem>
export type StatuteItem = z.infer<typeof StatuteItem>
export type StatuteParagraph = z.infer<typeof StatuteParagraph>
export type StatuteArticle = z.infer<typeof StatuteArticle>
export type StatuteSection = z.infer<typeof StatuteSection>
export type StatuteChapter = z.infer<typeof StatuteChapter>
export type StatuteSubpart = z.infer<typeof StatuteSubpart>
export type StatutePart = z.infer<typeof StatutePart>
export type StatuteDivision = z.infer<typeof StatuteDivision>
export type StatuteAnnex = z.infer<typeof StatuteAnnex>
export type StatuteClause = z.infer<typeof StatuteClause>
export type Statute = z.infer<typeof Statute>
