/**
 * The build-time check of the annotations against the official text: every
 * paragraph and item translated, one English sentence per Chinese sentence,
 * nothing translated that does not exist, every glossary term carried into
 * the translation, every number and date of the Chinese in the English, and
 * the translation marked unofficial. Each problem names the file, the place
 * in it and what was expected. Works on any tree of the model's shape.
 */

import { sentencesOf } from '../../../src/annotations/sentences.js'
import type { GlossaryTerm, Translation } from '../../../src/annotations/types.js'
import type { Regulation } from '../../../src/model/schema.js'
import { childNodes } from '../../../src/model/tree.js'
import { describeValue, isObject } from '../../../src/model/value.js'
import { parseChineseNumeral } from '../../../src/numeral/index.js'

/** One problem with the annotations: the file, where in it, and what is wrong. */
export interface AnnotationProblem {
  readonly file: string
  /** The JSON path, such as `provisions.art_5__para_1`. */
  readonly path: string
  /** `Unexpected …, expected …`. */
  readonly reason: string
}

const TRANSLATION_FILE = 'corpus/annotations/translation.en.json'
const GLOSSARY_FILE = 'corpus/annotations/glossary.json'
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
  const problem = (file: string, path: string, reason: string): void => {
    problems.push({ file, path, reason })
  }
  const terms = checkGlossary(glossary, problem)
  if (!isObject(translation)) {
    problem(TRANSLATION_FILE, '', `Unexpected ${describeValue(translation)}, expected the translation object`)
    return problems
  }
  const t = translation as unknown as Translation
  if (t.language !== 'en')
    problem(TRANSLATION_FILE, 'language', `Unexpected ${describeValue(t.language)}, expected \`en\``)
  if (t.status !== 'unofficial')
    problem(TRANSLATION_FILE, 'status', `Unexpected ${describeValue(t.status)}, expected \`unofficial\``)
  if (typeof t.note !== 'string' || !/unofficial/i.test(t.note))
    problem(TRANSLATION_FILE, 'note', 'Unexpected note, expected one that says the translation is unofficial')
  if (typeof t.title !== 'string' || t.title === '')
    problem(TRANSLATION_FILE, 'title', `Unexpected ${describeValue(t.title)}, expected the English title`)

  const sentences = (path: string, chinese: string, english: unknown): void => {
    const expected = sentencesOf(chinese)
    if (!Array.isArray(english)) {
      problem(
        TRANSLATION_FILE,
        path,
        `Unexpected ${describeValue(english)}, expected ${expected.length} English sentence(s)`,
      )
      return
    }
    if (english.length !== expected.length) {
      problem(
        TRANSLATION_FILE,
        path,
        `Unexpected ${english.length} English sentence(s), expected ${expected.length}: one for each Chinese sentence (${expected.map((s) => `\`${s.text.slice(0, 8)}…\``).join(', ')})`,
      )
    }
    english.forEach((sentence, index) => {
      if (
        typeof sentence !== 'string' ||
        sentence.trim() === '' ||
        sentence !== sentence.trim() ||
        /[\r\n]/.test(sentence)
      )
        problem(
          TRANSLATION_FILE,
          `${path}[${index}]`,
          `Unexpected ${describeValue(sentence)}, expected one trimmed line of English`,
        )
    })
    // Each Chinese sentence's terms and figures must be in its own English sentence.
    expected.forEach((chinese, index) => {
      const sentence = typeof english[index] === 'string' ? (english[index] as string).toLowerCase() : ''
      for (const term of terms ? termsIn(chinese.text, terms) : []) {
        if (!sentence.includes(term.en.toLowerCase()))
          problem(
            TRANSLATION_FILE,
            `${path}[${index}]`,
            `Unexpected translation without \`${term.en}\`, expected the glossary's rendering of \`${term.zh}\` (${GLOSSARY_FILE})`,
          )
      }
      for (const figure of figuresIn(chinese.text)) {
        if (!sentence.includes(figure.toLowerCase()))
          problem(
            TRANSLATION_FILE,
            `${path}[${index}]`,
            `Unexpected translation without \`${figure}\`, expected every number and date of the Chinese`,
          )
      }
    })
  }

  sentences('promulgationNote', regulation.promulgationNote, t.promulgationNote)
  const known = new Set<string>()
  const visit = (
    node: Regulation | (typeof regulation.chapters)[number] | ReturnType<typeof childNodes>[number],
  ): void => {
    if (node.type === 'chapter') {
      known.add(`chapters.${node.eId}`)
      if (typeof t.chapters?.[node.eId] !== 'string' || t.chapters[node.eId] === '')
        problem(
          TRANSLATION_FILE,
          `chapters.${node.eId}`,
          `Unexpected missing title of ${node.heading}, expected its English title`,
        )
    } else if (node.type === 'article') {
      known.add(`captions.${node.eId}`)
      if (typeof t.captions?.[node.eId] !== 'string' || t.captions[node.eId] === '')
        problem(
          TRANSLATION_FILE,
          `captions.${node.eId}`,
          `Unexpected missing caption of ${node.heading}, expected a short English caption`,
        )
    } else if (node.type === 'paragraph' || node.type === 'item') {
      known.add(`provisions.${node.eId}`)
      sentences(
        `provisions.${node.eId}`,
        node.type === 'item' ? node.marker + node.text : node.text,
        t.provisions?.[node.eId],
      )
    }
    for (const child of childNodes(node)) visit(child)
  }
  visit(regulation)
  for (const field of ['chapters', 'captions', 'provisions'] as const) {
    for (const key of Object.keys(isObject(t[field]) ? t[field] : {})) {
      if (!known.has(`${field}.${key}`))
        problem(
          TRANSLATION_FILE,
          `${field}.${key}`,
          `Unexpected \`${key}\`, expected an eId of the regulation that has ${field === 'provisions' ? 'text' : field === 'chapters' ? 'a title' : 'a caption'}`,
        )
    }
  }
  return problems
}

function checkGlossary(
  glossary: unknown,
  problem: (file: string, path: string, reason: string) => void,
): readonly GlossaryTerm[] | undefined {
  const terms = isObject(glossary) ? glossary.terms : undefined
  if (!Array.isArray(terms)) {
    problem(GLOSSARY_FILE, 'terms', `Unexpected ${describeValue(terms)}, expected an array of terms`)
    return undefined
  }
  const kinds = new Set(['modal', 'verb', 'phrase', 'instrument', 'citation', 'actor', 'concept', 'time'])
  const seen = new Set<string>()
  terms.forEach((term: unknown, index) => {
    const at = `terms[${index}]`
    if (
      !isObject(term) ||
      typeof term.zh !== 'string' ||
      typeof term.en !== 'string' ||
      term.zh === '' ||
      term.en === ''
    )
      problem(GLOSSARY_FILE, at, 'Unexpected term, expected `{ zh, en, kind, source }` with text in `zh` and `en`')
    else {
      if (seen.has(term.zh))
        problem(GLOSSARY_FILE, at, `Unexpected second entry for \`${term.zh}\`, expected one rendering per term`)
      seen.add(term.zh)
      if (!kinds.has(term.kind as string))
        problem(
          GLOSSARY_FILE,
          `${at}.kind`,
          `Unexpected kind ${describeValue(term.kind)}, expected one of ${[...kinds].join(', ')}`,
        )
      if (typeof term.source !== 'string' || term.source === '')
        problem(
          GLOSSARY_FILE,
          `${at}.source`,
          'Unexpected term without `source`, expected where the rendering comes from',
        )
    }
  })
  return terms as GlossaryTerm[]
}

/** The problems as one message per line: `file: path: reason`. */
export function formatProblems(problems: readonly AnnotationProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.reason}`).join('\n')
}
