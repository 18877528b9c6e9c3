/**
 * How long the built command takes as a whole process, against `node -e 0`:
 * `--version`, `--help` and `check` of one small file, paired and
 * interleaved in rounds (one of each per round, in turn) so that the
 * machine's drift falls on every variant alike. Goals (issue 29): `--version`
 * and `--help` within 1.5× of `node -e 0`, `check` of one file within 2.5×.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { median, root, row } from './util.js'

const ROUNDS = 40

/** Milliseconds `node args` takes, start to exit; standard error is dropped (`check` writes its summary there). */
function timeProcess(args: readonly string[]): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`)
  return elapsed
}

/** The `q`-quantile of `values` (nearest rank), for the spread of the ratios. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] as number
}

/** Time the CLI's start-up against an empty process and print medians, ratios and their spread. */
export function benchCliStartup(): void {
  console.log('\n## The command as a whole process (against `node -e 0`)')
  mkdirSync(`${root}test-output/bench`, { recursive: true })
  // One short paragraph with one reference: what a pre-commit hook checks most often.
  writeFileSync(`${root}test-output/bench/small.md`, '依照《吉林省反间谍工作规定》第十五条。\n')
  const variants = {
    'node -e 0': ['-e', '0'],
    '--version': ['dist/cli.js', '--version'],
    '--help': ['dist/cli.js', '--help'],
    'check one small file': ['dist/cli.js', 'check', 'test-output/bench/small.md'],
  } as const
  const goals: Record<string, number> = { '--version': 1.5, '--help': 1.5, 'check one small file': 2.5 }
  const names = Object.keys(variants) as (keyof typeof variants)[]
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<string, number[]>
  // Warm the file cache (node, dist) before counting.
  for (let i = 0; i < 3; i++) for (const name of names) timeProcess(variants[name])
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round: no variant always runs right after another.
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as keyof typeof variants
      times[name]?.push(timeProcess(variants[name]))
    }
  }
  const base = times['node -e 0'] as number[]
  row(`node -e 0, median of ${ROUNDS}`, `${median(base).toFixed(1)} ms`)
  for (const name of names.slice(1)) {
    const own = times[name] as number[]
    // Ratio within each round (paired), so a slow moment slows both sides of it.
    const ratios = own.map((t, i) => t / (base[i] as number))
    row(
      `${name}, median of ${ROUNDS}`,
      `${median(own).toFixed(1)} ms, ${median(ratios).toFixed(2)}× (p10–p90 ${quantile(ratios, 0.1).toFixed(2)}–${quantile(ratios, 0.9).toFixed(2)}×, goal ≤ ${goals[name]}×)`,
    )
  }
}
