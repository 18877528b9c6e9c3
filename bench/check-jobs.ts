/**
 * `check --jobs 2` against `--jobs 1`, the built CLI as whole processes, on
 * trees of thousands of real files: there is no such collection here, so
 * the statutes of the peer corpus (test/fixtures/peer-corpus) are copied
 * {@link COPIES} times into a temporary folder. The two run in turn, round
 * after round, the first of a round alternating, so the machine's drift
 * falls on both; the ratio is taken within each round (paired). Their
 * standard outputs must be the same bytes. Goal (issue 29): at least 1.6×
 * on two cores. `CHECK_JOBS_ROUNDS` sets the rounds; run alone with
 * `npx tsx bench/check-jobs.ts` after `npm run build`.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { median, root, row } from './util.js'

/** Trees of so many copies: below and above the size from which a run without --jobs uses threads. */
const COPIES = [20, 60] as const
const ROUNDS = Number(process.env.CHECK_JOBS_ROUNDS ?? 7)

/** Wall milliseconds of `check . --jobs N` in `cwd`, and a digest of what it wrote on standard output. */
function timeCheck(cwd: string, jobs: number): { ms: number; digest: string } {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '.', '--jobs', String(jobs)], {
    cwd,
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 28,
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && result.status !== 1) throw new Error(`check --jobs ${jobs} exited ${result.status}`)
  return { ms, digest: createHash('sha256').update(result.stdout).digest('hex') }
}

/** The bytes of the files under `folder`. */
function folderBytes(folder: string): number {
  return (readdirSync(folder, { recursive: true }) as string[])
    .map((name) => statSync(join(folder, name)))
    .reduce((sum, info) => sum + (info.isFile() ? info.size : 0), 0)
}

/** Time `check` on one thread and on two over copies of the peer corpus; print minima, medians and the paired ratio. */
export function benchCheckJobs(): void {
  for (const copies of COPIES) benchTree(copies)
}

function benchTree(copies: number): void {
  console.log(`\n## check --jobs 2 against --jobs 1 (built CLI, ${copies} copies of the peer corpus, ${ROUNDS} rounds)`)
  const tree = mkdtempSync(join(tmpdir(), 'jce-bench-jobs-'))
  try {
    for (let copy = 1; copy <= copies; copy++)
      cpSync(join(root, 'test/fixtures/peer-corpus'), join(tree, `copy-${copy}`), { recursive: true })
    const files = (readdirSync(tree, { recursive: true, withFileTypes: true }) as { isFile(): boolean }[]).filter(
      (entry) => entry.isFile(),
    ).length
    const megabytes = (copies * folderBytes(join(root, 'test/fixtures/peer-corpus'))) / 1e6
    row('  tree', `${files} files, ${megabytes.toFixed(0)} MB, ${availableParallelism()} cores available`)
    // Warm the file cache and the build before counting.
    const digest = timeCheck(tree, 1).digest
    timeCheck(tree, 2)
    const one: number[] = []
    const two: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [1, 2] : [2, 1]
      for (const jobs of order) {
        const { ms, digest: got } = timeCheck(tree, jobs)
        if (got !== digest) throw new Error(`check --jobs ${jobs} wrote another output than --jobs 1`)
        ;(jobs === 1 ? one : two).push(ms)
      }
    }
    const ratios = one.map((ms, index) => ms / (two[index] as number))
    for (const [label, times] of [
      ['--jobs 1', one],
      ['--jobs 2', two],
    ] as const)
      row(`  ${label}, min / median`, `${Math.min(...times).toFixed(0)} / ${median(times).toFixed(0)} ms`)
    row(
      '  --jobs 1 / --jobs 2, median of paired ratios',
      `${median(ratios).toFixed(2)}× (min–max ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×, goal ≥ 1.6× on two cores)`,
    )
  } finally {
    rmSync(tree, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchCheckJobs()
