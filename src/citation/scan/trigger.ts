/**
 * Where citations can start: the next trigger at or after a place (a
 * character of `TRIGGER_CHARS`: 第, 《, 本, 前, 该; or the first letter of an
 * English form at the start of a word, its second letter after it). Two
 * ways find them; the scanner reads the same citations from either (tested):
 *
 * - `NativeTriggers`, wherever WebAssembly SIMD is there (Node, browsers):
 *   the text is copied, a block at a time, into the memory of a tiny module
 *   (`trigger-module.ts`) that classifies sixteen code units at once by
 *   their two bytes with nibble tables: the one part of extraction that
 *   reads every character, so the part worth a module (bench/NOTES.md,
 *   "The trigger module's search"). At each 第 it also
 *   reads a plain designation (`第五条`) as `Scanner#readPlain` does, with
 *   the exact key of its code units, while the block is at hand: the
 *   scanner then only finds it in its cache (`plain.ts`). It leaves out the
 *   triggers where it sees that no citation starts (本省, 第十三届), which
 *   the scanner would refuse one by one.
 * - `RegexTriggers` elsewhere (no WebAssembly SIMD, short texts): one
 *   native search with the grammar's trigger class.
 *
 * The copy is `Buffer#write` where Node's `Buffer` is there, else a loop
 * of `charCodeAt` into a `Uint16Array` on the memory: the loop is standard
 * but many times slower in V8 (bench/NOTES.md).
 */

import { AFTER_NAME, BLOCK, BLOCK_AT, LOOK_AFTER, OUT, RECORD, TRIGGER_MODULE } from '../../generated/trigger-module.js'

export { AFTER_NAME } from '../../generated/trigger-module.js'

import { triggerPattern } from '../grammar/characters.js'

/** A `plainLength` this way of finding triggers does not tell. */
export const UNTOLD = -1

/** How a scanner finds triggers (see {@link triggersOf}). */
export type TriggerMode = 'auto' | 'native' | 'regex'

/** Finds the next trigger. */
export interface Triggers {
  /**
   * The index of the next trigger character at or after `at`, or -1. The
   * module leaves out those where it sees that no citation starts: a 本, 前
   * or 该 that no code unit of what may follow one of them follows (本省,
   * 前面, 该单位), and a 第 where no designation starts (第十三届); the
   * general grammar reads nothing there either (tested).
   */
  next(at: number): number
  /**
   * Whether a trigger after the one `next` gave last is at `position` with
   * a plain designation this way has read (`plainLength` above 0), told in
   * `plainLength`, `plainLow` and `plainHigh`; where the next search goes
   * on from is not changed. Always false where this way does not tell.
   */
  peek(position: number): boolean
  /**
   * Of the trigger `next` gave last: the length of the plain designation
   * (`第五条`, see `Scanner#readPlain`) that starts there, plus
   * {@link AFTER_NAME} where a name's last character is before it
   * (本条例第五条: the general grammar reads the name, a prefix may take the
   * designation); 0 when none does (the general grammar reads what does);
   * or {@link UNTOLD} when this way does not tell (the scanner reads it).
   */
  readonly plainLength: number
  /** With a `plainLength` above 0: the low number of the designation's key (see `plain.ts`). */
  readonly plainLow: number
  /** With a `plainLength` above 0: the high number of the designation's key. */
  readonly plainHigh: number
}
/** Below this length the regular expression is as fast: no copy is worth it. */
export const MIN_NATIVE = 4096

const TRIGGER = /* @__PURE__ */ triggerPattern()
const EMPTY = /* @__PURE__ */ new Int32Array(0)

class RegexTriggers implements Triggers {
  private readonly text: string
  readonly plainLength = UNTOLD
  readonly plainLow = 0
  readonly plainHigh = 0

  constructor(text: string) {
    this.text = text
  }

  next(at: number): number {
    TRIGGER.lastIndex = at
    return TRIGGER.test(this.text) ? TRIGGER.lastIndex - 1 : -1
  }

  peek(_position: number): boolean {
    return false
  }
}

/** The module's `scan` and its memory, or `null` where they cannot be had. */
interface Native {
  readonly scan: (length: number, out: number) => number
  /** The memory as code units: WebAssembly's are little-endian, so only on a little-endian host. */
  readonly units: Uint16Array
  /** `Buffer#write` of a string's code units at a byte address, where Node's `Buffer` is there; else the loop does it. */
  readonly write: ((text: string, address: number) => void) | undefined
  readonly found: Int32Array
}

/** What this module needs of the WebAssembly API (read from `globalThis`: the package's types assume no host). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object
  readonly Instance: new (module: object) => { readonly exports: Record<string, unknown> }
}

/** Node's `Buffer`, as far as the copy uses it. */
interface BufferApi {
  from(bytes: ArrayBuffer): { write(text: string, offset: number, encoding: 'utf16le'): number }
}

/** Where the block's first code unit is, as an index of {@link Native.units}. */
const UNIT_AT = BLOCK_AT / 2

let native: Native | null | undefined

/** The module, compiled and instantiated once, on the first long text. */
function loadNative(): Native | null {
  if (native !== undefined) return native
  native = null
  const host = globalThis as { Buffer?: BufferApi; WebAssembly?: WebAssemblyApi }
  const wasm = host.WebAssembly
  const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
  if (typeof wasm?.Instance !== 'function' || !littleEndian) return native
  try {
    const { exports } = new wasm.Instance(new wasm.Module(TRIGGER_MODULE))
    const scan = exports.scan as Native['scan']
    const { buffer } = exports.memory as { buffer: ArrayBuffer }
    let write: Native['write']
    if (typeof host.Buffer?.from === 'function') {
      const bytes = host.Buffer.from(buffer)
      write = (text, address) => bytes.write(text, address, 'utf16le')
    }
    native = { scan, units: new Uint16Array(buffer), write, found: new Int32Array(buffer, OUT, RECORD * BLOCK) }
  } catch {
    // No WebAssembly SIMD here: the regular expression does the work.
  }
  return native
}

class NativeTriggers implements Triggers {
  private readonly text: string
  private readonly native: Native
  /** The triggers of the current block, {@link RECORD} numbers each (see the module): grown to the most a block has held. */
  private positions: Int32Array = EMPTY
  plainLength = 0
  plainLow = 0
  plainHigh = 0
  private count = 0
  private cursor = 0
  private blockStart = 0
  private blockEnd = 0

  constructor(text: string, native: Native) {
    this.text = text
    this.native = native
  }

  next(at: number): number {
    let from = at
    for (;;) {
      if (from >= this.blockStart && from < this.blockEnd) {
        const { positions } = this
        while (this.cursor < this.count) {
          const at = RECORD * this.cursor
          const position = this.blockStart + (positions[at] as number)
          if (position >= from) {
            this.tell(at)
            return position
          }
          this.cursor++
        }
        from = this.blockEnd
      }
      if (from >= this.text.length) return -1
      this.load(from)
    }
  }

  peek(position: number): boolean {
    if (position < this.blockStart || position >= this.blockEnd) return false
    const { positions } = this
    // From the trigger `next` gave last: those between (inside a title) are passed over, at most one each.
    for (let index = this.cursor; index < this.count; index++) {
      const at = RECORD * index
      const found = this.blockStart + (positions[at] as number)
      if (found < position) continue
      if (found > position || (positions[at + 1] as number) <= 0) return false
      this.tell(at)
      return true
    }
    return false
  }

  /** Take what the record at `at` of {@link positions} tells of its plain designation. */
  private tell(at: number): void {
    const { positions } = this
    this.plainLength = positions[at + 1] as number
    this.plainLow = positions[at + 2] as number
    this.plainHigh = positions[at + 3] as number
  }

  /**
   * Scan the block that starts at `from`, with the code units around it
   * (an English form's first letter counts only after no letter and before
   * its second one; a plain designation is read to its end).
   */
  private load(from: number): void {
    const { text } = this
    const length = Math.min(BLOCK, text.length - from)
    const { units, write, scan, found } = this.native
    const end = Math.min(text.length, from + length + LOOK_AFTER)
    // Zeros stand for the text's ends: no trigger, no letter, no numeral.
    units[UNIT_AT - 1] = from > 0 ? text.charCodeAt(from - 1) : 0
    if (write !== undefined) write(text.slice(from, end), BLOCK_AT)
    else for (let index = from, at = UNIT_AT; index < end; index++, at++) units[at] = text.charCodeAt(index)
    // The module reads sixteen code units at a time, and the one after: what lies past the text must be no trigger.
    units.fill(0, UNIT_AT + end - from, UNIT_AT + length + LOOK_AFTER + 24)
    let count = scan(length, OUT)
    // The last sixteen units may run past the block: what the next block holds is found there.
    while (count > 0 && (found[RECORD * (count - 1)] as number) >= length) count--
    this.count = count
    // Copied out: another scanner may use the module before this one reads them all.
    if (this.positions.length < RECORD * count)
      this.positions = new Int32Array(Math.max(RECORD * count, 2 * this.positions.length))
    this.positions.set(found.subarray(0, RECORD * count))
    this.cursor = 0
    this.blockStart = from
    this.blockEnd = from + length
  }
}

/** Whether the WebAssembly way can run here. */
export function hasNativeTriggers(): boolean {
  return loadNative() !== null
}

/** How the WebAssembly way copies text here (for the tests), or `undefined` where it cannot run. */
export function nativeCopy(): 'Buffer#write' | 'charCodeAt' | undefined {
  const loaded = loadNative()
  if (loaded === null) return undefined
  return loaded.write === undefined ? 'charCodeAt' : 'Buffer#write'
}

/**
 * How to find the triggers of `text`: `auto`, natively where that can be
 * done and pays, else by the regular expression; `native` natively
 * whatever the length (where it can run); `regex` by the expression.
 */
export function triggersOf(text: string, mode: TriggerMode = 'auto'): Triggers {
  if (mode === 'native' || (mode === 'auto' && text.length >= MIN_NATIVE)) {
    const loaded = loadNative()
    if (loaded !== null) return new NativeTriggers(text, loaded)
  }
  return new RegexTriggers(text)
}
