/**
 * An authoring aid, not part of the build: rewrite
 * `corpus/annotations/mentions.json` from the forms in `actors.json` (every
 * occurrence, longest form first), with W3C text-quote and text-position
 * selectors. Run it after changing the vocabulary, review the diff, commit;
 * `npm run generate` then checks the result against the text.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Actor } from '../src/annotations/types.js'
import { walk } from '../src/entries/index.js'
import { actorMentions } from './lib/annotations/check-readings.js'
import { paths } from './lib/paths.js'

const { actors } = JSON.parse(readFileSync(paths.actors, 'utf8')) as { actors: Actor[] }
const { note } = JSON.parse(readFileSync(paths.mentions, 'utf8')) as { note: string }
// The file names its JSON Schema, as every annotation file does.
const $schema = '../../schema/annotations/mentions.schema.json'
const annotations: unknown[] = []
for (const node of walk()) {
  if (node.type !== 'paragraph' && node.type !== 'item') continue
  const { text } = node
  for (const { start, end, actor } of actorMentions(text, actors)) {
    const selector = [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 8), start),
        suffix: text.slice(end, end + 8),
      },
      { type: 'TextPositionSelector', start, end },
    ]
    annotations.push({ target: { source: node.eId, selector }, actor })
  }
}
writeFileSync(paths.mentions, `${JSON.stringify({ $schema, note, annotations }, null, 2)}\n`)
console.log(`wrote ${annotations.length} mentions to corpus/annotations/mentions.json`)
