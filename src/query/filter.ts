import { getIndex, type Lookup } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import type { ProvisionKind } from '../model/eid.js'
import type { Provision } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import { notFound } from './node.js'

export interface ProvisionFilter {
  /** Only provisions in this chapter (1–5). */
  readonly chapter?: number
  /** Only provisions of these types. */
  readonly type?: ProvisionKind | readonly ProvisionKind[]
  /** Only provisions for which this returns `true` (later annotations plug in here). */
  readonly where?: (node: Provision) => boolean
}

/** The provisions that pass every part of `filter`, in document order. */
export function provisions(filter?: ProvisionFilter | null): Lookup<readonly Provision[]> {
  const read = readOptions<ProvisionFilter>(filter)
  if (read === undefined)
    return notFound(
      'invalid',
      `Unexpected filter ${describeValue(filter)}, expected an object such as \`{ chapter: 2 }\``,
    )
  const { chapter, type, where } = read
  if (chapter !== undefined && (!Number.isInteger(chapter) || chapter < 1 || chapter > regulation.chapters.length)) {
    return notFound(
      'not-found',
      `No chapter ${describeValue(chapter)}: the regulation has chapters 1 to ${regulation.chapters.length}`,
    )
  }
  const types: readonly unknown[] | undefined = type === undefined ? undefined : Array.isArray(type) ? type : [type]
  for (const kind of types ?? []) {
    if (!(['chapter', 'article', 'paragraph', 'item'] as unknown[]).includes(kind)) {
      return notFound('invalid', `Unexpected type ${describeValue(kind)}, expected chapter, article, paragraph or item`)
    }
  }
  if (where !== undefined && typeof where !== 'function')
    return notFound('invalid', 'Unexpected `where`, expected a function')
  const { order, chapter: chapterOf } = getIndex()
  const chapterNode = chapter === undefined ? undefined : regulation.chapters[chapter - 1]
  const inChapter = (node: Provision): boolean => chapterOf.get(node) === chapterNode
  const nodes = order.filter(
    (node) =>
      (types === undefined || types.includes(node.type)) &&
      (chapterNode === undefined || inChapter(node)) &&
      (where === undefined || where(node)),
  )
  return { ok: true, node: nodes }
}
