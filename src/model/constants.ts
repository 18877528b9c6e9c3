/**
 * The constants every layer shares, defined once: the regulation's title as
 * citations write it, its Akoma Ntoso work URI, the Akoma Ntoso namespace
 * and the marker of the corpus's metadata comment. None of them is data of
 * the provisions, so any layer may import them without pulling the text in.
 */

/** The regulation's title, as `《…》` cites it. */
export const TITLE = '吉林省反间谍工作规定'

/**
 * The Akoma Ntoso work URI of this regulation (`/akn/{country}/act/{date}/{name}`).
 * A provision's URI appends `/~{eId}`; the URI names the work, not one version,
 * so it stays valid across amendments.
 */
export const WORK_URI = '/akn/cn-jl/act/2024-11-04/jilin-counter-espionage'

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/** First line of the metadata comment that follows the title in the corpus Markdown. */
export const METADATA_MARKER = 'jilin-counter-espionage metadata'
