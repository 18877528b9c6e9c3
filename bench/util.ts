import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../', import.meta.url))

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Median wall time of `runs` calls of `fn`, in milliseconds. */
export function time(fn: () => unknown, runs = 3): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Wall time of a whole `node` process, in milliseconds. */
export function timeProcess(args: readonly string[]): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`)
  return elapsed
}

export function row(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`)
}

/** The files (relative to the repository) that `entry` loads, following relative static imports. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(join(root, file), 'utf8')
    for (const match of text.matchAll(/\b(?:from|import)\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      visit(relative(root, join(root, dirname(file), match[1] as string)))
    }
  }
  visit(entry)
  return [...seen]
}

/** Wall and CPU time of one call, in milliseconds (CPU: the process's user and system time, all its threads). */
export function timed(run: () => number): { wall: number; cpu: number; count: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const count = run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000, count }
}
