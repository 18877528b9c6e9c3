/**
 * Shape checks for what callers hand the resolver: a citation object (from
 * `parseCitation`, `extractCitations` or built by hand) and an outline of
 * another document. Each answers `undefined` when the value can be read, or
 * a reason in the form `Unexpected …, expected …` naming where the problem is.
 * Neither throws, whatever the value.
 */
import { describeValue, isObject } from '../../model/value.js'
import { LEVELS, type Level } from '../citation-types.js'

const LEVEL_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(LEVELS)
const ANCHOR_LEVELS: Readonly<Record<string, ReadonlySet<unknown>>> = {
  this: new Set(['part', 'chapter', 'section', 'article', 'paragraph', 'item']),
  previous: new Set(['article', 'paragraph', 'item']),
}
/** The number fields of an address, from the largest level; `suffix` goes with `article`. */
const FIELDS = ['part', 'chapter', 'section', 'article', 'suffix', 'paragraph', 'item', 'subitem'] as const

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1

/** Why `address` (at `where`) cannot be resolved, or `undefined`. */
function checkAddress(address: unknown, where: string): string | undefined {
  if (!isObject(address)) return `Unexpected ${describeValue(address)} at \`${where}\`, expected an address object`
  const level = address.level
  if (!LEVEL_SET.has(level)) {
    return `Unexpected level ${describeValue(level)} at \`${where}.level\`, expected one of ${LEVELS.join(', ')}`
  }
  const depth = LEVELS.indexOf(level as Level)
  for (const field of FIELDS) {
    const value = address[field]
    if (value === undefined) continue
    if (!isCount(value))
      return `Unexpected ${describeValue(value)} at \`${where}.${field}\`, expected a whole number from 1`
    const fieldDepth = field === 'suffix' ? LEVELS.indexOf('article') : LEVELS.indexOf(field)
    if (fieldDepth > depth)
      return `Unexpected \`${where}.${field}\` below the address's level \`${level as string}\`, expected none`
  }
  if (address[level as Level] === undefined)
    return `Unexpected address without \`${where}.${level as string}\`, expected the number of its level`
  return undefined
}

/** Why `citation` cannot be resolved, or `undefined` when it has the shape of a {@link Citation}. */
export function checkCitation(citation: unknown): string | undefined {
  if (!isObject(citation)) return `Unexpected ${describeValue(citation)}, expected a citation object or a string`
  if (typeof citation.text !== 'string')
    return `Unexpected ${describeValue(citation.text)} at \`text\`, expected the citation's text`
  const { instrument, anchor, references } = citation
  if (!isObject(instrument) || (instrument.type !== 'self' && instrument.type !== 'external'))
    return `Unexpected ${describeValue(instrument)} at \`instrument\`, expected \`{ type: 'self' }\` or \`{ type: 'external', title }\``
  if (instrument.title !== undefined && typeof instrument.title !== 'string')
    return `Unexpected ${describeValue(instrument.title)} at \`instrument.title\`, expected a string`
  const known = instrument.known
  if (
    known !== undefined &&
    (!isObject(known) ||
      typeof known.title !== 'string' ||
      typeof known.version !== 'string' ||
      !isCount(known.articles))
  )
    return `Unexpected ${describeValue(known)} at \`instrument.known\`, expected a known instrument (see \`knownInstruments\`)`
  if (anchor !== undefined) {
    if (!isObject(anchor) || (anchor.type !== 'this' && anchor.type !== 'previous'))
      return `Unexpected ${describeValue(anchor)} at \`anchor\`, expected \`{ type: 'this' | 'previous', level }\``
    if (!ANCHOR_LEVELS[anchor.type]?.has(anchor.level))
      return `Unexpected level ${describeValue(anchor.level)} at \`anchor.level\`, expected ${[...(ANCHOR_LEVELS[anchor.type] ?? [])].join(', ')}`
    if (anchor.type === 'previous' && !isCount(anchor.count))
      return `Unexpected ${describeValue(anchor.count)} at \`anchor.count\`, expected a whole number from 1`
  }
  if (!Array.isArray(references))
    return `Unexpected ${describeValue(references)} at \`references\`, expected an array of \`{ from, to? }\``
  for (let i = 0; i < references.length; i++) {
    const reference: unknown = references[i]
    if (!isObject(reference))
      return `Unexpected ${describeValue(reference)} at \`references[${i}]\`, expected \`{ from, to? }\``
    const problem =
      checkAddress(reference.from, `references[${i}].from`) ??
      (reference.to === undefined ? undefined : checkAddress(reference.to, `references[${i}].to`))
    if (problem !== undefined) return problem
  }
  return undefined
}
