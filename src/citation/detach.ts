/**
 * Strings and results that keep no input alive. V8 makes a slice of 13
 * characters or more a view of the whole string, and a concatenation a
 * pair of its parts: a cache that outlives a call (the shared resolutions,
 * the instruments by title) would otherwise keep the text of that call in
 * memory as long as it keeps what it read from it.
 */

/** `text` in a string of its own. */
export function detach(text: string): string {
  return [text, '.'].join('').slice(0, -1)
}

/** `value` with each string it holds (not in nested objects) in a string of its own; other values as they are. */
export function detachStrings<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) copy[key] = typeof field === 'string' ? detach(field) : field
  return copy as T
}
