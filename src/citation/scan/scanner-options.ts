/**
 * How a scanner (`scanner.ts`) runs: what its caller asks of it, for the
 * citations it makes and the work it counts.
 */
import type { ScanStats } from './reader.js'
import type { TriggerMode } from './trigger.js'

/** How a `Scanner` runs. */
export interface ScannerOptions {
  /** Build the reasons of failed parses (for `parseCitation`); extraction does not need them. */
  readonly explain?: boolean
  /** Give each citation a `resolution` slot from the start, so adding it later does not grow the object. */
  readonly withResolution?: boolean
  /**
   * The caller keeps the citations (collects them in a list) rather than
   * passing them on one by one: they are made by a literal of their own
   * (see `make.ts`). Same citations either way.
   */
  readonly keep?: boolean
  /**
   * Read the frequent forms on their fast paths (default `true`). The
   * general grammar alone gives the same citations, only slower: the
   * differential tests compare the two.
   */
  readonly fast?: boolean
  /**
   * How to find where citations can start (default `'auto'`: WebAssembly
   * where it can run, see `trigger.ts`). The tests compare the two.
   */
  readonly triggers?: TriggerMode
  /** Where to count the work done (default: a fresh counter in `scanner.stats`). */
  readonly stats?: ScanStats
}
