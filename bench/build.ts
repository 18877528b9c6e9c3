/**
 * The full build, timed: `npm run generate -- --check` (parse the source,
 * generate the corpus and the data, check every annotation against the text,
 * generate the JSON Schemas, compare with what is committed) and `tsup` (the
 * bundles and their types). Each is one process; the median of a few runs.
 */
import { spawnSync } from 'node:child_process'
import { median, root, row } from './util.js'

const RUNS = 3

function timeCommand(command: string, args: readonly string[]): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return elapsed
}

export function benchBuild(): void {
  console.log('\n## The full build')
  const generate: number[] = []
  const bundle: number[] = []
  for (let i = 0; i < RUNS; i++) {
    generate.push(timeCommand('npx', ['tsx', 'scripts/build-data.ts', '--check']))
    bundle.push(timeCommand('npx', ['tsup', '--silent']))
  }
  const [data, code] = [median(generate), median(bundle)]
  row(`generate and check data and annotations, median of ${RUNS}`, `${(data / 1000).toFixed(2)} s`)
  row(`tsup (bundles and types), median of ${RUNS}`, `${(code / 1000).toFixed(2)} s`)
  row('full build', `${((data + code) / 1000).toFixed(2)} s`)
}
