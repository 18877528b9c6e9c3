/**
 * The shape of the annotation files is their zod schemas': a file of the
 * wrong shape fails the build with one problem per issue, each naming the
 * file, the place and `Unexpected …, expected …`, and the checks against the
 * text wait until the file has its shape (they would only repeat the issue).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFiguresAndTopics } from '../scripts/lib/annotations/check-figures.js'
import { checkReadings } from '../scripts/lib/annotations/check-readings.js'
import { checkAnnotations } from '../scripts/lib/annotations/check-translation.js'
import { describeIssue, formatProblems, jsonPath } from '../scripts/lib/annotations/problems.js'
import { FiguresFile, GlossaryFile, Target } from '../scripts/lib/annotations/schema.js'
import { regulation } from '../src/entries/index.js'
import { root } from './helpers/corpus.js'

// biome-ignore lint/suspicious/noExplicitAny: a copy of JSON to break on purpose
const read = (name: string): any => JSON.parse(readFileSync(`${root}corpus/annotations/${name}.json`, 'utf8'))

/** Every issue of `value` against `schema`, as the problems word them. */
const issues = (schema: typeof Target | typeof GlossaryFile | typeof FiguresFile, value: unknown) => {
  const parsed = schema.safeParse(value, { reportInput: true })
  return parsed.success ? [] : parsed.error.issues.map(describeIssue)
}
const target = (start: unknown, end: unknown) => ({
  source: 'art_1__para_1',
  selector: [
    { type: 'TextQuoteSelector', exact: '为了', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start, end },
  ],
})

describe('a zod issue as a problem', () => {
  it('names the place as a JSON path', () => {
    expect(jsonPath(['norms', 4, 'target', 'selector', 1])).toBe('norms[4].target.selector[1]')
    expect(jsonPath([])).toBe('')
  })

  it('says what was found and what the schema expects, for each kind of issue', () => {
    expect(issues(Target, target('x', 1.5))).toEqual([
      { path: 'selector[1].start', reason: 'Unexpected `x`, expected a number' },
      { path: 'selector[1].end', reason: 'Unexpected 1.5, expected an integer' },
    ])
    expect(issues(Target, target(-1, 0))).toEqual([
      { path: 'selector[1].start', reason: 'Unexpected -1, expected at least 0' },
      { path: 'selector[1].end', reason: 'Unexpected 0, expected more than 0' },
    ])
    expect(issues(Target, { source: 'art_1_para_1', selector: [] })).toEqual([
      { path: 'source', reason: expect.stringMatching(/^Unexpected `art_1_para_1`, expected a string matching \/\^/) },
      { path: 'selector', reason: 'Unexpected 0 items, expected at least 2 items' },
    ])
    expect(issues(GlossaryFile, null)).toEqual([{ path: '', reason: 'Unexpected null, expected an object' }])
    expect(issues(GlossaryFile, { note: 'n', terms: [{ zh: '应当', en: '', kind: 'modal' }], extra: 1 })).toEqual([
      { path: 'terms[0].en', reason: 'Unexpected ``, expected at least 1 character' },
      { path: 'terms[0].source', reason: 'Unexpected missing `source`, expected a string' },
      { path: '', reason: 'Unexpected field `extra`, expected only the fields the schema names' },
    ])
    const figure = { target: target(0, 2), label: '施行' }
    expect(
      issues(FiguresFile, {
        note: 'n',
        figures: [
          { ...figure, type: 'date', date: '2025-13-01' },
          { ...figure, type: 'clock' },
        ],
      }),
    ).toEqual([
      { path: 'figures[0].date', reason: 'Unexpected `2025-13-01`, expected an ISO date (YYYY-MM-DD)' },
      {
        path: 'figures[1].type',
        reason: 'Unexpected `clock`, expected one of `duration`, `phone`, `recurring-date`, `date`',
      },
    ])
  })

  it('prints one problem a line: file, place, reason', () => {
    expect(
      formatProblems([
        { file: 'corpus/annotations/norms.json', path: 'norms[0].kind', reason: 'Unexpected `duty`, expected …' },
        { file: 'corpus/annotations/topics.json', path: 'articles.art_2', reason: 'Unexpected 0 items, expected …' },
      ]),
    ).toBe(
      'corpus/annotations/norms.json: norms[0].kind: Unexpected `duty`, expected …\n' +
        'corpus/annotations/topics.json: articles.art_2: Unexpected 0 items, expected …',
    )
  })
})

describe('a file of the wrong shape', () => {
  it('fails with its issues only: the checks against the text wait for its shape', () => {
    const mentions = read('mentions')
    mentions.annotations[3].target.selector[1].start = '0'
    const problems = checkReadings(regulation, read('actors'), mentions, read('norms'))
    // Not also every mention "not annotated" nor every bearer "not mentioned": one problem, where it is.
    expect(problems).toEqual([
      {
        file: 'corpus/annotations/mentions.json',
        path: 'annotations[3].target.selector[1].start',
        reason: 'Unexpected `0`, expected a number',
      },
    ])
  })

  it('is refused whatever it is, by each checker, naming the file', () => {
    for (const value of [null, [], 'text', 42]) {
      expect(checkAnnotations(regulation, value, read('glossary'))).toEqual([
        {
          file: 'corpus/annotations/translation.en.json',
          path: '',
          reason: expect.stringMatching(/^Unexpected .+, expected an object$/),
        },
      ])
      expect(checkFiguresAndTopics(regulation, read('figures'), value)).toEqual([
        {
          file: 'corpus/annotations/topics.json',
          path: '',
          reason: expect.stringMatching(/^Unexpected .+, expected an object$/),
        },
      ])
      expect(checkReadings(regulation, value, read('mentions'), read('norms'))).toEqual([
        {
          file: 'corpus/annotations/actors.json',
          path: '',
          reason: expect.stringMatching(/^Unexpected .+, expected an object$/),
        },
      ])
    }
  })

  it('still has its translation checked against the text when only the glossary is broken', () => {
    const translation = read('translation.en')
    translation.provisions.art_5__para_1.pop()
    const problems = checkAnnotations(regulation, translation, { note: 'n', terms: 'none' })
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      ['corpus/annotations/glossary.json', 'terms'],
      ['corpus/annotations/translation.en.json', 'provisions.art_5__para_1'],
    ])
  })
})
