/**
 * The front of a regulation document: the `#` title, the metadata comment
 * (JSON, read with `JSON.parse` only and checked by the schema) and the `>`
 * promulgation note. Each reader takes the blocks from `at` and answers what
 * it read and where the next block is.
 */
import type { Html, Root, RootContent } from 'mdast'
import type { z } from 'zod'
import { METADATA_MARKER, TITLE } from '../model/constants.js'
import { describe, endOf, type Reading, readInline } from './reading.js'

/** Whether an HTML block is the metadata comment. */
export function isMetadata(node: Html): boolean {
  return node.value.startsWith(`<!-- ${METADATA_MARKER}`)
}

/** The front: title, metadata (without the title) and note, and the index of the first block of the body. */
export interface Front {
  readonly title: string
  readonly metadata: unknown
  readonly promulgationNote: string
  readonly next: number
}

/** Read the title, the metadata comment and the note; every problem is reported, none stops the reading. */
export function readFront(tree: Root, reading: Reading, metadataSchema: z.ZodType): Front {
  const children = tree.children
  const { report } = reading
  let index = 0
  const next = (): RootContent | undefined => children[index]

  let title = ''
  const first = next()
  if (first?.type === 'heading' && first.depth === 1) {
    title = readInline(first, reading)
    index++
  } else {
    report(
      first
        ? `Unexpected ${describe(first)} before the title, expected \`# ${TITLE}\` first`
        : `Unexpected empty document, expected \`# ${TITLE}\``,
      first,
      'title',
    )
    while (next() && !(next()?.type === 'heading' && (next() as { depth: number }).depth === 1)) index++
    const found = next()
    if (found?.type === 'heading') {
      title = readInline(found, reading)
      index++
    }
  }

  let metadata: unknown
  const metaNode = next()
  if (metaNode?.type === 'html' && isMetadata(metaNode)) {
    metadata = readMetadata(metaNode, title, reading, metadataSchema)
    index++
  } else {
    report(
      `Unexpected ${describe(metaNode)}, expected the \`<!-- ${METADATA_MARKER}\` comment after the title`,
      metaNode ?? endOf(tree),
      'metadata',
    )
    // Other HTML in its place is this problem, not another.
    if (metaNode?.type === 'html') index++
  }

  let promulgationNote = ''
  const noteNode = next()
  if (noteNode?.type === 'blockquote') {
    const [only, ...rest] = noteNode.children
    if (only?.type !== 'paragraph' || rest.length > 0) {
      report('Unexpected content in the promulgation note, expected one paragraph', noteNode, 'note')
    } else promulgationNote = readInline(only, reading)
    index++
  } else {
    report(
      `Unexpected ${describe(noteNode)}, expected the promulgation note as \`> （…）\``,
      noteNode ?? endOf(tree),
      'note',
    )
  }
  return { title, metadata, promulgationNote, next: index }
}

function readMetadata(node: Html, title: string, reading: Reading, schema: z.ZodType): unknown {
  const body = node.value.slice(node.value.indexOf('\n') + 1, node.value.lastIndexOf('-->'))
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    reading.report(`Unexpected metadata, expected JSON: ${(error as Error).message}`, node, 'metadata')
    return undefined
  }
  const checked = schema.safeParse({ ...(json as object), title: title || '?' })
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      reading.report(`Unexpected metadata \`${issue.path.join('.')}\`: ${issue.message}`, node, 'metadata')
    }
    return undefined
  }
  const { title: _title, ...rest } = checked.data as { title: string }
  return rest
}
