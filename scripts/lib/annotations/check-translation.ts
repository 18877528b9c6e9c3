/**
 * The build-time check of the annotations against the official text: every
 * paragraph and item translated, one English sentence per Chinese sentence,
 * nothing translated that does not exist, every glossary term carried into
 * the translation, every number and date of the Chinese in the English, and
 * the translation marked unofficial. Each file is first parsed by its
 * schema; these checks read the typed data. Each problem names the file,
 * the place in it and what was expected. Works on any tree of the model's shape.
 */
import { sentencesOf } from '../../../src/annotations/sentences.js'
import type { GlossaryTerm } from '../../../src/annotations/types.js'
import type { Regulation } from '../../../src/model/schema.js'
import { childNodes } from '../../../src/model/tree.js'
import { describeValue } from '../../../src/model/value.js'
import { parseChineseNumeral } from '../../../src/numeral/index.js'
import { type AnnotationProblem, parseFile } from './problems.js'
import { GlossaryFile, TranslationFile } from './schema.js'

const TRANSLATION_FILE = 'corpus/annotations/translation.en.json'
const GLOSSARY_FILE = 'corpus/annotations/glossary.json'
/** A number marker at the start of a sentence: `(1)`, `（一）`, `(iii)`, `1.`. */
const NUMBER_MARKER = /^\s*(?:[(（]\s*(?:\d+|[ivxlc]+|[a-z]|[一二三四五六七八九十]+)\s*[)）]|\d+[.、)])\s*/i
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Every (longest, non-overlapping) occurrence of a glossary term in `text`, in order. */
export function termsIn(text: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const byLength = [...glossary].sort((a, b) => b.zh.length - a.zh.length)
  const found: GlossaryTerm[] = []
  for (let at = 0; at < text.length; ) {
    const term = byLength.find((candidate) => text.startsWith(candidate.zh, at))
    if (term) {
      found.push(term)
      at += term.zh.length
    } else at++
  }
  return found
}

const renderings = (term: GlossaryTerm): string[] => [term.en, ...(term.forms ?? [])].map((f) => f.toLowerCase())
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * What is wrong with `english` as the translation of the Chinese sentence
 * `chinese` by the glossary: each term of the Chinese whose rendering (`en`
 * or one of its `forms`) is missing, and each term whose English uses a
 * rendering the glossary names wrong for it (`notEn`, at the start of a
 * whole word, inflected: `report` also catches `reported`, `inform` not `information`). Another term's own rendering is
 * not counted against a term (the national law's title `Counterespionage
 * Law …` against 反间谍 in running text).
 */
export function glossaryProblems(chinese: string, english: string, glossary: readonly GlossaryTerm[]): string[] {
  const out: string[] = []
  const found = termsIn(chinese, glossary)
  const sentence = english.toLowerCase()
  for (const term of found) {
    if (!renderings(term).some((form) => sentence.includes(form)))
      out.push(
        `Unexpected translation without \`${term.en}\`, expected the glossary's rendering of \`${term.zh}\` (${GLOSSARY_FILE})`,
      )
    if (!term.notEn?.length) continue
    let rest = sentence
    for (const other of found)
      if (other.zh !== term.zh) for (const form of renderings(other)) rest = rest.split(form).join(' \u0000 ')
    for (const wrong of term.notEn) {
      const match = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(wrong.toLowerCase())}(?:s|es|d|ed|ing)?(?![\\p{L}\\p{N}])`,
        'u',
      ).exec(rest)
      if (match)
        out.push(
          `Unexpected \`${wrong}\` for \`${term.zh}\`, expected the glossary's rendering \`${term.en}\` (${GLOSSARY_FILE} names \`${wrong}\` wrong for it)`,
        )
    }
  }
  return out
}

/**
 * The English forms the numbers of `text` must appear in: dates
 * (`2025年1月1日` → `1 January 2025`, `4月15日` → `15 April`), digits
 * (`12339`, `10`), articles cited (`第二十五条` → `Article 25`) and item
 * markers (`（三）` → `(3)`).
 */
export function figuresIn(text: string): string[] {
  const out: string[] = []
  const cited = text
    .replace(/第([一二三四五六七八九十百千零]+)条/g, (_m, numeral: string) => {
      const value = parseChineseNumeral(numeral)
      if (value.ok) out.push(`Article ${value.value}`)
      return ''
    })
    .replace(/^（([一二三四五六七八九十]+)）/, (_m, numeral: string) => {
      const value = parseChineseNumeral(numeral)
      if (value.ok) out.push(`(${value.value})`)
      return ''
    })
  const dated = cited.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{1,2})月(\d{1,2})日/g, (_m, y, m, d, m2, d2) => {
    out.push(y ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : `${Number(d2)} ${MONTHS[Number(m2) - 1]}`)
    return ''
  })
  for (const match of dated.matchAll(/\d+/g)) out.push(match[0])
  return out
}

/** Check the translation and the glossary against `regulation`; an empty list when all holds. */
export function checkAnnotations(regulation: Regulation, translation: unknown, glossary: unknown): AnnotationProblem[] {
  const problems: AnnotationProblem[] = []
  const terms = parseFile(GLOSSARY_FILE, GlossaryFile, glossary, problems)?.terms
  if (terms) checkGlossary(terms, problems)
  const t = parseFile(TRANSLATION_FILE, TranslationFile, translation, problems)
  // Without a glossary of the right shape, the translation is still checked, for all but its terms.
  if (t) checkTranslation(regulation, t, terms ?? [], problems)
  return problems
}

function checkTranslation(
  regulation: Regulation,
  t: TranslationFile,
  terms: readonly GlossaryTerm[],
  problems: AnnotationProblem[],
): void {
  const problem = (path: string, reason: string): void => {
    problems.push({ file: TRANSLATION_FILE, path, reason })
  }
  if (!/unofficial/i.test(t.note))
    problem('note', 'Unexpected note, expected one that says the translation is unofficial')

  const sentences = (path: string, chinese: string, english: readonly string[] | undefined): void => {
    const expected = sentencesOf(chinese)
    if (english === undefined) {
      problem(path, `Unexpected undefined, expected ${expected.length} English sentence(s)`)
      return
    }
    if (english.length !== expected.length) {
      problem(
        path,
        `Unexpected ${english.length} English sentence(s), expected ${expected.length}: one for each Chinese sentence (${expected.map((s) => `\`${s.text.slice(0, 8)}…\``).join(', ')})`,
      )
    }
    english.forEach((sentence, index) => {
      // The schema asks for text; one sentence per line, as the renderers lay it out, is this check's.
      if (sentence !== sentence.trim() || /[\r\n]/.test(sentence))
        problem(`${path}[${index}]`, `Unexpected ${describeValue(sentence)}, expected one trimmed line of English`)
    })
    // Each Chinese sentence's terms and figures must be in its own English sentence.
    expected.forEach((chinese, index) => {
      const sentence = (english[index] ?? '').toLowerCase()
      for (const reason of glossaryProblems(chinese.text, english[index] ?? '', terms))
        problem(`${path}[${index}]`, reason)
      for (const figure of figuresIn(chinese.text)) {
        if (!sentence.includes(figure.toLowerCase()))
          problem(
            `${path}[${index}]`,
            `Unexpected translation without \`${figure}\`, expected every number and date of the Chinese`,
          )
      }
    })
  }

  sentences('promulgationNote', regulation.promulgationNote, t.promulgationNote)
  // Titles are one line each; their terms are held to the glossary like a sentence's.
  for (const reason of glossaryProblems(regulation.title, t.title, terms)) problem('title', reason)
  for (const chapter of regulation.chapters)
    for (const reason of glossaryProblems(chapter.title, t.chapters[chapter.eId] ?? '', terms))
      problem(`chapters.${chapter.eId}`, reason)
  const known = new Set<string>()
  const visit = (
    node: Regulation | (typeof regulation.chapters)[number] | ReturnType<typeof childNodes>[number],
  ): void => {
    if (node.type === 'chapter') {
      known.add(`chapters.${node.eId}`)
      if (t.chapters[node.eId] === undefined)
        problem(`chapters.${node.eId}`, `Unexpected missing title of ${node.heading}, expected its English title`)
    } else if (node.type === 'article') {
      known.add(`captions.${node.eId}`)
      if (t.captions[node.eId] === undefined)
        problem(
          `captions.${node.eId}`,
          `Unexpected missing caption of ${node.heading}, expected a short English caption`,
        )
    } else if (node.type === 'paragraph' || node.type === 'item') {
      known.add(`provisions.${node.eId}`)
      // An item's number is the structure's: the renderers write it, so its English must not repeat it.
      sentences(`provisions.${node.eId}`, node.text, t.provisions[node.eId])
      const first = t.provisions[node.eId]?.[0]
      const marker = first === undefined ? null : NUMBER_MARKER.exec(first)
      if (marker)
        problem(
          `provisions.${node.eId}[0]`,
          `Unexpected number marker \`${marker[0].trim()}\` at the start, expected the English without it: the renderers write ${node.type === 'item' ? `the item's number` : 'numbers'} from the structure`,
        )
    }
    for (const child of childNodes(node)) visit(child)
  }
  visit(regulation)
  for (const field of ['chapters', 'captions', 'provisions'] as const) {
    for (const key of Object.keys(t[field])) {
      if (!known.has(`${field}.${key}`))
        problem(
          `${field}.${key}`,
          `Unexpected \`${key}\`, expected an eId of the regulation that has ${field === 'provisions' ? 'text' : field === 'chapters' ? 'a title' : 'a caption'}`,
        )
    }
  }
}

/** The glossary's one rule its schema cannot say: one rendering per term. */
function checkGlossary(terms: readonly GlossaryTerm[], problems: AnnotationProblem[]): void {
  const seen = new Set<string>()
  terms.forEach((term, index) => {
    if (seen.has(term.zh))
      problems.push({
        file: GLOSSARY_FILE,
        path: `terms[${index}]`,
        reason: `Unexpected second entry for \`${term.zh}\`, expected one rendering per term`,
      })
    seen.add(term.zh)
  })
}
