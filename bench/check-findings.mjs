/**
 * `check` where findings are many and lines long: the built CLI over files
 * of one reference that does not resolve every 60 bytes (依照本规定第九十九条，
 * 参见本规定第五条。), on lines of one such sentence each or all on one line,
 * in text, --json and SARIF, standard output to /dev/null. Each run is a
 * process of its own; its wall time is taken here and its peak memory
 * (maxRSS) read by a hook as it exits. Plain JavaScript, so that a build
 * from before a change can be measured the same way:
 *
 *   node bench/check-findings.mjs [--cli path/to/cli.js] [--shapes lines,one] [--formats text,json,sarif] [MB...]
 *
 * Sizes default to 10 20 40. Figures go to bench/NOTES.md.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const UNIT = '依照本规定第九十九条，参见本规定第五条。'
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  if (at === -1) return fallback
  const [value] = args.splice(at, 2).slice(1)
  return value
}
const cli = option('--cli', fileURLToPath(new URL('../dist/cli.js', import.meta.url)))
const shapes = option('--shapes', 'lines,one').split(',')
const formats = option('--formats', 'text,json,sarif').split(',')
const sizes = (args.length > 0 ? args : ['10', '20', '40']).map(Number)
const FLAGS = { text: [], json: ['--json'], sarif: ['--format', 'sarif'] }

/** Write `megabytes` of the sentence, a block at a time; answer the bytes written. */
function write(file, megabytes, oneLine) {
  const block = Buffer.from((oneLine ? UNIT : `${UNIT}\n`).repeat(2048))
  const fd = openSync(file, 'w')
  let size = 0
  try {
    while (size < megabytes * 1e6) size += writeSync(fd, block)
    if (oneLine) size += writeSync(fd, '\n')
  } finally {
    closeSync(fd)
  }
  return size
}

const work = mkdtempSync(join(tmpdir(), 'jce-bench-findings-'))
const hook = join(work, 'maxrss.mjs')
writeFileSync(
  hook,
  "import { writeSync } from 'node:fs'\nprocess.on('exit', () => writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'))\n",
)
console.log(`# check with a finding every 60 bytes (${cli}, node ${process.version})`)
console.log('shape  format  MB      seconds  peak MB  status  stderr')
try {
  for (const shape of shapes) {
    for (const megabytes of sizes) {
      const file = join(work, `${shape}-${megabytes}.txt`)
      const bytes = write(file, megabytes, shape === 'one')
      for (const format of formats) {
        const start = process.hrtime.bigint()
        const result = spawnSync(
          process.execPath,
          ['--import', pathToFileURL(hook).href, cli, 'check', file, ...FLAGS[format]],
          {
            stdio: ['ignore', 'ignore', 'pipe'],
            encoding: 'utf8',
            maxBuffer: 1 << 24,
          },
        )
        const seconds = Number(process.hrtime.bigint() - start) / 1e9
        const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024
        const said =
          result.stderr
            .replace(/\n?MAXRSS \d+\n$/, '')
            .trim()
            .split('\n')
            .at(-1) ?? ''
        console.log(
          `${shape.padEnd(6)} ${format.padEnd(7)} ${(bytes / 1e6).toFixed(1).padStart(6)} ${seconds.toFixed(2).padStart(8)} ${rss.toFixed(0).padStart(8)} ${String(result.status).padStart(7)}  ${said.slice(0, 90)}`,
        )
      }
      rmSync(file, { force: true })
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
