/**
 * Akoma Ntoso 3.0 XML, valid against the OASIS schema.
 *
 * The whole regulation is an `<act>`: `meta` (FRBR work
 * `/akn/cn-jl/act/2024-11-04/jilin-counter-espionage`, Chinese `zho`
 * expression of 2025-01-01, the adoption and the entry into force as
 * lifecycle events, the period in force as temporal data), a `preface` with
 * the title and the promulgation note, and a `body` of chapters, articles and
 * paragraphs. A paragraph with items holds them in a `blockList` whose
 * `listIntroduction` is the paragraph's text. eIds are the model's.
 *
 * Any other node is a `<portion>` of the act (`includedIn` the act's
 * expression), with the same meta and the node in `portionBody`. An item is
 * shown inside its paragraph and list (without the paragraph's introductory
 * words or the other items), since an item cannot stand alone in Akoma Ntoso.
 */
import { getIndex } from '../access/lookup.js'
import { WORK_URI } from '../citation/format.js'
import { isPlainDate } from '../model/date.js'
import { eIdParts, listEId } from '../model/eid.js'
import type { Article, Chapter, Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { describeValue, expectString } from '../model/value.js'
import { failure, modelNode, type Renderable, type RenderResult, renderOptions } from './common.js'

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

export interface AknOptions {
  /** The manifestation's `FRBRdate` (the date this XML was made), `YYYY-MM-DD`. Default: the effective date, so output is reproducible. */
  readonly manifestationDate?: string
  /** Indent nested elements by this (default two spaces; `''` for none). */
  readonly indent?: string
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/**
 * Characters XML 1.0 does not allow in a document, escaped or not: C0
 * controls other than tab, line feed and carriage return; U+FFFE and U+FFFF;
 * and surrogates that are not part of a pair.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Escape text for XML content and attribute values: `&`, `<`, `>`, `"` and
 * `'` become references, and characters that XML 1.0 forbids (see
 * {@link hasNonXmlCharacter}) are dropped, so the output is always
 * well-formed. The official text holds none of them.
 *
 * @throws {TypeError} when `text` is not a string.
 */
export function escapeXml(text: string): string {
  return expectString(text)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (char) => ESCAPES[char] as string)
}

/** Whether `text` holds a character XML 1.0 forbids (and {@link escapeXml} would drop). */
export function hasNonXmlCharacter(text: string): boolean {
  NOT_XML.lastIndex = 0
  const found = NOT_XML.test(expectString(text))
  NOT_XML.lastIndex = 0
  return found
}

interface Writer {
  lines: string[]
  indent: string
}

const open = (w: Writer, depth: number, text: string): void => {
  w.lines.push(w.indent.repeat(depth) + text)
}

export function renderAkn(node: Renderable, given?: AknOptions | null): RenderResult {
  const own = modelNode(node)
  if (typeof own === 'string') return failure(own)
  const options = renderOptions<AknOptions>(given)
  if (typeof options === 'string') return failure(options)
  const indent = options.indent ?? '  '
  if (typeof indent !== 'string' || !/^[ \t]*$/.test(indent))
    return failure('Unexpected indent, expected spaces or tabs')
  const { regulation } = regulationOf()
  const manifestation = options.manifestationDate ?? regulation.effective
  if (!isPlainDate(manifestation)) {
    return failure(
      `Unexpected manifestationDate ${describeValue(manifestation)}, expected a calendar date from 0001-01-01 to 9999-12-31 as YYYY-MM-DD`,
    )
  }
  const w: Writer = { lines: ['<?xml version="1.0" encoding="UTF-8"?>'], indent }
  open(w, 0, `<akomaNtoso xmlns="${AKN_NAMESPACE}">`)
  const expression = `${WORK_URI}/zho@${regulation.effective}`
  if (own.type === 'regulation') {
    open(w, 1, '<act name="jilin-counter-espionage">')
    meta(w, 2, regulation, manifestation, undefined)
    preface(w, 2, regulation)
    open(w, 2, '<body>')
    for (const chapter of regulation.chapters) chapterXml(w, 3, chapter)
    open(w, 2, '</body>')
    open(w, 1, '</act>')
  } else {
    open(w, 1, `<portion includedIn="${escapeXml(`${expression}/!main`)}">`)
    meta(w, 2, regulation, manifestation, own.eId)
    open(w, 2, '<portionBody>')
    if (own.type === 'chapter') chapterXml(w, 3, own)
    else if (own.type === 'article') articleXml(w, 3, own)
    else if (own.type === 'paragraph') paragraphXml(w, 3, own)
    else itemInContext(w, 3, own)
    open(w, 2, '</portionBody>')
    open(w, 1, '</portion>')
  }
  open(w, 0, '</akomaNtoso>')
  return { ok: true, output: `${w.lines.join('\n')}\n`, mediaType: 'application/akn+xml; charset=utf-8' }
}

function regulationOf(): { regulation: Regulation } {
  const first = getIndex().order[0] as Provision
  return { regulation: getIndex().parent.get(first) as Regulation }
}

function meta(w: Writer, d: number, regulation: Regulation, manifestation: string, portion: string | undefined): void {
  const work = WORK_URI
  const expression = `${work}/zho@${regulation.effective}`
  const component = portion === undefined ? '!main' : `!main~${portion}`
  open(w, d, '<meta>')
  open(w, d + 1, '<identification source="#jilin-counter-espionage">')
  const frbr = (
    level: string,
    self: string,
    uri: string,
    date: string,
    dateName: string,
    author: string,
    extra: string[],
  ): void => {
    open(w, d + 2, `<FRBR${level}>`)
    open(w, d + 3, `<FRBRthis value="${escapeXml(self)}"/>`)
    open(w, d + 3, `<FRBRuri value="${escapeXml(uri)}"/>`)
    open(w, d + 3, `<FRBRdate date="${date}" name="${dateName}"/>`)
    open(w, d + 3, `<FRBRauthor href="#${author}"/>`)
    for (const line of extra) open(w, d + 3, line)
    open(w, d + 2, `</FRBR${level}>`)
  }
  frbr('Work', `${work}/${component}`, work, regulation.adopted.date, 'adoption', 'jilin-provincial-government', [
    '<FRBRcountry value="cn-jl"/>',
    `<FRBRname value="${escapeXml(regulation.title)}"/>`,
  ])
  frbr(
    'Expression',
    `${expression}/${component}`,
    expression,
    regulation.effective,
    'entryIntoForce',
    'jilin-provincial-government',
    ['<FRBRlanguage language="zho"/>'],
  )
  frbr(
    'Manifestation',
    `${expression}/${component}.xml`,
    `${expression}.akn`,
    manifestation,
    'generation',
    'jilin-counter-espionage',
    [],
  )
  open(w, d + 1, '</identification>')
  open(w, d + 1, '<lifecycle source="#jilin-counter-espionage">')
  open(
    w,
    d + 2,
    `<eventRef eId="evt_1" date="${regulation.adopted.date}" source="#source" type="generation" refersTo="#adoption"/>`,
  )
  open(
    w,
    d + 2,
    `<eventRef eId="evt_2" date="${regulation.effective}" source="#source" type="generation" refersTo="#entryIntoForce"/>`,
  )
  open(w, d + 1, '</lifecycle>')
  open(w, d + 1, '<temporalData source="#jilin-counter-espionage">')
  open(w, d + 2, '<temporalGroup eId="tmp_1">')
  open(w, d + 3, '<timeInterval start="#evt_2" refersTo="#inForce"/>')
  open(w, d + 2, '</temporalGroup>')
  open(w, d + 1, '</temporalData>')
  open(w, d + 1, '<references source="#jilin-counter-espionage">')
  open(
    w,
    d + 2,
    `<TLCOrganization eId="jilin-provincial-government" href="/ontology/organization/cn-jl/jilin-provincial-government" showAs="${escapeXml(regulation.issuer)}"/>`,
  )
  open(
    w,
    d + 2,
    '<TLCOrganization eId="jilin-counter-espionage" href="/ontology/organization/jilin-counter-espionage" showAs="jilin-counter-espionage"/>',
  )
  open(
    w,
    d + 2,
    `<TLCReference eId="source" name="source" href="/${escapeXml(regulation.source.path)}" showAs="${escapeXml(regulation.source.description)}"/>`,
  )
  open(
    w,
    d + 2,
    `<TLCEvent eId="adoption" href="/ontology/event/adoption" showAs="${escapeXml(regulation.adopted.body)}"/>`,
  )
  open(w, d + 2, '<TLCEvent eId="entryIntoForce" href="/ontology/event/entryIntoForce" showAs="施行"/>')
  open(w, d + 2, '<TLCConcept eId="inForce" href="/ontology/concept/inForce" showAs="有效"/>')
  open(w, d + 1, '</references>')
  open(w, d, '</meta>')
}

function preface(w: Writer, d: number, regulation: Regulation): void {
  open(w, d, '<preface>')
  open(w, d + 1, `<longTitle><p><docTitle>${escapeXml(regulation.title)}</docTitle></p></longTitle>`)
  open(w, d + 1, `<p class="promulgationNote">${escapeXml(regulation.promulgationNote)}</p>`)
  open(w, d, '</preface>')
}

function chapterXml(w: Writer, d: number, chapter: Chapter): void {
  open(w, d, `<chapter eId="${chapter.eId}">`)
  open(w, d + 1, `<num>${escapeXml(chapter.heading)}</num>`)
  open(w, d + 1, `<heading>${escapeXml(chapter.title)}</heading>`)
  for (const article of chapter.articles) articleXml(w, d + 1, article)
  open(w, d, '</chapter>')
}

function articleXml(w: Writer, d: number, article: Article): void {
  open(w, d, `<article eId="${article.eId}">`)
  open(w, d + 1, `<num>${escapeXml(article.heading)}</num>`)
  for (const paragraph of article.paragraphs) paragraphXml(w, d + 1, paragraph)
  open(w, d, '</article>')
}

function paragraphXml(w: Writer, d: number, paragraph: Paragraph, only?: Item): void {
  open(w, d, `<paragraph eId="${paragraph.eId}">`)
  open(w, d + 1, '<content>')
  if (paragraph.items.length === 0) {
    open(w, d + 2, `<p>${escapeXml(paragraph.text)}</p>`)
  } else {
    const parts = eIdParts(paragraph.eId) as { article: number; paragraph: number }
    open(w, d + 2, `<blockList eId="${listEId(parts.article, parts.paragraph)}">`)
    if (!only) open(w, d + 3, `<listIntroduction>${escapeXml(paragraph.text)}</listIntroduction>`)
    for (const item of only ? [only] : paragraph.items) itemXml(w, d + 3, item)
    open(w, d + 2, '</blockList>')
  }
  open(w, d + 1, '</content>')
  open(w, d, '</paragraph>')
}

function itemXml(w: Writer, d: number, item: Item): void {
  open(w, d, `<item eId="${item.eId}">`)
  open(w, d + 1, `<num>${escapeXml(item.marker)}</num>`)
  open(w, d + 1, `<p>${escapeXml(item.text)}</p>`)
  open(w, d, '</item>')
}

function itemInContext(w: Writer, d: number, item: Item): void {
  const paragraph = getIndex().parent.get(item) as Paragraph
  paragraphXml(w, d, paragraph, item)
}
