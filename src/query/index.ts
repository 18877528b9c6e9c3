/** `jilin-counter-espionage/query`: lookup by any address, navigation, text, filters, dates and search. */
export { type ProvisionFilter, provisions } from './filter.js'
export { getChapter, getItem, getParagraph, lookup } from './lookup.js'
export {
  ancestorsOf,
  chapterOf,
  childrenOf,
  nextOf,
  parentOf,
  pathOf,
  previousOf,
  type StepOptions,
  type TextOptions,
  textOf,
} from './navigate.js'
export type { NodeRef } from './node.js'
export {
  MAX_QUERY_LENGTH,
  normalizeForSearch,
  type SearchHit,
  type SearchMatch,
  type SearchOptions,
  type SearchResult,
  search,
} from './search.js'
export { type InForce, isInForce } from './time.js'
