/**
 * Finding the references of the text: every citation in every paragraph and
 * item, found by the citation layer (with the provision as the context of
 * its relative forms) and resolved. The build stores them, and fails when
 * one of the text's own citations does not resolve.
 */

import type { StoredReference } from '../../../src/annotations/types.js'
import { extractCitations } from '../../../src/citation/extract/extract.js'
import { resolveIn } from '../../../src/citation/resolve/resolve.js'
import type { Regulation } from '../../../src/model/schema.js'

/** Every citation of a regulation's paragraphs and items, resolved; the problems, one per citation that does not resolve. */
export function computeReferences(tree: Regulation): { references: StoredReference[]; problems: string[] } {
  const references: StoredReference[] = []
  const problems: string[] = []
  for (const chapter of tree.chapters)
    for (const article of chapter.articles)
      for (const paragraph of article.paragraphs)
        for (const node of [paragraph, ...paragraph.items]) {
          for (const citation of extractCitations(node.text, { resolve: false })) {
            // Resolved in the tree given (not the package's data), so a changed corpus is read as it now is.
            const resolution = resolveIn<{ eId: string }>(tree, citation, { context: node.eId })
            const target = {
              source: node.eId,
              selector: [
                {
                  type: 'TextQuoteSelector',
                  exact: citation.text,
                  prefix: node.text.slice(Math.max(0, citation.start - 8), citation.start),
                  suffix: node.text.slice(citation.end, citation.end + 8),
                },
                { type: 'TextPositionSelector', start: citation.start, end: citation.end },
              ],
            } as const
            if (!resolution.ok) {
              problems.push(`${node.eId}: \`${citation.text}\` does not resolve: ${resolution.reason}`)
              continue
            }
            // A licence or a newspaper named in 《》 is not a reference to an instrument.
            if (resolution.scope === 'document') continue
            references.push(
              resolution.scope === 'internal'
                ? {
                    target,
                    text: citation.text,
                    scope: 'internal',
                    nodes: resolution.whole ? [] : resolution.nodes.map((n) => n.eId),
                    whole: resolution.whole,
                  }
                : {
                    target,
                    text: citation.text,
                    scope: 'external',
                    nodes: [],
                    whole: false,
                    ...(resolution.title === undefined ? {} : { title: resolution.title }),
                    ...(resolution.known === undefined ? {} : { instrument: resolution.known.id }),
                    // The other instrument's article (and paragraph, item) as data, copied out of the citation.
                    provisions: citation.references.map((reference) => JSON.parse(JSON.stringify(reference))),
                  },
            )
          }
        }
  return { references, problems }
}
