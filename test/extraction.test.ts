/**
 * Extraction one by one and in chunks: the fast paths give what the general
 * grammar gives, and `citations` and `streamCitations` give what
 * `extractCitations` gives, on every peer statute, on the regulation and on
 * generated text, for chunk sizes from 1 to 64 K characters.
 */
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  CLASSES_AT,
  FLAG,
  FLAGS_AT,
  generateTriggerModule,
  triggerCubes,
  triggerTables,
} from '../scripts/lib/trigger-module.js'
import { regulation } from '../src/access/regulation.js'
import type { Citation } from '../src/citation/citation-types.js'
import { citations, extractCitations } from '../src/citation/extract/extract.js'
import {
  ChunkScanner,
  LOOK_AHEAD,
  scanStream,
  streamCitations,
  type TextSource,
} from '../src/citation/extract/stream.js'
import {
  ENGLISH_NEXT,
  ENGLISH_START,
  NUMERAL_CHARS,
  SPACE_CHARS,
  TRIGGER_CHARS,
  UNITS,
} from '../src/citation/grammar/characters.js'
import { isDigit, isNumeralChar } from '../src/citation/grammar/numerals.js'
import { BEN_NEXT, GAI_NEXT, QIAN_NEXT } from '../src/citation/grammar/words.js'
import { resolveTrusted } from '../src/citation/resolve/resolve.js'
import { CONTINUES, findPlain, KEY_CLASS, keyClasses, keyHigh, keyLow, UNIT_INDEX } from '../src/citation/scan/plain.js'
import { isSpace } from '../src/citation/scan/reader.js'
import { Scanner } from '../src/citation/scan/scanner.js'
import { ENDING_CODES } from '../src/citation/scan/titles.js'
import {
  AFTER_NAME,
  hasNativeTriggers,
  nativeCopy,
  type TriggerMode,
  triggersOf,
} from '../src/citation/scan/trigger.js'
import { TRIGGER_MODULE } from '../src/generated/trigger-module.js'
import { corpusMarkdown, root } from './helpers/corpus.js'
import { fuzzParameters, hostileText, TOKENS, tokenSoup } from './helpers/hostile.js'
import { statuteFiles } from './helpers/peer.js'
import { triggerInputs } from './helpers/trigger-inputs.js'

const texts: [string, string][] = [
  ['corpus', corpusMarkdown()],
  ...statuteFiles().map((file): [string, string] => [
    file,
    readFileSync(`${root}test/fixtures/peer-corpus/${file}`, 'utf8'),
  ]),
]

function* chunked(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of source) out.push(item)
  return out
}

/** Where two lists of citations first differ, for a message that shows it. */
function firstDifference(got: readonly unknown[], expected: readonly unknown[]): string | undefined {
  const length = Math.max(got.length, expected.length)
  for (let index = 0; index < length; index++) {
    if (!isDeepStrictEqual(got[index], expected[index]))
      return `citation ${index}: ${JSON.stringify(got[index])} instead of ${JSON.stringify(expected[index])}`
    // The same fields in the same order: APIs make citations with literals of their own (see `make.ts`).
    const [gotKeys, expectedKeys] = [got[index], expected[index]].map((value) => Object.keys(value as object).join())
    if (gotKeys !== expectedKeys) return `citation ${index}: fields ${gotKeys} instead of ${expectedKeys}`
  }
  return undefined
}

/** Text of the grammar's pieces with ordinary prose between: citations run across any chunk boundary. */
const generated = fc
  .array(fc.oneof(tokenSoup, hostileText, fc.constantFrom(...TOKENS, '依照', '，', '。', '\n', '有关规定')), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''))

/** Every trigger position, one way. */
function allTriggers(text: string, mode: TriggerMode): number[] {
  const triggers = triggersOf(text, mode)
  const found: number[] = []
  for (let at = triggers.next(0); at !== -1; at = triggers.next(at + 1)) found.push(at)
  return found
}

/** What may follow 本, 前 or 该 in a citation: the native way leaves out those that something else follows. */
const MAY_FOLLOW = new Set(BEN_NEXT + QIAN_NEXT + GAI_NEXT)

/**
 * How the triggers found natively differ from those the expression finds,
 * beyond what they may: the module leaves out a 本, 前 or 该 exactly where
 * no character of `MAY_FOLLOW` follows, and a 第 only where the general
 * grammar reads no citation; everything else is found both ways.
 */
function triggerFaults(text: string): string[] {
  const native = allTriggers(text, 'native')
  const regex = allTriggers(text, 'regex')
  const found = new Set(native)
  const faults = native.filter((at) => !regex.includes(at)).map((at) => `Unexpected native trigger at ${at}`)
  const general = new Scanner(text, { fast: false, triggers: 'regex' })
  for (const at of regex) {
    const char = text.charAt(at)
    let expected = true
    if (char === '本' || char === '前' || char === '该') expected = MAY_FOLLOW.has(text.charAt(at + 1))
    // A 第 left out: the general grammar must read no citation there.
    else if (char === '第' && !found.has(at)) expected = typeof general.readAt(at, 0) !== 'number'
    if (found.has(at) !== expected)
      faults.push(`Unexpected ${found.has(at) ? 'trigger' : 'no trigger'} at ${at} (${text.slice(at, at + 4)})`)
  }
  return faults
}

describe('triggers', () => {
  it('come from a module assembled from the grammar’s trigger characters (no drift)', async () => {
    const { path, content } = await generateTriggerModule()
    expect(readFileSync(path, 'utf8')).toBe(content)
  })

  it.each([TRIGGER_CHARS, ENGLISH_START, ENGLISH_NEXT])(
    'are compared as cubes that hold exactly the characters of %s, over every code unit',
    (chars) => {
      const cubes = triggerCubes([...chars].map((char) => char.charCodeAt(0)))
      const held: string[] = []
      for (let unit = 0; unit < 0x10000; unit++) {
        if (cubes.some(({ value, mask }) => (unit | mask) === value)) held.push(String.fromCharCode(unit))
      }
      expect(held.sort()).toEqual([...chars].sort())
      // Letters of both cases (and A with C) merge: fewer comparisons than characters.
      if (chars === ENGLISH_START) expect(cubes).toHaveLength(1)
    },
  )

  it('are classified by nibble tables that hold exactly the trigger characters, over every code unit', () => {
    const { loLow, loHigh, hiLow, hiHigh, english } = triggerTables()
    const chinese: string[] = []
    const latin: string[] = []
    for (let unit = 0; unit < 0x10000; unit++) {
      const [low, high] = [unit & 0xff, unit >> 8]
      const bits =
        (loLow[low & 15] as number) &
        (loHigh[low >> 4] as number) &
        (hiLow[high & 15] as number) &
        (hiHigh[high >> 4] as number)
      if (bits & ~english) chinese.push(String.fromCharCode(unit))
      if (bits & english) latin.push(String.fromCharCode(unit))
    }
    expect(chinese.sort()).toEqual([...TRIGGER_CHARS].sort())
    expect(latin.sort()).toEqual([...ENGLISH_START].sort())
  })

  it('are found natively where the expression finds them, but where no citation can start, in a text of every code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit))
    // Each unit alone, each before R (an English form's second letter) after a space, and each after 本, 前, 该 and 第.
    const after = units.map((unit) => `。本${unit}。前${unit}。该${unit}。第${unit}条`).join('')
    for (const text of [units.join(''), units.map((unit) => ` ${unit}R`).join(''), after]) {
      expect(allTriggers(text, 'regex').length).toBeGreaterThanOrEqual(TRIGGER_CHARS.length)
      expect(triggerFaults(text)).toEqual([])
    }
    // Left out: 本省, 前面, 该单位, 第十三届; kept: what may start a citation.
    const text = '本省前面该单位第十三届，本条前款该法第五条第（一）项第1条'
    const found = allTriggers(text, 'native').map((at) => text.slice(at, at + 2))
    expect(found).toEqual(['本条', '前款', '该法', '第五', '第（', '第1'])
  })

  it('of the English forms are word starts with their second letter after them, in both ways', () => {
    const text = 'Article 5, article 6, ARTICLE 7, Art. 8, xArticle, Ca, Ch, ch, Cr, Az, 3Art, 第Art, a\nArt'
    const expected = [...text.matchAll(/(?<![A-Za-z])[AaCc](?=[RrHh])|[第《本前该]/g)].map((match) => match.index)
    expect(expected.length).toBeGreaterThan(8)
    expect(allTriggers(text, 'regex')).toEqual(expected)
    // Natively without the 第 of 第Art, where no designation starts.
    expect(allTriggers(text, 'native')).toEqual(expected.filter((at) => text[at] !== '第'))
    expect(triggerFaults(text)).toEqual([])
  })

  it('can run natively here (Node has WebAssembly SIMD and Buffer)', () => {
    expect(hasNativeTriggers()).toBe(true)
    expect(nativeCopy()).toBe('Buffer#write')
  })

  it.each(texts)(
    'are found natively where the expression finds them, but where no citation can start: %s',
    (_, text) => {
      expect(allTriggers(text, 'native').length).toBeGreaterThan(0)
      expect(triggerFaults(text)).toEqual([])
    },
  )

  it('are found natively where the expression finds them, but where no citation can start, at block edges, in any text', () => {
    const edges = fc
      .tuple(
        fc.integer({ min: 0, max: 70_000 }),
        hostileText,
        fc.constantFrom(
          ...TRIGGER_CHARS,
          '本条',
          '前款',
          '该法第',
          '第五条',
          '第十三届',
          'x',
          '\ud800',
          'Art',
          'xArt',
          'Ch',
          'A',
          'a',
          'r',
          'Article 5',
          'Chapter 2',
        ),
      )
      .map(([length, text, trigger]) => `${'甲'.repeat(length)}${trigger}${text}${trigger}`)
    fc.assert(
      fc.property(fc.oneof(generated, hostileText, edges), (text) => {
        expect(triggerFaults(text)).toEqual([])
      }),
      fuzzParameters(2),
    )
  })

  it('tell natively the designation after a prefix or a name, without moving the search', () => {
    // The key of a designation (see plain.ts): 6 bits per numeral's class, 3 for the unit's, split at bit 26.
    const classes = keyClasses()
    const plainKey = (designation: string): number[] => {
      const units = [...designation.slice(1)].map((char) => classes.get(char.charCodeAt(0)) as number)
      const key = units.slice(0, -1).reduce((k, unit) => k * 64 + unit, 0) * 8 + (units.at(-1) as number)
      return [keyLow(key), keyHigh(key)]
    }
    const text = `${'甲'.repeat(5000)}依照本条例第五条，刑法第十条，《某法》第三条。本法第七条和第八条`
    const triggers = triggersOf(text, 'native')
    const at = (part: string): number => text.indexOf(part)
    expect(triggers.next(0)).toBe(at('本条例'))
    // 第五条 after 例 (a name's last character): its length plus AFTER_NAME, its key as the scanner makes it.
    expect(triggers.peek(at('第五条'))).toBe(true)
    expect(triggers.plainLength).toBe(3 + AFTER_NAME)
    expect([triggers.plainLow, triggers.plainHigh]).toEqual(plainKey('第五条'))
    // Not at a trigger, or not a designation: false.
    expect(triggers.peek(at('本条例') + 1)).toBe(false)
    expect(triggers.next(at('本条例') + 1)).toBe(at('第五条'))
    expect(triggers.next(at('第五条') + 1)).toBe(at('第十条'))
    expect(triggers.plainLength).toBe(3 + AFTER_NAME)
    expect(triggers.next(at('第十条') + 1)).toBe(at('《'))
    // Past the title's other triggers, none here: 第三条 after 》 is a plain designation.
    expect(triggers.peek(at('第三条'))).toBe(true)
    expect(triggers.plainLength).toBe(3)
    // One that a list continues is left to the general grammar.
    expect(triggers.next(at('第三条') + 1)).toBe(at('本法'))
    expect(triggers.peek(at('第七条'))).toBe(false)
    expect(triggersOf(text, 'regex').peek(at('第五条'))).toBe(false)
  })

  it('are found natively when a search jumps past a block, and again from an earlier place', () => {
    const text = `${'《'.repeat(40_000)}本条${'甲'.repeat(40_000)}前款`
    const triggers = triggersOf(text, 'native')
    expect(triggers.next(0)).toBe(0)
    expect(triggers.next(39_999)).toBe(39_999)
    expect(triggers.next(40_001)).toBe(80_002)
    expect(triggers.next(80_003)).toBe(-1)
    expect(triggers.next(5)).toBe(5)
  })
})

describe('fast paths', () => {
  it.each(texts)('give what the general grammar gives: %s', (_, text) => {
    const fast = new Scanner(text).collect()
    const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
    expect(fast.length).toBeGreaterThan(0)
    expect(firstDifference(fast, general)).toBeUndefined()
  })

  it('give what the general grammar gives on generated text', () => {
    fc.assert(
      fc.property(generated, (text) => {
        const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
        expect(firstDifference(new Scanner(text, { triggers: 'native' }).collect(), general)).toBeUndefined()
        expect(firstDifference(new Scanner(text).collect(), general)).toBeUndefined()
      }),
      fuzzParameters(4),
    )
  })

  it('read by the trigger module give what the general grammar gives, for every form of a designation at every block edge', () => {
    // 第, zero to ten digits or numerals, a unit or not, what may follow; after what may end a name or not; ending
    // anywhere from before the block's end to past what the module reads after it.
    // A prefix before it too (本条例, a title): the scanner takes the designation the module read after it.
    const before = ['甲', '法', '例', '\n', '《', '本条例', '《刑法》', '该法']
    const numbers = [
      '',
      '5',
      '12',
      '1234',
      '12345',
      '１２',
      '五',
      '二十',
      '一百零八',
      '九千九百九十九',
      '一二三四五六七八',
      '一二三四五六七八九',
      '零',
      '两',
      ' 五',
      '\u3000五',
      '\u00a0十',
    ]
    const after = [
      ...Object.keys(UNITS),
      '条之一',
      '条第二款',
      '条、',
      '条和第',
      '条至',
      '款。',
      '个',
      '',
      ' 条',
      '\u3000款',
      '、四项',
      '、（二）项',
      '（一）项',
      '(二)项',
      '届',
      '次会议',
      '方',
    ]
    const designations: string[] = []
    for (const b of before) for (const n of numbers) for (const a of after) designations.push(`${b}第${n}${a}`)
    const block = 1 << 15
    for (const designation of designations) {
      for (let end = block - 14; end <= block + 3; end++) {
        const text = `${'乙'.repeat(Math.max(0, end - designation.length))}${designation}，第${designation.length}条`
        const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
        const native = new Scanner(text, { triggers: 'native' }).collect()
        expect(firstDifference(native, general), `${designation} ending at ${end}`).toBeUndefined()
      }
    }
  })

  it('find a designation by the key plain.ts documents, made alike by the module and the scanner, one key per text', () => {
    // Every numeral character and digit, alone and in the longest numbers read, before every unit.
    const numerals = [...NUMERAL_CHARS, ...'0123456789０１２３４５６７８９']
    const numbers = [...numerals, '九千九百九十九', '一二三四五六七八', '9999', '１２３４', '两百零八', '10']
    const designations = numbers.flatMap((number) => Object.keys(UNITS).map((unit) => `第${number}${unit}`))
    const classes = keyClasses()
    // The documented key, as a BigInt: 6 bits per numeral or digit after 第, 3 for the unit.
    const expectedKey = (designation: string): bigint =>
      [...designation.slice(1)].reduce(
        (key, char, index, chars) =>
          (key << BigInt(index === chars.length - 1 ? 3 : 6)) | BigInt(classes.get(char.charCodeAt(0)) ?? 0),
        0n,
      )
    const text = `${'甲'.repeat(5000)}${designations.join('，')}，`
    const triggers = triggersOf(text, 'native')
    const keys = new Map<bigint, string>()
    for (let at = triggers.next(0); at !== -1; at = triggers.next(at + 1)) {
      const designation = text.slice(at, at + triggers.plainLength)
      const key = expectedKey(designation)
      expect(triggers.plainLength, designation).toBeGreaterThan(0)
      expect((BigInt(triggers.plainHigh) << 26n) | BigInt(triggers.plainLow), designation).toBe(key)
      expect(keys.get(key) ?? designation, 'another designation with this key').toBe(designation)
      keys.set(key, designation)
    }
    expect([...keys.values()]).toEqual([...new Set(designations)])
    // The scanner reading without the module keeps each number it reads (百 alone is none) under the same key.
    let kept = 0
    for (const designation of designations) {
      const key = expectedKey(designation)
      const low = Number(key & 0x3ffffffn)
      const high = Number(key >> 26n)
      const [found] = new Scanner(`依照${designation}规定`, { triggers: 'regex' }).collect()
      expect(findPlain(low, high)?.text, designation).toBe(found === undefined ? undefined : designation)
      if (found !== undefined) kept++
      expect([keyLow(Number(key)), keyHigh(Number(key))]).toEqual([low, high])
    }
    expect(kept).toBeGreaterThan(designations.length * 0.8)
  })

  it('are read by the module with the spaces the reader skips, over every code unit', () => {
    const spaces: string[] = []
    for (let unit = 0; unit < 0x10000; unit++) if (isSpace(unit)) spaces.push(String.fromCharCode(unit))
    expect(spaces.sort()).toEqual([...SPACE_CHARS].sort())
  })

  it('are read by the module with the tables the scanner reads, over every code unit (no drift)', () => {
    // The committed module's own memory, as it is instantiated: the flags and key classes of every code unit.
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(TRIGGER_MODULE as Uint8Array<ArrayBuffer>))
    const memory = new Uint8Array((exports.memory as WebAssembly.Memory).buffer)
    const mayFollow = new Set(BEN_NEXT + QIAN_NEXT + GAI_NEXT)
    const faults: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      const flags = memory[FLAGS_AT + code] as number
      const unit = (UNIT_INDEX[code] as number) > 0
      const expected: [keyof typeof FLAG, boolean][] = [
        ['DIGIT', isDigit(code)],
        ['NUMERAL', isNumeralChar(code)],
        ['UNIT', unit],
        ['CONTINUES', CONTINUES.has(code)],
        ['ENDING', ENDING_CODES.has(code)],
        // What `Scanner#readDesignation` reads after 第 other than a number (an item's bracket, a space it skips), and
        // after a number (a unit, 、 or 至 or 到 before another number, a space).
        ['AFTER_DI', code === 0xff08 || code === 0x28 || isSpace(code)],
        ['AFTER_NUMBER', unit || code === 0x3001 || code === 0x81f3 || code === 0x5230 || isSpace(code)],
        ['MAY_FOLLOW', mayFollow.has(String.fromCharCode(code))],
      ]
      for (const [name, set] of expected) {
        if (((flags & FLAG[name]) !== 0) !== set)
          faults.push(`U+${code.toString(16)}: ${name} ${!set}, expected ${set}`)
      }
      const keyClass = memory[CLASSES_AT + code]
      if (keyClass !== KEY_CLASS[code])
        faults.push(`U+${code.toString(16)}: class ${keyClass}, expected ${KEY_CLASS[code]}`)
    }
    expect(faults).toEqual([])
  })

  it('read by the module give what the scanner alone and the general grammar give, with every code unit in every place of a designation', () => {
    // Before 第 (a name's last character or not), after it, after or inside a number (a unit or not), after the unit
    // (what continues a designation or not); each after 。 so that no piece runs into the next one's designation.
    const places = [
      (unit: string) => `${unit}第五条`,
      (unit: string) => `第${unit}条`,
      (unit: string) => `第五${unit}`,
      (unit: string) => `第二十${unit}条`,
      (unit: string) => `第12${unit}`,
      (unit: string) => `第3${unit}款`,
      (unit: string) => `第五条${unit}`,
      (unit: string) => `第１２项${unit}`,
    ]
    for (const place of places) {
      const text = Array.from({ length: 0x10000 }, (_, code) => `。${place(String.fromCharCode(code))}`).join('')
      const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
      expect(general.length, place('X')).toBeGreaterThan(0)
      expect(firstDifference(new Scanner(text, { triggers: 'native' }).collect(), general), place('X')).toBeUndefined()
      expect(firstDifference(new Scanner(text, { triggers: 'regex' }).collect(), general), place('X')).toBeUndefined()
    }
  })

  it('read by the trigger module give what the general grammar gives after another instrument, across blocks', () => {
    const text = `依照刑法第十条，第二款${'甲'.repeat(40_000)}依照《中华人民共和国刑法》第十条，第三项；第四项`
    const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
    expect(general.map((citation) => citation.text)).toEqual([
      '刑法第十条',
      '第二款',
      '《中华人民共和国刑法》第十条',
      '第三项',
      '第四项',
    ])
    expect(firstDifference(new Scanner(text, { triggers: 'native' }).collect(), general)).toBeUndefined()
  })

  it('give a bare 款 or 项 to the instrument of 该法… when no name came before it (it threw)', () => {
    // The first: what fast-check found with 3,000 runs.
    for (const [text, expected] of [
      ['该条例第一条第10000款第（一）项', ['该条例第一条', '第（一）项']],
      ['该法第三条，第二款', ['该法第三条', '第二款']],
      ['该规定第五条第（二）项', ['该规定第五条第（二）项']],
    ] as const) {
      const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
      expect(general.map((citation) => citation.text)).toEqual(expected)
      expect(general.every((citation) => citation.instrument.type === 'external')).toBe(true)
      expect(firstDifference(new Scanner(text, { triggers: 'native' }).collect(), general)).toBeUndefined()
      expect(extractCitations(text).map((citation) => citation.resolution.ok)).toEqual(expected.map(() => true))
    }
  })

  it('leave to the general grammar what continues, what a name precedes and numbers out of range', () => {
    for (const [text, expected] of [
      ['第十五条之一', ['第十五条之一']],
      ['第十五条第二款', ['第十五条第二款']],
      ['第十五条、第十六条', ['第十五条、第十六条']],
      ['刑法第十条', ['刑法第十条']],
      ['第12345条', []],
      ['第0条', []],
      ['第１２条', ['第１２条']],
    ] as const) {
      expect(new Scanner(text).collect().map((c) => c.text)).toEqual(expected)
    }
  })
})

/** The keys an address may have, in the order callers get them. */
const ADDRESS_KEYS = ['level', 'part', 'chapter', 'section', 'article', 'suffix', 'paragraph', 'item', 'subitem']

/** Why `address` is not as callers should get it (only the levels named, from the largest down, none undefined), if it is not. */
function addressFault(address: object): string | undefined {
  const keys = Object.keys(address)
  const order = keys.map((key) => ADDRESS_KEYS.indexOf(key))
  if (order[0] !== 0) return `Unexpected first key ${keys[0]}, expected level`
  for (let index = 1; index < order.length; index++)
    if ((order[index] as number) <= (order[index - 1] as number))
      return `Unexpected key ${keys[index]} after ${keys[index - 1]}, expected the levels from the largest down`
  const value = Object.entries(address).find(([, v]) => v === undefined)
  if (value) return `Unexpected undefined ${value[0]}, expected only the levels named`
  const named = keys.filter((key) => key !== 'level' && key !== 'suffix')
  const level = (address as { level: string }).level
  if (named.at(-1) !== level) return `Unexpected level ${level}, expected the smallest named, ${named.at(-1)}`
  return undefined
}

function addressFaults(found: readonly Citation[]): string[] {
  const faults: string[] = []
  for (const citation of found)
    for (const { from, to } of citation.references)
      for (const address of to === undefined ? [from] : [from, to]) {
        const fault = addressFault(address)
        if (fault !== undefined) faults.push(`${citation.text}: ${fault}`)
      }
  return faults
}

describe('addresses as callers get them', () => {
  it('name only the levels named, from the largest down, whatever the path that read them', () => {
    // Addresses being read have every level's field (see `newAddress`); what a caller gets has none undefined.
    const text =
      '本条例第六条第二款、第三款，本法第二章第二节、第三节，第五条第一款第（二）、（三）项，第十条之一第二款，Article 15(2)(3)'
    const found = extractCitations(text, { resolve: false })
    expect(found.map((c) => c.references.map(({ from }) => Object.keys(from).join()))).toEqual([
      ['level,article,paragraph', 'level,article,paragraph'],
      ['level,chapter,section', 'level,chapter,section'],
      ['level,article,paragraph,item', 'level,article,paragraph,item'],
      ['level,article,suffix,paragraph'],
      ['level,article,paragraph,item'],
    ])
    expect(addressFaults(found)).toEqual([])
    // A bare 款 taken by the law cited just before it.
    const carried = extractCitations('依照刑法第一百八十条第一款，第二款', { resolve: false })
    expect(carried.map((c) => c.references.map(({ from }) => Object.keys(from).join()))).toEqual([
      ['level,article,paragraph'],
      ['level,article,paragraph'],
    ])
    // A bare range of 款 taken the same way: both ends get the law's article.
    const range = extractCitations('依照刑法第一百八十条第一款的规定，依照第二款至第四款处罚', { resolve: false })
    expect(range[1]?.instrument).toEqual({ type: 'external', title: '刑法', kind: 'law', carried: true })
    expect(range[1]?.references).toEqual([
      {
        from: { level: 'paragraph', article: 180, paragraph: 2 },
        to: { level: 'paragraph', article: 180, paragraph: 4 },
      },
    ])
    expect(addressFaults(range)).toEqual([])
  })

  it.each(texts)('are so in every citation: %s', (_, text) => {
    expect(addressFaults(extractCitations(text, { resolve: false }))).toEqual([])
    expect(addressFaults(new Scanner(text, { fast: false, triggers: 'regex' }).collect())).toEqual([])
  })

  it('are so in every citation of generated text', () => {
    fc.assert(
      fc.property(generated, (text) => {
        expect(addressFaults(extractCitations(text, { resolve: false }))).toEqual([])
      }),
      fuzzParameters(2),
    )
  })
})

describe('citations (one by one)', () => {
  it.each(texts)('gives what extractCitations gives: %s', (_, text) => {
    expect(firstDifference([...citations(text)], extractCitations(text))).toBeUndefined()
    expect(firstDifference([...citations(text, { resolve: false })], extractCitations(text, { resolve: false }))).toBe(
      undefined,
    )
  })

  it('gives what extractCitations gives on generated text, with and without a context', () => {
    fc.assert(
      fc.property(generated, fc.constantFrom(undefined, { context: 'art_15__para_2' }), (text, options) => {
        expect(firstDifference([...citations(text, options)], extractCitations(text, options))).toBeUndefined()
      }),
      fuzzParameters(2),
    )
  })

  it('gives each iterator its own triggers when two run interleaved over long texts', () => {
    const [first, second] = [texts[1]?.[1] as string, texts[2]?.[1] as string]
    expect(Math.min(first.length, second.length)).toBeGreaterThan(4096)
    const a = citations(first, { resolve: false })
    const b = citations(second, { resolve: false })
    const gotA: Citation[] = []
    const gotB: Citation[] = []
    for (let stepA = a.next(), stepB = b.next(); !stepA.done || !stepB.done; stepA = a.next(), stepB = b.next()) {
      if (!stepA.done) gotA.push(stepA.value)
      if (!stepB.done) gotB.push(stepB.value)
    }
    expect(firstDifference(gotA, extractCitations(first, { resolve: false }))).toBeUndefined()
    expect(firstDifference(gotB, extractCitations(second, { resolve: false }))).toBeUndefined()
  })

  it('gives what extractCitations gives, as one packed array, whatever the count (extractCitations gathers 4096 at a time)', () => {
    // Every statute of the peer corpus joined: over 10,000 citations, of every form.
    const all = texts.map(([, text]) => text).join('\n')
    const counts = [0, 1, 4095, 4096, 4097, 8192, 8193, 12_289]
    for (const count of counts) {
      const text = Array.from({ length: count }, (_, index) => `第${(index % 999) + 1}条`).join('，')
      const found = extractCitations(text, { resolve: false })
      expect(found.map((citation) => citation.text)).toEqual(text === '' ? [] : text.split('，'))
      expect(Object.keys(found)).toHaveLength(count)
      expect(firstDifference([...citations(text)], extractCitations(text))).toBeUndefined()
    }
    const found = extractCitations(all, { resolve: false })
    expect(found.length).toBeGreaterThan(2 * 4096)
    expect(firstDifference([...citations(all, { resolve: false })], found)).toBeUndefined()
    expect(firstDifference([...citations(all)], extractCitations(all))).toBeUndefined()
  })

  it('finds only as far as it is asked', () => {
    const iterator = citations('第一条，第二条，第三条')
    expect(iterator.next().value?.text).toBe('第一条')
    expect(iterator.next().value?.text).toBe('第二条')
    expect([...iterator].map((c) => c.text)).toEqual(['第三条'])
    expect(iterator.next()).toEqual({ done: true, value: undefined })
  })

  it('never throws: not a string gives none', () => {
    for (const value of [undefined, null, 42, {}, ['第一条']]) expect([...citations(value as string)]).toEqual([])
  })
})

describe('resolutions shared across citations', () => {
  it('are one frozen object per provision, and equal to a fresh resolution', () => {
    const found = extractCitations('第五条，又如第五条，本规定第十条，第五条')
    const plain = found.filter((c) => c.text === '第五条')
    expect(plain).toHaveLength(3)
    expect(plain[1]?.resolution).toBe(plain[0]?.resolution)
    expect(Object.isFrozen(plain[0]?.resolution)).toBe(true)
    expect(plain[0]?.resolution).toEqual(extractCitations('第五条', { context: 'art_1' })[0]?.resolution)
  })

  it('serve only citations written the same way (a message may quote the citation)', () => {
    const options = { context: 'art_38__para_1__list_1__item_3' }
    for (const [first, second] of [
      ['第三项', '第3项'],
      ['第3项', '第三项'],
    ]) {
      const found = extractCitations(`${first}，${second}`, options)
      expect(found.map((c) => c.text)).toEqual([first, second])
      for (const citation of found) {
        expect(citation.resolution).toEqual(extractCitations(citation.text, options)[0]?.resolution)
        if (!citation.resolution.ok) expect(citation.resolution.reason).toContain(`\`${citation.text}\``)
      }
    }
  })

  it('serve citations written another way where the answer cannot quote them (no range, no bare item)', () => {
    for (const [first, second] of [
      ['第十五条第二款', '第15条第2款'],
      ['第五条第二款', '第5条第2款'],
      ['第四十三条第一款', '第43条第1款'],
    ]) {
      const [a, b] = extractCitations(`${first}，${second}`)
      expect([a?.text, b?.text]).toEqual([first, second])
      expect(b?.resolution).toBe(a?.resolution)
      expect(a?.resolution).toEqual(resolveTrusted(regulation, b as Citation))
    }
    // A range's failure may quote it: each writing has its own.
    const [a, b] = extractCitations('第四十条至第五十条，第40条至第50条')
    expect(b?.resolution).not.toBe(a?.resolution)
    expect(b?.resolution).toEqual(resolveTrusted(regulation, b as Citation))
  })

  it('are kept for shared lists and for other instruments by title, never for a list of its own', () => {
    for (const options of [undefined, {}, { context: 'art_15' }]) {
      // Another instrument: by its shared list and its title, in this call and (without options) across calls.
      const [a, b, other] = extractCitations(
        '《反间谍法》第五条，《反间谍法》第五条，《保守国家秘密法》第五条',
        options,
      )
      expect(b?.resolution).toBe(a?.resolution)
      expect(other?.resolution).not.toBe(a?.resolution)
      expect(Object.isFrozen(a?.resolution)).toBe(true)
      // A list of its own (a section is not a common address) is resolved each time, and nothing of it is kept.
      const [one, two] = extractCitations('本法第二章第二节、第三节，本法第二章第二节、第三节', options)
      expect(Object.isFrozen(one?.references)).toBe(false)
      expect(two?.resolution).not.toBe(one?.resolution)
      expect(two?.resolution).toEqual(one?.resolution)
    }
    const [again] = extractCitations('《反间谍法》第五条')
    expect(again?.resolution).toBe(extractCitations('《反间谍法》第五条')[0]?.resolution)
  })

  it.each(texts)('are what each citation resolves to on its own, with and without options: %s', (_, text) => {
    // Twice without options: the second call is served from what the first remembered.
    for (const options of [undefined, undefined, {}, { context: 'art_29__para_2' }, { context: 'chp_2' }]) {
      const found = extractCitations(text, options)
      const fresh = extractCitations(text, { resolve: false }).map((citation) =>
        resolveTrusted(regulation, citation, options),
      )
      expect(found.length).toBe(fresh.length)
      for (const [index, citation] of found.entries()) {
        if (!isDeepStrictEqual(citation.resolution, fresh[index]))
          expect(citation.resolution, `${citation.text} at ${citation.start}`).toEqual(fresh[index])
      }
    }
  })

  it('go with instruments shared by title: one frozen object per title, and per anchor of 前…', () => {
    const found = extractCitations('依照《反间谍法》第五条和《反间谍法》第六条，刑法第十条、刑法第十一条；前款、前款')
    const [a, b, c, d, e, f] = found
    expect(found.map((citation) => citation.text)).toEqual([
      '《反间谍法》第五条',
      '《反间谍法》第六条',
      '刑法第十条',
      '刑法第十一条',
      '前款',
      '前款',
    ])
    expect(a?.instrument).toBe(b?.instrument)
    expect(c?.instrument).toBe(d?.instrument)
    expect(a?.instrument).not.toBe(c?.instrument)
    expect(e?.anchor).toBe(f?.anchor)
    for (const citation of found) {
      expect(Object.isFrozen(citation.instrument)).toBe(true)
      if (citation.anchor) expect(Object.isFrozen(citation.anchor)).toBe(true)
    }
  })

  it('are shared by citations that share a list: its references are one frozen list', () => {
    const found = extractCitations('本规定第五条、第六条；又如本规定第五条、第六条；本规定第五条至第八条')
    const [a, b, range] = found
    expect(b?.references).toBe(a?.references)
    expect(Object.isFrozen(a?.references)).toBe(true)
    expect(a?.references).toEqual([
      { from: { level: 'article', article: 5 } },
      { from: { level: 'article', article: 6 } },
    ])
    expect(b?.resolution).toBe(a?.resolution)
    expect(range?.references).toEqual([
      { from: { level: 'article', article: 5 }, to: { level: 'article', article: 8 } },
    ])
    // A list with an address that is not a common one (a section) is its own.
    const [sections] = extractCitations('本法第二章第二节、第三节')
    expect(Object.isFrozen(sections?.references)).toBe(false)
  })

  it('depend on the options of their call, also when two calls take turns', () => {
    const text = '第二款，第二款，第二款'
    const first = citations(text, { context: 'art_15' })
    const second = citations(text, { context: 'art_38' })
    for (let step = 0; step < 3; step++) {
      const [a, b] = [first.next().value, second.next().value]
      expect(a?.resolution.ok && a.resolution.scope === 'internal' && a.resolution.nodes[0]?.eId).toBe('art_15__para_2')
      expect(b?.resolution.ok && b.resolution.scope === 'internal' && b.resolution.nodes[0]?.eId).toBe('art_38__para_2')
    }
  })

  it('depend on the options of their call', () => {
    const text = '第二款'
    const first = extractCitations(text, { context: 'art_15' })[0]?.resolution
    const second = extractCitations(text, { context: 'art_38' })[0]?.resolution
    const none = extractCitations(text)[0]?.resolution
    expect(first?.ok && first.scope === 'internal' && first.nodes[0]?.eId).toBe('art_15__para_2')
    expect(second?.ok && second.scope === 'internal' && second.nodes[0]?.eId).toBe('art_38__para_2')
    expect(none?.ok).toBe(false)
  })
})

/** `from`, `from + step`, … below `to`. */
function range(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.ceil((to - from) / step) }, (_, index) => from + index * step)
}

describe('streamCitations', () => {
  const sizes = [1, 2, 3, 7, 64, 255, 256, 257, 1024, 4096, 65_536]

  it.each(texts)('gives what extractCitations gives, for chunk sizes from 1 to 64 K: %s', async (_, text) => {
    const expected = extractCitations(text)
    for (const size of sizes) {
      const got = await collect(streamCitations(chunked(text, size)))
      expect(firstDifference(got, expected), `chunks of ${size}`).toBeUndefined()
    }
  })

  it.each(texts.slice(0, 12))(
    'gives what extractCitations gives when every chunk is scanned as it comes: %s',
    async (_, text) => {
      const expected = extractCitations(text, { resolve: false })
      for (const size of [1, 5, 100, 300, 2000]) {
        const got = await collect(scanStream(chunked(text, size), { resolve: false }, 1))
        expect(firstDifference(got, expected), `chunks of ${size}`).toBeUndefined()
      }
    },
  )

  it('gives what extractCitations gives on generated text cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(generated, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }), async (text, cuts) => {
        const points = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b)
        const chunks = [0, ...points].map((from, index) => text.slice(from, points[index] ?? text.length))
        const got = await collect(scanStream(chunks, undefined, 1))
        expect(firstDifference(got, extractCitations(text))).toBeUndefined()
      }),
      fuzzParameters(2),
    )
  })

  it('reads an English form whose first letter ends a chunk (a trigger only before its second letter)', async () => {
    // The first: what fast-check found with 1,500 runs (the window after the cut started past the 'A').
    const texts = ['-item 到零𐀀𐀀𐀀𐀀\u0000𐀀𐀀𐀀𐀀𐀀\u0000举报😀Articles 1']
    for (const form of ['Article 5', 'Articles 1 and 2', 'Chapter 2', 'article 15', 'Art. 8'])
      texts.push(`见${form}，及第三条`, `${form}`)
    for (const text of texts) {
      const expected = extractCitations(text)
      expect(expected.length).toBeGreaterThan(0)
      for (let cut = 0; cut <= text.length; cut++) {
        for (const window of [1, 4, 16]) {
          const got = await collect(scanStream([text.slice(0, cut), text.slice(cut)], undefined, window))
          expect(firstDifference(got, expected), `${text} cut at ${cut}, window ${window}`).toBeUndefined()
        }
      }
    }
  })

  it('has given every citation that starts before what it calls settled, after every chunk', () => {
    fc.assert(
      fc.property(
        generated,
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
        (text, sizes) => {
          const expected = extractCitations(text, { resolve: false })
          const scanner = new ChunkScanner({ resolve: false }, 1)
          const given: Citation[] = []
          let at = 0
          for (let index = 0; at < text.length; index++) {
            const size = sizes[index % sizes.length] as number
            given.push(...scanner.push(text.slice(at, at + size)))
            at += size
            const settled = expected.filter((citation) => citation.start < scanner.settled)
            expect(given.slice(0, settled.length)).toEqual(settled)
          }
          given.push(...scanner.end())
          expect(scanner.settled).toBe(Number.POSITIVE_INFINITY)
          expect(firstDifference(given, expected)).toBeUndefined()
        },
      ),
      fuzzParameters(2),
    )
  })

  it('reads a long chunk in place after its head, whatever citation runs across the head’s end', async () => {
    // A chunk of 2,000 is long: only its first LOOK_AHEAD + 80 characters are joined to the text kept before it.
    const list = Array.from({ length: 30 }, (_, index) => `第${(index % 999) + 1}条`).join('、')
    const cited = [
      '《中华人民共和国反间谍法》第二十五条第一款、第三十条',
      '依照刑法第一百八十条第一款，依照第二款',
      '本规定第十条至第十二条',
      // A law's name before the chunk and its list far into the head: read again from before the chunk.
      `依照刑法${list}`,
    ]
    const offsets = [...range(-100, 0, 1), ...range(0, LOOK_AHEAD + 200, 3)]
    for (const citation of cited) {
      for (const offset of offsets) {
        const text = `${'文'.repeat(2000 + offset)}${citation}${'文'.repeat(2500)}第五条`
        const expected = extractCitations(text)
        expect(expected.length).toBeGreaterThan(1)
        const got = await collect(scanStream(chunked(text, 2000), undefined, 1))
        expect(firstDifference(got, expected), `${citation} at ${offset}`).toBeUndefined()
      }
    }
  })

  it('reads a citation longer than its look-ahead across chunks', async () => {
    const list = Array.from({ length: 200 }, (_, index) => `第${(index % 999) + 1}条`).join('、')
    expect(list.length).toBeGreaterThan(3 * LOOK_AHEAD)
    const text = `依照本法${list}处理。`
    const got = await collect(scanStream(chunked(text, 10), { resolve: false }, 1))
    expect(got.map((c) => [c.start, c.end])).toEqual([[2, 2 + 2 + list.length]])
    expect(got[0]?.text).toBe(`本法${list}`)
  })

  it('reads a ReadableStream, an async generator and an array of chunks', async () => {
    const text = '依照《中华人民共和国反间谍法》第二十五条和本规定第十条'
    const expected = extractCitations(text)
    const stream = new ReadableStream<string>({
      start(controller) {
        for (const chunk of chunked(text, 4)) controller.enqueue(chunk)
        controller.close()
      },
    })
    async function* generator(): AsyncGenerator<string> {
      yield* chunked(text, 3)
    }
    const withoutIterator = {
      getReader: () => new Blob([text]).stream().pipeThrough(new TextDecoderStream()).getReader(),
    }
    for (const source of [stream, generator(), [...chunked(text, 5)], withoutIterator as unknown as TextSource]) {
      expect(await collect(streamCitations(source))).toEqual(expected)
    }
  })

  it('rejects with the error of the source, and closes the source when the reader stops early', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield '依照本规定第十条'
      throw new RangeError('disk gone')
    }
    await expect(collect(streamCitations(failing()))).rejects.toThrow('disk gone')
    let closed = false
    async function* endless(): AsyncGenerator<string> {
      try {
        for (;;) yield '第一条，'.repeat(5000)
      } finally {
        closed = true
      }
    }
    let seen = 0
    for await (const _ of streamCitations(endless(), { resolve: false })) if (++seen === 3) break
    expect(seen).toBe(3)
    expect(closed).toBe(true)
  })

  it('rejects a chunk that is not a string, and a source that is not one, with a TypeError', async () => {
    await expect(collect(streamCitations(['第一条', 42 as unknown as string]))).rejects.toThrow(
      'Unexpected chunk of type number, expected a string',
    )
    await expect(collect(streamCitations(42 as unknown as TextSource))).rejects.toThrow(TypeError)
  })
})

describe('both ways of finding triggers, both copies into the module', () => {
  /**
   * `Scanner` of a fresh copy of the modules whose trigger module was
   * loaded while `Buffer` was hidden: it copies text with `charCodeAt`, as
   * in a browser.
   */
  async function scannerWithoutBuffer(): Promise<typeof Scanner> {
    vi.resetModules()
    const fresh = await import('../src/citation/scan/scanner.js')
    const trigger = await import('../src/citation/scan/trigger.js')
    const host = globalThis as { Buffer?: unknown }
    const saved = host.Buffer
    host.Buffer = undefined
    try {
      expect(trigger.nativeCopy()).toBe('charCodeAt')
    } finally {
      host.Buffer = saved
    }
    return fresh.Scanner
  }

  it.each(triggerInputs())('give the same citations: %s', async (_, text) => {
    const Copying = await scannerWithoutBuffer()
    const general = new Scanner(text, { fast: false, triggers: 'regex' }).collect()
    expect(general.length).toBeGreaterThan(10)
    expect(firstDifference(new Scanner(text, { triggers: 'native' }).collect(), general)).toBeUndefined()
    expect(firstDifference(new Copying(text, { triggers: 'native' }).collect(), general)).toBeUndefined()
    expect(firstDifference(new Scanner(text, { triggers: 'regex' }).collect(), general)).toBeUndefined()
    expect(firstDifference(new Copying(text, { triggers: 'regex' }).collect(), general)).toBeUndefined()
  })

  it('find the same triggers with either copy, in any text at block edges', async () => {
    const Copying = await scannerWithoutBuffer()
    const edges = fc
      .tuple(
        fc.integer({ min: 32_700, max: 32_800 }),
        hostileText,
        fc.constantFrom('\ud800', '\udc00', '𠀀', '😀', '第'),
      )
      .map(([length, text, unit]) => `${'甲'.repeat(length)}${unit}${text}${unit}第五条`)
    fc.assert(
      fc.property(fc.oneof(generated, edges), (text) => {
        expect(
          firstDifference(new Copying(text, { triggers: 'native' }).collect(), new Scanner(text).collect()),
        ).toBeUndefined()
      }),
      fuzzParameters(2),
    )
  })
})
