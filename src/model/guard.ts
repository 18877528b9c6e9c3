/**
 * The last line of the result contract: a function that answers with a
 * result catches what reading its arguments threw (a revoked Proxy, a getter
 * that throws, a structure nested deeper than the stack) and answers with an
 * `invalid` failure naming the argument. When no argument is at fault the
 * error is the package's own and is thrown again, so a bug is never hidden.
 */
import { type Failure, failure } from './result.js'

/** How deep an argument is read for the culprit; deeper than this is itself the fault when something overflowed. */
const MAX_DEPTH = 1000
/** How many objects of all the arguments are read at the most. */
const MAX_OBJECTS = 100_000

const probe = Symbol('probe')

/** Why `value` cannot be read, with the path to the part that cannot (`.chapters[0]`), or `undefined`. */
function unreadablePart(value: unknown, overflowed: boolean): string | undefined {
  const seen = new Set<object>()
  const stack: [unknown, string, number][] = [[value, '', 0]]
  while (stack.length > 0 && seen.size < MAX_OBJECTS) {
    const [next, path, depth] = stack.pop() as [unknown, string, number]
    if (next === null || (typeof next !== 'object' && typeof next !== 'function') || seen.has(next)) continue
    seen.add(next)
    if (depth > MAX_DEPTH) {
      if (overflowed) return `nested more than ${MAX_DEPTH} levels deep`
      continue
    }
    let key: PropertyKey = ''
    try {
      Array.isArray(next)
      Object.getPrototypeOf(next)
      Reflect.get(next, probe)
      for (key of Reflect.ownKeys(next)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(next, key)
        const child = descriptor && !('value' in descriptor) ? Reflect.get(next, key) : descriptor?.value
        stack.push([
          child,
          `${path}${typeof key === 'symbol' ? '[symbol]' : /^\d+$/.test(key) ? `[${key}]` : `.${key}`}`,
          depth + 1,
        ])
      }
    } catch (error) {
      const where = key === '' ? path : `${path}.${String(key)}`
      const why = error instanceof Error ? error.message : 'an error'
      return `${where ? `reading \`${where}\`` : 'reading it'} threw: ${why.slice(0, 80)}`
    }
  }
  return undefined
}

/** The failure for the first argument of `args` that cannot be read; `error` again when none is at fault. */
export function unreadable(error: unknown, args: Readonly<Record<string, unknown>>): Failure {
  const overflowed = error instanceof RangeError
  for (const [name, value] of Object.entries(args)) {
    const why = unreadablePart(value, overflowed)
    if (why !== undefined)
      return failure(
        'invalid',
        `Unexpected ${name} that cannot be read (${why}), expected a value whose parts can be read`,
      )
  }
  throw error
}

/** {@link unreadable} for the functions documented to throw a `TypeError` on a programming error. */
export function unreadableTypeError(error: unknown, args: Readonly<Record<string, unknown>>): TypeError {
  return new TypeError(unreadable(error, args).reason)
}
