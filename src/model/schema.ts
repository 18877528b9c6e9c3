/**
 * The model as zod schemas: the single source of the package's types.
 *
 * Import from `jilin-counter-espionage/schema`; the main entry only uses the
 * types inferred here (erased at build time), never zod itself.
 */
import * as z from 'zod'
import { EID_SOURCE } from './eid.js'

const NUMERAL = '[一二三四五六七八九十百千零]+'

/** Official text of one provision: one line, trimmed, never empty. */
export const ProvisionText = z
  .string()
  .min(1)
  .regex(/^\S(?:.*\S)?$/, 'expected text without surrounding whitespace')
  .regex(/^[^\r\n\u2028\u2029]*$/, 'expected text on one line')

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date()

const Position = z.int().positive()

export const Item = z
  .object({
    type: z.literal('item'),
    eId: z.string().regex(new RegExp(EID_SOURCE)),
    number: Position,
    /** The printed marker, for example `（三）`. */
    marker: z.string().regex(new RegExp(`^（${NUMERAL}）$`)),
    text: ProvisionText,
  })
  .strict()
  .readonly()

export const Paragraph = z
  .object({
    type: z.literal('paragraph'),
    eId: z.string().regex(new RegExp(EID_SOURCE)),
    /** Ordinal within the article; 款 are unnumbered in print. */
    number: Position,
    /** The paragraph's text; when it has items, the words that introduce them. */
    text: ProvisionText,
    items: z.array(Item).readonly(),
  })
  .strict()
  .readonly()

export const Article = z
  .object({
    type: z.literal('article'),
    eId: z.string().regex(new RegExp(EID_SOURCE)),
    number: Position,
    /** The printed heading, for example `第十五条`. */
    heading: z.string().regex(new RegExp(`^第${NUMERAL}条$`)),
    paragraphs: z.array(Paragraph).min(1).readonly(),
  })
  .strict()
  .readonly()

export const Chapter = z
  .object({
    type: z.literal('chapter'),
    eId: z.string().regex(new RegExp(EID_SOURCE)),
    number: Position,
    /** The printed heading, for example `第二章`. */
    heading: z.string().regex(new RegExp(`^第${NUMERAL}章$`)),
    /** The chapter's title, for example `安全防范`. */
    title: ProvisionText,
    articles: z.array(Article).min(1).readonly(),
  })
  .strict()
  .readonly()

/** One departure of the official text from its own conventions, kept as published. */
export const Sic = z
  .object({
    /** The provision that holds it. */
    eId: z.string().regex(new RegExp(EID_SOURCE)),
    /** The characters as published. */
    text: z.string().min(1),
    /** The text around it, as published, to find it unambiguously. */
    context: z.string().min(1),
    description: z.string().min(1),
  })
  .strict()
  .readonly()

export const Metadata = z
  .object({
    title: ProvisionText,
    englishTitle: ProvisionText,
    jurisdiction: z
      .object({ code: z.literal('CN-JL'), name: z.literal('吉林省') })
      .strict()
      .readonly(),
    issuer: z.literal('吉林省人民政府'),
    instrumentType: z.literal('地方政府规章'),
    adopted: z.object({ date: IsoDate, body: ProvisionText }).strict().readonly(),
    effective: IsoDate,
    source: z
      .object({
        /** Path of the source text inside the package repository. */
        path: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        description: ProvisionText,
      })
      .strict()
      .readonly(),
    /** Characters kept as published although they look like typos. */
    sic: z.array(Sic).readonly(),
  })
  .strict()
  .readonly()

export const Regulation = z
  .object({
    type: z.literal('regulation'),
    ...Metadata.unwrap().shape,
    /** The note printed under the title, as published. */
    promulgationNote: ProvisionText,
    chapters: z.array(Chapter).min(1).readonly(),
  })
  .strict()
  .readonly()

export type Item = z.infer<typeof Item>
export type Paragraph = z.infer<typeof Paragraph>
export type Article = z.infer<typeof Article>
export type Chapter = z.infer<typeof Chapter>
export type Sic = z.infer<typeof Sic>
export type Metadata = z.infer<typeof Metadata>
export type Regulation = z.infer<typeof Regulation>
/** Any provision of the tree. */
export type Provision = Chapter | Article | Paragraph | Item
