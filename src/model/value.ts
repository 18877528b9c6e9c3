/**
 * Describing what a caller passed, for messages: never throws, whatever the
 * value (`String(Object.create(null))` throws, so messages must not use it).
 */

/** Longest piece of a caller's string quoted back in a message. */
const QUOTE = 40

/** `\`第十五…\`` (a string), `42`, `null`, `array`, `object`, … for `Unexpected …` messages. */
export function describeValue(value: unknown, quote = QUOTE): string {
  switch (typeof value) {
    case 'string':
      return `\`${clip(value, quote)}\``
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    case 'undefined':
      return 'undefined'
    case 'symbol':
      return 'symbol'
    case 'function':
      return 'function'
    default:
      if (value === null) return 'null'
      try {
        if (Array.isArray(value)) return 'array'
        if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid Date' : 'Date'
      } catch {
        // A revoked Proxy: even asking what it is throws.
        return 'object that cannot be read'
      }
      return readOptions(value) === undefined ? 'object that cannot be read' : 'object'
  }
}

/** A string as a message quotes it: at most `length` code points, `…` when cut. */
export function clip(text: string, length = QUOTE): string {
  if (text.length <= length) return text
  const points = Array.from(text.slice(0, length * 2)).slice(0, length)
  return `${points.join('')}…`
}

/** The copies {@link readOptions} made: read again, a copy is itself. */
const copies = new WeakSet<object>()

/**
 * An options argument as an object to read: `undefined` and `null` mean "no
 * options"; an object (also one made with `Object.create(null)`, or an
 * instance whose options are getters of its class) is read once into a copy
 * of every property it and its prototypes short of `Object.prototype` have,
 * so that no option is read twice and nothing read later can throw (an array
 * or typed array has no options: its copy is empty). Anything else, and an
 * object that throws when read (a revoked Proxy, a getter that throws), is
 * `undefined`, refused by the caller with {@link describeValue}.
 */
export function readOptions<T extends object>(options: unknown): Partial<T> | undefined {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') return undefined
  if (copies.has(options)) return options as Partial<T>
  const copy: Record<PropertyKey, unknown> = Object.create(null)
  try {
    if (!Array.isArray(options) && !ArrayBuffer.isView(options)) {
      for (let holder: object | null = options; holder !== null && holder !== Object.prototype; ) {
        for (const key of Reflect.ownKeys(holder))
          if (key !== 'constructor' && !(key in copy)) copy[key] = Reflect.get(options, key)
        holder = Object.getPrototypeOf(holder)
      }
    }
  } catch {
    return undefined
  }
  copies.add(copy)
  return copy as Partial<T>
}

/**
 * `value` itself when it is a string; otherwise a `TypeError` naming what
 * was passed. For the string helpers, whose only failure is being called
 * with something that is not text: a programming error.
 */
export function expectString(value: unknown, name = 'text'): string {
  if (typeof value !== 'string') throw new TypeError(`Unexpected ${describeValue(value)} as ${name}, expected a string`)
  return value
}

/** Whether `value` is an object (not `null`), whatever its prototype. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object'
