/**
 * `check` on one long line (a minified bundle, a one-line JSON export) does
 * the work it does on the same text in lines, counted rather than timed:
 * `checkFile` counts in `stats` the scanner's and `checkCitations`' steps
 * and every character its own line bookkeeping visits or copies (finding
 * line breaks, joining chunks, reading directives). The same text on one
 * line and on lines of one reference each, at three sizes across
 * `MAX_BLOCK` (so a line is checked in windows): the one line may cost at
 * most 3× the lines, and both grow linearly. Lines and columns are checked
 * for every finding, and are the same for every chunk size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkFile, type Finding, MAX_BLOCK } from '../src/cli/scan-file.js'
import { UNIT } from './helpers/check-tree.js'

const folder = mkdtempSync(join(tmpdir(), 'jce-check-long-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Where the reference that does not resolve sits in {@link UNIT}. */
const WRONG = UNIT.indexOf('本规定第九十九条')

/** The findings of `text` (written to a file), and the steps taken. */
async function checked(
  name: string,
  text: string,
  chunkSize?: number,
): Promise<{ findings: [line: number, column: number, text: string][]; steps: number }> {
  const file = join(folder, name)
  writeFileSync(file, text)
  const stats = { steps: 0 }
  const findings: [number, number, string][] = []
  const report = await checkFile(
    file,
    (finding: Finding) => void findings.push([finding.line, finding.column, finding.reference.text]),
    { stats, ...(chunkSize === undefined ? {} : { chunkSize }) },
  )
  expect(report.kind).toBe('checked')
  return { findings, steps: stats.steps }
}

/** `count` units, each followed by `separator`. */
const units = (count: number, separator: string): string => `${UNIT}${separator}`.repeat(count)

describe('check: one long line costs what the same text in lines costs', () => {
  it('at three sizes across a block: at most 3× the lines, and linear', async () => {
    const steps: { one: number; lines: number; length: number }[] = []
    for (const count of [40_000, 80_000, 160_000]) {
      const lines = await checked('lines.txt', units(count, '\n'))
      const one = await checked('one.txt', units(count, ' '))
      const length = count * (UNIT.length + 1)
      if (count > 40_000) expect(length).toBeGreaterThan(MAX_BLOCK)
      // Every finding in its place: unit k on line k + 1, or on line 1 at k units from its start.
      expect(lines.findings).toEqual(Array.from({ length: count }, (_, k) => [k + 1, WRONG + 1, '本规定第九十九条']))
      expect(one.findings).toEqual(
        Array.from({ length: count }, (_, k) => [1, k * (UNIT.length + 1) + WRONG + 1, '本规定第九十九条']),
      )
      steps.push({ one: one.steps, lines: lines.steps, length })
    }
    const shown = JSON.stringify(steps)
    for (const { one, lines, length } of steps) {
      expect(one / lines, shown).toBeLessThanOrEqual(3)
      expect(one / length, shown).toBeLessThan(40)
    }
    const [small, , large] = steps as [(typeof steps)[0], unknown, (typeof steps)[0]]
    // Four times the text: at most a quarter more than four times the work.
    expect(large.one / small.one, shown).toBeLessThanOrEqual(5)
    expect(large.lines / small.lines, shown).toBeLessThanOrEqual(5)
  }, 120_000)

  it('a line longer than a block: the same findings for every chunk size', async () => {
    const text = `${units(30_000, ' ')}\n${units(100, '\n')}${units(30_000, ' ')}`
    const { findings } = await checked('long.txt', text)
    expect(findings).toHaveLength(60_100)
    for (const chunkSize of [1021, 4096, 1 << 20])
      expect((await checked('long.txt', text, chunkSize)).findings, `chunks of ${chunkSize}`).toEqual(findings)
  }, 120_000)

  it('lines that end in \\n, \\r\\n or \\r, split across chunks anywhere: the lines an editor shows', async () => {
    const separators = ['\n', '\r\n', '\r', '\r\n', ' ', '\n', '\r']
    let text = ''
    const expected: [number, number, string][] = []
    let line = 1
    let column = 1
    for (let index = 0; index < 400; index++) {
      const separator = separators[index % separators.length] as string
      expected.push([line, column + WRONG, '本规定第九十九条'])
      text += `${UNIT}${separator}`
      if (separator === ' ') column += UNIT.length + 1
      else {
        line++
        column = 1
      }
    }
    for (const chunkSize of [1, 2, 3, 5, 64, 4096])
      expect((await checked('breaks.txt', text, chunkSize)).findings, `chunks of ${chunkSize}`).toEqual(expected)
  })

  it('silencing comments hold on a line longer than a block', async () => {
    const long = units(60_000, ' ')
    const text = `// jilin-counter-espionage-disable-next-line\n${long}\n${UNIT}\n# jilin-counter-espionage-disable\n${long}\n# jilin-counter-espionage-enable\n${UNIT}\n`
    for (const chunkSize of [4096, 1 << 16]) {
      const { findings } = await checked('silenced.txt', text, chunkSize)
      expect(findings, `chunks of ${chunkSize}`).toEqual([
        [3, WRONG + 1, '本规定第九十九条'],
        [7, WRONG + 1, '本规定第九十九条'],
      ])
    }
  }, 120_000)
})
