/**
 * The build-time check of the figures (time limits, numbers, dates) and the
 * topics: every figure the text holds is annotated, with the value the text
 * says, at a span that matches the text; every article has topics from the
 * closed vocabulary, and nothing else does. Both files are first parsed by
 * their schemas; these checks read the typed data.
 */
import type { Regulation } from '../../../src/model/schema.js'
import { describeValue } from '../../../src/model/value.js'
import { type AnnotationProblem, parseFile } from './problems.js'
import { FiguresFile, TopicsFile } from './schema.js'

const FIGURES = 'corpus/annotations/figures.json'
const TOPICS = 'corpus/annotations/topics.json'
/** A figure of the text: digits, and what follows them that says what they count. */
const FIGURE = /(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{1,2})月(\d{1,2})日|(\d+)个?(工作日|日|天|个月|年|小时)|\d+/g
const UNITS: Readonly<Record<string, string>> = {
  工作日: 'working-day',
  日: 'day',
  天: 'day',
  个月: 'month',
  年: 'year',
  小时: 'hour',
}

/** Every figure of a text, with the typed value it must be annotated with. */
export function figuresOfText(text: string): { start: number; end: number; expected: Record<string, unknown> }[] {
  const out: { start: number; end: number; expected: Record<string, unknown> }[] = []
  for (const match of text.matchAll(FIGURE)) {
    const [all, y, m, d, rm, rd, value, unit] = match
    const pad = (n: string | undefined): string => String(Number(n)).padStart(2, '0')
    const expected = y
      ? { type: 'date', date: `${y}-${pad(m)}-${pad(d)}` }
      : rm
        ? { type: 'recurring-date', month: Number(rm), day: Number(rd) }
        : value
          ? { type: 'duration', value: Number(value), unit: UNITS[unit as string] }
          : { type: 'phone', number: all }
    out.push({ start: match.index, end: match.index + all.length, expected })
  }
  return out
}

/** Check the figures and the topics against `regulation`; an empty list when all holds. */
export function checkFiguresAndTopics(
  regulation: Regulation,
  figuresFile: unknown,
  topicsFile: unknown,
): AnnotationProblem[] {
  const problems: AnnotationProblem[] = []
  const texts = new Map<string, string>()
  const articles = new Set<string>()
  for (const chapter of regulation.chapters)
    for (const article of chapter.articles) {
      articles.add(article.eId)
      for (const paragraph of article.paragraphs) {
        texts.set(paragraph.eId, paragraph.text)
        for (const item of paragraph.items) texts.set(item.eId, item.text)
      }
    }
  const figures = parseFile(FIGURES, FiguresFile, figuresFile, problems)
  if (figures) checkFigures(figures.figures, texts, problems)
  const topics = parseFile(TOPICS, TopicsFile, topicsFile, problems)
  if (topics) checkTopics(topics, articles, problems)
  return problems
}

/** Every figure of the texts annotated, with the value the text says, and nothing else. */
function checkFigures(
  figures: FiguresFile['figures'],
  texts: ReadonlyMap<string, string>,
  problems: AnnotationProblem[],
): void {
  const annotated = new Map<string, Record<string, unknown>>()
  figures.forEach((figure, index) => {
    const path = `figures[${index}]`
    const { source, selector } = figure.target
    const text = texts.get(source)
    if (text === undefined) {
      problems.push({
        file: FIGURES,
        path: `${path}.target`,
        reason: `Unexpected target ${describeValue(source)}, expected the eId of a paragraph or item`,
      })
      return
    }
    const [quote, { start, end }] = selector
    if (quote.exact !== text.slice(start, end)) {
      problems.push({
        file: FIGURES,
        path: `${path}.target.selector[0]`,
        reason: `Unexpected quote ${describeValue(quote.exact)}, expected \`${text.slice(start, end)}\`, the text at ${start}–${end}`,
      })
      return
    }
    annotated.set(`${source}:${start}:${end}`, figure)
  })
  for (const [source, text] of texts) {
    for (const found of figuresOfText(text)) {
      const key = `${source}:${found.start}:${found.end}`
      const figure = annotated.get(key)
      if (!figure) {
        problems.push({
          file: FIGURES,
          path: 'figures',
          reason: `Unexpected figure \`${text.slice(found.start, found.end)}\` of \`${source}\` without its annotation, expected every time limit, number and date annotated`,
        })
        continue
      }
      annotated.delete(key)
      for (const [field, value] of Object.entries(found.expected)) {
        if (figure[field] !== value)
          problems.push({
            file: FIGURES,
            path: `figures (${source} ${text.slice(found.start, found.end)}).${field}`,
            reason: `Unexpected ${describeValue(figure[field])}, expected ${describeValue(value)} as the text says`,
          })
      }
    }
  }
  for (const extra of annotated.keys())
    problems.push({
      file: FIGURES,
      path: 'figures',
      reason: `Unexpected figure at ${extra} that is no figure of the text, expected only the text's figures`,
    })
}

/** Every article given topics of the vocabulary, and nothing that is not an article. */
function checkTopics(topics: TopicsFile, articles: ReadonlySet<string>, problems: AnnotationProblem[]): void {
  const ids = new Set(topics.vocabulary.map((topic) => topic.id))
  for (const article of articles) {
    const list = topics.articles[article]
    if (list === undefined)
      problems.push({
        file: TOPICS,
        path: `articles.${article}`,
        reason: 'Unexpected article without topics, expected at least one',
      })
    else
      list.forEach((topic, index) => {
        if (!ids.has(topic))
          problems.push({
            file: TOPICS,
            path: `articles.${article}[${index}]`,
            reason: `Unexpected topic ${describeValue(topic)}, expected one of the vocabulary`,
          })
      })
  }
  for (const key of Object.keys(topics.articles))
    if (!articles.has(key))
      problems.push({
        file: TOPICS,
        path: `articles.${key}`,
        reason: `Unexpected \`${key}\`, expected an article's eId`,
      })
}
