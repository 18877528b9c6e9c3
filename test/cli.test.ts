import { describe, expect, it } from 'vitest'
import { truncate } from '../src/cli/table-of-contents.js'
import { TRANSLATION_NOTE } from '../src/entries/annotations.js'
import { regulation } from '../src/entries/index.js'
import { search } from '../src/entries/query.js'
import { columns } from '../src/render/text.js'
import { run } from './helpers/run.js'

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
    [['nope'], 2, /^Unexpected command `nope`, expected toc, show, search, cite, check or render\n\nUsage: /],
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
    [['render', 'art_99', '--format', 'text'], /^Unexpected reference `art_99` \(No article 99 /],
    [['render', 'art_10000', '--format', 'text'], /^Unexpected reference `art_10000` \(No article 10000 /],
    // Numbers past a double's exact range are quoted as written, not as `Number` prints them.
    [
      ['render', '99999999999999999999', '--format', 'text'],
      /^Unexpected reference `99999999999999999999` \(No article 99999999999999999999: the regulation has 42 articles\), expected (?:`第[一二三四五六七八九十]+条`|a provision of the regulation)\n$/,
    ],
    [['show', '9007199254740993'], /\(No article 9007199254740993: /],
    [['show', String(2 ** 53)], /\(No article 9007199254740992: /],
    [['show', '1'.repeat(400)], new RegExp(`\\(No article ${'1'.repeat(400)}: `)],
    [
      ['render', '第十五条第四款', '--format', 'text'],
      /\(No paragraph 4 in Article 15 .*, expected `第十五条第三款`\n$/,
    ],
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

describe('arguments, read by parseArgs', () => {
  it('takes --width=N and --width N alike, and keeps every line of the table of contents within it', () => {
    for (const argv of [
      ['toc', '--width=40'],
      ['toc', '--width', '40'],
    ]) {
      const { code, stdout } = run(argv)
      expect(code).toBe(0)
      for (const line of stdout.trimEnd().split('\n')) expect(width(line), line).toBeLessThanOrEqual(40)
    }
    expect(run(['toc', '--width=40']).stdout).toBe(run(['toc', '--width', '40']).stdout)
  })

  it('prints --help for the program and for every command, and --version', () => {
    for (const command of ['toc', 'show', 'search', 'cite', 'render']) {
      const help = run([command, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: jilin-counter-espionage ${command}`))
    }
    expect(run(['--version'], { version: '1.2.3' })).toEqual({ code: 0, stdout: '1.2.3\n', stderr: '' })
  })

  it.each([
    [['toc', '--colour'], /^Unexpected option `--colour` for `toc`, expected --width, --json, or --help/],
    [['toc', 'extra'], /^Unexpected `extra`, expected no arguments to toc/],
    [['show'], /^Unexpected missing argument, expected jilin-counter-espionage show <reference>/],
    [['show', 'art_1', 'art_2'], /^Unexpected `art_2`, expected one argument to show/],
    [['show', 'art_1', '--lang', 'fr'], /^Unexpected --lang `fr`, expected zh, en or zh,en/],
    [['search', '举报', '--limit', '-1'], /^Unexpected value starting with `-` after `--limit`/],
    [['search', '举报', '--limit=-1'], /^Unexpected --limit `-1`, expected an integer of at least 0/],
    [['search', '举报', '--chapter', '0'], /^Unexpected --chapter `0`, expected an integer of at least 1/],
    [['render', '--format'], /^Unexpected missing value of `--format`/],
    [['cite', ''], /^Unexpected empty input, expected text to find citations in/],
  ])('refuses %j as a usage error (status 2)', (argv, message) => {
    const result = run(argv, { input: () => '' })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })
})

describe('show, search, cite, render --json', () => {
  it('shows a provision in Chinese, English or both', () => {
    expect(run(['show', '第四十二条']).stdout).toBe('第四十二条 本规定自2025年1月1日起施行。\n')
    expect(run(['show', 'art_42__para_1']).stdout).toBe('本规定自2025年1月1日起施行。\n')
    expect(run(['show', '42', '--lang', 'en']).stdout).toBe(
      `These Regulations enter into force on 1 January 2025.\n(${TRANSLATION_NOTE})\n`,
    )
    expect(JSON.parse(run(['show', 'art_42', '--lang', 'zh,en', '--json']).stdout)).toEqual({
      eId: 'art_42',
      type: 'article',
      zh: '第四十二条 本规定自2025年1月1日起施行。',
      en: 'These Regulations enter into force on 1 January 2025.',
      enStatus: 'unofficial',
      enNote: TRANSLATION_NOTE,
    })
    expect(run(['show', '第九十九条'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Unexpected reference `第九十九条` \(No article 99 /),
    })
  })

  it('searches, with --chapter, --limit and --json', () => {
    const hits = JSON.parse(run(['search', '举报', '--json']).stdout)
    expect(hits.terms).toEqual(['举报'])
    expect(hits.hits.length).toBeGreaterThan(1)
    expect(JSON.parse(run(['search', '举报', '--limit', '1', '--json']).stdout).hits).toHaveLength(1)
    const inChapter = JSON.parse(run(['search', '举报', '--chapter', '2', '--json']).stdout).hits
    const library = search('举报', { chapter: 2 })
    expect(inChapter.map((hit: { eId: string }) => hit.eId)).toEqual(
      library.ok ? library.hits.map((hit) => hit.node.eId) : [],
    )
    expect(inChapter.length).toBeGreaterThan(0)
    expect(run(['search', '举报']).stdout.split('\n')[0]).toMatch(/^art_\d+\S*\t.*«举报»/)
  })

  it('finds and resolves every citation of a text or of standard input, status 1 when one does not resolve', () => {
    const text = '依照本规定第十五条第二款。\n另见第九十九条和《中华人民共和国反间谍法》第二十五条。'
    const answer = run(['cite', text, '--json'])
    expect(answer.code).toBe(1)
    const rows = JSON.parse(answer.stdout)
    expect(rows[0]).toMatchObject({ line: 1, column: 3, ok: true })
    expect(rows.find((row: { nodes?: string[] }) => row.nodes?.includes('art_15__para_2'))).toBeDefined()
    expect(rows.find((row: { ok: boolean }) => !row.ok)).toMatchObject({ line: 2, column: 3, text: '第九十九条' })
    expect(rows.find((row: { external?: string }) => row.external)).toMatchObject({
      external: '中华人民共和国反间谍法',
    })
    expect(run(['cite'], { input: () => '第十五条' })).toMatchObject({ code: 0, stdout: '1:1\t第十五条\tart_15\n' })
  })

  it('renders with --format md or txt and --format=…, and wraps the output with --json', () => {
    expect(run(['render', '42', '--format=md']).stdout).toBe(run(['render', '42', '--format', 'markdown']).stdout)
    expect(run(['render', '42', '--format', 'txt']).stdout).toBe(run(['render', '42', '--format', 'text']).stdout)
    expect(JSON.parse(run(['render', '42', '--format', 'html', '--json']).stdout)).toMatchObject({
      format: 'html',
      mediaType: 'text/html; charset=utf-8',
      output: expect.stringMatching(/^<article/),
    })
  })
})
