/**
 * References to this regulation in a Markdown tree, for
 * `remarkLinkReferences`: each text node (and, when asked, each code node)
 * is checked with `checkText`, and each reference found is given its place
 * in the file (the lint rule reads the file's text instead, as `check`
 * does). When a node's text is
 * its source as written (no escapes or character references in it), the
 * place is the reference's own; otherwise it is the node's.
 */
import type { Code, InlineCode, Parent, Root, Text } from 'mdast'
import type { Point, Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { checkText } from '../citation/check/text-check.js'
import type { CheckTextOptions, TextReference } from '../citation/check/text-reference.js'

/** Options of the references found in a tree, for `remarkLinkReferences`. */
export interface FindOptions extends CheckTextOptions {
  /** Find references in inline code and code blocks too (default `false`; links are made in text only). */
  readonly code?: boolean | null | undefined
}

/** A reference in a node, with the node, its parent and where it is. */
export interface NodeReference {
  readonly reference: TextReference
  readonly node: Text | InlineCode | Code
  readonly parent: Parent | undefined
  readonly index: number | undefined
  /** The reference's place in the file, or the node's when the text is not its source as written. */
  readonly place: Position | undefined
  /** Where the node's text starts in the file, when the text is its source exactly (offsets map one to one). */
  readonly offset: number | undefined
}

let last: { readonly source: string; readonly place: ReturnType<typeof location> } | undefined

/** The line-and-column index of `file`'s text, made once per text (the lint rule and its links share it). */
export function locationOf(file: VFile): ReturnType<typeof location> {
  const source = String(file.value ?? '')
  if (last?.source !== source) last = { source, place: location(source) }
  return last.place
}

/** Every reference in `tree`, in document order. */
export function findInTree(tree: Root, file: VFile, options: FindOptions = {}): NodeReference[] {
  const found: NodeReference[] = []
  const source = String(file.value ?? '')
  const place = locationOf(file)
  const bare = options.bare === true
  visit(tree, (node, index, parent) => {
    if (node.type !== 'text' && !(options.code && (node.type === 'inlineCode' || node.type === 'code'))) return
    const text = node as Text | InlineCode | Code
    const references = checkText(text.value, { bare })
    if (references.length === 0) return
    const start = text.position?.start.offset
    const end = text.position?.end.offset
    // The text is its source exactly (text nodes without escapes): offsets map one to one.
    const exact =
      start !== undefined && end !== undefined && node.type === 'text' && source.slice(start, end) === text.value
    for (const reference of references) {
      const from = exact ? place.toPoint(start + reference.start) : undefined
      const to = exact ? place.toPoint(start + reference.end) : undefined
      found.push({
        reference,
        node: text,
        parent: parent as Parent | undefined,
        index,
        place: from && to ? { start: from as Point, end: to as Point } : text.position,
        offset: exact ? start : undefined,
      })
    }
  })
  return found
}
