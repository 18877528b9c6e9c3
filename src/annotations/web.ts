/**
 * Every annotation as a W3C Web Annotation (JSON-LD): one
 * `AnnotationCollection` with one page holding the translation of every
 * sentence, every actor mention, norm, modal trigger, reference, figure,
 * topic and editorial note. Each targets a span of a paragraph's or item's
 * text with the text-quote and text-position selectors stored in
 * `corpus/annotations/`, except an article's topics, which target the whole
 * article (an article has no text of its own; its topics are of all of it).
 * An external reference to a known instrument links to that instrument's
 * Akoma Ntoso IRI plus the provision it names
 * (`/akn/cn/act/2023-04-26/anti-espionage-law/~art_25`).
 *
 * IRIs follow the Akoma Ntoso naming convention and are relative (as AKN
 * IRIs are: a resolver serves them) unless `base` makes them absolute:
 * `/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_18__para_1` for a
 * provision, `/ontology/organization/cn-jl/state-security-organs` for an
 * actor, `/ontology/concept/cn-jl/obligation` for a norm kind.
 */
import { getNode, walk } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import {
  articleTopics,
  figures,
  mentions,
  norms,
  references,
  translation,
  actors as vocabulary,
} from '../generated/annotations.js'
import { WORK_URI } from '../model/constants.js'
import { failure, type Result } from '../model/result.js'
import { describeValue, readOptions } from '../model/value.js'
import { instrumentLinks } from './references.js'
import { sentencesOf } from './sentences.js'
import type { ActorKind, Figure, Target } from './types.js'

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** Options of {@link webAnnotations}. */
export interface WebAnnotationOptions {
  /**
   * An absolute URL to resolve every IRI against (`https://laws.example`),
   * without a trailing slash. Default: none, so IRIs stay relative, as Akoma
   * Ntoso IRIs are.
   */
  readonly base?: string
}

/** A body of a Web Annotation: text, or a resource named by IRI. */
export type WebAnnotationBody =
  | {
      readonly type: 'TextualBody'
      readonly value: string
      readonly format: 'text/plain' | 'application/json'
      readonly language?: string
      readonly purpose: 'describing' | 'classifying' | 'identifying' | 'tagging' | 'commenting'
    }
  | {
      readonly type: 'SpecificResource'
      readonly source: string
      readonly purpose: 'classifying' | 'identifying' | 'linking'
    }

/** A W3C Web Annotation. */
export interface WebAnnotation {
  readonly id: string
  readonly type: 'Annotation'
  readonly motivation: 'describing' | 'identifying' | 'classifying' | 'linking' | 'tagging' | 'commenting'
  readonly body: readonly WebAnnotationBody[]
  readonly target: {
    readonly source: string
    readonly selector?: readonly [
      { readonly type: 'TextQuoteSelector'; readonly exact: string; readonly prefix: string; readonly suffix: string },
      { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number },
    ]
  }
}

/** A W3C Web Annotation collection with its one page. */
export interface WebAnnotationCollection {
  readonly '@context': typeof WEB_ANNOTATION_CONTEXT
  readonly id: string
  readonly type: 'AnnotationCollection'
  readonly label: string
  readonly total: number
  readonly first: {
    readonly id: string
    readonly type: 'AnnotationPage'
    readonly startIndex: 0
    readonly items: readonly WebAnnotation[]
  }
}

/** The IRI of a provision (by the AKN naming convention, as `formatCitation(node, 'uri')`). */
const provisionIri = (eId: string): string => `${WORK_URI}/~${eId}`
const ontology = (kind: ActorKind | 'concept', id: string): string => `/ontology/${kind}/cn-jl/${id}`
/** The IRI of an actor of the vocabulary, and of a concept (a norm kind, a topic). */
export function actorIri(id: string): string {
  return ontology(vocabulary.find((actor) => actor.id === id)?.kind ?? 'organization', id)
}
export function conceptIri(id: string): string {
  return ontology('concept', id)
}

const PREFIX = 8

/** A target built from a span of a provision's own text (for the translation, which is stored by eId). */
function spanTarget(eId: string, text: string, start: number, end: number): Target {
  return {
    source: eId,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - PREFIX), start),
        suffix: text.slice(end, end + PREFIX),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  }
}

function figureBody(figure: Figure): string {
  const { target: _target, ...typed } = figure
  return JSON.stringify(typed)
}

/**
 * Every annotation of the package as a W3C Web Annotation collection
 * (JSON-LD, context `http://www.w3.org/ns/anno.jsonld`): the English of every
 * sentence (`describing`, language `en`, unofficial as the label says), every
 * actor mention (`identifying`), the norm of every sentence and its trigger
 * words (`classifying`), every reference (`linking`: to the provision, or
 * to the other instrument's IRI plus its article), every figure
 * (`describing`, the typed figure as JSON), every article's topics
 * (`classifying`, targeting the whole article, without selectors) and every
 * editorial note (`commenting`). A `base` that is
 * not an absolute URL is a failure (`invalid-option`).
 *
 * @example
 * const collection = webAnnotations({ base: 'https://laws.example' })
 * collection.ok && collection.collection.first.items.length // every annotation
 */
export function webAnnotations(options?: WebAnnotationOptions | null): Result<{ collection: WebAnnotationCollection }> {
  const read = readOptions<WebAnnotationOptions>(options)
  if (read === undefined)
    return failure(
      'invalid',
      `Unexpected options ${describeValue(options)}, expected an object such as \`{ base: 'https://laws.example' }\``,
    )
  const base = read.base ?? ''
  if (typeof base !== 'string' || (base !== '' && (!URL.canParse(base) || base.endsWith('/'))))
    return failure(
      'invalid-option',
      `Unexpected base ${describeValue(base)}, expected an absolute URL without a trailing slash, such as \`https://laws.example\``,
    )
  const iri = (path: string): string => base + path
  const collectionId = iri(`${WORK_URI}/!annotations`)
  const items: WebAnnotation[] = []
  const add = (motivation: WebAnnotation['motivation'], body: WebAnnotationBody[], target: Target | string): void => {
    items.push({
      id: `${collectionId}#a${items.length + 1}`,
      type: 'Annotation',
      motivation,
      body,
      target:
        typeof target === 'string'
          ? { source: iri(provisionIri(target)) }
          : { source: iri(provisionIri(target.source)), selector: target.selector },
    })
  }
  const text = (value: string, purpose: Extract<WebAnnotationBody, { type: 'TextualBody' }>['purpose'], extra = {}) =>
    ({ type: 'TextualBody', value, format: 'text/plain', purpose, ...extra }) as WebAnnotationBody
  const resource = (source: string, purpose: Extract<WebAnnotationBody, { type: 'SpecificResource' }>['purpose']) =>
    ({ type: 'SpecificResource', source: iri(source), purpose }) as WebAnnotationBody

  // The English of every sentence of every paragraph and item.
  for (const node of walk()) {
    if (node.type !== 'paragraph' && node.type !== 'item') continue
    const english = translation.provisions[node.eId] as readonly string[]
    sentencesOf(node.text).forEach((sentence, index) => {
      add(
        'describing',
        [text(english[index] as string, 'describing', { language: 'en' })],
        spanTarget(node.eId, node.text, sentence.start, sentence.end),
      )
    })
  }
  for (const mention of mentions) add('identifying', [resource(actorIri(mention.actor), 'identifying')], mention.target)
  for (const norm of norms) {
    add(
      'classifying',
      [
        resource(conceptIri(norm.kind), 'classifying'),
        ...(norm.aspect ? [resource(conceptIri(norm.aspect), 'classifying')] : []),
        ...norm.bearers.map((bearer) => resource(actorIri(bearer), 'identifying')),
      ],
      norm.target,
    )
    for (const trigger of norm.triggers)
      add('tagging', [resource(conceptIri(`deontic-${norm.kind}`), 'classifying')], trigger)
  }
  for (const reference of references) {
    const body: WebAnnotationBody[] =
      reference.scope === 'internal'
        ? reference.whole
          ? [resource(WORK_URI, 'linking')]
          : reference.nodes.map((eId) => resource(provisionIri(eId), 'linking'))
        : [
            text(reference.title ?? reference.text, 'identifying', { language: 'zh' }),
            ...(reference.instrument ? [text(reference.instrument, 'tagging')] : []),
            ...instrumentLinks(reference.instrument, reference.provisions).map((link) => resource(link, 'linking')),
          ]
    add('linking', body, reference.target)
  }
  for (const figure of figures)
    add(
      'describing',
      [{ type: 'TextualBody', value: figureBody(figure), format: 'application/json', purpose: 'describing' }],
      figure.target,
    )
  for (const [article, ids] of Object.entries(articleTopics))
    add(
      'classifying',
      ids.map((id) => resource(conceptIri(id), 'classifying')),
      article,
    )
  for (const sic of regulation.sic) {
    const found = getNode(sic.eId)
    const node = found.ok && 'text' in found.node ? found.node : undefined
    const context = node ? node.text.indexOf(sic.context) : -1
    const at = node && context >= 0 ? context + sic.context.indexOf(sic.text) : -1
    add(
      'commenting',
      [text(sic.description, 'commenting', { language: 'en' })],
      node && at >= 0 ? spanTarget(sic.eId, node.text, at, at + sic.text.length) : sic.eId,
    )
  }
  return {
    ok: true,
    collection: {
      '@context': WEB_ANNOTATION_CONTEXT,
      id: collectionId,
      type: 'AnnotationCollection',
      label: `Annotations of ${translation.title} (${regulation.title}). ${translation.note}`,
      total: items.length,
      first: { id: `${collectionId}?page=0`, type: 'AnnotationPage', startIndex: 0, items },
    },
  }
}
