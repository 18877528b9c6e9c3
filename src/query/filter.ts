import { getIndex } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import type { ProvisionKind } from '../model/eid.js'
import { failure } from '../model/result.js'
import type { Provision } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import type { NodeList } from './node.js'

/** What {@link provisions} keeps; every part given must hold. */
export interface ProvisionFilter {
  /** Only provisions in this chapter (1–5). */
  readonly chapter?: number
  /** Only provisions of these types. */
  readonly type?: ProvisionKind | readonly ProvisionKind[]
  /** Only provisions for which this returns `true` (later annotations plug in here). */
  readonly where?: (node: Provision) => boolean
}

const KINDS: readonly unknown[] = ['chapter', 'article', 'paragraph', 'item']

/**
 * The provisions that pass every part of `filter`, in document order:
 * `{ ok: true, nodes }`. A filter that cannot be read is a failure
 * (`invalid`, or `invalid-option` naming the part).
 *
 * @example
 * provisions({ chapter: 2, type: 'article' }) // { ok: true, nodes: [第九条 … 第十七条] }
 */
export function provisions(filter?: ProvisionFilter | null): NodeList<Provision> {
  const read = readOptions<ProvisionFilter>(filter)
  if (read === undefined)
    return failure(
      'invalid',
      `Unexpected filter ${describeValue(filter)}, expected an object such as \`{ chapter: 2 }\``,
    )
  const { chapter, type, where } = read
  if (chapter !== undefined && (!Number.isInteger(chapter) || chapter < 1 || chapter > regulation.chapters.length)) {
    return failure(
      'invalid-option',
      `Unexpected chapter ${describeValue(chapter)}, expected a chapter number from 1 to ${regulation.chapters.length}`,
    )
  }
  const types: readonly unknown[] | undefined = type === undefined ? undefined : Array.isArray(type) ? type : [type]
  for (const kind of types ?? []) {
    if (!KINDS.includes(kind)) {
      return failure(
        'invalid-option',
        `Unexpected type ${describeValue(kind)}, expected chapter, article, paragraph or item`,
      )
    }
  }
  if (where !== undefined && typeof where !== 'function')
    return failure('invalid-option', `Unexpected where ${describeValue(where)}, expected a function`)
  const { order, chapter: chapterOf } = getIndex()
  const chapterNode = chapter === undefined ? undefined : regulation.chapters[chapter - 1]
  const nodes = order.filter(
    (node) =>
      (types === undefined || types.includes(node.type)) &&
      (chapterNode === undefined || chapterOf.get(node) === chapterNode) &&
      (where === undefined || where(node)),
  )
  return { ok: true, nodes }
}
