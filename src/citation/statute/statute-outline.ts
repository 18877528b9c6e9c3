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

/** A part (编) of the general model: its number, the articles before its chapters, its chapters and sub-parts'. */
export interface StatutePartLike {
  readonly number: number
  readonly articles?: readonly StatuteArticleLike[] | undefined
  readonly chapters: readonly StatuteChapterLike[]
  readonly subparts?: readonly { readonly chapters: readonly StatuteChapterLike[] }[] | undefined
}
/** A statute of the general model, as far as the resolver needs it (see `jilin-counter-espionage/parse`). */
export interface StatuteLike {
  /** The statute's title: a decision without articles amends the law it names (`刑法修正案` amends 刑法). */
  readonly title?: string | undefined
  readonly articles?: readonly StatuteArticleLike[] | undefined
  readonly chapters?: readonly StatuteChapterLike[] | undefined
  readonly parts?: readonly StatutePartLike[] | undefined
  /** Divisions without a number (附则 after the parts): their articles. */
  readonly divisions?: readonly { readonly articles: readonly StatuteArticleLike[] }[] | undefined
  /** The one part of a code the file holds (`# 继承编`): `本编` names the whole file. */
  readonly excerpt?: { readonly heading: string } | undefined
  /** The clauses of a decision without articles. */
  readonly clauses?: readonly StatuteArticleLike[] | undefined
  /** The text before the first article (a preamble, the grounds a judicial interpretation gives). */
  readonly preamble?: readonly string[] | undefined
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
 * The law a decision without articles amends, from its title
 * (`中华人民共和国刑法修正案（八）` → `刑法`): its bare citations (`第十七条之一`,
 * `前款`) are of that law, the decision having no articles of its own.
 */
export function amendedLaw(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined
  const law = /^(?:中华人民共和国)?(.{1,30}?)修正案/.exec(title)?.[1]
  return law === undefined || law === '' ? undefined : law
}

/** A part's chapters in document order: its own, then its sub-parts'. */
const chaptersOf = (part: StatutePartLike): StatuteChapterLike[] => [
  ...listOf<StatuteChapterLike>(part.chapters),
  ...listOf<{ chapters: unknown }>(part.subparts)
    .filter(isObject)
    .flatMap((subpart) => listOf<StatuteChapterLike>(subpart.chapters)),
]

/**
 * Whether chapter numbers run on through the parts (民事诉讼法) rather than
 * restart in each (民法典): read from the numbers, in at least two parts with
 * chapters, each part's first chapter the one after the last part's last.
 */
function runsOn(parts: readonly StatuteChapterLike[][]): boolean {
  const numbered = parts.filter((chapters) => chapters.length > 0)
  if (numbered.length < 2) return false
  for (let index = 1; index < numbered.length; index++) {
    const first = (numbered[index] as StatuteChapterLike[])[0]?.number
    const last = (numbered[index - 1] as StatuteChapterLike[]).at(-1)?.number
    if (typeof last !== 'number' || first !== last + 1) return false
  }
  return true
}

/**
 * The outline of a statute of the general model, for `resolveIn`: its
 * articles in document order, in chapters (a section's articles in its
 * chapter's). Articles outside any chapter (before the first heading, in a
 * part before its chapters or without any, in a division such as 附则) stand
 * in a chapter numbered 0 where they are. A chapter in a part has the part's
 * number as `part` where chapter numbers restart in each part, else as
 * `inPart`; a file holding one part of a code has one part numbered 0.
 * The clauses of a decision without articles are `clauses`, outside the
 * chapters: a citation in them of `第X条` is not of a clause.
 */
export function statuteOutline(statute: StatuteLike): Outline {
  try {
    const chapters: OutlineChapter[] = []
    // Anything else than a statute's shape gives an empty outline (resolveIn then says what is missing).
    if (!isObject(statute)) return { chapters }
    // An absent suffix may be written `suffix: undefined`: the outline's articles leave it out.
    const articles = (list: readonly StatuteArticleLike[]): OutlineArticle[] => list as OutlineArticle[]
    const loose = (list: unknown, where: object): void => {
      const found = listOf<StatuteArticleLike>(list)
      if (found.length > 0) chapters.push({ ...where, number: 0, articles: articles(found) } as OutlineChapter)
    }
    const add = (chapter: StatuteChapterLike, where: object): void => {
      if (!isObject(chapter)) return
      const sections = listOf<{ number: number; articles: unknown }>(chapter.sections).filter(isObject)
      // The chapter's own fields (eId, heading, title) stay: a citation of the chapter answers with them.
      // Gathered by hand: spreading and `flatMap` were a large share of reading a statute's outline.
      const all: StatuteArticleLike[] = []
      for (const article of listOf<StatuteArticleLike>(chapter.articles)) all.push(article)
      for (const section of sections) {
        const own = listOf<StatuteArticleLike>(section.articles)
        // As `flatMap` reads them: a hole in a section's articles is left out.
        for (let index = 0; index < own.length; index++) if (index in own) all.push(own[index] as StatuteArticleLike)
      }
      chapters.push({
        ...(chapter as object),
        number: chapter.number,
        articles: articles(all),
        sections: sections.map((section) => section as unknown as OutlineSection),
        ...where,
      } as OutlineChapter)
    }
    const excerpt = isObject(statute.excerpt) ? { inPart: 0 } : {}
    loose(statute.articles, excerpt)
    for (const chapter of listOf<StatuteChapterLike>(statute.chapters)) add(chapter, excerpt)
    const parts: OutlinePart[] = []
    const statuteParts = listOf<StatutePartLike>(statute.parts).filter(
      (part) => isObject(part) && Number.isSafeInteger(part.number),
    )
    const partChapters = statuteParts.map(chaptersOf)
    const key = runsOn(partChapters) ? 'inPart' : 'part'
    statuteParts.forEach((part, index) => {
      const first = chapters.length
      loose(part.articles, { [key]: part.number })
      for (const chapter of partChapters[index] as StatuteChapterLike[]) add(chapter, { [key]: part.number })
      // The part's own fields (eId, heading, title) stay, with its chapters as the outline has them.
      const own = chapters.slice(first).filter((chapter) => chapter.number > 0)
      parts.push({ ...(part as object), number: part.number, chapters: own })
    })
    for (const division of listOf<{ articles: unknown }>(statute.divisions).filter(isObject))
      loose(division.articles, { division: (division as { eId?: unknown }).eId })
    if (isObject(statute.excerpt)) parts.push({ ...(statute.excerpt as object), number: 0, chapters: [...chapters] })
    const clauses = listOf<StatuteArticleLike>(statute.clauses)
    return {
      chapters,
      ...(parts.length > 0 ? { parts } : {}),
      ...(clauses.length > 0 ? { clauses: articles(clauses) } : {}),
    }
  } catch (error) {
    unreadable(error, { statute })
    return { chapters: [] }
  }
}
