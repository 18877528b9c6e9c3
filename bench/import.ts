/**
 * What importing the main entry costs: cold-process time against an empty
 * Node process (side by side, interleaved), time of the `import()` itself
 * inside a process, and the size of the code the entry loads.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { median, moduleGraph, root, row, timeProcess } from './util.js'

const RUNS = 60

export function benchImport(): void {
  console.log('\n## Importing jilin-counter-espionage (main entry)')
  // A one-line ES module: what any first `import()` costs, whatever it loads.
  mkdirSync(`${root}test-output/bench`, { recursive: true })
  writeFileSync(`${root}test-output/bench/one-line.mjs`, 'export const x = 1\n')
  const variants = {
    empty: ['--input-type=module', '-e', 'await 0'],
    oneLine: ['--input-type=module', '-e', "await import('./test-output/bench/one-line.mjs')"],
    main: ['--input-type=module', '-e', "await import('jilin-counter-espionage')"],
  }
  const times: Record<keyof typeof variants, number[]> = { empty: [], oneLine: [], main: [] }
  for (let i = 0; i < 3; i++) for (const args of Object.values(variants)) timeProcess(args)
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(variants)) times[name as keyof typeof variants].push(timeProcess(args))
  }
  const [empty, oneLine, main] = [median(times.empty), median(times.oneLine), median(times.main)]
  row(`empty node process, median of ${RUNS}`, `${empty.toFixed(1)} ms`)
  row(`importing a one-line ES module, median of ${RUNS}`, `${oneLine.toFixed(1)} ms`)
  row(`importing the main entry, median of ${RUNS}`, `${main.toFixed(1)} ms`)
  row('extra time over an empty process', `${(main - empty).toFixed(1)} ms (goal < 15 ms)`)
  row('extra time over importing a one-line module', `${(main - oneLine).toFixed(1)} ms`)

  const inner: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const out = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t = performance.now(); await import('jilin-counter-espionage'); console.log(performance.now() - t)",
      ],
      { cwd: root, encoding: 'utf8' },
    )
    inner.push(Number(out.stdout))
  }
  row(`await import() inside the process, median of ${RUNS}`, `${median(inner).toFixed(2)} ms`)

  const files = moduleGraph('dist/index.js')
  const code = files.map((file) => readFileSync(`${root}${file}`))
  const raw = code.reduce((sum, buffer) => sum + buffer.length, 0)
  const gzip = gzipSync(Buffer.concat(code), { level: 9 }).length
  row(
    `main entry code (${files.join(', ')})`,
    `${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzipped`,
  )
}
