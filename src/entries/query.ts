/**
 * `jilin-counter-espionage/query`: lookup by any address, navigation, the
 * text of any subtree, filters, dates and search.
 *
 * @packageDocumentation
 */
export type { ErrorCode, Failure, Result } from '../model/result.js'
export { type ProvisionFilter, provisions } from '../query/filter.js'
export { getChapter, getItem, getParagraph, lookup } from '../query/lookup.js'
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
} from '../query/navigate.js'
export type { NodeList, NodeRef } from '../query/node.js'
export {
  MAX_QUERY_LENGTH,
  type SearchHit,
  type SearchMatch,
  type SearchOptions,
  type SearchResult,
  search,
} from '../query/search.js'
export { normalizeForSearch } from '../query/terms.js'
export { type InForce, isInForce } from '../query/time.js'
