/**
 * Corpus Markdown → the model, with unified and remark-parse: the limits are
 * checked first (`limits.ts`), the front is read by `front.ts`, each block of
 * the body by `blocks.ts`, and the result is validated by the schema.
 *
 * Never returns a half-built model: either the whole regulation (or the
 * chapter or article of a fragment), validated by the zod schema, or every
 * problem found, each a `VFileMessage` with its line, column and rule.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type Failure, failure } from '../model/result.js'
import {
  type Article as ArticleType,
  type Chapter as ChapterType,
  createSchemas,
  type Regulation as RegulationType,
} from '../model/schema.js'
import { describeValue } from '../model/value.js'
import { closeBlocks, createBody, readBlock } from './blocks.js'
import { readFront } from './front.js'
import { checkLimits } from './limits.js'
import { createMessage, type ParseMessage } from './message.js'
import { createReading, endOf, type Place } from './reading.js'

/** A parse that failed: the {@link Failure} contract, with every message (sorted by place). */
export type ParseFailure = Failure & {
  /** Every problem found, each with its line, column and `ruleId`. */
  readonly messages: readonly ParseMessage[]
}

/** The answer of {@link parseRegulation}. */
export type ParseResult = { readonly ok: true; readonly regulation: RegulationType } | ParseFailure

/** The answer of {@link parseMarkdown}. */
export type FragmentResult =
  | { readonly ok: true; readonly node: RegulationType | ChapterType | ArticleType }
  | ParseFailure

const parser = /* @__PURE__ */ unified().use(remarkParse)
/** The parser's own schemas: nothing done to the exported ones changes what it accepts. */
const own = /* @__PURE__ */ createSchemas()

/**
 * Parse a whole regulation written in the corpus convention
 * (`corpus/README.md`). Never throws.
 *
 * @example
 * const result = parseRegulation(markdown)
 * if (!result.ok) for (const m of result.messages) console.error(`${m.line}:${m.column} ${m.reason} (${m.ruleId})`)
 */
export function parseRegulation(markdown: string): ParseResult {
  const refused = refuse(markdown)
  if (refused) return refused
  const text = withoutBom(markdown)
  const parsed = parseTree(text, 'regulation', parser.parse(text) as Root)
  if (!parsed.ok) return parsed
  return { ok: true, regulation: parsed.node as RegulationType }
}

/**
 * Parse Markdown of the whole regulation, of one chapter (`## 第…章 …` and
 * its articles) or of one article (`### 第…条` and its paragraphs), as the
 * Markdown renderer writes them. Numbering may start where the fragment
 * starts; within it, the same rules hold as in the corpus. Never throws.
 */
export function parseMarkdown(markdown: string): FragmentResult {
  const refused = refuse(markdown)
  if (refused) return refused
  const text = withoutBom(markdown)
  const tree = parser.parse(text) as Root
  const first = tree.children.find((node) => node.type !== 'html')
  return parseTree(text, first?.type === 'heading' && first.depth === 1 ? 'regulation' : 'fragment', tree)
}

/**
 * The text after a leading byte order mark, as most Markdown tools read it
 * (and `parseStatute`): micromark drops the mark, so positions are counted
 * after it and the source must be too.
 */
function withoutBom(markdown: string): string {
  return markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown
}

/** The failure for `messages`: its reason names the first problem and how many there are. */
function failed(messages: ParseMessage[]): ParseFailure {
  const sorted = messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const first = sorted[0] as ParseMessage
  const code = first.ruleId === 'input' ? 'invalid' : first.ruleId.startsWith('limit-') ? 'too-large' : 'syntax'
  const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : ''
  return { ...failure(code, `${first.line}:${first.column}: ${first.reason}${more}`), messages: sorted }
}

/** The answer for input that is not a string or that passes a limit (see `limits.ts`), before remark reads it. */
function refuse(markdown: unknown): ParseFailure | undefined {
  if (typeof markdown !== 'string')
    return failed([createMessage(`Unexpected ${describeValue(markdown)}, expected Markdown text`, 1, 1, 'input')])
  const problems = checkLimits(markdown)
  return problems.length > 0 ? failed(problems) : undefined
}

function parseTree(markdown: string, mode: 'regulation' | 'fragment', tree: Root): FragmentResult {
  const reading = createReading(markdown)
  const { report, messages } = reading
  const front = mode === 'regulation' ? readFront(tree, reading, own.Metadata) : undefined
  const body = createBody(mode, reading)
  for (const node of tree.children.slice(front?.next ?? 0)) readBlock(body, node)
  closeBlocks(body, 'both')
  const { chapters, loose } = body
  if (mode === 'regulation' && chapters.length === 0 && messages.length === 0)
    report('Unexpected end of document, expected at least one chapter', endOf(tree), 'no-chapters')
  if (mode === 'fragment' && messages.length === 0 && chapters.length + loose.length !== 1) {
    report(
      chapters.length + loose.length === 0
        ? 'Unexpected end of document, expected a chapter `## 第…章 …` or an article `### 第…条`'
        : `Unexpected ${chapters.length > 1 ? `${chapters.length} chapters` : `${loose.length} articles`}, expected one chapter or one article`,
      endOf(tree),
      'fragment',
    )
  }
  if (messages.length > 0) return failed(messages)

  const candidate = front
    ? {
        type: 'regulation',
        title: front.title,
        ...(front.metadata as object),
        promulgationNote: front.promulgationNote,
        chapters,
      }
    : (chapters[0] ?? loose[0])
  const schema = front ? own.Regulation : chapters.length === 1 ? own.Chapter : own.Article
  const checked = schema.safeParse(candidate)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      report(
        `Unexpected value at \`${issue.path.join('.')}\`: ${issue.message}`,
        placeOf(candidate, issue.path, body.places),
        'schema',
      )
    }
    return failed(messages)
  }
  return { ok: true, node: checked.data as RegulationType | ChapterType | ArticleType }
}

/** Where the node at `path` of the candidate was read (the nearest node with an eId). */
function placeOf(candidate: unknown, path: readonly PropertyKey[], places: Map<string, Place>): Place {
  let value: unknown = candidate
  let place: Place = { line: 1, column: 1 }
  for (const key of path) {
    if (value === null || typeof value !== 'object') break
    value = (value as Record<PropertyKey, unknown>)[key]
    const eId = value && typeof value === 'object' ? (value as { eId?: unknown }).eId : undefined
    if (typeof eId === 'string') place = places.get(eId) ?? place
  }
  return place
}
