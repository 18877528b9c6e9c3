/**
 * `--jsonl` under GNU parallel `--pipe`, as a distributed engine runs it:
 * the input cut at line ends into blocks, each block piped to a process of
 * its own. The union of the answers is the answer of one process over the
 * whole input, and with `--keep-order` the same bytes. GNU parallel
 * is Debian's package `parallel`, installed by `.ci/run`: without it this
 * test fails, it is never skipped. Uses the build (`npx tsup`).
 */
import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI } from './helpers/check-tree.js'
import { jsonlInput, peerRecords } from './helpers/jsonl-records.js'

const PARALLEL = 'parallel'
/** Room for every answer of the whole input. */
const MAX_BUFFER = 1 << 30

beforeAll(() => {
  const version = spawnSync(PARALLEL, ['--version'], { encoding: 'utf8' })
  if (version.error !== undefined || version.status !== 0 || !version.stdout.startsWith('GNU parallel'))
    throw new Error(
      `No GNU parallel on the PATH: install Debian's package (apt-get install -y parallel), as .ci/run does`,
    )
})

/** The answers of one process of `command` (`cite` or `check`) to `input`. */
function oneProcess(command: string, input: string): string {
  const result = spawnSync(process.execPath, [CLI, command, '--jsonl'], {
    input,
    maxBuffer: MAX_BUFFER,
    encoding: 'utf8',
  })
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

/** The answers of GNU parallel's processes of `command` to `input`, cut into blocks small enough for every process to take several. */
function parallel(command: string, input: string, keepOrder: boolean): string {
  const result = spawnSync(
    PARALLEL,
    [
      '--pipe',
      '--block',
      '64k',
      '-j',
      '4',
      ...(keepOrder ? ['--keep-order'] : []),
      process.execPath,
      CLI,
      command,
      '--jsonl',
    ],
    { input, maxBuffer: MAX_BUFFER, encoding: 'utf8' },
  )
  expect(result.status, result.stderr).toBe(0)
  return result.stdout
}

/** The lines of `output`. */
const linesOf = (output: string): string[] => output.trimEnd().split('\n')

describe('--jsonl under GNU parallel --pipe', () => {
  const records = peerRecords().slice(0, 12_000)
  const input = jsonlInput(records)

  it('gives, over blocks in any order, the answers of one process', () => {
    // Enough blocks for every process to take several.
    expect(Buffer.byteLength(input)).toBeGreaterThan(16 * 65_536)
    const whole = oneProcess('cite', input)
    const lines = whole.trimEnd().split('\n')
    expect(lines).toHaveLength(input.split('\n').length - 1)
    expect(lines.filter((line) => line.includes('"error":')).length).toBeGreaterThan(100)
    const split = parallel('cite', input, false)
    expect(linesOf(split).sort()).toEqual(linesOf(whole).sort())
    // The records' answers, by id, are the same lines.
    const byId = (output: string): Map<unknown, string> =>
      new Map(
        output
          .trimEnd()
          .split('\n')
          .filter((line) => !line.includes('"id":null,"error":'))
          .map((line) => [JSON.parse(line).id, line]),
      )
    expect(byId(split)).toEqual(byId(whole))
    // With --keep-order, the same bytes.
    expect(parallel('cite', input, true)).toBe(whole)
  }, 300_000)

  it('gives with --keep-order the bytes of one process, when every line is a record', () => {
    const good = jsonlInput(records, Number.POSITIVE_INFINITY)
    const whole = oneProcess('check', good)
    expect(whole.split('\n')).toHaveLength(records.length + 1)
    expect(parallel('check', good, true)).toBe(whole)
  }, 300_000)
})
