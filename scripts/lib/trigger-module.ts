/**
 * The WebAssembly module that finds where citations can start: its text
 * format, made from the grammar's trigger characters, and the committed
 * TypeScript module that holds its bytes (assembled with wabt, whose text
 * must be ASCII: code points, not characters). SIMD classifies sixteen
 * code units at a time by their bytes (see `triggerTables`); the English
 * rule compares eight at a time where a first letter is. Measured side by
 * side with the module that compared eight units with each trigger (one
 * process, interleaved, 50 MB of statutes), the scan alone took 0.8 of the
 * time (8.2 against 10.2 ms; 10.7 against 13.3 under load). At each 第 it
 * also reads a plain designation (see `$plain`); with its vectors loaded
 * from memory before the loop and high nibbles shifted in 16-bit lanes
 * (V8 built constants again in the loop), the copy and scan of 50 MB took
 * as long as the module without that reading (15.8 against 15.9 ms for
 * `Buffer#write` and `scan` of every block of the bench's 50 MB, both
 * modules in one process, interleaved, while it was written). That reading
 * pays for itself in extraction (bench/NOTES.md, "`$plain` on its own"),
 * and it reads with the scanner's own tables (see `plainFlags`, tested).
 */
import wabtInit from 'wabt'
import {
  AFTER_DI,
  AFTER_NUMBER,
  ENGLISH_NEXT,
  ENGLISH_START,
  MAX_DIGITS,
  MAX_NUMERAL_CHARS,
  TRIGGER_CHARS,
} from '../../src/citation/grammar/characters.js'
import { isDigit, isNumeralChar } from '../../src/citation/grammar/numerals.js'
import { BEN_NEXT, GAI_NEXT, QIAN_NEXT } from '../../src/citation/grammar/words.js'
import { CONTINUES, KEY_CLASS, UNIT_INDEX } from '../../src/citation/scan/plain.js'
import { ENDING_CODES } from '../../src/citation/scan/titles.js'
import { paths } from './paths.js'

/**
 * The trigger code units as cubes: a value and a mask of bits that may be
 * either, so that `(unit | mask) === value` holds exactly for the cube's
 * units (A, a, C and c make one cube: mask 0x22, value 0x63). Cubes are
 * merged while two with one mask differ in one bit (the first step of
 * Quine–McCluskey): each cube is one comparison in the module.
 */
export function triggerCubes(codes: readonly number[]): { value: number; mask: number }[] {
  let cubes = [...new Set(codes)].map((code) => ({ value: code, mask: 0 }))
  for (let merged = true; merged; ) {
    merged = false
    search: for (const [index, a] of cubes.entries()) {
      for (const b of cubes.slice(index + 1)) {
        const differ = a.value ^ b.value
        if (a.mask === b.mask && differ !== 0 && (differ & (differ - 1)) === 0) {
          const cube = { value: a.value | differ, mask: a.mask | differ }
          cubes = [...cubes.filter((other) => other !== a && other !== b), cube]
          merged = true
          break search
        }
      }
    }
  }
  return cubes
}

/** Code units scanned at a time. */
export const BLOCK = 1 << 15
/**
 * Code units after the block the module reads, or zeros where the text
 * ends: a plain designation that starts in the block ends within
 * `第`, `MAX_NUMERAL_CHARS` numerals, its unit and the unit after it.
 */
export const LOOK_AFTER = MAX_NUMERAL_CHARS + 4
/** The flags of each code unit (see {@link plainFlags}), a byte each from address 0. */
export const FLAGS_AT = 0
/** The class of each code unit in a plain designation's key (`KEY_CLASS` of `plain.ts`), a byte each. */
export const CLASSES_AT = FLAGS_AT + 0x10000
/** The vectors `scan` holds in locals (see `triggerWat`), 16 bytes each, after the flags and classes. */
const VECTORS_AT = CLASSES_AT + 0x10000
/** Where the block's first code unit is in memory: the unit before it is at `BLOCK_AT - 2`. */
export const BLOCK_AT = VECTORS_AT + 8 * 16 + 16
/** Where `scan` writes what it finds: {@link RECORD} i32 per trigger, after the block, the units after it and padding. */
export const OUT = BLOCK_AT + 2 * (BLOCK + LOOK_AFTER) + 64
/** The i32 `scan` writes per trigger: its index, the length of the plain designation there, its key's low and high numbers. */
export const RECORD = 4
/** Pages of 64 KiB: the flags, the classes, the block and the most triggers a block can hold. */
const PAGES = Math.ceil((OUT + 4 * RECORD * BLOCK) / 0x10000)

/** The flags of {@link plainFlags}. */
export const FLAG = {
  NUMERAL: 1,
  UNIT: 2,
  CONTINUES: 4,
  ENDING: 8,
  AFTER_NUMBER: 16,
  AFTER_DI: 32,
  MAY_FOLLOW: 64,
  DIGIT: 128,
} as const
/** Added to the length of a plain designation after a name's last character (see `$plain`). */
export const AFTER_NAME = 256

/** The code units the module compares a trigger with (as numbers: the module's text must be ASCII). */
const DI = '第'.charCodeAt(0)
const BEN = '本'.charCodeAt(0)
const QIAN = '前'.charCodeAt(0)
const GAI = '该'.charCodeAt(0)

/**
 * The flags of the code units a plain designation is read with, by code
 * unit, from the tables `Scanner#readPlain` reads (one source for both
 * readers): a digit (`isDigit`), a numeral character (`isNumeralChar`), a
 * unit (`UNIT_INDEX`: 条, 款, …), what continues a designation
 * (`CONTINUES`: 之, 第, a list or range word's first), a character a law's
 * name ends with (`ENDING_CODES`: 法, 例, …); what may follow a
 * designation's number (its unit, 、, a space) and what may follow 第 but a
 * number (（, (, a space), as `Scanner#readDesignation` reads them
 * (AFTER_NUMBER, AFTER_DI); and what may follow 本, 前 or 该 in a citation
 * (BEN_NEXT, QIAN_NEXT, GAI_NEXT: one flag for the three, so the scanner
 * still asks which).
 */
export function plainFlags(): Map<number, number> {
  const afterNumber = new Set([...AFTER_NUMBER].map((char) => char.charCodeAt(0)))
  const afterDi = new Set([...AFTER_DI].map((char) => char.charCodeAt(0)))
  const mayFollow = new Set([...(BEN_NEXT + QIAN_NEXT + GAI_NEXT)].map((char) => char.charCodeAt(0)))
  const flags = new Map<number, number>()
  for (let code = 0; code < 0x10000; code++) {
    const flag =
      (isDigit(code) ? FLAG.DIGIT : 0) |
      (isNumeralChar(code) ? FLAG.NUMERAL : 0) |
      ((UNIT_INDEX[code] as number) > 0 ? FLAG.UNIT : 0) |
      (CONTINUES.has(code) ? FLAG.CONTINUES : 0) |
      (ENDING_CODES.has(code) ? FLAG.ENDING : 0) |
      (afterNumber.has(code) ? FLAG.AFTER_NUMBER : 0) |
      (afterDi.has(code) ? FLAG.AFTER_DI : 0) |
      (mayFollow.has(code) ? FLAG.MAY_FOLLOW : 0)
    if (flag !== 0) flags.set(code, flag)
  }
  return flags
}

/**
 * The nibble tables that classify a code unit by its two bytes, as a SIMD
 * shuffle looks them up ("shufti"): each class of trigger characters has a
 * bit, set in `loLow[l & 15] & loHigh[l >> 4] & hiLow[h & 15] & hiHigh[h >> 4]`
 * exactly for the units (h << 8 | l) of the class. A class is the characters
 * of one high byte whose low bytes are all the pairs of their nibbles
 * (A, a, C and c: high byte 0, low nibbles 1 and 3, high nibbles 4 and 6);
 * other characters of that high byte make classes of their own. At most 8
 * classes (bits of a byte); `english` holds the bits of ENGLISH_START.
 */
export function triggerTables(): {
  loLow: number[]
  loHigh: number[]
  hiLow: number[]
  hiHigh: number[]
  english: number
} {
  const tables = {
    loLow: Array<number>(16).fill(0),
    loHigh: Array<number>(16).fill(0),
    hiLow: Array<number>(16).fill(0),
    hiHigh: Array<number>(16).fill(0),
    english: 0,
  }
  let bit = 0
  const add = (chars: string): number => {
    let bits = 0
    const byHigh = new Map<number, number[]>()
    for (const char of new Set(chars)) {
      const code = char.charCodeAt(0)
      byHigh.set(code >> 8, [...(byHigh.get(code >> 8) ?? []), code & 0xff])
    }
    for (const [high, lows] of byHigh) {
      const lowNibbles = new Set(lows.map((low) => low & 15))
      const highNibbles = new Set(lows.map((low) => low >> 4))
      // The low bytes of a class must be every pair of their nibbles, or the lookup would hold more.
      const groups = lowNibbles.size * highNibbles.size === lows.length ? [lows] : lows.map((low) => [low])
      for (const group of groups) {
        if (bit === 8) throw new Error('Unexpected ninth class of trigger characters, expected at most 8')
        const mask = 1 << bit++
        for (const low of group) {
          tables.loLow[low & 15] = (tables.loLow[low & 15] as number) | mask
          tables.loHigh[low >> 4] = (tables.loHigh[low >> 4] as number) | mask
        }
        tables.hiLow[high & 15] = (tables.hiLow[high & 15] as number) | mask
        tables.hiHigh[high >> 4] = (tables.hiHigh[high >> 4] as number) | mask
        bits |= mask
      }
    }
    return bits
  }
  add(TRIGGER_CHARS)
  tables.english = add(ENGLISH_START)
  return tables
}

/** `(v | mask) == value` for each cube of `chars`, or-ed: the lanes of `v` that hold one of them. */
function anyOf(v: string, chars: string, splat: (value: number) => string): string {
  const compare = triggerCubes([...chars].map((char) => char.charCodeAt(0))).map(({ value, mask }) =>
    mask === 0 ? `(i16x8.eq ${v} ${splat(value)})` : `(i16x8.eq (v128.or ${v} ${splat(mask)}) ${splat(value)})`,
  )
  let any = compare[0] as string
  for (const next of compare.slice(1)) any = `(v128.or ${any}\n            ${next})`
  return any
}

/** The `data` segments that write `bytes` (offset → byte) from `address`: one for each run of adjacent offsets. */
function dataSegments(address: number, bytes: ReadonlyMap<number, number>): string {
  const runs: [number, number[]][] = []
  for (const [offset, byte] of [...bytes].sort(([a], [b]) => a - b)) {
    const last = runs.at(-1)
    if (last !== undefined && last[0] + last[1].length === offset) last[1].push(byte)
    else runs.push([offset, [byte]])
  }
  return runs
    .map(
      ([offset, run]) =>
        `  (data (i32.const ${address + offset}) "${run.map((byte) => `\\${byte.toString(16).padStart(2, '0')}`).join('')}")`,
    )
    .join('\n')
}

const codePoints = (chars: string): string =>
  [...chars].map((char) => `U+${(char.charCodeAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')

/** The module in the WebAssembly text format. */
export function triggerWat(): string {
  const splat = (value: number): string =>
    `(v128.const i16x8 ${Array(8)
      .fill(`0x${value.toString(16)}`)
      .join(' ')})`
  const tables = triggerTables()
  // Loaded from memory before the loop: as \`v128.const\` V8 built each constant again on every round (seen in its
  // code), as it builds the mask of \`i8x16.shr_u\`: high nibbles are shifted in 16-bit lanes and masked with \`nibble\`.
  const vectors: [string, number[]][] = [
    ['nibble', Array(16).fill(0x0f)],
    ['low', Array(8).fill([0xff, 0]).flat()],
    ['loLow', tables.loLow],
    ['loHigh', tables.loHigh],
    ['hiLow', tables.hiLow],
    ['hiHigh', tables.hiHigh],
    ['chinese', Array(16).fill(0xff & ~tables.english)],
    ['latin', Array(16).fill(tables.english)],
  ]
  const start = anyOf('(local.get $v)', ENGLISH_START, splat)
  const next = anyOf('(local.get $next)', ENGLISH_NEXT, splat)
  // A letter: (unit | 0x20) - 0x61 below 26, unsigned.
  const letter = `(i16x8.lt_u (i16x8.sub (v128.or (local.get $prev) ${splat(0x20)}) ${splat(0x61)}) ${splat(26)})`
  // The lanes of the eight units from `at` where an English form starts, as bits.
  const english = (at: string): string => `(call $english ${at})`
  // Written out where they are used: V8 did not inline such small functions (measured in a CPU profile).
  // The code unit at `i` of the block, -1 the one before it (an address, not an offset: -1 must wrap).
  const unit = (i: string): string => `(i32.load16_u (i32.add (i32.shl ${i} (i32.const 1)) (i32.const ${BLOCK_AT})))`
  const flags = (code: string): string => `(i32.load8_u offset=${FLAGS_AT} ${code})`
  // \`key\` shifted by \`bits\`, with the class of \`code\` in them (see \`plain.ts\`).
  const addClass = (key: string, bits: number, code: string): string =>
    `(i64.or (i64.shl ${key} (i64.const ${bits})) (i64.extend_i32_u (i32.load8_u offset=${CLASSES_AT} ${code})))`
  // An ASCII or full-width digit, by its flag.
  const digit = (code: string): string => `(i32.and ${flags(code)} (i32.const ${FLAG.DIGIT}))`
  return `;; Where citations can start: the code units ${codePoints(TRIGGER_CHARS)} (TRIGGER_CHARS), and
;; ${codePoints(ENGLISH_START)} (ENGLISH_START) where ${codePoints(ENGLISH_NEXT)} (ENGLISH_NEXT) follows and no ASCII letter precedes.
;; scan(n, out) reads n UTF-16 code units from address ${BLOCK_AT}, with the unit before them at ${BLOCK_AT - 2} and the
;; ${LOOK_AFTER} after them from ${BLOCK_AT} + 2n (zeros where the text ends), padded with zeros to a multiple of 16 and one more;
;; the flags of code units (numeral ${FLAG.NUMERAL}, unit ${FLAG.UNIT}, continues ${FLAG.CONTINUES}, ends a name ${FLAG.ENDING}, after a number ${FLAG.AFTER_NUMBER},
;; after U+7B2C ${FLAG.AFTER_DI}, after U+672C U+524D or U+8BE5 ${FLAG.MAY_FOLLOW}, digit ${FLAG.DIGIT}) are bytes from address ${FLAGS_AT}, their classes in a key
;; (KEY_CLASS in plain.ts) from ${CLASSES_AT}. Triggers where no citation can start are not written: a U+672C, U+524D or U+8BE5
;; that no unit flagged ${FLAG.MAY_FOLLOW} follows (most start other words), and a U+7B2C where no designation starts (see $plain).
;; it writes ${RECORD} i32 per trigger from address \`out\` on: its index, the length of the plain designation
;; that starts there (see $plain: 0 for none the fast path reads) and the low 26 bits and the rest of
;; its key (6 bits per numeral's class after U+7B2C, then 3 for the unit's), and answers how many.
;; Sixteen units at a time: their low and high bytes are classified by nibble tables (see triggerTables).
(module
  (memory (export "memory") ${PAGES})
${dataSegments(FLAGS_AT, plainFlags())}
${dataSegments(VECTORS_AT, new Map(vectors.flatMap(([, values]) => values).entries()))}
${dataSegments(CLASSES_AT, new Map([...KEY_CLASS.entries()].filter(([, keyClass]) => keyClass !== 0)))}
  (global $key (mut i64) (i64.const 0))
  ;; The plain designation at $k (U+7B2C, then up to ${MAX_DIGITS} digits or ${MAX_NUMERAL_CHARS} numeral characters and a unit, with
  ;; nothing that continues it after it), as Scanner#readPlain reads it: its length, its key in $key, the length plus
  ;; ${AFTER_NAME} where a name's last character is before it (the general grammar reads the name; the scanner takes the
  ;; designation after a prefix that ends so: 本条例第五条); -2 where no designation starts (no number, nor what may follow
  ;; 第 instead, or a number followed by what cannot follow one: 第十三届, 第一次; the general grammar reads nothing
  ;; there either); else 0 (the general grammar reads it).
  (func $plain (param $k i32) (result i32)
    (local $j i32) (local $code i32) (local $key i64)
    (local.set $j (i32.add (local.get $k) (i32.const 1)))
    (local.set $code ${unit('(local.get $j)')})
    (if ${digit('(local.get $code)')}
      (then
        (loop $digits
          (if (i32.eq (i32.sub (local.get $j) (local.get $k)) (i32.const ${MAX_DIGITS + 1}))
            (then (return (i32.const -2))))
          (local.set $key ${addClass('(local.get $key)', 6, '(local.get $code)')})
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (local.set $code ${unit('(local.get $j)')})
          (br_if $digits ${digit('(local.get $code)')})))
      (else
        (block $numerals
          (loop $numeral
            (br_if $numerals (i32.eq (i32.sub (local.get $j) (local.get $k)) (i32.const ${MAX_NUMERAL_CHARS + 1})))
            (br_if $numerals (i32.eqz (i32.and ${flags('(local.get $code)')} (i32.const ${FLAG.NUMERAL}))))
            (local.set $key ${addClass('(local.get $key)', 6, '(local.get $code)')})
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (local.set $code ${unit('(local.get $j)')})
            (br $numeral)))))
    (if (i32.eq (local.get $j) (i32.add (local.get $k) (i32.const 1)))
      (then
        (return (select (i32.const 0) (i32.const -2) (i32.and ${flags('(local.get $code)')} (i32.const ${FLAG.AFTER_DI}))))))
    (if (i32.eqz (i32.and ${flags('(local.get $code)')} (i32.const ${FLAG.UNIT})))
      (then
        (return (select (i32.const 0) (i32.const -2) (i32.and ${flags('(local.get $code)')} (i32.const ${FLAG.AFTER_NUMBER}))))))
    (if (i32.and ${flags(unit('(i32.add (local.get $j) (i32.const 1))'))} (i32.const ${FLAG.CONTINUES}))
      (then (return (i32.const 0))))
    (global.set $key ${addClass('(local.get $key)', 3, '(local.get $code)')})
    (i32.add
      (i32.sub (i32.add (local.get $j) (i32.const 1)) (local.get $k))
      (select (i32.const ${AFTER_NAME}) (i32.const 0)
        (i32.and ${flags(unit('(i32.sub (local.get $k) (i32.const 1))'))} (i32.const ${FLAG.ENDING})))))
  (func $english (param $i i32) (result i32)
    (local $v v128) (local $s v128) (local $prev v128) (local $next v128)
    (local.set $v (v128.load offset=${BLOCK_AT} (i32.shl (local.get $i) (i32.const 1))))
    (local.set $s
      ${start})
    (local.set $prev (v128.load offset=${BLOCK_AT - 2} (i32.shl (local.get $i) (i32.const 1))))
    (local.set $next (v128.load offset=${BLOCK_AT + 2} (i32.shl (local.get $i) (i32.const 1))))
    (i16x8.bitmask
      (v128.andnot
        (v128.and (local.get $s)
          ${next})
        ${letter})))
  (func (export "scan") (param $n i32) (param $out i32) (result i32)
    (local $i i32) (local $p i32) (local $a v128) (local $b v128) (local $lo v128) (local $hi v128) (local $m v128)
    (local $bits i32) (local $k i32) (local $c i32) (local $length i32)
    (local $nibble v128) (local $low v128) (local $loLow v128) (local $loHigh v128) (local $hiLow v128) (local $hiHigh v128)
    (local $chinese v128) (local $latin v128) (local $zero v128)
${vectors.map(([name], index) => `    (local.set $${name} (v128.load (i32.const ${VECTORS_AT + 16 * index})))`).join('\n')}
    (local.set $p (local.get $out))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a (v128.load offset=${BLOCK_AT} (i32.shl (local.get $i) (i32.const 1))))
        (local.set $b (v128.load offset=${BLOCK_AT + 16} (i32.shl (local.get $i) (i32.const 1))))
        (local.set $lo
          (i8x16.narrow_i16x8_u (v128.and (local.get $a) (local.get $low)) (v128.and (local.get $b) (local.get $low))))
        (local.set $hi
          (i8x16.narrow_i16x8_u (i16x8.shr_u (local.get $a) (i32.const 8)) (i16x8.shr_u (local.get $b) (i32.const 8))))
        (local.set $m
          (v128.and
            (v128.and
              (i8x16.swizzle (local.get $loLow) (v128.and (local.get $lo) (local.get $nibble)))
              (i8x16.swizzle (local.get $loHigh) (v128.and (i16x8.shr_u (local.get $lo) (i32.const 4)) (local.get $nibble))))
            (v128.and
              (i8x16.swizzle (local.get $hiLow) (v128.and (local.get $hi) (local.get $nibble)))
              (i8x16.swizzle (local.get $hiHigh) (v128.and (i16x8.shr_u (local.get $hi) (i32.const 4)) (local.get $nibble))))))
        (if (v128.any_true (local.get $m))
          (then
            (local.set $bits
              (i8x16.bitmask (i8x16.ne (v128.and (local.get $m) (local.get $chinese)) (local.get $zero))))
            ;; The English rule only where a first letter is: Chinese text seldom has one.
            (if (v128.any_true (v128.and (local.get $m) (local.get $latin)))
              (then
                (local.set $bits
                  (i32.or (local.get $bits)
                    (i32.or ${english('(local.get $i)')}
                      (i32.shl ${english('(i32.add (local.get $i) (i32.const 8))')} (i32.const 8)))))))
            (block $stored
              (loop $bit
                (br_if $stored (i32.eqz (local.get $bits)))
                (local.set $k (i32.add (local.get $i) (i32.ctz (local.get $bits))))
                (local.set $c ${unit('(local.get $k)')})
                (if (i32.eq (local.get $c) (i32.const ${DI}))
                  (then
                    (local.set $length (call $plain (local.get $k)))
                    ;; -2: no designation starts here, so no citation does either.
                    (if (i32.ne (local.get $length) (i32.const -2))
                      (then
                        (i32.store (local.get $p) (local.get $k))
                        (i32.store offset=4 (local.get $p) (local.get $length))
                        (i32.store offset=8 (local.get $p) (i32.wrap_i64 (i64.and (global.get $key) (i64.const 0x3ffffff))))
                        (i32.store offset=12 (local.get $p) (i32.wrap_i64 (i64.shr_u (global.get $key) (i64.const 26))))
                        (local.set $p (i32.add (local.get $p) (i32.const ${4 * RECORD}))))))
                  (else
                    (if (i32.or
                          (i32.and ${flags(unit('(i32.add (local.get $k) (i32.const 1))'))} (i32.const ${FLAG.MAY_FOLLOW}))
                          (i32.and (i32.ne (local.get $c) (i32.const ${BEN}))
                            (i32.and (i32.ne (local.get $c) (i32.const ${QIAN})) (i32.ne (local.get $c) (i32.const ${GAI})))))
                      (then
                        (i32.store (local.get $p) (local.get $k))
                        (i32.store offset=4 (local.get $p) (i32.const 0))
                        (local.set $p (i32.add (local.get $p) (i32.const ${4 * RECORD})))))))
                (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
                (br $bit)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $loop)))
    (i32.div_u (i32.sub (local.get $p) (local.get $out)) (i32.const ${4 * RECORD}))))
`
}

/** The committed module `src/generated/trigger-module.ts`: the bytes, with the text they were assembled from. */
export async function generateTriggerModule(): Promise<{ path: string; content: string }> {
  const wat = triggerWat()
  const wabt = await wabtInit()
  const parsed = wabt.parseWat('trigger.wat', wat, { simd: true })
  const bytes = parsed.toBinary({}).buffer
  parsed.destroy()
  const lines: string[] = []
  for (let at = 0; at < bytes.length; at += 24) lines.push(`  ${[...bytes.subarray(at, at + 24)].join(', ')},`)
  const content = `// Generated by \`npm run generate\` (scripts/lib/trigger-module.ts) from the grammar's and the scanner's tables: do not edit.
/**
 * The WebAssembly module that finds where citations can start (see
 * \`citation/scan/trigger.ts\`), assembled from this text:
 *
${wat
  .trimEnd()
  .split('\n')
  .map((line) => ` * ${line}`.trimEnd())
  .join('\n')}
 */
export const TRIGGER_MODULE: Uint8Array = /* @__PURE__ */ Uint8Array.of(
${lines.join('\n')}
)

/** Code units \`scan\` reads at a time. */
export const BLOCK = ${BLOCK}
/** Where \`scan\` reads the block's first code unit; the unit before it is 2 bytes before. */
export const BLOCK_AT = ${BLOCK_AT}
/** Code units after the block \`scan\` reads (zeros where the text ends). */
export const LOOK_AFTER = ${LOOK_AFTER}
/** Where \`scan\` writes what it finds, unless told otherwise. */
export const OUT = ${OUT}
/** The i32 \`scan\` writes per trigger: its index, the length of the plain designation there, its key's low and high numbers. */
export const RECORD = ${RECORD}
/** Added to the length of a plain designation after a name's last character (本条例第五条, 刑法第五条). */
export const AFTER_NAME = ${AFTER_NAME}
`
  return { path: `${paths.root}src/generated/trigger-module.ts`, content }
}
