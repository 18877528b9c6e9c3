/**
 * What importing the main entry costs: cold-process time against an empty
 * Node process (side by side, interleaved), time of the `import()` itself
 * inside a process, and the size of the code the entry loads.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { median, moduleGraph, root, row, timeProcess } from './util.js'

const RUNS = 40

export function benchImport(): void {
  console.log('\n## Importing jilin-counter-espionage (main entry)')
  const empty: number[] = []
  const loaded: number[] = []
  const importArgs = ['--input-type=module', '-e', "await import('jilin-counter-espionage')"]
  const emptyArgs = ['--input-type=module', '-e', 'await 0']
  for (let i = 0; i < 3; i++) {
    timeProcess(emptyArgs)
    timeProcess(importArgs)
  }
  for (let i = 0; i < RUNS; i++) {
    empty.push(timeProcess(emptyArgs))
    loaded.push(timeProcess(importArgs))
  }
  row(`empty node process, median of ${RUNS}`, `${median(empty).toFixed(1)} ms`)
  row(`node process importing the main entry, median of ${RUNS}`, `${median(loaded).toFixed(1)} ms`)
  row('extra time of the import (difference of medians)', `${(median(loaded) - median(empty)).toFixed(1)} ms`)

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
