/**
 * `check --jobs N` writes what `--jobs 1` writes, byte for byte, in every
 * format: the built CLI over a tree of many files (three copies of the peer
 * corpus, the small tree of every kind of input, files of more findings
 * than a batch, a configuration that sets files apart, paths that cannot be
 * read). Then `--jobs` read as the other whole-number options are, the
 * threshold below which no worker starts, and a worker that fails: the run
 * fails with its error, and no worker is left running. No figure of time is
 * asserted.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PARALLEL_BYTES, PARALLEL_FILES } from '../src/cli/jobs.js'
import { type CheckOptions, runCheck } from '../src/cli/run-check.js'
import { CLI, UNIT, writeSmallTree } from './helpers/check-tree.js'
import { root } from './helpers/corpus.js'
import { run } from './helpers/run.js'

const tree = mkdtempSync(join(tmpdir(), 'jce-check-parallel-'))
const scratch = mkdtempSync(join(tmpdir(), 'jce-check-parallel-workers-'))
afterAll(() => {
  rmSync(tree, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

/** Counts the workers started and prints how many on standard error as the process exits (a preload, in a file of its own). */
const COUNT_WORKERS = join(scratch, 'count-workers.mjs')
writeFileSync(
  COUNT_WORKERS,
  `import { createRequire, syncBuiltinESMExports } from 'node:module'
import { writeSync } from 'node:fs'
const threads = createRequire(import.meta.url)('node:worker_threads')
let started = 0
const Base = threads.Worker
threads.Worker = class extends Base { constructor(...args) { super(...args); started++ } }
syncBuiltinESMExports()
process.on('exit', () => writeSync(2, '@@workers ' + started + '\\n'))
`,
)

/** The built CLI in the tree: status, standard output and error (without the count of workers), and the workers started. */
function cli(args: readonly string[], cwd = tree) {
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(COUNT_WORKERS).href, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  const match = /@@workers (\d+)\n$/.exec(result.stderr)
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: match ? result.stderr.slice(0, match.index) : result.stderr,
    workers: match ? Number(match[1]) : Number.NaN,
  }
}

beforeAll(() => {
  for (let copy = 1; copy <= 3; copy++)
    cpSync(join(root, 'test/fixtures/peer-corpus'), join(tree, `peer-${copy}`), { recursive: true })
  writeSmallTree(join(tree, 'small'))
  // Files of more findings than a worker sends at once, here and there in the walk, and a directive left unused.
  for (const folder of ['peer-1', 'peer-2/sample', 'small/notes'])
    writeFileSync(
      join(tree, folder, 'many-findings.md'),
      `${Array.from({ length: 700 }, (_, index) => (index % 7 === 0 ? '<!-- jilin-counter-espionage-disable-next-line -->' : `- ${UNIT}`)).join('\n')}\n`,
    )
  // Relative references of another instrument's, which only --json lists.
  mkdirSync(join(tree, 'other'))
  writeFileSync(join(tree, 'other/law.md'), '# 中华人民共和国反间谍法\n\n依照本法第九十九条和本条第二款。\n'.repeat(50))
  writeFileSync(join(tree, 'latin1.txt'), Buffer.from([0x62, 0xff, 0xfe, 0x20, ...Buffer.from('本规定第九十九条\n')]))
  writeFileSync(
    join(tree, 'package.json'),
    JSON.stringify({ 'jilin-counter-espionage': { bare: ['peer-3/**'], notAbout: ['peer-2/security/**'] } }),
  )
}, 60_000)

/** Paths that cannot be checked, among the many that can: a missing one, an unreadable file, a glob of nothing, a skipped folder. */
const PROBLEMS = ['missing.md', '/proc/self/mem', '**/*.nothing', 'node_modules']

describe('check --jobs N: the output of --jobs 1, byte for byte', () => {
  it.each([
    ['text', []],
    ['json', ['--json']],
    ['sarif', ['--format', 'sarif']],
    ['text --bare --skip-code', ['--bare', '--skip-code']],
  ])(
    '%s',
    (_name, flags) => {
      const paths = ['.', ...PROBLEMS.slice(0, 2), 'small', ...PROBLEMS.slice(2)]
      const one = cli(['check', ...paths, ...flags, '--jobs', '1'])
      expect(one.status).toBe(2)
      expect(one.workers).toBe(0)
      expect(one.stderr).toContain('Unexpected unreadable file `/proc/self/mem` (EIO)')
      expect(one.stderr).toContain('binary file (it has a NUL byte), skipped')
      if (flags.length === 0) expect(one.stdout.split('\n').length).toBeGreaterThan(1500)
      for (const jobs of ['2', '3']) {
        const many = cli(['check', ...paths, ...flags, '--jobs', jobs])
        expect(many.workers, `--jobs ${jobs}`).toBe(Number(jobs) - 1)
        expect(many.stdout === one.stdout, `--jobs ${jobs}: standard output`).toBe(true)
        expect(many.stderr, `--jobs ${jobs}: standard error`).toBe(one.stderr)
        expect(many.status).toBe(one.status)
      }
    },
    120_000,
  )

  it('exits as --jobs 1 does when every reference resolves or only warnings are found', () => {
    const clean = mkdtempSync(join(tmpdir(), 'jce-check-parallel-clean-'))
    try {
      for (let index = 0; index <= PARALLEL_FILES; index++)
        writeFileSync(
          join(clean, `f${index}.md`),
          index === 7 ? '<!-- jilin-counter-espionage-disable -->\n' : '本规定第五条\n',
        )
      const one = cli(['check', '.', '--jobs', '1'], clean)
      const two = cli(['check', '.', '--jobs', '2'], clean)
      expect(one).toMatchObject({ status: 0, workers: 0 })
      expect(two).toEqual({ ...one, workers: 1 })
    } finally {
      rmSync(clean, { recursive: true, force: true })
    }
  })
})

describe('check --jobs N: when workers start', () => {
  it('starts none for a few small files, whatever N is', () => {
    const few = cli(['check', 'small', '--jobs', '4'])
    const one = cli(['check', 'small', '--jobs', '1'])
    expect(few.workers).toBe(0)
    expect(few).toEqual({ ...one, workers: 0 })
  })

  it('without --jobs, starts one per core only for a run of DEFAULT_PARALLEL_BYTES or more', () => {
    const big = mkdtempSync(join(tmpdir(), 'jce-check-parallel-default-'))
    try {
      // Sparse files: their size is what decides, and a file of NUL bytes is skipped as binary at once.
      for (const name of ['a.bin', 'b.bin']) {
        writeFileSync(join(big, name), '')
        truncateSync(join(big, name), DEFAULT_PARALLEL_BYTES / 2 - 1024)
      }
      writeFileSync(join(big, 'c.md'), '本规定第五十条\n')
      const below = cli(['check', 'a.bin', 'b.bin', 'c.md'], big)
      expect(below.workers).toBe(0)
      truncateSync(join(big, 'b.bin'), DEFAULT_PARALLEL_BYTES / 2 + 1024)
      const over = cli(['check', 'a.bin', 'b.bin', 'c.md'], big)
      expect(over.workers).toBe(availableParallelism() - 1)
      expect(over).toEqual({ ...below, workers: over.workers })
      expect(over.status).toBe(1)
      // Many small files stay on one thread without --jobs, and use threads with it.
      expect(cli(['check', '.'], tree).workers).toBe(0)
    } finally {
      rmSync(big, { recursive: true, force: true })
    }
  })

  it('is read as the other whole-number options are', () => {
    for (const value of ['0', 'x', '1.5', '', ' 2', '-3'])
      expect(run(['check', '.', `--jobs=${value}`]), value).toEqual({
        code: 2,
        stdout: '',
        stderr: `Unexpected --jobs \`${value}\`, expected an integer of at least 1\n`,
      })
    expect(run(['check', '--help']).stdout).toContain('--jobs N')
    expect(run(['--help']).stdout).toContain('[--jobs N]')
  })
})

describe('check --jobs N: a worker that fails', () => {
  const options: CheckOptions = {
    paths: ['.'],
    format: 'text',
    bare: false,
    gitignore: true,
    ignorePatterns: [],
    jobs: 2,
  }
  const check = async (worker: URL) => {
    let out = ''
    const code = await runCheck(options, {
      out: (text) => {
        out += text
      },
      err: () => undefined,
      cwd: tree,
      worker,
    })
    return { code, out }
  }
  const workerOf = (name: string, source: string): URL => {
    const file = join(scratch, name)
    writeFileSync(file, source)
    return pathToFileURL(file)
  }

  it('with the built worker, gives what one thread gives (this thread checks files too)', async () => {
    const built = await check(pathToFileURL(join(root, 'dist/check-worker.js')))
    const alone = await runCheck({ ...options, jobs: 1 }, { out: () => undefined, err: () => undefined, cwd: tree })
    expect(built.code).toBe(alone)
    expect(built.out.length).toBeGreaterThan(0)
  }, 60_000)

  it.each([
    ['throws as it starts', 'throw new Error("worker broke as it started")', /worker broke as it started/],
    [
      'throws on a file',
      'import { parentPort } from "node:worker_threads"\nparentPort.on("message", () => { throw new Error("worker broke on a file") })',
      /worker broke on a file/,
    ],
    [
      'exits',
      'import { parentPort } from "node:worker_threads"\nparentPort.on("message", () => process.exit(3))',
      /worker thread of check stopped \(exit code 3\)/,
    ],
  ])(
    'fails the run when it %s, rather than hang',
    async (name, source, error) => {
      await expect(check(workerOf(`${name.replace(/\W+/g, '-')}.mjs`, source))).rejects.toThrow(error)
    },
    60_000,
  )
})
