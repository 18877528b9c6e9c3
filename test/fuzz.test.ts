/**
 * Property-based tests over every exported function that takes input: with
 * hostile arguments of every kind it never throws where the docs promise a
 * result (only the documented `TypeError` where they promise one), every
 * span it reports lies in its input (`input.slice(start, end) === text`),
 * and no call, nor any change a caller makes to what it gets back, changes
 * shared state (the fingerprint of the package's answers stays the same).
 *
 * CI runs a fixed seed; `npm run fuzz` runs many more cases with a random
 * seed, which it prints (`FUZZ_SEED=… npm run fuzz` repeats a run).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as annotations from '../src/entries/annotations.js'
import * as citation from '../src/entries/citation.js'
import * as main from '../src/entries/index.js'
import * as parse from '../src/entries/parse.js'
import * as query from '../src/entries/query.js'
import * as remark from '../src/entries/remark.js'
import * as render from '../src/entries/render.js'
import * as bilingual from '../src/entries/render-bilingual.js'
import * as schema from '../src/entries/schema.js'
import { fingerprint } from './helpers/fingerprint.js'
import {
  anyDate,
  anyNode,
  anyValue,
  attack,
  boundaryNumber,
  citationObject,
  eIdLike,
  FUZZ,
  fuzzParameters,
  hostileText,
  markdownLike,
  optionsOf,
  outlineLike,
} from './helpers/hostile.js'
import { run } from './helpers/run.js'

type Contract = (output: unknown, args: readonly unknown[]) => void

/** A result: `{ ok: true, … }` or `{ ok: false, reason }` with a reason a person can read. */
const result: Contract = (output) => {
  expect(output).toBeTypeOf('object')
  expect(output).not.toBeNull()
  const { ok, reason } = output as { ok: unknown; reason?: unknown }
  expect(typeof ok).toBe('boolean')
  if (ok === false) {
    expect(reason).toBeTypeOf('string')
    expect((reason as string).length).toBeGreaterThan(0)
  }
}

/** A parse result: messages with 1-based places inside the document. */
const parseResult: Contract = (output, [markdown]) => {
  result({ ...(output as object), reason: 'messages' }, [])
  const { ok, messages } = output as { ok: boolean; messages?: { line: number; column: number; reason: string }[] }
  if (ok) return
  expect(messages?.length).toBeGreaterThan(0)
  const lines = typeof markdown === 'string' ? markdown.split(/\r\n|\r|\n/).length : 1
  for (const message of messages ?? []) {
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.line).toBeLessThanOrEqual(lines + 1)
    expect(message.column).toBeGreaterThanOrEqual(1)
    expect(message.reason).toMatch(/^Unexpected /)
  }
}

/** Citations whose spans are in order, inside the input, and match it. */
const citations: Contract = (output, [text, options]) => {
  expect(Array.isArray(output)).toBe(true)
  const input = typeof text === 'string' ? text : ''
  let previous = 0
  let resolve = true
  try {
    resolve = (options as { resolve?: unknown } | null | undefined)?.resolve !== false
  } catch {
    // Options that cannot be read are no options to the package either.
  }
  for (const c of output as main.Citation[]) {
    expect(c.start).toBeGreaterThanOrEqual(previous)
    expect(c.end).toBeGreaterThan(c.start)
    expect(c.end).toBeLessThanOrEqual(input.length)
    expect(input.slice(c.start, c.end)).toBe(c.text)
    if (resolve || typeof options !== 'object') result((c as unknown as { resolution: unknown }).resolution, [])
    previous = c.end
  }
}

/** A parsed citation's span, or a failure's index, lies in the input. */
const parsedCitation: Contract = (output, [text]) => {
  result({ ...(output as object), reason: (output as { reason?: string }).reason ?? 'ok' }, [])
  const input = typeof text === 'string' ? text : ''
  const value = output as { ok: boolean; citation?: main.Citation; index?: number }
  if (value.citation) expect(input.slice(value.citation.start, value.citation.end)).toBe(value.citation.text)
  if (value.index !== undefined) {
    expect(value.index).toBeGreaterThanOrEqual(0)
    expect(value.index).toBeLessThanOrEqual(input.length)
  }
}

const checked: Contract = (output, args) => {
  result(output, args)
  if (typeof args[0] === 'string') parsedCitation(output, args)
}

/** Search hits whose matches map back onto the text they were found in. */
const searchResult: Contract = (output) => {
  result(output, [])
  const value = output as query.SearchResult
  if (!value.ok) return
  for (const hit of value.hits) {
    for (const match of hit.matches) {
      expect(match.start).toBeGreaterThanOrEqual(0)
      expect(match.end).toBeLessThanOrEqual(hit.text.length)
      expect(query.normalizeForSearch(hit.text.slice(match.start, match.end))).toContain(match.term)
    }
  }
}

/** A string or boolean answer, never a throw. */
const ofType =
  (...types: string[]): Contract =>
  (output) =>
    expect(types).toContain(typeof output)

/** Each exported function, the arguments to try, and what it promises. */
const table: Record<string, { args: fc.Arbitrary<unknown[]>; contract: Contract; throwsTypeError?: boolean }> = {}
const add = (names: string[], args: fc.Arbitrary<unknown[]>, contract: Contract, throwsTypeError = false): void => {
  for (const name of names) table[name] = { args, contract, throwsTypeError }
}

const text = fc.oneof(hostileText, anyValue)
const resolveOptions = optionsOf({ context: fc.oneof(eIdLike, anyValue), resolve: fc.oneof(fc.boolean(), anyValue) })
const number = fc.oneof(boundaryNumber, anyValue)
const renderOptions = optionsOf({
  format: fc.oneof(fc.constantFrom('markdown', 'text', 'html', 'akn', 'json'), anyValue),
  width: number,
  indent: fc.oneof(fc.constantFrom('', '  ', '\t', '\n', 'x'), boundaryNumber, anyValue),
  headingSeparator: text,
  standalone: anyValue,
  title: text,
  lang: fc.oneof(fc.constantFrom('zh-CN', 'en', 'x y'), text),
  toc: anyValue,
  stylesheet: fc.oneof(fc.constantFrom('a.css', 'https://x/a.css', 'javascript:alert(1)', 'java\u0000script:x'), text),
  classPrefix: text,
  headingLevel: number,
  manifestationDate: fc.oneof(anyDate, text),
  metadataNote: fc.oneof(fc.constantFrom('--!>', '-->', '<!--', 'ok', 'a\nb', '<!-'), text),
})

add(['getArticle', 'getChapter'], fc.tuple(number), result)
add(['getNode'], fc.tuple(fc.oneof(eIdLike, text)), result)
add(['getParagraph'], fc.tuple(number, number), result)
add(['getItem'], fc.tuple(number, number, number), result)
add(['walk'], fc.tuple(anyNode), (output) => expect([...(output as Iterable<unknown>)]).toBeInstanceOf(Array), true)
add(['provision'], fc.tuple(fc.oneof(eIdLike, text)), ofType('object'), true)
add(['cite'], fc.tuple(fc.oneof(hostileText, text)), ofType('object'), true)
add(['parseCitation'], fc.tuple(text), parsedCitation)
add(['extractCitations'], fc.tuple(text, resolveOptions), citations)
add(['citations'], fc.tuple(text, resolveOptions), (output, args) =>
  citations([...(output as Iterable<unknown>)], args),
)
// Read to its end by the tests of streaming (test/extraction.test.ts); here: made without a throw, whatever it is given.
add(['streamCitations'], fc.tuple(fc.oneof(fc.array(text, { maxLength: 4 }), anyValue), resolveOptions), (output) =>
  expect(typeof (output as AsyncIterable<unknown>)[Symbol.asyncIterator]).toBe('function'),
)
add(['validateReference'], fc.tuple(text, resolveOptions), checked)
add(['resolveCitation'], fc.tuple(fc.oneof(citationObject, text), resolveOptions), checked)
add(['resolveIn'], fc.tuple(outlineLike, citationObject, resolveOptions), result)
add(
  ['formatCitation'],
  fc.tuple(anyNode, fc.oneof(fc.constantFrom('zh', 'en', 'eid', 'uri'), anyValue)),
  ofType('string'),
  true,
)
add(['findInstrument'], fc.tuple(text), ofType('undefined', 'object'))
add(['checkText'], fc.tuple(fc.oneof(hostileText, text), optionsOf({ bare: anyValue })), (output) =>
  expect(output).toBeInstanceOf(Array),
)
add(
  ['checkDocument'],
  fc.tuple(
    fc.oneof(hostileText, text),
    optionsOf({ bare: anyValue, about: fc.oneof(fc.constantFrom('auto', 'this', 'other'), anyValue) }),
  ),
  (output) => {
    expect((output as { references: unknown }).references).toBeInstanceOf(Array)
    expect((output as { skipped: unknown }).skipped).toBeInstanceOf(Array)
  },
)
add(['referenceMessage'], fc.tuple(anyValue), ofType('undefined', 'string'))
// A severity outside 0–2 is refused by unified-lint-rule itself (tested in remark.test.ts); any options are taken.
const lintOptions = optionsOf({ bare: anyValue, code: anyValue, link: fc.oneof(text, anyValue) })
const severity = fc.constantFrom('off', 'on', 'warn', 'error', 0, 1, 2, true, false)
add(
  ['remarkLintReferences', 'default'],
  fc.tuple(fc.oneof(lintOptions, fc.tuple(severity), fc.tuple(severity, lintOptions))),
  ofType('undefined', 'function'),
  // A severity that is a number other than 0, 1 or 2 (`[5e-324]`, found with 1,500 runs) is a TypeError.
  true,
)
add(
  ['remarkLinkReferences'],
  fc.tuple(optionsOf({ baseUrl: fc.oneof(text, anyValue), bare: anyValue, code: anyValue })),
  ofType('function'),
  true,
)
add(['lookup'], fc.tuple(fc.oneof(number, hostileText, anyValue), resolveOptions), result)
add(['parentOf', 'ancestorsOf', 'pathOf', 'childrenOf', 'chapterOf'], fc.tuple(anyNode), result)
add(['nextOf', 'previousOf'], fc.tuple(anyNode, optionsOf({ sameType: anyValue })), result)
add(
  ['textOf'],
  fc.tuple(anyNode, optionsOf({ separator: text, headingSeparator: text, headings: anyValue, markers: anyValue })),
  result,
)
add(
  ['provisions'],
  fc.tuple(
    optionsOf({
      chapter: number,
      type: fc.oneof(fc.constantFrom('chapter', 'article', 'paragraph', 'item'), fc.array(anyValue), anyValue),
      where: fc.oneof(fc.func(fc.boolean()), anyValue),
    }),
  ),
  result,
)
add(['isInForce'], fc.tuple(anyDate), result)
add(
  ['search'],
  fc.tuple(
    text,
    optionsOf({
      phrase: anyValue,
      chapter: number,
      limit: number,
      context: number,
      before: text,
      after: text,
    }),
  ),
  searchResult,
)
add(['normalizeForSearch'], fc.tuple(text), ofType('string'), true)
add(
  ['render', 'renderMarkdown', 'renderText', 'renderHtml', 'renderAkn', 'renderJson'],
  fc.tuple(anyNode, renderOptions),
  result,
)
add(['toMdast', 'toHast', 'toXast'], fc.tuple(anyNode, renderOptions), ofType('object'), true)
add(['verifyOfficial'], fc.tuple(anyNode), result)
add(['parseRegulation', 'parseMarkdown'], fc.tuple(markdownLike), parseResult)
add(['parseStatute'], fc.tuple(markdownLike), result)
add(['statuteOutline'], fc.tuple(fc.oneof(anyValue, anyNode)), ofType('object'))
add(['statuteCitations'], fc.tuple(fc.oneof(anyValue, anyNode)), (output) => expect(output).toBeInstanceOf(Array))
add(['isEId'], fc.tuple(fc.oneof(eIdLike, text)), ofType('boolean'))
add(
  ['translationOf', 'captionOf', 'actorsOf', 'mentionsOf', 'referencesFrom', 'referencesTo', 'figuresOf', 'topicsOf'],
  fc.tuple(anyNode),
  result,
)
add(
  ['normsOf'],
  fc.tuple(
    anyNode,
    optionsOf({
      kind: fc.oneof(fc.constantFrom('obligation', 'statement'), anyValue),
      actor: fc.oneof(fc.constantFrom('state-security-organs', 'spies'), anyValue),
    }),
  ),
  result,
)
add(
  ['provisionsAddressing'],
  fc.tuple(fc.oneof(fc.constantFrom('state-security-organs', 'network-operators'), text)),
  result,
)
add(['actors', 'timeLimits', 'topics', 'editorialNotes'], fc.tuple(anyValue), ofType('object'))
add(['articlesAbout'], fc.tuple(fc.oneof(fc.constantFrom('reporting', 'data'), text)), result)
add(['glossary'], fc.tuple(anyValue), ofType('object'))
add(['normalizeEnglish'], fc.tuple(text), ofType('string'), true)
add(
  ['renderAnnotatedAkn'],
  fc.tuple(
    optionsOf({
      language: fc.oneof(fc.constantFrom('zh', 'en'), anyValue),
      manifestationDate: fc.oneof(fc.constantFrom('2025-01-01', '2025-02-30'), text, anyValue),
    }),
  ),
  result,
)
add(
  ['renderBilingual'],
  fc.tuple(
    fc.oneof(fc.constant(undefined), anyNode),
    optionsOf({
      format: fc.oneof(fc.constantFrom('html', 'markdown', 'text'), anyValue),
      standalone: anyValue,
      highlight: anyValue,
      toc: anyValue,
    }),
  ),
  result,
)
add(
  ['webAnnotations'],
  fc.tuple(optionsOf({ base: fc.oneof(fc.constantFrom('https://laws.example'), text, anyValue) })),
  result,
)
add(
  ['annotations.search', 'searchBilingual'],
  fc.tuple(
    text,
    optionsOf({
      language: fc.oneof(fc.constantFrom('zh', 'en', 'both'), anyValue),
      phrase: anyValue,
      chapter: number,
      limit: number,
      context: number,
    }),
  ),
  result,
)
add(
  ['annotatedProvisions'],
  fc.tuple(
    optionsOf({
      actor: fc.oneof(fc.constantFrom('state-security-organs', 'network-operators'), anyValue),
      norm: fc.oneof(fc.constantFrom('obligation', 'encouragement'), anyValue),
      topic: fc.oneof(fc.constantFrom('reporting', 'data'), anyValue),
      chapter: number,
      type: fc.oneof(fc.constantFrom('chapter', 'article', 'paragraph', 'item'), anyValue),
      where: fc.oneof(fc.func(fc.boolean()), anyValue),
    }),
  ),
  result,
)

const entries: Record<string, Record<string, unknown>> = {
  main,
  citation,
  query,
  annotations,
  bilingual,
  parse,
  render,
  schema,
  remark,
}

/** Every exported function by name (the same function may be exported by several entries). */
const functions = new Map<string, (...args: unknown[]) => unknown>()
for (const [entry, namespace] of Object.entries(entries)) {
  for (const [name, value] of Object.entries(namespace)) {
    // zod schemas are objects; functions are what is called here. A name two
    // entries give to different functions is told apart by its entry.
    if (typeof value !== 'function') continue
    const known = functions.get(name)
    functions.set(
      known === undefined || known === value ? name : `${entry}.${name}`,
      value as (...args: unknown[]) => unknown,
    )
  }
}

let before: string

beforeAll(() => {
  before = fingerprint()
})

afterAll(() => {
  // Nothing any property did changed what the package answers.
  expect(fingerprint()).toBe(before)
})

describe(`every exported function under hostile input (seed ${FUZZ.seed}, ${FUZZ.runs} runs each)`, () => {
  it('covers every exported function', () => {
    expect([...functions.keys()].filter((name) => !(name in table)).sort()).toEqual([])
  })

  it.each([...functions.keys()].sort())('%s keeps its promise, and changes nothing shared', (name) => {
    const fn = functions.get(name) as (...args: unknown[]) => unknown
    const { args, contract, throwsTypeError } = table[name] as (typeof table)[string]
    fc.assert(
      fc.property(args, (values) => {
        let output: unknown
        try {
          output = fn(...values)
          if (name === 'walk') output = [...(output as Iterable<unknown>)]
        } catch (error) {
          if (throwsTypeError && error instanceof TypeError) return true
          throw error
        }
        contract(output, values)
        // What a call hands back may be changed by the caller without changing anything shared.
        attack(output, { skip: (object) => Object.isFrozen(object) })
        return true
      }),
      fuzzParameters(name.startsWith('parse') ? 0.3 : 1),
    )
    expect(fingerprint()).toBe(before)
  })
})

describe('the command line under hostile arguments', () => {
  const argument = fc.oneof(
    fc.constantFrom(
      'toc',
      'render',
      'show',
      'search',
      'cite',
      'check',
      '--bare',
      '--format=sarif',
      '--no-ignore',
      '--ignore-pattern',
      '--file',
      '--json',
      '--lang',
      'zh,en',
      '--version',
      '--chapter',
      '--limit',
      '--width=30',
      '--format=md',
      '-1',
      '第十五条',
      '--format',
      '--width',
      '--standalone',
      '--help',
      'text',
      'html',
      'akn',
      'json',
      'markdown',
    ),
    eIdLike,
    hostileText,
  )
  it('never throws, and answers with 0, 1 or 2 and one message line on failure', () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 6 }), (argv) => {
        const answer = run(argv)
        expect([0, 1, 2]).toContain(answer.code)
        if (argv[0] === 'cite' && answer.code === 1) {
          // `cite`'s status 1 is a finding, not a failure: a citation that does not resolve, reported on stdout
          // (`cite 本条`, found with 5,000 runs).
          expect(answer.stdout).not.toBe('')
          expect(answer.stderr).toBe('')
        } else if (answer.code !== 0) {
          expect(answer.stdout).toBe('')
          expect(answer.stderr).toMatch(/^(?:Unexpected |No |`)/)
        }
      }),
      fuzzParameters(0.5),
    )
  })
})

/**
 * Values that break a function that reads its argument twice or deeply: a
 * revoked Proxy (every operation throws), a Proxy whose every trap throws,
 * an object whose every property is a getter that throws, arrays and objects
 * nested 100,000 deep (recursion overflows the stack), and a 10 MB string.
 */
function hostileObjects(): [string, unknown][] {
  const revoked = (target: object): object => {
    const { proxy, revoke } = Proxy.revocable(target, {})
    revoke()
    return proxy
  }
  const thrower = (): never => {
    throw new Error('a trap that throws')
  }
  const trapsThatThrow = new Proxy(
    {},
    { get: thrower, has: thrower, ownKeys: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower },
  )
  const getters: Record<string, unknown> = {}
  for (const name of OPTION_NAMES) Object.defineProperty(getters, name, { enumerable: true, get: () => thrower() })
  let array: unknown = []
  let object: unknown = {}
  for (let depth = 0; depth < 100_000; depth++) {
    array = [array]
    object = { chapters: object, text: object, value: object }
  }
  return [
    ['a revoked Proxy', revoked({})],
    ['a revoked Proxy of an array', revoked([])],
    ['a Proxy whose every trap throws', trapsThatThrow],
    ['an object whose every option is a getter that throws', getters],
    ['an array nested 100,000 deep', array],
    ['an object nested 100,000 deep', object],
    ['a string of 10 MB', `${'甲乙丙丁，'.repeat(2_000_000)}本规定第五条第九款`],
  ]
}

/** Every option name any function reads, and the fields of nodes, citations and outlines. */
const OPTION_NAMES = [
  ...'context resolve limit chapter phrase before after format width indent headingSeparator standalone title lang toc stylesheet classPrefix headingLevel manifestationDate metadataNote separator headings markers sameType type where kind actor norm topic language base highlight bare code link baseUrl'.split(
    ' ',
  ),
  ...'chapters articles paragraphs items sections parts number suffix eId heading marker text references instrument anchor start end from to level then length'.split(
    ' ',
  ),
]

/** Ordinary arguments for the functions that take more than one, so that a hostile one is read where it stands. */
const ORDINARY: Record<string, unknown[]> = {
  extractCitations: ['本规定第五条', {}],
  citations: ['本规定第五条', {}],
  streamCitations: [['本规定第五条'], {}],
  validateReference: ['第十五条第二款', {}],
  resolveCitation: ['第十五条', {}],
  resolveIn: [main.regulation, (citation.parseCitation('第十五条') as { citation: unknown }).citation, {}],
  formatCitation: [main.getNode('art_15'), 'zh'],
  checkText: ['本规定第五十条', {}],
  lookup: ['第十五条', {}],
  getParagraph: [15, 2],
  getItem: [38, 1, 3],
  nextOf: [main.getNode('art_15'), {}],
  previousOf: [main.getNode('art_15'), {}],
  textOf: [main.getNode('art_15'), {}],
  search: ['举报', {}],
  'annotations.search': ['举报', {}],
  searchBilingual: ['举报', {}],
  normsOf: [main.getNode('art_15'), {}],
  renderBilingual: [main.getNode('art_15'), {}],
  render: [main.regulation, { format: 'html' }],
  renderMarkdown: [main.regulation, {}],
  renderText: [main.regulation, {}],
  renderHtml: [main.regulation, {}],
  renderAkn: [main.regulation, {}],
  renderJson: [main.regulation, {}],
  toMdast: [main.regulation, {}],
  toHast: [main.regulation, {}],
  toXast: [main.regulation, {}],
}

describe('every exported function with revoked proxies, throwing getters, deep nesting and 10 MB strings', () => {
  const hostile = hostileObjects()
  // Unwrap `getNode`'s answers above.
  for (const args of Object.values(ORDINARY))
    args.forEach((value, index) => {
      if (value && typeof value === 'object' && 'node' in value) args[index] = (value as { node: unknown }).node
    })

  it.each([...functions.keys()].sort())(
    '%s answers as it promises, in every argument position',
    (name) => {
      const fn = functions.get(name) as (...args: unknown[]) => unknown
      const { args, contract, throwsTypeError } = table[name] as (typeof table)[string]
      const samples = [ORDINARY[name] ?? [], ...fc.sample(args, { seed: FUZZ.seed, numRuns: 4 })]
      const arity = Math.max(1, ...samples.map((sample) => sample.length))
      for (const sample of samples) {
        for (let position = 0; position < arity; position++) {
          for (const [what, value] of hostile) {
            const values = [...sample]
            values[position] = value
            let output: unknown
            try {
              output = fn(...values)
              if (name === 'walk' || name === 'citations') output = [...(output as Iterable<unknown>)]
            } catch (error) {
              if (throwsTypeError && error instanceof TypeError) continue
              throw new Error(`${name} threw with ${what} as argument ${position + 1}: ${String(error)}`)
            }
            try {
              contract(output, values)
            } catch (error) {
              throw new Error(`${name} broke its contract with ${what} as argument ${position + 1}: ${String(error)}`)
            }
          }
        }
      }
    },
    120_000,
  )
})
