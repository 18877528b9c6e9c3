/**
 * What the package keeps after a call (shared resolutions, instruments and
 * results by title, plain designations) keeps no text of that call alive:
 * V8 makes a slice of 13 characters or more, and a concatenation, a view of
 * the string it came from, so a cached title or message sliced from a
 * 20 MB text would keep all 20 MB. Each API reads a large text full of
 * every form of citation, the text and what the call gave are dropped, and
 * after a full garbage collection the heap is back within a few megabytes.
 */
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { checkText, citations, extractCitations, streamCitations } from '../src/entries/citation.js'
import { formatChineseNumeral } from '../src/numeral/chinese.js'
import { root } from './helpers/corpus.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Citations of every kind, with long titles, names, texts and messages (failures quote what they read). */
const FORMS = [
  '依照《中华人民共和国反间谍法实施细则附属的某项规定》第十条第二款',
  '《某省某市关于加强某项工作管理的若干规定（试行）》（以下简称若干规定）第三条、若干规定第五条',
  '中华人民共和国劳动合同法第十条第二款、第三款',
  '该法第十二条第三款第四项',
  '前款第一项至第三项',
  '本条第二款第三项',
  '本条例第一百九十九条第二款第三项',
  '本规定第四十三条第五款第六项',
  '第九百九十九条第九款',
  '第十五条之一第二款',
  '本规定第十五条至第十八条',
  'Article 45 of these Regulations',
  '《吉林省反间谍工作规定》第二十九条第二款',
  '刑法第一百八十条第一款，依照第二款',
]

/** `length` Han characters no earlier call has read: what caches keep of this text is new to them. */
function unique(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(Math.random() * 0x5000))).join('')
}

/** Titles, names and citations of 13 characters or more that only this text has, each in the forms above. */
function uniqueForms(): string[] {
  const name = `${unique(12)}条例`
  return [
    `依照《${name}》第十条第二款，${name}第五条、第六条`,
    `${unique(10)}管理办法第十一条第二款`,
    `《${unique(14)}规定》（以下简称${unique(3)}规定）`,
    // Of this regulation, remembered by its text: a number no earlier call is likely to have read.
    `本规定第${formatChineseNumeral(100 + Math.floor(Math.random() * 900))}条第九款第九项`,
  ]
}

/** About 20 MB: the forms, a real statute, and a long run of text, in a string no other test shares. */
function largeText(): string {
  const statute = readFileSync(`${root}test/fixtures/peer-corpus/security/反间谍法(2023-04-26).md`, 'utf8')
  return [...FORMS, ...uniqueForms(), statute, '甲'.repeat(10_000_000), ...uniqueForms()].join('\n')
}

/** Heap in use after two full collections, in megabytes. */
function heapAfterGc(): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed / 1e6
}

/** Run `use` on a large text; whether it gave something (a frame of its own: once it returns, nothing holds the text). */
async function useLargeText(use: (text: string) => unknown): Promise<boolean> {
  return Boolean(await use(largeText()))
}

/** Run `use` on a large text and drop both; how much more heap is in use after than before. */
async function retained(use: (text: string) => unknown): Promise<number> {
  // Warm up: what the package builds once (tables, the module) is not what is measured.
  await use(FORMS.join('。'))
  const before = heapAfterGc()
  if (!(await useLargeText(use))) throw new Error('Unexpected empty result, expected citations')
  // V8 keeps the subject of the last regular-expression match (the legacy `RegExp.input`) until the next match
  // anywhere in the program: one match on a short string lets it go, as any program's next match would.
  if (/a/.exec('a') === null) throw new Error('Unexpected failed match')
  return heapAfterGc() - before
}

async function drain(source: AsyncIterable<unknown>): Promise<number> {
  let count = 0
  for await (const _ of source) count++
  return count
}

function* chunks(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

describe('caches keep no text alive', () => {
  it.each<[string, (text: string) => unknown]>([
    ['extractCitations', (text) => extractCitations(text)],
    ['extractCitations with a context', (text) => extractCitations(text, { context: 'art_15__para_2' })],
    ['extractCitations, resolve: false', (text) => extractCitations(text, { resolve: false })],
    ['citations', (text) => [...citations(text)]],
    ['streamCitations', (text) => drain(streamCitations(chunks(text, 1 << 15)))],
    ['checkText', (text) => checkText(text, { bare: true })],
  ])('%s: the heap after the call is within 4 MB of before it (the text is 20 MB)', async (_, use) => {
    // The text alone would be 20 MB: its two-byte characters.
    expect(await retained(use)).toBeLessThan(4)
  })
})
