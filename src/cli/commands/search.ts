/** `search`: full-text search of the regulation. */
import { search } from '../../query/search.js'
import { styles } from '../colour.js'
import { type Command, fail, JSON_OPTION, json, NAME, ok, wholeNumber } from '../command.js'
import { printable } from '../printable.js'

/** `search <query> [--chapter N] [--limit N]`. */
export const searchCommand: Command = {
  usage: `Usage: ${NAME} search <query> [--chapter N] [--limit N] [--json]

Full-text search: every term must occur; "…" keeps a phrase together. Each hit
is a line: the eId, a tab, and the text around the terms. No hits is not an
error: standard error says so, and the status is 0.
`,
  options: { chapter: { type: 'string' }, limit: { type: 'string' }, ...JSON_OPTION },
  positionals: [1, 1],
  run(values, [query], context) {
    const chapter = wholeNumber('chapter', values.chapter, 1)
    if (typeof chapter === 'object') return chapter
    const limit = wholeNumber('limit', values.limit, 0)
    if (typeof limit === 'object') return limit
    const found = search(query as string, {
      ...(chapter === undefined ? {} : { chapter }),
      ...(limit === undefined ? {} : { limit }),
    })
    if (!found.ok) return fail(found.reason)
    if (values.json)
      return ok(
        json({
          terms: found.terms,
          hits: found.hits.map((hit) => ({ eId: hit.node.eId, snippet: hit.snippet, score: hit.score })),
        }),
      )
    // `--limit 0` asks for no hits: saying there are none would be wrong.
    if (found.hits.length === 0 && limit !== 0)
      return {
        code: 0,
        stdout: '',
        stderr: `No hits for \`${printable(query as string)}\`${chapter === undefined ? '' : ` in chapter ${chapter}`}\n`,
      }
    const { place } = styles(context.colour?.stdout === true)
    return ok(found.hits.map((hit) => `${place(hit.node.eId)}\t${hit.snippet}\n`).join(''))
  },
}
