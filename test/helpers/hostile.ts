/**
 * What the hardening tests share: fast-check settings (a fixed seed in CI,
 * `npm run fuzz` for long runs with a random one), generators of hostile
 * input for every kind of argument the package takes, an attack that tries
 * to change every object a value reaches, and a fingerprint of the
 * package's behaviour that must not change whatever a caller does.
 */
import fc from 'fast-check'
import { getNode, type Provision, regulation, walk } from '../../src/entries/index.js'
import { numeralText } from '../../src/numeral/index.js'
import { corpusMarkdown } from './corpus.js'

/** `FUZZ_SEED` and `FUZZ_RUNS` from the environment (see `scripts/fuzz.ts`), else a fixed seed. */
export const FUZZ = {
  seed: Number(process.env.FUZZ_SEED ?? 20_261_128),
  runs: Number(process.env.FUZZ_RUNS ?? 150),
} as const

/** fast-check parameters for one property: the run's seed, and `scale` times the run's count. */
export const fuzzParameters = (scale = 1): fc.Parameters<unknown> => ({
  seed: FUZZ.seed,
  numRuns: Math.max(1, Math.round(FUZZ.runs * scale)),
})

/** Numbers around every boundary the package has: 0, 42, 9999, powers of two, the limits of doubles. */
export const boundaryNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.constantFrom(0, 1, 42, 43, 99, 100, 999, 1000, 1023, 1024, 1025, 9999, 10_000, 10_001, 65_535, 65_536),
  fc.constantFrom(2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 1e21, 1e300),
  fc.integer({ min: 0, max: 30 }).map((power) => 2 ** power + (power % 3) - 1),
  fc.nat(),
)

/** Decimal digits of a number (huge ones too, without exponent). */
export const digits: fc.Arbitrary<string> = fc.oneof(
  boundaryNumber.map((n) => BigInt(Math.abs(Math.trunc(n))).toString()),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
)

/** Strings shaped like eIds, with numbers at every boundary. */
export const eIdLike: fc.Arbitrary<string> = fc.oneof(
  digits.map((n) => `chp_${n}`),
  digits.map((n) => `art_${n}`),
  fc.tuple(digits, digits).map(([a, p]) => `art_${a}__para_${p}`),
  fc.tuple(digits, digits, digits).map(([a, p, i]) => `art_${a}__para_${p}__list_1__item_${i}`),
  fc.tuple(digits, digits).map(([a, p]) => `/akn/cn-jl/act/2024-11-04/jilin-counter-espionage/~art_${a}__para_${p}`),
  fc.constantFrom('art_0', 'art_01', 'chp_', 'art_1__para_', 'art_1__list_1__item_1', 'ART_1', ' art_1 '),
)

const numeral = (n: number): string => numeralText(Math.max(1, Math.trunc(Math.abs(n))))

/** Chinese and English citations with numbers at every boundary. */
export const citationLike: fc.Arbitrary<string> = fc.oneof(
  boundaryNumber.map((n) => `第${numeral(n)}条`),
  fc.tuple(boundaryNumber, boundaryNumber).map(([a, s]) => `第${numeral(a)}条之${numeral(s)}`),
  fc.tuple(boundaryNumber, boundaryNumber).map(([a, p]) => `第${numeral(a)}条第${numeral(p)}款`),
  fc
    .tuple(boundaryNumber, boundaryNumber, boundaryNumber)
    .map(([a, p, i]) => `第${numeral(a)}条第${numeral(p)}款第（${numeral(i)}）项`),
  boundaryNumber.map((n) => `第${numeral(n)}章`),
  fc.tuple(digits, digits).map(([a, b]) => `第${a}条至第${b}条`),
  fc.tuple(digits, digits).map(([a, p]) => `Article ${a}(${p})`),
  digits.map((n) => `《中华人民共和国反间谍法》第${n}条`),
  fc.constantFrom('本条', '本款', '本项', '本章', '本节', '前款', '前两款', '前条', '前项', '本规定', '该法第一条'),
)

/** The pieces the citation grammar and the search syntax are made of, and some that look like them. */
export const TOKENS: readonly string[] = [
  '第',
  '条',
  '款',
  '项',
  '章',
  '节',
  '编',
  '目',
  '之',
  '一',
  '二',
  '十',
  '百',
  '千',
  '零',
  '〇',
  '两',
  '1',
  '０',
  '９',
  '《',
  '》',
  '〈',
  '〉',
  '（以下简称',
  '(以下简称',
  '）',
  ')',
  '（',
  '(',
  '本规定',
  '本法',
  '本条',
  '本款',
  '前两款',
  '前款',
  '该法',
  '该条例',
  '刑法',
  '依照',
  '条例',
  '反间谍法',
  '《中华人民共和国反间谍法》',
  'Article ',
  'Art. ',
  'Articles ',
  'Chapter ',
  'paragraph ',
  'item ',
  ', ',
  ' and ',
  ' to ',
  '-',
  '、',
  '至',
  '到',
  '和',
  '及',
  '或者',
  '以及',
  ' ',
  '\u3000',
  '\n',
  '"',
  '“',
  '”',
  '&lt;',
  '<!--',
  '-->',
  '\0',
  '\ud800',
  '\udc00',
  '😀',
  '举报',
  '国家安全机关',
]

/** Text built from the grammar's pieces. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 40 })
  .map((tokens) => tokens.join(''))

/** Any text a caller might pass: arbitrary code units (lone surrogates too), graphemes, grammar soup, look-alikes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  tokenSoup,
  eIdLike,
  citationLike,
  fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 300 })).map(([token, n]) => token.repeat(n)),
)

/** Any value at all, including objects without a prototype, boxed values, dates and sparse arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  withNullPrototype: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withBigInt: true,
  withTypedArray: true,
})

const nullPrototype = <T extends object>(value: T): T => Object.assign(Object.create(null), value)

/** Options of every kind: none, `null`, objects (with and without a prototype) of any fields, and non-objects. */
export function optionsOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const record = fc.record(fields, { requiredKeys: [] })
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(Object.create(null)),
    record,
    record.map(nullPrototype),
    anyValue,
  )
}

/** Every provision, the regulation, copies of them, a copy with its text changed, eIds and anything else. */
export const anyNode: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(regulation, ...walk()),
  fc.constantFrom(...walk()).map((node) => JSON.parse(JSON.stringify(node))),
  fc.constantFrom(...walk()).map((node) => ({ ...JSON.parse(JSON.stringify(node)), text: '改过的文字' })),
  fc.constantFrom(...walk()).map((node) => nullPrototype(JSON.parse(JSON.stringify(node)))),
  eIdLike,
  anyValue,
)

/** Dates at and beyond the ends of what `Date` holds, invalid ones, and strings shaped like dates. */
export const anyDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((time) => new Date(time)),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 + 1, Number.NaN, 0).map((time) => new Date(time)),
  fc
    .tuple(
      fc.integer({ min: -300_000, max: 300_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => {
      const year =
        y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : `${y < 0 ? '-' : '+'}${String(Math.abs(y)).padStart(6, '0')}`
      return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    }),
  fc.constantFrom('2025-02-30', '9999-99-99', '2025-1-1', '10000-01-01', '-000000-01-01', ''),
  anyValue,
)

/** Address objects with fields of every kind, some missing. */
const addressLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      level: fc.oneof(
        fc.constantFrom('part', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'),
        anyValue,
      ),
      part: fc.oneof(boundaryNumber, anyValue),
      chapter: fc.oneof(boundaryNumber, anyValue),
      section: boundaryNumber,
      article: fc.oneof(boundaryNumber, anyValue),
      suffix: boundaryNumber,
      paragraph: fc.oneof(boundaryNumber, anyValue),
      item: boundaryNumber,
      subitem: boundaryNumber,
    },
    { requiredKeys: [] },
  ),
  anyValue,
)

/** Citation objects: real ones, real ones with a field broken, hand-made ones with fields missing, anything. */
export const citationObject: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      text: fc.oneof(hostileText, anyValue),
      start: boundaryNumber,
      end: boundaryNumber,
      instrument: fc.oneof(
        fc.constant({ type: 'self' }),
        fc.record(
          { type: fc.constant('external'), title: fc.oneof(hostileText, anyValue) },
          { requiredKeys: ['type'] },
        ),
        fc.record({ type: fc.constant('external'), known: anyValue }),
        anyValue,
      ),
      anchor: fc.oneof(
        fc.record({
          type: fc.constantFrom('this', 'previous'),
          level: fc.constantFrom('chapter', 'section', 'article', 'paragraph', 'item', 'x'),
          count: boundaryNumber,
        }),
        anyValue,
      ),
      references: fc.oneof(
        fc.array(
          fc.record({ from: addressLike, to: fc.option(addressLike, { nil: undefined }) }, { requiredKeys: [] }),
          {
            maxLength: 4,
          },
        ),
        anyValue,
      ),
    },
    { requiredKeys: [] },
  ),
  anyValue,
)

/** Outlines: the regulation, small made-up ones (some with inserted articles), broken ones and anything. */
export const outlineLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(regulation),
  fc
    .array(
      fc.record(
        {
          number: fc.oneof(fc.integer({ min: 0, max: 5 }), anyValue),
          articles: fc.array(
            fc.record(
              {
                number: fc.oneof(boundaryNumber, anyValue),
                suffix: boundaryNumber,
                paragraphs: fc.oneof(
                  fc.array(
                    fc.record({
                      number: fc.integer({ min: 1, max: 4 }),
                      items: fc.array(fc.record({ number: fc.integer({ min: 1, max: 4 }) }), { maxLength: 3 }),
                    }),
                    { maxLength: 3 },
                  ),
                  anyValue,
                ),
              },
              { requiredKeys: ['number', 'paragraphs'] },
            ),
            { maxLength: 4 },
          ),
          // Sections (节) of the general statute model, of any shape.
          sections: fc.oneof(
            anyValue,
            fc.array(
              fc.record({
                number: fc.oneof(fc.integer({ min: 1, max: 3 }), anyValue),
                articles: fc.oneof(fc.constant([]), anyValue),
              }),
              { maxLength: 2 },
            ),
          ),
        },
        { requiredKeys: ['number', 'articles'] },
      ),
      { maxLength: 3 },
    )
    .map((chapters) => ({ chapters })),
  anyValue,
)

/** Markdown: the corpus with a line of hostile text put in, fragments, and anything. */
export const markdownLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(fc.nat(), hostileText).map(([at, text]) => {
    const lines = corpusMarkdown().split('\n')
    const index = at % (lines.length + 1)
    return [...lines.slice(0, index), text, ...lines.slice(index)].join('\n')
  }),
  fc
    .array(fc.oneof(hostileText, fc.constantFrom('### 第一条', '## 第一章 总则', '- （一）甲', '> x', '# 标题')), {
      maxLength: 8,
    })
    .map((lines) => lines.join('\n')),
  anyValue,
)

/** Every object and array reachable from `value` (at most `limit` of them), found before any is touched. */
export function reachable(value: unknown, limit = 5000): object[] {
  const seen = new Set<object>()
  const queue: unknown[] = [value]
  while (queue.length > 0 && seen.size < limit) {
    const next = queue.shift()
    if (next === null || (typeof next !== 'object' && typeof next !== 'function') || seen.has(next)) continue
    seen.add(next)
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key)
      if (descriptor && 'value' in descriptor) queue.push(descriptor.value)
    }
  }
  return [...seen]
}

const SENTINEL = Object.freeze({ attacked: true })

/**
 * Try to change every object and array reachable from `value`: assign,
 * delete and define each property, add one, grow and empty arrays, change
 * prototypes, recompile regular expressions. Every failure (a frozen object
 * throws in strict mode) is ignored: what counts is whether anything the
 * package relies on changed, which {@link fingerprint} tells.
 */
export function attack(value: unknown, options: { skip?: (object: object) => boolean } = {}): void {
  for (const object of reachable(value)) {
    if (options.skip?.(object)) continue
    const attempt = (change: () => void): void => {
      try {
        change()
      } catch {
        // Frozen: as it should be, or a fresh copy that is ours to break.
      }
    }
    if (object instanceof RegExp) attempt(() => object.compile('.*'))
    if (Array.isArray(object)) {
      attempt(() => object.push(SENTINEL))
      attempt(() => object.reverse())
    }
    for (const key of Reflect.ownKeys(object)) {
      attempt(() => {
        ;(object as Record<PropertyKey, unknown>)[key] = SENTINEL
      })
      attempt(() => Object.defineProperty(object, key, { value: SENTINEL }))
      attempt(() => delete (object as Record<PropertyKey, unknown>)[key])
    }
    attempt(() => {
      ;(object as Record<string, unknown>).attacked = SENTINEL
    })
    if (typeof object !== 'function') attempt(() => Object.setPrototypeOf(object, null))
    if (Array.isArray(object)) attempt(() => (object.length = 0))
  }
}

/** The eId of a node, or `undefined`: for summarising results without their bulk. */
export const eIdOf = (node: unknown): unknown =>
  node !== null && typeof node === 'object' ? (node as { eId?: unknown }).eId : node

/** A node for a test that needs one: throws when the eId does not exist. */
export function node(eId: string): Provision {
  const found = getNode(eId)
  if (!found.ok) throw new Error(found.reason)
  return found.node
}
