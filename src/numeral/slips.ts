/**
 * Numbers that look mistyped, read as Arabic digits: two adjacent digits
 * swapped (43 for 34), one digit too many (420 for 42) and a digit typed
 * twice (422 or 4422 for 42). A number past the last of a level is answered
 * with what it may be a slip for, never with the nearest number: the nearest
 * is a guess that would pass a check and still be wrong.
 */

/** The largest slip taken for one: two edits (`4422` for `42`), no more. */
const MAX_EDITS = 2

/** Each number `digits` may be a slip for, with the number of edits it takes. */
function candidates(digits: string): Map<number, number> {
  const found = new Map<number, number>()
  const add = (text: string, edits: number): void => {
    // A leading zero is not a number anyone meant to write.
    if (text === '' || text === digits || text.startsWith('0') || edits > MAX_EDITS) return
    const value = Number(text)
    if (!found.has(value) || (found.get(value) as number) > edits) found.set(value, edits)
  }
  for (let i = 0; i + 1 < digits.length; i++) {
    add(`${digits.slice(0, i)}${digits[i + 1]}${digits[i]}${digits.slice(i + 2)}`, 1)
  }
  // One digit too many only where two digits remain: every two-digit number is one digit away from a one-digit one.
  if (digits.length > 2) for (let i = 0; i < digits.length; i++) add(digits.slice(0, i) + digits.slice(i + 1), 1)
  const single = digits.replace(/(\d)\1+/g, '$1')
  add(single, digits.length - single.length)
  return found
}

/**
 * The number that `n` (an integer from 1) looks like a mistyping of, among
 * those `exists` accepts: the fewest edits first, then the nearest to `n`,
 * then the lower; `undefined` when no slip of `n` exists.
 *
 * @example
 * mistyped(43, (m) => m >= 1 && m <= 42) // 34
 * mistyped(420, (m) => m >= 1 && m <= 42) // 42
 * mistyped(45, (m) => m >= 1 && m <= 42) // undefined
 */
export function mistyped(n: number, exists: (m: number) => boolean): number | undefined {
  if (!Number.isSafeInteger(n) || n < 1) return undefined
  let best: number | undefined
  let bestEdits = Number.POSITIVE_INFINITY
  for (const [value, edits] of candidates(String(n))) {
    if (!exists(value)) continue
    const better =
      edits < bestEdits ||
      (edits === bestEdits &&
        best !== undefined &&
        (Math.abs(value - n) < Math.abs(best - n) || (Math.abs(value - n) === Math.abs(best - n) && value < best)))
    if (better) {
      best = value
      bestEdits = edits
    }
  }
  return best
}
