/**
 * The unofficial English translation, by provision: a paragraph's or item's
 * sentences, an article's paragraphs and items, a chapter's title, the
 * regulation's title; and each article's caption. Every answer says that
 * the translation is unofficial.
 */

import { regulation } from '../access/regulation.js'
import { glossary as terms, translation } from '../generated/annotations.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import type { Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { childNodes } from '../model/tree.js'
import { describeValue } from '../model/value.js'
import { type NodeRef, resolveNode } from '../query/node.js'
import type { GlossaryTerm } from './types.js'

/** What the English of a node is: its text, its sentences, and that it is unofficial. */
export type TranslationResult = Result<{
  /**
   * The English: sentences joined by a space; an article's paragraphs and items joined by a line feed, each
   * item's line opening with its number (`(1) `). An item asked for alone has no number: print `(n) ` before it.
   */
  text: string
  /** The English sentences, one per Chinese sentence (for an article: of all its paragraphs and items, in order), without item numbers. */
  sentences: readonly string[]
  language: 'en'
  /** Always `unofficial`: only the Chinese text is authoritative. */
  status: 'unofficial'
  /** {@link TRANSLATION_NOTE}, so that the answer carries the notice wherever it is shown. */
  note: string
}>

/** The note every rendering of the translation carries: only the Chinese text is authoritative. */
export const TRANSLATION_NOTE: string = /* @__PURE__ */ (() => translation.note)()

/** The note every rendering of an article's English caption carries: the official articles have no captions. */
export const CAPTION_NOTE: string =
  'The English captions of the articles are added by this package: the official Chinese articles have none.'

/** A line of the English: its sentences, and the number an item's line opens with (from the structure). */
type Block = { readonly number: string; readonly sentences: readonly string[] }

function blocksOf(node: Regulation | Provision, nested = false): readonly Block[] {
  switch (node.type) {
    case 'regulation':
      return [{ number: '', sentences: [translation.title] }]
    case 'chapter':
      return [{ number: '', sentences: [translation.chapters[node.eId] as string] }]
    case 'article':
      return node.paragraphs.flatMap((paragraph) => blocksOf(paragraph))
    case 'paragraph':
      return [
        { number: '', sentences: translation.provisions[node.eId] as readonly string[] },
        ...childNodes(node).flatMap((item) => blocksOf(item, true)),
      ]
    default:
      // The English of an item holds no number; a paragraph's or article's lines give it, as textOf gives 第（一）.
      return [
        {
          number: nested && node.type === 'item' ? `(${node.number}) ` : '',
          sentences: translation.provisions[node.eId] as readonly string[],
        },
      ]
  }
}

/**
 * The unofficial English of the regulation (its title), a chapter (its
 * title), an article (its paragraphs and items, a line each), a paragraph
 * (its sentences and its items) or an item. Takes a node, a copy of one or
 * an eId. Never throws.
 *
 * @example
 * translationOf('art_42').text // 'These Regulations enter into force on 1 January 2025.'
 */
export function translationOf(ref: NodeRef | Regulation): TranslationResult {
  try {
    let node: Regulation | Provision
    if (ref === regulation) node = regulation
    else {
      const found = resolveNode(ref as NodeRef)
      if (!found.ok) return found
      node = found.node
    }
    const blocks = blocksOf(node)
    return {
      ok: true,
      text: blocks.map((block) => block.number + block.sentences.join(' ')).join('\n'),
      sentences: blocks.flatMap((block) => block.sentences),
      language: 'en',
      status: 'unofficial',
      note: TRANSLATION_NOTE,
    }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/**
 * The English of a paragraph's or item's own text (a paragraph's without its
 * items'), its sentences joined by a space; for the views that show a
 * paragraph's items apart from it.
 */
export function ownEnglish(node: Paragraph | Item): string {
  return (translation.provisions[node.eId] as readonly string[]).join(' ')
}

/**
 * The short English caption of an article, for tables of contents: `Reporting` for Article 23.
 * The caption is the package's own (`editorial: true`, {@link CAPTION_NOTE}): the official articles have none.
 *
 * @example
 * captionOf('art_23').text // 'Reporting'
 */
export function captionOf(ref: NodeRef): Result<{ text: string; editorial: true; note: string }> {
  try {
    const found = resolveNode(ref)
    if (!found.ok) return found
    if (found.node.type !== 'article')
      return failure(
        'invalid',
        `Unexpected ${describeValue(found.node.eId)}, expected an article (only articles have captions)`,
      )
    return { ok: true, text: translation.captions[found.node.eId] as string, editorial: true, note: CAPTION_NOTE }
  } catch (error) {
    return unreadable(error, { ref })
  }
}

/** The glossary: one English rendering per term, each with where it comes from (frozen). */
export function glossary(): readonly GlossaryTerm[] {
  return terms
}
