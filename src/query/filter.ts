import { getIndex, type Lookup } from '../access/lookup.js'
import { regulation } from '../access/regulation.js'
import type { ProvisionKind } from '../model/eid.js'
import type { Provision } from '../model/schema.js'
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
export function provisions(filter: ProvisionFilter = {}): Lookup<readonly Provision[]> {
  const { chapter, type, where } = filter
  if (chapter !== undefined && (!Number.isInteger(chapter) || chapter < 1 || chapter > regulation.chapters.length)) {
    return notFound(
      'not-found',
      `No chapter ${String(chapter)}: the regulation has chapters 1 to ${regulation.chapters.length}`,
    )
  }
  const types = type === undefined ? undefined : typeof type === 'string' ? [type] : type
  for (const kind of types ?? []) {
    if (!['chapter', 'article', 'paragraph', 'item'].includes(kind)) {
      return notFound('invalid', `Unexpected type \`${String(kind)}\`, expected chapter, article, paragraph or item`)
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
