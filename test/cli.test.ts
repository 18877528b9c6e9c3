import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { charWidth, truncate } from '../src/cli/toc.js'
import { regulation } from '../src/index.js'

const width = (text: string): number => [...text].reduce((sum, char) => sum + charWidth(char), 0)

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
    [['nope'], 2, /^Unexpected command `nope`, expected `toc`/],
  ])('rejects %j', (argv, code, message) => {
    const result = run(argv)
    expect(result.code).toBe(code)
    expect(result.stderr).toMatch(message)
  })

  it('prints usage for --help', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: jilin-counter-espionage/) })
  })
})

describe('truncate', () => {
  it('counts CJK as two columns and marks the cut', () => {
    expect(truncate('反间谍工作', 6)).toBe('反间…')
    expect(truncate('反间谍', 6)).toBe('反间谍')
    expect(truncate('abc', 3)).toBe('abc')
  })
})
