/**
 * The provision a reference on the command line names (`show`, `render`),
 * and the line that says why one names none, worded as `check` words it.
 */
import { regulation } from '../../access/regulation.js'
import { checkText } from '../../citation/check/text-check.js'
import { referenceMessage } from '../../citation/check/text-reference.js'
import type { Failure } from '../../model/result.js'
import type { Provision } from '../../model/schema.js'
import { lookup } from '../../query/lookup.js'
import { EXIT, fail, type RunResult } from '../command.js'
import { printable } from '../printable.js'

/**
 * Why `text` names no provision, as `check` says it of a reference in a
 * file: `Unexpected reference \`…\` (the reason), expected \`suggestion\``,
 * or the parser's reason and where for text that does not parse.
 * Control characters of the text are escaped (it is one line on a terminal).
 *
 * @example
 * unresolved('第十五条第四款', lookup('第十五条第四款') as Failure)
 * // 'Unexpected reference `第十五条第四款` (No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs), expected `第十五条第三款`'
 */
export function unresolved(text: string, failure: Pick<Failure, 'code' | 'reason' | 'suggestion'>): string {
  if (failure.code === 'syntax') return printable(`${failure.reason}, in \`${text}\``)
  const expected = failure.suggestion === undefined ? 'a provision of the regulation' : `\`${failure.suggestion}\``
  return printable(`Unexpected reference \`${text}\` (${failure.reason}), expected ${expected}`)
}

/**
 * The provision a reference names: a number is an article number. A number
 * past what a double holds exactly is answered as the largest one it holds
 * is (with its suggestion, if the resolver has one), in the digits as
 * written (`Number` would print `99999999999999999999` as
 * `100000000000000000000`).
 */
export function resolve(reference: string): Provision | RunResult {
  if (/^\d+$/.test(reference) && !Number.isSafeInteger(Number(reference))) {
    const articles = regulation.chapters.reduce((count, chapter) => count + chapter.articles.length, 0)
    const reason = `No article ${reference.replace(/^0+(?=\d)/, '')}: the regulation has ${articles} articles`
    const largest = lookup(Number.MAX_SAFE_INTEGER)
    const suggestion = largest.ok ? undefined : largest.suggestion
    return fail(
      unresolved(reference, { code: 'not-found', reason, ...(suggestion === undefined ? {} : { suggestion }) }),
      EXIT.no,
    )
  }
  const found = lookup(/^\d+$/.test(reference) ? Number(reference) : reference)
  return found.ok ? found.node : fail(asCheckSaysIt(reference, found), EXIT.no)
}

/**
 * Why `reference` names nothing, in `check`'s own words when `check` finds
 * the same text in a file (with `--bare`, so a bare 第…条 counts) and
 * reports it: the same message, the same suggestion. Otherwise (an article
 * number, a form `check` does not look for) the lookup's failure, worded
 * alike by {@link unresolved}.
 */
function asCheckSaysIt(reference: string, failure: Failure): string {
  const text = reference.trim()
  const same = checkText(text, { bare: true }).find((candidate) => candidate.text === text && !candidate.result.ok)
  const message = same === undefined ? undefined : referenceMessage(same)
  return message === undefined ? unresolved(reference, failure) : printable(message)
}
