/**
 * The model as zod schemas: the single source of the package's types.
 *
 * Import from `jilin-counter-espionage/schema`; the main entry only uses the
 * types inferred here (erased at build time), never zod itself.
 *
 * zod's schema objects cannot be frozen (zod adds to them as they are used),
 * so the package's own parser builds its own set with {@link createSchemas}:
 * nothing a caller does to the exported schemas changes what it accepts.
 */
import * as z from 'zod'
import { EID_SOURCE } from './eid.js'

/**
 * A fresh set of the model's schemas, sharing no object with any other set.
 * The exported schemas are one such set; the parser uses another.
 */
export function createSchemas() {
  const NUMERAL = '[一二三四五六七八九十百千零]+'

  /** Official text of one provision: one line, trimmed, never empty. */
  const ProvisionText = z
    .string()
    .min(1)
    .regex(/^\S(?:.*\S)?$/, 'expected text without surrounding whitespace')
    .regex(/^[^\r\n\u2028\u2029]*$/, 'expected text on one line')

  /** A calendar date, `YYYY-MM-DD`. */
  const IsoDate = z.iso.date()

  const Position = z.int().positive()

  const Item = z
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

  const Paragraph = z
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

  const Article = z
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

  const Chapter = z
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
  const Sic = z
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

  const Metadata = z
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

  const Regulation = z
    .object({
      type: z.literal('regulation'),
      ...Metadata.unwrap().shape,
      /** The note printed under the title, as published. */
      promulgationNote: ProvisionText,
      chapters: z.array(Chapter).min(1).readonly(),
    })
    .strict()
    .readonly()
  return { ProvisionText, IsoDate, Item, Paragraph, Article, Chapter, Sic, Metadata, Regulation } as const
}

const schemas = /* @__PURE__ */ createSchemas()

/** Official text of one provision: one line, trimmed, never empty. */
export const ProvisionText = /* @__PURE__ */ (() => schemas.ProvisionText)()
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = /* @__PURE__ */ (() => schemas.IsoDate)()
/** An item (项) of a paragraph: `（三）` and its text. */
export const Item = /* @__PURE__ */ (() => schemas.Item)()
/** A paragraph (款) of an article, with its items when it has them. */
export const Paragraph = /* @__PURE__ */ (() => schemas.Paragraph)()
/** An article (条), numbered across the whole regulation. */
export const Article = /* @__PURE__ */ (() => schemas.Article)()
/** A chapter (章), its title and its articles. */
export const Chapter = /* @__PURE__ */ (() => schemas.Chapter)()
/** One departure of the official text from its own conventions, kept as published. */
export const Sic = /* @__PURE__ */ (() => schemas.Sic)()
/** What the corpus says about the regulation besides its text: titles, jurisdiction, issuer, dates, source, `sic`. */
export const Metadata = /* @__PURE__ */ (() => schemas.Metadata)()
/** The whole regulation: its metadata, the promulgation note and its chapters. */
export const Regulation = /* @__PURE__ */ (() => schemas.Regulation)()

export type Item = z.infer<typeof Item>
export type Paragraph = z.infer<typeof Paragraph>
export type Article = z.infer<typeof Article>
export type Chapter = z.infer<typeof Chapter>
export type Sic = z.infer<typeof Sic>
export type Metadata = z.infer<typeof Metadata>
export type Regulation = z.infer<typeof Regulation>
/** Any provision of the tree. */
export type Provision = Chapter | Article | Paragraph | Item
