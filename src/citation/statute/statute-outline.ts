/**
 * Statutes of the general model as the resolver sees them: the shape it
 * reads (`StatuteLike`) and their outline (`statuteOutline`), which
 * `resolveIn` and `statuteCitations` resolve against.
 */
import { unreadable } from '../../model/guard.js'
import { isObject } from '../../model/value.js'
import type {
  Outline,
  OutlineArticle,
  OutlineChapter,
  OutlineParagraph,
  OutlinePart,
  OutlineSection,
} from '../resolve/outline.js'

/** `value` when it is an array, else none: a statute from elsewhere may hold anything. */
export const listOf = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : [])

/** A statute of the general model, as far as the resolver needs it (see `jilin-counter-espionage/parse`). */
export interface StatuteLike {
  readonly parts?: readonly { readonly number: number; readonly chapters: readonly StatuteChapterLike[] }[] | undefined
  readonly chapters?: readonly StatuteChapterLike[] | undefined
  readonly articles?: readonly StatuteArticleLike[] | undefined
}
/** An article of the general model: its number, its 之 suffix when inserted, its paragraphs. */
export interface StatuteArticleLike {
  readonly number: number
  readonly suffix?: number | undefined
  readonly paragraphs: readonly OutlineParagraph[]
}
/** A chapter of the general model: its articles, or its sections' articles. */
export interface StatuteChapterLike {
  readonly number: number
  readonly articles: readonly StatuteArticleLike[]
  readonly sections?:
    | readonly { readonly number: number; readonly articles: readonly StatuteArticleLike[] }[]
    | undefined
}

/**
 * The outline of a statute of the general model, for `resolveIn`: its
 * chapters in order (a section's articles in its chapter's), or one chapter
 * numbered 0 holding the articles of a statute without chapters.
 */
export function statuteOutline(statute: StatuteLike): Outline {
  try {
    const chapters: OutlineChapter[] = []
    // Anything else than a statute's shape gives an empty outline (resolveIn then says what is missing).
    if (!isObject(statute)) return { chapters }
    // An absent suffix may be written `suffix: undefined`: the outline's articles leave it out.
    const articles = (list: readonly StatuteArticleLike[]): OutlineArticle[] => list as OutlineArticle[]
    const add = (chapter: StatuteChapterLike, part?: number): void => {
      if (!isObject(chapter)) return
      const sections = listOf<{ number: number; articles: unknown }>(chapter.sections).filter(isObject)
      // The chapter's own fields (eId, heading, title) stay: a citation of the chapter answers with them.
      chapters.push({
        ...(chapter as object),
        number: chapter.number,
        articles: articles([
          ...listOf<StatuteArticleLike>(chapter.articles),
          ...sections.flatMap((section) => listOf<StatuteArticleLike>(section.articles)),
        ]),
        sections: sections.map((section) => section as unknown as OutlineSection),
        ...(part === undefined ? {} : { part }),
      } as OutlineChapter)
    }
    const parts: OutlinePart[] = []
    for (const part of listOf<{ number: unknown; chapters: unknown }>(statute.parts)) {
      if (!isObject(part) || !Number.isSafeInteger(part.number)) continue
      const first = chapters.length
      for (const chapter of listOf<StatuteChapterLike>(part.chapters)) add(chapter, part.number as number)
      // The part's own fields (eId, heading, title) stay, with its chapters as the outline has them.
      parts.push({ ...(part as object), number: part.number as number, chapters: chapters.slice(first) })
    }
    for (const chapter of listOf<StatuteChapterLike>(statute.chapters)) add(chapter)
    const top = listOf<StatuteArticleLike>(statute.articles)
    if (top.length > 0) chapters.push({ number: 0, articles: articles(top) })
    return parts.length > 0 ? { chapters, parts } : { chapters }
  } catch (error) {
    unreadable(error, { statute })
    return { chapters: [] }
  }
}
