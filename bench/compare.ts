/**
 * `npx tsx bench/compare.ts <other checkout>`: the main entry's import time
 * and size here and in another built checkout of the package (say, a
 * worktree of an earlier commit with `npx tsup` run in it), side by side in
 * one run: cold processes interleaved, medians of 60.
 */
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import { median, root, row, timeProcess } from './util.js'

const RUNS = 60
const other = process.argv[2]
if (!other) {
  console.error('Usage: npx tsx bench/compare.ts <path of another built checkout>')
  process.exit(2)
}
const variants = {
  empty: ['--input-type=module', '-e', 'await 0'],
  other: ['--input-type=module', '-e', `await import(${JSON.stringify(`${other}/dist/index.js`)})`],
  here: ['--input-type=module', '-e', `await import(${JSON.stringify(`${root}dist/index.js`)})`],
}
const times: Record<string, number[]> = { empty: [], other: [], here: [] }
for (let i = 0; i < 3; i++) for (const args of Object.values(variants)) timeProcess(args)
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(variants)) times[name]?.push(timeProcess(args))
const empty = median(times.empty as number[])
console.log(`## The main entry here and in ${other}`)
row(`empty node process, median of ${RUNS}`, `${empty.toFixed(1)} ms`)
for (const [name, dir] of [
  ['other', other],
  ['here', root],
] as const) {
  const code =
    buildSync({
      entryPoints: [`${dir}/dist/index.js`],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'error',
    }).outputFiles[0]?.contents ?? new Uint8Array()
  const extra = median(times[name] as number[]) - empty
  row(
    `${name}: import over an empty process; size`,
    `${extra.toFixed(1)} ms; ${(code.length / 1000).toFixed(1)} kB minified, ${(gzipSync(code, { level: 9 }).length / 1000).toFixed(1)} kB gzipped`,
  )
}
