/**
 * The problems the build finds in the annotation files, and the one way a
 * file's shape is checked: parsed by its zod schema, each issue turned into
 * a problem in the house form (the place in the file, `Unexpected …,
 * expected …`). The checkers then read the typed data for what a schema
 * cannot say: that it matches the official text.
 */
import type * as z from 'zod'
import { describeValue, isObject } from '../../../src/model/value.js'

/** One problem with the annotations: the file, where in it, and what is wrong. */
export interface AnnotationProblem {
  readonly file: string
  /** The JSON path, such as `provisions.art_5__para_1`. */
  readonly path: string
  /** `Unexpected …, expected …`. */
  readonly reason: string
}

/** The problems as one message per line: `file: path: reason`. */
export function formatProblems(problems: readonly AnnotationProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.reason}`).join('\n')
}

/**
 * The content of an annotation file as its schema types it, or `undefined`
 * when it does not have the schema's shape: then each of zod's issues is
 * pushed to `problems`, and the semantic checks of that file are skipped
 * (they would only repeat the issue).
 */
export function parseFile<T>(
  file: string,
  schema: z.ZodType<T>,
  value: unknown,
  problems: AnnotationProblem[],
): T | undefined {
  // reportInput: the issues carry the value found, which the message quotes back.
  const parsed = schema.safeParse(value, { reportInput: true })
  if (parsed.success) return parsed.data
  for (const issue of parsed.error.issues) problems.push({ file, ...describeIssue(issue) })
  return undefined
}

/** A JSON path as the problems write it: `norms[4].target.selector[1]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('')
}

/** How a size issue words its bound. */
const BOUNDS = {
  too_small: { inclusive: 'at least', exclusive: 'more than' },
  too_big: { inclusive: 'at most', exclusive: 'less than' },
} as const

/** One zod issue as a problem's place and reason: `Unexpected <what was found>, expected <what the schema says>`. */
export function describeIssue(issue: z.core.$ZodIssue): { path: string; reason: string } {
  const path = jsonPath(issue.path)
  const key = issue.path.at(-1)
  // A required field that is absent has no input: name the field rather than print `undefined`.
  const found = issue.input === undefined && typeof key === 'string' ? `missing \`${key}\`` : describeValue(issue.input)
  const reason = (what: string, expected: string): { path: string; reason: string } => ({
    path,
    reason: `Unexpected ${what}, expected ${expected}`,
  })
  switch (issue.code) {
    case 'invalid_type':
      return reason(found, withArticle(issue.expected))
    case 'invalid_value':
      return reason(found, oneOf(issue.values))
    case 'invalid_union': {
      // A discriminated union reports the whole object; the value that failed is its discriminator.
      const { discriminator } = issue
      const value = discriminator && isObject(issue.input) ? issue.input[discriminator] : issue.input
      const options = 'options' in issue ? issue.options : undefined
      return reason(describeValue(value), options ? oneOf(options) : 'one of the forms the schema allows')
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
      const word = issue.exact ? 'exactly' : BOUNDS[issue.code][issue.inclusive ? 'inclusive' : 'exclusive']
      // An array is described by its length (its items would not fit a message); a string or number by itself.
      const what = issue.origin === 'array' ? counted((issue.input as unknown[]).length, 'array') : found
      return reason(what, `${word} ${counted(bound, issue.origin)}`)
    }
    case 'invalid_format':
      return reason(
        found,
        issue.format === 'regex' && issue.pattern
          ? `a string matching ${issue.pattern}`
          : issue.format === 'date'
            ? 'an ISO date (YYYY-MM-DD)'
            : `a string of format \`${issue.format}\``,
      )
    case 'unrecognized_keys':
      return reason(
        `${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        'only the fields the schema names',
      )
    case 'not_multiple_of':
      return reason(found, `a multiple of ${issue.divisor}`)
    default:
      // invalid_key, invalid_element, custom: none of the annotation schemas makes them; zod's words then.
      return reason(found, `what the schema says (${issue.message})`)
  }
}

/** `a string`, `an object`, `an integer`. */
function withArticle(type: string): string {
  if (type === 'int') return 'an integer'
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}

/** `` `unofficial` `` for one value, `` one of `modal`, `verb`, … `` for several. */
function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((value) => describeValue(value))
  return quoted.length === 1 ? (quoted[0] as string) : `one of ${quoted.join(', ')}`
}

/** A bound in the unit of what it bounds: `1 item`, `2 characters`, `0` for a number. */
function counted(count: number | bigint, origin: string): string {
  const unit = origin === 'array' || origin === 'set' ? 'item' : origin === 'string' ? 'character' : ''
  if (unit === '') return String(count)
  return `${count} ${unit}${count === 1 || count === 1n ? '' : 's'}`
}
