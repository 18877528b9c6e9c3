/**
 * The WebAssembly module that finds where citations can start: its text
 * format, made from the grammar's trigger characters, and the committed
 * TypeScript module that holds its bytes (assembled with wabt, whose text
 * must be ASCII: code points, not characters). SIMD
 * compares eight code units at a time with each trigger character.
 */
import wabtInit from 'wabt'
import { ENGLISH_NEXT, ENGLISH_START, TRIGGER_CHARS } from '../../src/citation/grammar.js'
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

/** Where the block's first code unit is in memory: the unit before it is at `BLOCK_AT - 2`. */
export const BLOCK_AT = 16

/** `(v | mask) == value` for each cube of `chars`, or-ed: the lanes of `v` that hold one of them. */
function anyOf(v: string, chars: string, splat: (value: number) => string): string {
  const compare = triggerCubes([...chars].map((char) => char.charCodeAt(0))).map(({ value, mask }) =>
    mask === 0 ? `(i16x8.eq ${v} ${splat(value)})` : `(i16x8.eq (v128.or ${v} ${splat(mask)}) ${splat(value)})`,
  )
  let any = compare[0] as string
  for (const next of compare.slice(1)) any = `(v128.or ${any}\n            ${next})`
  return any
}

const codePoints = (chars: string): string =>
  [...chars].map((char) => `U+${(char.charCodeAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')

/** The module in the WebAssembly text format. */
export function triggerWat(): string {
  const splat = (value: number): string =>
    `(v128.const i16x8 ${Array(8)
      .fill(`0x${value.toString(16)}`)
      .join(' ')})`
  const chinese = anyOf('(local.get $v)', TRIGGER_CHARS, splat)
  const start = anyOf('(local.get $v)', ENGLISH_START, splat)
  const next = anyOf('(local.get $next)', ENGLISH_NEXT, splat)
  // A letter: (unit | 0x20) - 0x61 below 26, unsigned.
  const letter = `(i16x8.lt_u (i16x8.sub (v128.or (local.get $prev) ${splat(0x20)}) ${splat(0x61)}) ${splat(26)})`
  return `;; Where citations can start: the code units ${codePoints(TRIGGER_CHARS)} (TRIGGER_CHARS), and
;; ${codePoints(ENGLISH_START)} (ENGLISH_START) where ${codePoints(ENGLISH_NEXT)} (ENGLISH_NEXT) follows and no ASCII letter precedes.
;; scan(n, out) reads n UTF-16 code units from address ${BLOCK_AT}, with the unit before them at ${BLOCK_AT - 2} and the one
;; after them at ${BLOCK_AT} + 2n (zeros at the ends of the text), padded with zeros to a multiple of 8;
;; it writes the index of each trigger as an i32 from address \`out\` on, and answers how many.
(module
  (memory (export "memory") 4)
  (func (export "scan") (param $n i32) (param $out i32) (result i32)
    (local $i i32) (local $p i32) (local $v v128) (local $s v128) (local $prev v128) (local $next v128) (local $m v128)
    (local $bits i32)
    (local.set $p (local.get $out))
    (block $done
      (loop $loop
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $v (v128.load offset=${BLOCK_AT} (i32.shl (local.get $i) (i32.const 1))))
        (local.set $m
          ${chinese})
        ;; The English rule only where a first letter is: Chinese text seldom has one.
        (local.set $s
          ${start})
        (if (v128.any_true (local.get $s))
          (then
            (local.set $prev (v128.load offset=${BLOCK_AT - 2} (i32.shl (local.get $i) (i32.const 1))))
            (local.set $next (v128.load offset=${BLOCK_AT + 2} (i32.shl (local.get $i) (i32.const 1))))
            (local.set $m
              (v128.or
                (local.get $m)
                (v128.andnot
                  (v128.and (local.get $s)
                    ${next})
                  ${letter})))))
        (if (v128.any_true (local.get $m))
          (then
            (local.set $bits (i16x8.bitmask (local.get $m)))
            (loop $bit
              (i32.store (local.get $p) (i32.add (local.get $i) (i32.ctz (local.get $bits))))
              (local.set $p (i32.add (local.get $p) (i32.const 4)))
              (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
              (br_if $bit (local.get $bits)))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $loop)))
    (i32.shr_u (i32.sub (local.get $p) (local.get $out)) (i32.const 2))))
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
  const content = `// Generated by \`npm run generate\` (scripts/lib/trigger-module.ts) from the trigger tables of grammar.ts: do not edit.
/**
 * The WebAssembly module that finds where citations can start (see
 * \`citation/trigger.ts\`), assembled from this text:
 *
${wat
  .trimEnd()
  .split('\n')
  .map((line) => ` * ${line}`.trimEnd())
  .join('\n')}
 */
export const TRIGGER_MODULE: Uint8Array = Uint8Array.of(
${lines.join('\n')}
)

/** Where \`scan\` reads the block's first code unit; the unit before it is 2 bytes before. */
export const BLOCK_AT = ${BLOCK_AT}
`
  return { path: `${paths.root}src/generated/trigger-module.ts`, content }
}
