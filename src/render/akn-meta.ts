/**
 * The `<meta>` of an Akoma Ntoso document of this regulation: FRBR work,
 * expression and manifestation, the adoption and the entry into force as
 * lifecycle events, the period in force as temporal data, and the
 * references they point at.
 */
import type { Element } from 'xast'
import { x } from 'xastscript'
import { WORK_URI } from '../model/constants.js'
import type { Metadata } from '../model/schema.js'

/** The expression a document is of, when it is not the official Chinese one. */
export interface ExpressionInfo {
  /** ISO 639-2 code of the language (`eng`). */
  readonly language: string
  /** Whether the expression is authoritative: `false` for an unofficial translation. */
  readonly authoritative: boolean
  /** The URI of the master expression it translates. */
  readonly master: string
}

/**
 * The `<meta>` element for the act (`portion` undefined) or a portion of it
 * (its eId); of the Chinese expression unless `translation` says otherwise;
 * `references` are added to those of the metadata (TLCs the content refers to).
 */
export function metaElement(
  metadata: Metadata,
  manifestation: string,
  portion: string | undefined,
  translation?: ExpressionInfo,
  references: readonly Element[] = [],
): Element {
  const work = WORK_URI
  const language = translation?.language ?? 'zho'
  const expression = `${work}/${language}@${metadata.effective}`
  const component = portion === undefined ? '!main' : `!main~${portion}`
  const frbr = (
    level: string,
    self: string,
    uri: string,
    date: string,
    dateName: string,
    author: string,
    extra: Element[],
  ): Element =>
    x(`FRBR${level}`, [
      x('FRBRthis', { value: self }),
      x('FRBRuri', { value: uri }),
      x('FRBRdate', { date, name: dateName }),
      x('FRBRauthor', { href: `#${author}` }),
      ...extra,
    ])
  return x('meta', [
    x('identification', { source: '#jilin-counter-espionage' }, [
      frbr('Work', `${work}/${component}`, work, metadata.adopted.date, 'adoption', 'jilin-provincial-government', [
        x('FRBRcountry', { value: 'cn-jl' }),
        x('FRBRname', { value: metadata.title }),
      ]),
      frbr(
        'Expression',
        `${expression}/${component}`,
        expression,
        metadata.effective,
        'entryIntoForce',
        // The government wrote the work and its Chinese expression; an unofficial translation is this package's.
        translation === undefined ? 'jilin-provincial-government' : 'jilin-counter-espionage',
        translation === undefined
          ? [x('FRBRlanguage', { language: 'zho' })]
          : [
              x('FRBRauthoritative', { value: String(translation.authoritative) }),
              x('FRBRmasterExpression', { href: translation.master, showAs: metadata.title }),
              x('FRBRlanguage', { language }),
            ],
      ),
      frbr(
        'Manifestation',
        `${expression}/${component}.xml`,
        `${expression}.akn`,
        manifestation,
        'generation',
        'jilin-counter-espionage',
        [],
      ),
    ]),
    x('lifecycle', { source: '#jilin-counter-espionage' }, [
      x('eventRef', {
        eId: 'evt_1',
        date: metadata.adopted.date,
        source: '#source',
        type: 'generation',
        refersTo: '#adoption',
      }),
      x('eventRef', {
        eId: 'evt_2',
        date: metadata.effective,
        source: '#source',
        type: 'generation',
        refersTo: '#entryIntoForce',
      }),
    ]),
    x('temporalData', { source: '#jilin-counter-espionage' }, [
      x('temporalGroup', { eId: 'tmp_1' }, [x('timeInterval', { start: '#evt_2', refersTo: '#inForce' })]),
    ]),
    x('references', { source: '#jilin-counter-espionage' }, [
      x('TLCOrganization', {
        eId: 'jilin-provincial-government',
        href: '/ontology/organization/cn-jl/jilin-provincial-government',
        showAs: metadata.issuer,
      }),
      x('TLCOrganization', {
        eId: 'jilin-counter-espionage',
        href: '/ontology/organization/jilin-counter-espionage',
        showAs: 'jilin-counter-espionage',
      }),
      x('TLCReference', {
        eId: 'source',
        name: 'source',
        href: `/${metadata.source.path}`,
        showAs: metadata.source.description,
      }),
      x('TLCEvent', { eId: 'adoption', href: '/ontology/event/adoption', showAs: metadata.adopted.body }),
      x('TLCEvent', { eId: 'entryIntoForce', href: '/ontology/event/entryIntoForce', showAs: '施行' }),
      x('TLCConcept', { eId: 'inForce', href: '/ontology/concept/inForce', showAs: '有效' }),
      ...references,
    ]),
  ])
}
