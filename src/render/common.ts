/**
 * What every renderer shares: its input (the regulation or any provision of
 * a tree of the model's shape: the official one, or one parsed from a
 * user's own corpus), its result, and the check that the input has that
 * shape. Renderers are pure functions of the tree they are given: none
 * reads the package's data (checking a tree against the official text is
 * `verifyOfficial`, on the main entry).
 */
import { isEId } from '../model/eid.js'
import { type Failure, failure, type Result } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { describeValue, isObject, readOptions } from '../model/value.js'

/** The regulation or any provision of it. */
export type Renderable = Regulation | Provision

/** The answer of a renderer: the document or fragment and its media type, or a {@link Failure}. */
export type RenderResult = Result<{
  /** The rendered document or fragment. */
  output: string
  /** Its media type, for example `text/html; charset=utf-8`. */
  mediaType: string
}>

/** A successful render. */
export const rendered = (output: string, mediaType: string): RenderResult => ({ ok: true, output, mediaType })

/** A renderer's options as an object to read (`null` and `undefined` are no options), or the failure when they cannot be read. */
export function renderOptions<T extends object>(options: unknown): Partial<T> | Failure {
  return (
    readOptions<T>(options) ?? failure('invalid', `Unexpected options ${describeValue(options)}, expected an object`)
  )
}

/** Every renderer's first step: the tree checked, then its options read; the options, or why it cannot render. */
export function begin<T extends object>(node: unknown, given: unknown): Partial<T> | Failure {
  return checkTree(node) ?? renderOptions<T>(given)
}

/** Whether a value returned by {@link renderOptions} or {@link checkTree} is a failure. */
export const isFailure = (value: unknown): value is Failure => isObject(value) && value.ok === false

/** A refused option. */
export const badOption = (reason: string): Failure => failure('invalid-option', reason)

const LINE_BREAK = /[\r\n\u2028\u2029]/

/**
 * `undefined` when `node` has the model's shape (every node of the right
 * type with its eId, number and text; text on one line), else the failure
 * naming the first field that does not. The check a renderer needs, far
 * lighter than the zod schema (which would triple a renderer's size).
 */
export function checkTree(node: unknown): Failure | undefined {
  const problem = (path: string, value: unknown, expected: string): Failure =>
    failure('invalid', `Unexpected ${describeValue(value)} at \`${path}\`, expected ${expected}`)
  const text = (value: Record<string, unknown>, key: string, path: string): Failure | undefined => {
    const field = value[key]
    if (typeof field !== 'string' || field === '') return problem(`${path}.${key}`, field, 'text')
    if (LINE_BREAK.test(field)) return problem(`${path}.${key}`, field, 'text on one line')
    return undefined
  }
  const list = (value: Record<string, unknown>, key: string, path: string): unknown[] | Failure =>
    Array.isArray(value[key]) ? (value[key] as unknown[]) : problem(`${path}.${key}`, value[key], 'an array')
  const visit = (value: unknown, type: string, path: string): Failure | undefined => {
    if (!isObject(value) || value.type !== type) return problem(path, isObject(value) ? value.type : value, `a ${type}`)
    if (type !== 'regulation') {
      if (!isEId(value.eId)) return problem(`${path}.eId`, value.eId, 'an eId such as `art_15__para_2`')
      if (!Number.isSafeInteger(value.number) || (value.number as number) < 1)
        return problem(`${path}.number`, value.number, 'a whole number from 1')
    }
    const fields: Record<string, string[]> = {
      regulation: ['title', 'promulgationNote'],
      chapter: ['heading', 'title'],
      article: ['heading'],
      paragraph: ['text'],
      item: ['marker', 'text'],
    }
    for (const key of fields[type] ?? []) {
      const wrong = text(value, key, path)
      if (wrong) return wrong
    }
    const children: Record<string, [string, string]> = {
      regulation: ['chapters', 'chapter'],
      chapter: ['articles', 'article'],
      article: ['paragraphs', 'paragraph'],
      paragraph: ['items', 'item'],
    }
    const child = children[type]
    if (!child) return undefined
    const nodes = list(value, child[0], path)
    if (isFailure(nodes)) return nodes
    for (let i = 0; i < nodes.length; i++) {
      const wrong = visit(nodes[i], child[1], `${path}.${child[0]}[${i}]`)
      if (wrong) return wrong
    }
    return undefined
  }
  if (
    !isObject(node) ||
    typeof node.type !== 'string' ||
    !['regulation', 'chapter', 'article', 'paragraph', 'item'].includes(node.type)
  ) {
    return failure(
      'invalid',
      `Unexpected ${describeValue(isObject(node) ? node.type : node)}, expected the regulation or a chapter, article, paragraph or item`,
    )
  }
  return visit(node, node.type, node.type)
}
