/**
 * Time limits, numbers and dates, and topics: checked against the text by
 * scanning it (every figure of the text annotated with the value the text
 * says; every article given topics from the vocabulary), with a failure per
 * kind of mismatch, and the accessors.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFiguresAndTopics, figuresOfText } from '../scripts/lib/annotations/check-figures.js'
import { articlesAbout, editorialNotes, figuresOf, timeLimits, topics, topicsOf } from '../src/entries/annotations.js'
import { regulation, walk } from '../src/entries/index.js'
import { root } from './helpers/corpus.js'

const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${root}corpus/annotations/${name}.json`, 'utf8'))
const figuresFile = read('figures')
const topicsFile = read('topics')

describe('figures and topics', () => {
  it('match the official text: no problem', () => {
    expect(checkFiguresAndTopics(regulation, figuresFile, topicsFile)).toEqual([])
  })

  it('annotate every figure the text holds (found by scanning it)', () => {
    let count = 0
    for (const node of walk())
      if (node.type === 'paragraph' || node.type === 'item') count += figuresOfText(node.text).length
    expect(count).toBe((figuresFile.figures as unknown[]).length)
    expect(count).toBe(4)
  })

  it('keep working days apart from calendar days, with the norm that sets them', () => {
    expect(timeLimits()).toMatchObject([
      {
        type: 'duration',
        value: 10,
        unit: 'working-day',
        norm: { kind: 'obligation', bearers: ['state-security-organs'] },
      },
    ])
    expect(figuresOfText('应当在7日内')).toMatchObject([{ expected: { type: 'duration', value: 7, unit: 'day' } }])
  })

  it('type the reporting line, the recurring date and the date of entry into force', () => {
    const all = figuresOf(regulation)
    expect(all.ok && all.figures.map((f) => f.type)).toEqual(['duration', 'phone', 'recurring-date', 'date'])
    expect(figuresOf('art_23')).toMatchObject({ ok: true, figures: [{ type: 'phone', number: '12339' }] })
    expect(figuresOf('art_34')).toMatchObject({ ok: true, figures: [{ type: 'recurring-date', month: 4, day: 15 }] })
    expect(figuresOf('art_42')).toMatchObject({ ok: true, figures: [{ type: 'date', date: '2025-01-01' }] })
  })

  it.each([
    [
      'a figure of the text not annotated',
      { ...figuresFile, figures: (figuresFile.figures as unknown[]).slice(1) },
      topicsFile,
      /^Unexpected figure `10个工作日` of `art_18__para_1` without its annotation/,
    ],
    [
      'a value that is not what the text says',
      {
        ...figuresFile,
        figures: (figuresFile.figures as Record<string, unknown>[]).map((f, i) =>
          i === 0 ? { ...f, unit: 'day' } : f,
        ),
      },
      topicsFile,
      /^Unexpected `day`, expected `working-day` as the text says/,
    ],
    [
      'a topic outside the vocabulary',
      { ...figuresFile },
      { ...topicsFile, articles: { ...(topicsFile.articles as object), art_1: ['espionage'] } },
      /^Unexpected topic `espionage`, expected one of the vocabulary/,
    ],
    [
      'an article without topics',
      { ...figuresFile },
      { ...topicsFile, articles: { ...(topicsFile.articles as object), art_2: [] } },
      /^Unexpected 0 items, expected at least 1 item/,
    ],
  ])('refuses %s', (_name, f, t, reason) => {
    const problems = checkFiguresAndTopics(regulation, f, t)
    expect(
      problems.some((p) => reason.test(p.reason)),
      JSON.stringify(problems),
    ).toBe(true)
  })

  it('answer topics by node and articles by topic', () => {
    expect(topicsOf('art_23__para_2')).toMatchObject({
      ok: true,
      topics: [{ id: 'reporting' }, { id: 'confidentiality' }],
    })
    expect(articlesAbout('reporting')).toMatchObject({
      ok: true,
      nodes: [{ eId: 'art_15' }, { eId: 'art_21' }, { eId: 'art_23' }],
    })
    expect(articlesAbout('espionage')).toMatchObject({ ok: false, code: 'not-found' })
    const all = topicsOf(regulation)
    expect(all.ok && all.topics.length).toBe(topics().length)
    expect(editorialNotes()).toMatchObject([{ eId: 'art_38__para_1__list_1__item_1', text: ',' }])
  })
})
