import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { truncate } from '../src/cli/toc.js'
import { regulation } from '../src/entries/index.js'
import { columns } from '../src/render/text.js'

const width = (text: string): number => [...text].reduce((sum, char) => sum + columns(char), 0)

describe('toc', () => {
  it('lists every chapter and every article in order, within the width', () => {
    const { code, stdout, stderr } = run(['toc', '--width', '50'])
    expect([code, stderr]).toEqual([0, ''])
    const lines = stdout.trimEnd().split('\n')
    for (const chapter of regulation.chapters) {
      expect(lines).toContain(
        `${chapter.heading} ${chapter.title} (${chapter.articles[0]?.heading}–${chapter.articles.at(-1)?.heading})`,
      )
    }
    const headings = lines.filter((line) => line.startsWith('  第')).map((line) => line.trim().split(/[\u3000 ]/)[0])
    expect(headings).toEqual(regulation.chapters.flatMap((c) => c.articles.map((a) => a.heading)))
    for (const line of lines.filter((line) => line.startsWith('  第'))) expect(width(line)).toBeLessThanOrEqual(50)
  })

  it.each([
    [['toc', '--width', 'x'], 2, /^Unexpected --width `x`, expected an integer of at least 20/],
    [['nope'], 2, /^Unexpected command `nope`, expected `toc` or `render`/],
  ])('rejects %j', (argv, code, message) => {
    const result = run(argv)
    expect(result.code).toBe(code)
    expect(result.stderr).toMatch(message)
  })

  it('prints usage for --help', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: jilin-counter-espionage/) })
  })
})

describe('render', () => {
  it('renders the regulation or one provision in each format', () => {
    expect(run(['render', '--format', 'json'])).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(run(['render', '--format', 'json']).stdout)).toEqual(JSON.parse(JSON.stringify(regulation)))
    expect(run(['render', '第十五条第二款', '--format', 'html']).stdout).toMatch(
      /^<p class="jce-paragraph" id="art_15__para_2">/,
    )
    expect(run(['render', '38', '--format', 'text']).stdout.split('\n')[0]).toBe(
      '\u3000\u3000第三十八条\u3000对反间谍工作中取得显著成绩或者作出重大贡献的个人和组织，符合下列条件之一的，国家安全机关可以按照有关规定，会同有关部门、单位给予表彰、奖励：',
    )
    expect(run(['render', 'chp_5', '--format', 'html', '--standalone']).stdout).toMatch(/^<!DOCTYPE html>/)
    for (const line of run(['render', 'chp_1', '--format', 'text', '--width', '30']).stdout.trimEnd().split('\n')) {
      expect(width(line)).toBeLessThanOrEqual(30)
    }
  })

  it.each([
    [['render'], /^Unexpected missing --format, expected one of markdown, text, html, akn, json/],
    [['render', '--format', 'pdf'], /^Unexpected format `pdf`/],
    [['render', '--format', 'text', '--width', 'x'], /^Unexpected --width `x`/],
    [['render', '--format', 'text', '--colour'], /^Unexpected option `--colour`/],
  ])('refuses %j as a usage error (status 2)', (argv, message) => {
    const result = run(argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  it.each([
    [['render', 'art_99', '--format', 'text'], /^No article 99/],
    [['render', 'art_10000', '--format', 'text'], /^No article 10000/],
    [['render', '第十五条第四款', '--format', 'text'], /^No paragraph 4 in Article 15/],
    [['render', '第〇条', '--format', 'text'], /^Unexpected/],
  ])('answers %j with "no" (status 1): a reference that does not resolve', (argv, message) => {
    const result = run(argv)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })
})

describe('truncate', () => {
  it('counts CJK as two columns and marks the cut', () => {
    expect(truncate('反间谍工作', 6)).toBe('反间…')
    expect(truncate('反间谍', 6)).toBe('反间谍')
    expect(truncate('abc', 3)).toBe('abc')
  })
})
