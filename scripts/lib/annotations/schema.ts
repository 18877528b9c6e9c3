/**
 * The shapes of the annotation files in `corpus/annotations/`, as zod
 * schemas: the build parses each file with its schema before checking it
 * against the text, writes them as JSON Schema to `schema/annotations/`
 * (for editors: each file names its schema in `$schema`), and a test
 * validates every file with them. Build-time only: the package ships the
 * checked data, not these schemas (nor zod for them).
 */
import * as z from 'zod'
import { NORM_KINDS, STATEMENT_ASPECTS } from '../../../src/annotations/types.js'

const text = z.string().min(1)
const eId = z.string().regex(/^(?:chp_[1-9]\d*|art_[1-9]\d*(?:__para_[1-9]\d*(?:__list_1__item_[1-9]\d*)?)?)$/)
const id = z.string().regex(/^[a-z][a-z0-9-]*$/)
const schemaRef = z.string().optional()

/** A W3C Web Annotation target: an eId's text, and a span by quote and by position. */
export const Target = z
  .object({
    source: eId,
    selector: z.tuple([
      z.object({ type: z.literal('TextQuoteSelector'), exact: text, prefix: z.string(), suffix: z.string() }).strict(),
      z
        .object({ type: z.literal('TextPositionSelector'), start: z.int().nonnegative(), end: z.int().positive() })
        .strict(),
    ]),
  })
  .strict()

/** `translation.en.json`. */
export const TranslationFile = z
  .object({
    $schema: schemaRef,
    language: z.literal('en'),
    status: z.literal('unofficial'),
    note: text,
    title: text,
    promulgationNote: z.array(text),
    chapters: z.record(z.string(), text),
    captions: z.record(z.string(), text),
    provisions: z.record(z.string(), z.array(text).min(1)),
  })
  .strict()

/** `glossary.json`. */
export const GlossaryFile = z
  .object({
    $schema: schemaRef,
    note: text,
    terms: z.array(
      z
        .object({
          zh: text,
          en: text,
          kind: z.enum(['modal', 'verb', 'phrase', 'instrument', 'citation', 'actor', 'concept', 'time']),
          source: text,
          forms: z.array(text).optional(),
          notEn: z.array(text).optional(),
        })
        .strict(),
    ),
  })
  .strict()

/** `actors.json`. */
export const ActorsFile = z
  .object({
    $schema: schemaRef,
    note: text,
    actors: z.array(
      z
        .object({
          id,
          zh: text,
          en: text,
          kind: z.enum(['organization', 'role', 'person']),
          authority: z.boolean(),
          forms: z.array(text).min(1),
        })
        .strict(),
    ),
  })
  .strict()

/** `mentions.json`. */
export const MentionsFile = z
  .object({ $schema: schemaRef, note: text, annotations: z.array(z.object({ target: Target, actor: id }).strict()) })
  .strict()

/** `norms.json`. */
export const NormsFile = z
  .object({
    $schema: schemaRef,
    note: text,
    norms: z.array(
      z
        .object({
          target: Target,
          kind: z.enum(NORM_KINDS),
          aspect: z.enum(STATEMENT_ASPECTS).optional(),
          triggers: z.array(Target),
          bearers: z.array(id),
        })
        .strict(),
    ),
    notModal: z.array(z.object({ target: Target, word: text, reason: text }).strict()),
  })
  .strict()

/** `figures.json`. */
export const FiguresFile = z
  .object({
    $schema: schemaRef,
    note: text,
    figures: z.array(
      z.discriminatedUnion('type', [
        z
          .object({
            target: Target,
            type: z.literal('duration'),
            value: z.number().positive(),
            unit: z.enum(['working-day', 'day', 'month', 'year', 'hour']),
          })
          .strict(),
        z.object({ target: Target, type: z.literal('phone'), number: z.string().regex(/^\d+$/), label: text }).strict(),
        z
          .object({
            target: Target,
            type: z.literal('recurring-date'),
            month: z.int().min(1).max(12),
            day: z.int().min(1).max(31),
            label: text,
          })
          .strict(),
        z.object({ target: Target, type: z.literal('date'), date: z.iso.date(), label: text }).strict(),
      ]),
    ),
  })
  .strict()

/** `topics.json`. */
export const TopicsFile = z
  .object({
    $schema: schemaRef,
    note: text,
    vocabulary: z.array(z.object({ id, en: text, zh: text }).strict()),
    articles: z.record(z.string(), z.array(id).min(1)),
  })
  .strict()

/** A target as its schema types it. */
export type Target = z.infer<typeof Target>

/** `translation.en.json` as its schema types it. */
export type TranslationFile = z.infer<typeof TranslationFile>

/** `glossary.json` as its schema types it. */
export type GlossaryFile = z.infer<typeof GlossaryFile>

/** `actors.json` as its schema types it. */
export type ActorsFile = z.infer<typeof ActorsFile>

/** `mentions.json` as its schema types it. */
export type MentionsFile = z.infer<typeof MentionsFile>

/** `norms.json` as its schema types it. */
export type NormsFile = z.infer<typeof NormsFile>

/** `figures.json` as its schema types it. */
export type FiguresFile = z.infer<typeof FiguresFile>

/** `topics.json` as its schema types it. */
export type TopicsFile = z.infer<typeof TopicsFile>

/** Each annotation file and its schema. */
export const ANNOTATION_FILES = {
  'translation.en': TranslationFile,
  glossary: GlossaryFile,
  actors: ActorsFile,
  mentions: MentionsFile,
  norms: NormsFile,
  figures: FiguresFile,
  topics: TopicsFile,
} as const
