/**
 * Akoma Ntoso 3.0 XML, valid against the OASIS schema, as an xast tree
 * ({@link toXast}) built with `xastscript` and serialised by
 * `xast-util-to-xml`, which escapes every text and attribute.
 *
 * The whole regulation is an `<act>`: `meta` (FRBR work
 * `/akn/cn-jl/act/2024-11-04/jilin-counter-espionage`, Chinese `zho`
 * expression of 2025-01-01, the adoption and the entry into force as
 * lifecycle events, the period in force as temporal data), a `preface` with
 * the title and the promulgation note, and a `body` of chapters, articles and
 * paragraphs. A paragraph with items holds them in a `blockList` whose
 * `listIntroduction` is the paragraph's text. eIds are the tree's.
 *
 * Any other node is a `<portion>` of the act (`includedIn` the act's
 * expression), with the same meta and the node in `portionBody`. An item is
 * shown inside its paragraph and list (without the paragraph's introductory
 * words or the other items), since an item cannot stand alone in Akoma
 * Ntoso; the paragraph's and list's eIds follow from the item's.
 */

import type { Element, ElementContent, Root } from 'xast'
import { x } from 'xastscript'
import { metadata as officialMetadata } from '../generated/metadata.js'
import { AKN_NAMESPACE, WORK_URI } from '../model/constants.js'
import { isPlainDate } from '../model/date.js'
import { eIdParts, listEId, paragraphEId } from '../model/eid.js'
import { unreadable, unreadableTypeError } from '../model/guard.js'
import type { Failure } from '../model/result.js'
import type { Article, Chapter, Item, Metadata, Paragraph } from '../model/schema.js'
import { childNodes } from '../model/tree.js'
import { describeValue } from '../model/value.js'
import { metaElement } from './akn-meta.js'
import { badOption, begin, checkTree, isFailure, type Renderable, type RenderResult, rendered } from './common.js'
import { xmlOf } from './xml.js'

/** Options of the Akoma Ntoso renderer. */
export interface AknOptions {
  /** The manifestation's `FRBRdate` (the date this XML was made), `YYYY-MM-DD`. Default: the effective date, so output is reproducible. */
  readonly manifestationDate?: string
  /** Indent nested elements by this (default two spaces; `''` for none). */
  readonly indent?: string
  /** The metadata of the act a provision belongs to (default: this regulation's); the regulation carries its own. */
  readonly metadata?: Metadata
}

/**
 * Characters XML 1.0 does not allow in a document, escaped or not: C0
 * controls other than tab, line feed and carriage return; U+FFFE and U+FFFF;
 * and surrogates that are not part of a pair.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The first text of the tree XML 1.0 cannot carry, with where it is; `undefined` when there is none. */
function nonXmlText(node: Renderable): string | undefined {
  const texts: [string, string][] =
    node.type === 'regulation'
      ? [
          ['title', node.title],
          ['promulgationNote', node.promulgationNote],
        ]
      : node.type === 'chapter'
        ? [
            [`${node.eId} heading`, node.heading],
            [`${node.eId} title`, node.title],
          ]
        : node.type === 'article'
          ? [[`${node.eId} heading`, node.heading]]
          : node.type === 'paragraph'
            ? [[node.eId, node.text]]
            : [
                [`${node.eId} marker`, node.marker],
                [node.eId, node.text],
              ]
  for (const [where, text] of texts) if (NOT_XML.test(text)) return where
  for (const child of childNodes(node)) {
    const found = nonXmlText(child)
    if (found !== undefined) return found
  }
  return undefined
}

function chapterElement(chapter: Chapter): Element {
  return x('chapter', { eId: chapter.eId }, [
    x('num', chapter.heading),
    x('heading', chapter.title),
    ...chapter.articles.map(articleElement),
  ])
}

function articleElement(article: Article): Element {
  return x('article', { eId: article.eId }, [x('num', article.heading), ...article.paragraphs.map(paragraphElement)])
}

function itemElement(item: Item): Element {
  return x('item', { eId: item.eId }, [x('num', item.marker), x('p', item.text)])
}

function paragraphElement(paragraph: Paragraph): Element {
  const parts = eIdParts(paragraph.eId) as { article: number; paragraph: number }
  const content =
    paragraph.items.length === 0
      ? x('p', paragraph.text)
      : x('blockList', { eId: listEId(parts.article, parts.paragraph) }, [
          x('listIntroduction', paragraph.text),
          ...paragraph.items.map(itemElement),
        ])
  return x('paragraph', { eId: paragraph.eId }, [x('content', [content])])
}

/** An item inside its paragraph and list, whose eIds follow from the item's. */
function itemInContext(item: Item): Element {
  const parts = eIdParts(item.eId) as { article: number; paragraph: number }
  return x('paragraph', { eId: paragraphEId(parts.article, parts.paragraph) }, [
    x('content', [x('blockList', { eId: listEId(parts.article, parts.paragraph) }, [itemElement(item)])]),
  ])
}

/** Elements whose content is text: whitespace put between their children would change it. */
const TEXT_ELEMENTS = new Set(['p', 'num', 'heading', 'docTitle', 'listIntroduction'])

/** Put each child element of an element-only element on its own line, indented. */
export function indentTree(element: Element, indent: string, depth: number): void {
  if (indent === '' || TEXT_ELEMENTS.has(element.name)) return
  const children = element.children.filter((child): child is Element => child.type === 'element')
  if (children.length === 0) return
  const out: ElementContent[] = []
  for (const child of children) {
    indentTree(child, indent, depth + 1)
    out.push({ type: 'text', value: `\n${indent.repeat(depth + 1)}` }, child)
  }
  out.push({ type: 'text', value: `\n${indent.repeat(depth)}` })
  element.children = out
}

/** The options read and checked, or the reason one cannot be honoured. */
function readAknOptions(
  node: Renderable,
  options: Partial<AknOptions>,
): { indent: string; manifestation: string; metadata: Metadata } | Failure {
  const indent = options.indent ?? '  '
  if (typeof indent !== 'string' || !/^[ \t]*$/.test(indent))
    return badOption(`Unexpected indent ${describeValue(indent)}, expected spaces or tabs`)
  const metadata = node.type === 'regulation' ? node : (options.metadata ?? officialMetadata)
  const manifestation = options.manifestationDate ?? metadata.effective
  if (!isPlainDate(manifestation)) {
    return badOption(
      `Unexpected manifestationDate ${describeValue(manifestation)}, expected a calendar date from 0001-01-01 to 9999-12-31 as YYYY-MM-DD`,
    )
  }
  return { indent, manifestation, metadata }
}

/**
 * The xast tree of the regulation (an `<act>`) or of any provision of it (a
 * `<portion>`), with the XML declaration, indented by `indent`.
 *
 * @throws {TypeError} for a tree not of the model's shape or an option it cannot honour (`renderAkn` answers
 *   those with a failure instead).
 */
export function toXast(node: Renderable, options: AknOptions = {}): Root {
  try {
    const wrong = checkTree(node)
    if (wrong) throw new TypeError(wrong.reason)
    const read = readAknOptions(node, options)
    if (isFailure(read)) throw new TypeError(read.reason)
    const { indent, manifestation, metadata } = read
    let document: Element
    if (node.type === 'regulation') {
      document = x('act', { name: 'jilin-counter-espionage' }, [
        metaElement(metadata, manifestation, undefined),
        x('preface', [
          x('longTitle', [x('p', [x('docTitle', node.title)])]),
          x('p', { class: 'promulgationNote' }, node.promulgationNote),
        ]),
        x('body', node.chapters.map(chapterElement)),
      ])
    } else {
      const body =
        node.type === 'chapter'
          ? chapterElement(node)
          : node.type === 'article'
            ? articleElement(node)
            : node.type === 'paragraph'
              ? paragraphElement(node)
              : itemInContext(node)
      document = x('portion', { includedIn: `${WORK_URI}/zho@${metadata.effective}/!main` }, [
        metaElement(metadata, manifestation, node.eId),
        x('portionBody', [body]),
      ])
    }
    const root = x('akomaNtoso', { xmlns: AKN_NAMESPACE }, [document])
    indentTree(root, indent, 0)
    return withDeclaration(root)
  } catch (error) {
    throw unreadableTypeError(error, { node, options })
  }
}

/** A document's root element with the XML declaration before it and a line feed after it. */
export function withDeclaration(root: Element): Root {
  return {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      root,
      { type: 'text', value: '\n' },
    ],
  }
}

/**
 * The regulation or any provision of it (of any tree of the model's shape)
 * as Akoma Ntoso 3.0 XML. A text holding a character XML 1.0 forbids is
 * refused, naming where it is.
 */
export function renderAkn(node: Renderable, given?: AknOptions | null): RenderResult {
  try {
    const options = begin<AknOptions>(node, given)
    if (isFailure(options)) return options
    const read = readAknOptions(node, options)
    if (isFailure(read)) return read
    const where = nonXmlText(node)
    if (where !== undefined) {
      return {
        ok: false,
        code: 'invalid',
        reason: `Unexpected character that XML 1.0 forbids in \`${where}\`, expected text without C0 controls, U+FFFE, U+FFFF or lone surrogates`,
      }
    }
    return rendered(xmlOf(toXast(node, options)), 'application/akn+xml; charset=utf-8')
  } catch (error) {
    return unreadable(error, { node, options: given })
  }
}
