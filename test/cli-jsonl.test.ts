/**
 * `cite --jsonl` and `check --jsonl`: one answer line per record, in order,
 * in the shapes `cite --json` and `check --json` print (validated against
 * test/fixtures/jsonl/answer.schema.json); lines that are no record answered
 * by error lines; CRLF, byte order marks, blank lines and a last line
 * without a line break; the same answers however the input is cut into
 * chunks; reading that waits while the output is full; and the built
 * command answering records while its input is still coming. Tests that
 * spawn the CLI use the build (`npx tsup`).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { jsonLine, MAX_LINE, runJsonl } from '../src/cli/jsonl.js'
import { Lines } from '../src/cli/jsonl-lines.js'
import { runCheck } from '../src/cli/run-check.js'
import { CLI, runCli } from './helpers/check-tree.js'
import { root } from './helpers/corpus.js'
import { withFormats } from './helpers/json-schema.js'
import { BAD_LINES, jsonlInput, peerRecords } from './helpers/jsonl-records.js'
import { EXIT, run } from './helpers/run.js'

const schema = JSON.parse(readFileSync(`${root}test/fixtures/jsonl/answer.schema.json`, 'utf8'))
const validate = withFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema)
const encoder = new TextEncoder()

/** `text` in chunks of `size` bytes (a UTF-8 sequence may be cut in two). */
async function* chunks(text: string | Uint8Array, size = 1 << 16): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

/** What the command `argv` writes for `input` given in chunks of `size`, and its status. */
async function answer(
  argv: readonly string[],
  input: string | Uint8Array,
  size?: number,
): Promise<{ code: number; lines: string[]; stderr: string }> {
  const result = run(argv, { stdin: () => chunks(input, size) })
  expect(result.stderr).toBe('')
  let out = ''
  let stderr = ''
  const code =
    (await result.task?.({
      out: (text) => {
        out += text
      },
      err: (text) => {
        stderr += text
      },
    })) ?? -1
  expect(out.endsWith('\n') || out === '').toBe(true)
  return { code, lines: out === '' ? [] : out.slice(0, -1).split('\n'), stderr }
}

const line = (id: string | number, text: string): string => JSON.stringify({ id, text })

describe('cite --jsonl', () => {
  const records = peerRecords().slice(0, 3000)
  const input = jsonlInput(records)

  it('answers every record by one line, in order, each valid against the schema', async () => {
    const { code, lines } = await answer(['cite', '--jsonl'], input)
    expect(code).toBe(EXIT.ok)
    expect(lines).toHaveLength(input.split('\n').length - 1)
    // The n-th answer is the n-th line's: its record's id with its citations, or an error.
    const good = new Set(records.map((record) => JSON.stringify(record)))
    input
      .split('\n')
      .slice(0, -1)
      .forEach((given, index) => {
        const got = JSON.parse(lines[index] as string)
        if (good.has(given)) expect(got).toEqual({ id: JSON.parse(given).id, citations: expect.any(Array) })
        else expect(Object.keys(got)).toEqual(['id', 'error'])
      })
    for (const text of lines)
      expect(validate(JSON.parse(text)), `${text} ${JSON.stringify(validate.errors)}`).toBe(true)
  })

  it('gives the rows of cite --json for each text', async () => {
    const sample = records.filter((record) => record.text.trim() !== '').slice(0, 400)
    const { lines } = await answer(['cite', '--jsonl'], sample.map((record) => `${JSON.stringify(record)}\n`).join(''))
    for (const [index, record] of sample.entries())
      expect(JSON.parse(lines[index] as string)).toEqual({
        id: record.id,
        citations: JSON.parse(run(['cite', '--json'], { input: () => record.text }).stdout),
      })
  })

  it('gives the same bytes however the input is cut into chunks', async () => {
    const small = jsonlInput(records.slice(0, 300), 7)
    const whole = (await answer(['cite', '--jsonl'], small)).lines
    for (const size of [1, 2, 3, 5, 64, 4099])
      expect((await answer(['cite', '--jsonl'], small, size)).lines).toEqual(whole)
  })

  it('answers a line that is no record by an error line, with the id when it was read', async () => {
    const { code, lines } = await answer(
      ['cite', '--jsonl'],
      [line('a', '第一条'), ...BAD_LINES, line('z', '')].join('\n'),
    )
    expect(code).toBe(EXIT.ok)
    const answers = lines.map((text) => JSON.parse(text))
    expect(answers.map((a) => [a.id, a.error?.code])).toEqual([
      ['a', undefined],
      [null, 'not-json'],
      [null, 'not-json'],
      [null, 'not-an-object'],
      [null, 'not-an-object'],
      [null, 'not-an-object'],
      [null, 'invalid-id'],
      [null, 'invalid-id'],
      [null, 'invalid-id'],
      ['no-text', 'invalid-text'],
      ['text-not-string', 'invalid-text'],
      ['z', undefined],
    ])
    for (const a of answers) expect(validate(a), JSON.stringify(validate.errors)).toBe(true)
    expect(answers[1].error.message).toBe(
      'Unexpected line that is not JSON, expected a JSON object {"id": …, "text": …}',
    )
    // Where JSON.parse stopped, when it says: after `{"id": 1, "text": `, at its end.
    expect(answers[2].error.message).toBe(
      'Unexpected line that is not JSON at column 19, expected a JSON object {"id": …, "text": …}',
    )
    expect(answers[3].error.message).toBe('Unexpected JSON array, expected a JSON object {"id": …, "text": …}')
    expect(answers[7].error.message).toBe('Unexpected boolean "id", expected a string or a number')
    expect(answers[10].error.message).toBe('Unexpected number "text", expected a string')
    expect(answers[11]).toEqual({ id: 'z', citations: [] })
  })

  it('reads CRLF lines, byte order marks, blank lines and a last line without a line break', async () => {
    const lf = (await answer(['cite', '--jsonl'], `${line(1, '第一条')}\n${line(2, '第二条')}\n`)).lines
    expect(lf).toHaveLength(2)
    expect((await answer(['cite', '--jsonl'], `${line(1, '第一条')}\r\n${line(2, '第二条')}\r\n`)).lines).toEqual(lf)
    expect((await answer(['cite', '--jsonl'], `\uFEFF${line(1, '第一条')}\n\uFEFF${line(2, '第二条')}`)).lines).toEqual(
      lf,
    )
    // Blank lines get no answer; an error answer says what was wrong, not where its line stood.
    const blank = await answer(
      ['cite', '--jsonl'],
      `\n  \t\r\n${line(1, '第一条')}\n\n\uFEFF\nbad\n${line(2, '第二条')}\n\n`,
    )
    expect(blank.lines).toEqual([
      lf[0],
      '{"id":null,"error":{"code":"not-json","message":"Unexpected line that is not JSON, expected a JSON object {\\"id\\": …, \\"text\\": …}"}}',
      lf[1],
    ])
    // A carriage return inside a text is the text's: JSON escapes it.
    expect((await answer(['cite', '--jsonl'], line('cr', '第一条\r\n第二条'))).lines[0]).toContain(
      '"line":2,"column":1',
    )
  })

  it('answers lines of bytes that are not UTF-8, and keeps every character on one line', async () => {
    const bytes = new Uint8Array([...encoder.encode('{"id":1,"text":"'), 0xff, ...encoder.encode('"}\n'), 0x0a])
    expect(JSON.parse((await answer(['cite', '--jsonl'], bytes)).lines[0] as string).error.code).toBe('not-utf8')
    const separators = (await answer(['cite', '--jsonl'], line('\u2028\u2029\u0085', '第一条'))).lines
    expect(separators).toHaveLength(1)
    expect(separators[0]).toMatch(/^\{"id":"\\u2028\\u2029\\u0085",/)
    expect(JSON.parse(separators[0] as string).id).toBe('\u2028\u2029\u0085')
    expect(jsonLine({ a: '\n' })).toBe('{"a":"\\n"}\n')
  })

  it('answers a line longer than the limit by an error line and reads on, keeping none of it', async () => {
    const long = line('long', '第一条'.repeat(100))
    const output: string[] = []
    const code = await runJsonl(
      chunks(`${line(1, '')}\n${long}\n${line(2, '')}\n${long}`, 7),
      { key: 'citations', answer: () => [] },
      { out: (text) => void output.push(text), err: () => undefined },
      { maxLine: 100 },
    )
    expect(code).toBe(0)
    const answers = output
      .join('')
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text))
    expect(answers.map((a) => a.error?.code ?? a.id)).toEqual([1, 'too-long', 2, 'too-long'])
    expect(answers[1].error.message).toBe(
      `Unexpected line of ${Buffer.byteLength(long)} bytes, expected at most 100 (the longest read)`,
    )
    // What is kept of a line stops at the limit, whatever its length.
    const lines = new Lines(10)
    expect(lines.push(new Uint8Array(1 << 20).fill(0x41))).toEqual([])
    expect((lines as unknown as { parts: Uint8Array[] }).parts).toEqual([])
    expect(lines.end()).toEqual([{ number: 1, length: 1 << 20 }])
    expect(MAX_LINE).toBe(1 << 24)
  })

  it('reads no further while the output is full', async () => {
    let pulled = 0
    const input = (async function* () {
      for (let index = 0; index < 10; index++) {
        pulled++
        yield encoder.encode(`${line(index, '第一条')}\n`)
      }
    })()
    let release: () => void = () => undefined
    let full: Promise<void> | undefined
    const written: string[] = []
    const done = runJsonl(
      input,
      { key: 'citations', answer: () => [] },
      {
        out: (text) => {
          written.push(text)
          full = new Promise((resolve) => {
            release = () => {
              full = undefined
              resolve()
            }
          })
        },
        drain: () => full,
        err: () => undefined,
      },
    )
    for (let round = 1; round <= 10; round++) {
      // Let everything that could run run: the reader must still be waiting for room.
      await new Promise((resolve) => setImmediate(resolve))
      expect(pulled).toBe(round)
      expect(written).toHaveLength(round)
      release()
    }
    expect(await done).toBe(0)
  })

  it('refuses text, --file and --json with --jsonl', () => {
    expect(run(['cite', '--jsonl', '第一条']).stderr).toBe(
      'Unexpected text with --jsonl, expected records on standard input alone\n',
    )
    expect(run(['cite', '--jsonl', '--file', 'x']).code).toBe(EXIT.usage)
    expect(run(['cite', '--jsonl', '--json']).code).toBe(EXIT.usage)
  })
})

describe('check --jsonl', () => {
  const records = peerRecords()
    .filter((record) => /规定|第.+条/.test(record.text))
    .slice(0, 300)

  it('gives the findings of check --json for a file of each text, without file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'check-jsonl-'))
    const texts = [
      ...records.map((record) => record.text),
      '《吉林省反间谍工作规定》第九十九条',
      '本规定第十〇条\n<!-- jilin-counter-espionage-disable-next-line -->\n本规定第九十九条',
      'jilin-counter-espionage-disable-next-line\n第一条',
    ]
    texts.forEach((text, index) => {
      writeFileSync(join(folder, `${index}.txt`), text)
    })
    let json = ''
    await runCheck(
      { paths: ['.'], format: 'json', bare: false, gitignore: true, ignorePatterns: [] },
      {
        out: (text) => {
          json += text
        },
        err: () => undefined,
        cwd: folder,
      },
    )
    const byFile = new Map<string, unknown[]>()
    for (const { file, ...rest } of JSON.parse(json).findings) byFile.set(file, [...(byFile.get(file) ?? []), rest])
    const input = texts.map((text, index) => `${line(index, text)}\n`).join('')
    const { code, lines } = await answer(['check', '--jsonl'], input)
    expect(code).toBe(EXIT.ok)
    expect(lines.map((text) => JSON.parse(text))).toEqual(
      texts.map((_, index) => ({ id: index, findings: byFile.get(`${index}.txt`) ?? [] })),
    )
    expect(byFile.size).toBeGreaterThan(1)
    for (const text of lines) expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true)
    const bare = await answer(['check', '--jsonl', '--bare'], `${line('b', '第九十九条')}\n`)
    expect(JSON.parse(bare.lines[0] as string).findings[0]).toMatchObject({ form: 'bare', code: 'not-found' })
  })

  it('takes --bare alone, and no paths', () => {
    expect(run(['check', '--jsonl', 'docs']).stderr).toBe(
      'Unexpected `docs` with --jsonl, expected records on standard input alone\n',
    )
    expect(run(['check', '--jsonl', '--format', 'json']).stderr).toBe(
      'Unexpected --format with --jsonl, expected --bare alone\n',
    )
    expect(run(['check']).stderr).toMatch(/^Unexpected missing argument, expected jilin-counter-espionage check <paths/)
  })
})

describe('the built command with --jsonl', () => {
  it('answers each record while its input is still coming, then ends with status 0', async () => {
    const child = spawn(process.execPath, [CLI, 'cite', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    let waiting: (() => void) | undefined
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text
      waiting?.()
    })
    const lineCount = (): number => out.split('\n').length - 1
    const answered = (count: number): Promise<void> =>
      new Promise((resolve) => {
        waiting = () => lineCount() >= count && resolve()
        waiting()
      })
    // Each record is answered before the next is written: the command does not wait for the end of its input.
    for (let index = 1; index <= 5; index++) {
      child.stdin.write(`${line(index, `见本规定第${'一二三四五'[index - 1]}条`)}\n`)
      await answered(index)
    }
    child.stdin.end()
    const status = await new Promise((resolve) => child.on('close', resolve))
    expect(status).toBe(0)
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((text) => JSON.parse(text).id),
    ).toEqual([1, 2, 3, 4, 5])
  })

  it('streams a large input through: answers come before the input ends, one for each record', async () => {
    const records = peerRecords()
    const block = jsonlInput(records)
    const child = spawn(process.execPath, [CLI, 'cite', '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] })
    let lines = 0
    let firstAnswerAt = -1
    let written = 0
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines++
      if (firstAnswerAt === -1) firstAnswerAt = written
    })
    const rounds = 4
    for (let round = 0; round < rounds; round++) {
      for (let at = 0; at < block.length; at += 1 << 16) {
        written += 1
        if (!child.stdin.write(block.slice(at, at + (1 << 16))))
          await new Promise((resolve) => child.stdin.once('drain', resolve))
      }
    }
    const chunksWritten = written
    child.stdin.end()
    const status = await new Promise((resolve) => child.on('close', resolve))
    expect(status).toBe(0)
    expect(lines).toBe((block.split('\n').length - 1) * rounds)
    expect(firstAnswerAt).toBeGreaterThan(-1)
    expect(firstAnswerAt).toBeLessThan(chunksWritten)
  }, 120_000)

  it('keeps its peak memory whether the input is one copy of the records or several', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jsonl-memory-'))
    const block = jsonlInput(peerRecords())
    const peaks: number[] = []
    for (const copies of [1, 6]) {
      const file = join(folder, `${copies}.jsonl`)
      writeFileSync(file, block.repeat(copies))
      const result = await runCli(['cite', '--jsonl'], folder, { discard: true, stdin: file })
      expect(result.status).toBe(0)
      peaks.push(result.maxRss)
    }
    const [one, six] = peaks as [number, number]
    expect(six / one, `peaks ${peaks.map((peak) => peak >> 20).join(', ')} MiB`).toBeLessThanOrEqual(1.5)
  }, 120_000)
})
