/**
 * Resolutions remembered by a shared object (interned references) and a
 * string: the citation's text where its answer may quote it (`第三项` is
 * ambiguous…: such a resolution serves only citations written the same
 * way; see `quotesText`), else '', or the title of another instrument.
 * Those with '' (most) are found by their object alone, in one lookup.
 */
import { detach } from '../detach.js'

/** A memo of resolutions by interned references and a string (see the module's comment). */
export class Memo<T> {
  private readonly byKey = new Map<object, T>()
  private readonly byKeyAndText = new Map<object, Map<string, T>>()
  private size = 0

  /** `limit`: how many it keeps at most (a memo kept across calls must stay bounded). */
  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  get(key: object, text: string): T | undefined {
    return text === '' ? this.byKey.get(key) : this.byKeyAndText.get(key)?.get(text)
  }

  set(key: object, text: string, value: T): void {
    if (this.size >= this.limit) return
    this.size++
    if (text === '') {
      this.byKey.set(key, value)
      return
    }
    let byText = this.byKeyAndText.get(key)
    if (byText === undefined) {
      byText = new Map()
      this.byKeyAndText.set(key, byText)
    }
    // A string of its own: a memo kept across calls outlives the call and its text.
    byText.set(detach(text), value)
  }
}
