/** Short answers of `statuteCitations` for tests to compare. */
import type { StatuteCitation } from '../../src/entries/citation.js'

/** What a hit names: its eIds, joined by commas; else its scope (`external`, `document`), or its failure's code. */
export function answerOf({ resolution }: Pick<StatuteCitation, 'resolution'>): string {
  if (!resolution.ok) return resolution.code
  if (resolution.scope !== 'internal') return resolution.scope
  return resolution.nodes.map((node) => (node as { eId: string }).eId).join()
}

/** `[eId, text, answer]` of a hit. */
export const answerRow = (hit: StatuteCitation): [string, string, string] => [hit.eId, hit.citation.text, answerOf(hit)]
