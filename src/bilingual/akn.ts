/**
 * Akoma Ntoso with the annotations: the official Chinese act with inline
 * semantic markup (`<organization>`, `<role>`, `<person>` with `refersTo`
 * for actors, `<inline name="deontic" refersTo>` for modal triggers,
 * `<quantity normalized>` for time limits, `<date date>` for dates, `<ref
 * href>` for citations) and the matching `TLC*` entries under
 * `<references>`; and the unofficial English translation as a second
 * document, its own expression (language `eng`, not authoritative, its
 * master the Chinese expression). Both are built on the renderer's xast and
 * stay valid against the OASIS schema.
 */
import type { Element, ElementContent, Root } from 'xast'
import { x } from 'xastscript'
import { regulation } from '../access/regulation.js'
import { CAPTION_NOTE, ownEnglish, TRANSLATION_NOTE } from '../annotations/translation.js'
import { actorIri, conceptIri } from '../annotations/web.js'
import { actors, translation } from '../generated/annotations.js'
import { metadata } from '../generated/metadata.js'
import { AKN_NAMESPACE, WORK_URI } from '../model/constants.js'
import { eIdParts, listEId } from '../model/eid.js'
import type { Article, Chapter, Item, Paragraph } from '../model/schema.js'
import { indentTree, toXast, withDeclaration } from '../render/akn.js'
import { metaElement } from '../render/akn-meta.js'
import { xmlOf } from '../render/xml.js'
import { captionText, englishOf, itemNumber } from './english.js'
import { nest, type Piece, type Span, spansOf } from './spans.js'

const byId = /* @__PURE__ */ new Map(/* @__PURE__ */ actors.map((actor) => [actor.id, actor]))
const DEONTIC_LABELS: Readonly<Record<string, string>> = {
  obligation: '义务',
  prohibition: '禁止',
  permission: '许可',
  power: '职权',
  encouragement: '鼓励',
  statement: '陈述',
}

/** The `#…` a `refersTo` names, for each kind of concept the markup uses. */
const deonticId = (kind: string): string => `deontic-${kind}`
const unitId = (unit: string): string => `unit-${unit}`
const instrumentId = (instrument: string): string => `instrument-${instrument.replace(/[^A-Za-z0-9-]/g, '-')}`

/** What the inline markup refers to, collected while it is made, for `<references>`. */
interface Used {
  readonly actors: Set<string>
  readonly concepts: Map<string, { href: string; showAs: string }>
  readonly instruments: Map<string, { href: string; showAs: string }>
}

function spanElement(span: Span, children: ElementContent[], used: Used): ElementContent {
  switch (span.kind) {
    case 'actor': {
      used.actors.add(span.actor)
      return x(span.actorKind, { refersTo: `#${span.actor}` }, children)
    }
    case 'deontic': {
      const id = deonticId(span.norm)
      used.concepts.set(id, { href: conceptIri(id), showAs: DEONTIC_LABELS[span.norm] ?? span.norm })
      return x('inline', { name: 'deontic', refersTo: `#${id}` }, children)
    }
    case 'reference': {
      if (span.scope === 'internal')
        return x('ref', { href: span.node === undefined ? WORK_URI : `${WORK_URI}/~${span.node}` }, children)
      // An instrument the citation layer does not know is still named by its title.
      const instrument = span.instrument ?? `unknown/${encodeURIComponent(span.title ?? 'instrument')}`
      const id = instrumentId(instrument)
      used.instruments.set(id, { href: `/ontology/reference/${instrument}`, showAs: span.title ?? instrument })
      return x('ref', { href: `#${id}` }, children)
    }
    case 'figure': {
      if (span.figure === 'date') return x('date', { date: span.value }, children)
      if (span.figure === 'duration') {
        const [value, unit] = span.value.split(' ') as [string, string]
        const id = unitId(unit)
        used.concepts.set(id, { href: conceptIri(id), showAs: unit })
        return x('quantity', { normalized: value, refersTo: `#${id}` }, children)
      }
      const id = unitId(span.figure)
      used.concepts.set(id, { href: conceptIri(id), showAs: span.figure })
      return x('inline', { name: span.figure, refersTo: `#${id}` }, children)
    }
    default:
      return x('span', children)
  }
}

function pieces(list: readonly Piece[], used: Used): ElementContent[] {
  return list.map((piece) =>
    typeof piece === 'string'
      ? { type: 'text', value: piece }
      : spanElement(piece.span, pieces(piece.children, used), used),
  )
}

/** The annotated content of the text of a paragraph or item (sentences are not marked). */
function annotate(eId: string, text: string, used: Used): ElementContent[] {
  const spans = spansOf(eId, text).filter((span) => span.kind !== 'sentence')
  return pieces(nest(text, spans), used)
}

/** Replace the text of each paragraph's and item's `<p>` and `<listIntroduction>` with its annotated content. */
function markUp(element: Element, owner: string | undefined, used: Used): void {
  const eId = typeof element.attributes.eId === 'string' ? element.attributes.eId : undefined
  const here = element.name === 'paragraph' || element.name === 'item' ? eId : owner
  if ((element.name === 'p' || element.name === 'listIntroduction') && here !== undefined) {
    const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
    element.children = annotate(here, text, used)
    return
  }
  for (const child of element.children) if (child.type === 'element') markUp(child, here, used)
}

/** The references the markup names, as TLC elements. */
function tlcs(used: Used): Element[] {
  const tag = { organization: 'TLCOrganization', role: 'TLCRole', person: 'TLCPerson' } as const
  return [
    ...[...used.actors].map((id) => {
      const actor = byId.get(id)
      return x(tag[actor?.kind ?? 'organization'], { eId: id, href: actorIri(id), showAs: actor?.zh ?? id })
    }),
    ...[...used.concepts].map(([id, { href, showAs }]) => x('TLCConcept', { eId: id, href, showAs })),
    ...[...used.instruments].map(([id, { href, showAs }]) =>
      x('TLCReference', { eId: id, name: 'instrument', href, showAs }),
    ),
  ]
}

function find(element: Element, name: string): Element | undefined {
  if (element.name === name) return element
  for (const child of element.children) {
    if (child.type !== 'element') continue
    const found = find(child, name)
    if (found) return found
  }
  return undefined
}

/** The official Chinese act with its annotations as inline markup and their TLCs, as xast. */
export function annotatedAknTree(manifestationDate?: string): Root {
  const plain = toXast(regulation, { indent: '', ...(manifestationDate ? { manifestationDate } : {}) })
  const root = plain.children.find((child): child is Element => child.type === 'element') as Element
  const used: Used = { actors: new Set(), concepts: new Map(), instruments: new Map() }
  markUp(find(root, 'body') as Element, undefined, used)
  const references = find(find(root, 'meta') as Element, 'references') as Element
  references.children.push(...tlcs(used))
  indentTree(root, '  ', 0)
  return withDeclaration(root)
}

function englishParagraph(paragraph: Paragraph): Element {
  const parts = eIdParts(paragraph.eId) as { article: number; paragraph: number }
  const own = ownEnglish(paragraph)
  const content =
    paragraph.items.length === 0
      ? x('p', own)
      : x('blockList', { eId: listEId(parts.article, parts.paragraph) }, [
          x('listIntroduction', own),
          ...paragraph.items.map((item: Item) =>
            x('item', { eId: item.eId }, [x('num', itemNumber(item)), x('p', englishOf(item))]),
          ),
        ])
  return x('paragraph', { eId: paragraph.eId }, [x('content', [content])])
}

/** The editorial notes of the English expression, under `<meta>`, by this package. */
const NOTES = { translation: 'note_1', caption: 'note_2' } as const

/**
 * Each article points to the notes, the AKN way of an editorial footnote: its
 * number to the translation notice, its caption (the package's own) to the caption note.
 */
const englishArticle = (article: Article): Element =>
  x('article', { eId: article.eId }, [
    x('num', [`Article ${article.number}`, x('noteRef', { href: `#${NOTES.translation}`, marker: '*' })]),
    x('heading', [captionText(article), x('noteRef', { href: `#${NOTES.caption}`, marker: '†' })]),
    ...article.paragraphs.map(englishParagraph),
  ])

const notes = (): Element =>
  x('notes', { source: '#jilin-counter-espionage' }, [
    x('note', { eId: NOTES.translation, marker: '*', placement: 'bottom' }, [x('p', TRANSLATION_NOTE)]),
    x('note', { eId: NOTES.caption, marker: '†', placement: 'bottom' }, [x('p', CAPTION_NOTE)]),
  ])

const englishChapter = (chapter: Chapter): Element =>
  x('chapter', { eId: chapter.eId }, [
    x('num', `Chapter ${chapter.number}`),
    x('heading', englishOf(chapter)),
    ...chapter.articles.map(englishArticle),
  ])

/** The unofficial English translation as its own AKN expression (`eng`, not authoritative), as xast. */
export function englishAknTree(manifestationDate?: string): Root {
  const meta = metaElement(metadata, manifestationDate ?? metadata.effective, undefined, {
    language: 'eng',
    authoritative: false,
    master: `${WORK_URI}/zho@${metadata.effective}`,
  })
  // `<notes>` comes after `<references>` in `<meta>`, before `<proprietary>` and `<presentation>`.
  const after = meta.children.findIndex((child) => child.type === 'element' && child.name === 'references')
  meta.children.splice(after + 1, 0, notes())
  const act = x('act', { name: 'jilin-counter-espionage' }, [
    meta,
    x('preface', [
      x('longTitle', [x('p', [x('docTitle', translation.title)])]),
      x('p', { class: 'promulgationNote' }, translation.promulgationNote.join(' ')),
      x('p', { class: 'translationNote' }, TRANSLATION_NOTE),
    ]),
    x('body', regulation.chapters.map(englishChapter)),
  ])
  const root = x('akomaNtoso', { xmlns: AKN_NAMESPACE }, [act])
  indentTree(root, '  ', 0)
  return withDeclaration(root)
}

/** Serialise an AKN xast tree as the renderer does. */
export function aknXml(tree: Root): string {
  return xmlOf(tree)
}
