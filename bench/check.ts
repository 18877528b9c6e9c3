/**
 * `check` at scale: the built CLI over generated trees of 500, 2,000 and
 * 4,000 files (about 50 kB each, so 25, 100 and 200 MB; `CHECK_BENCH_SIZES`
 * sets other counts), in a process of its own, with its peak memory
 * (maxRSS) read as the process exits; next to it,
 * in this process, `extractCitations` and `checkText` over the same bytes
 * already in memory (no reading, no line handling, no output). The peak
 * memory should not grow with the size of the tree. Then `--jobs 2` against
 * `--jobs 1` (bench/check-jobs.ts).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { benchCheckJobs } from './check-jobs.js'
import { root, row } from './util.js'

const FILE_BYTES = 50_000
const SIZES = (process.env.CHECK_BENCH_SIZES ?? '500,2000,4000').split(',').map(Number)

/** One generated file: prose with valid, invalid and bare references, and code-like lines. */
function content(index: number): string {
  const lines = [
    `// file ${index}: 依照《吉林省反间谍工作规定》第${'一二三四五六七八九'[index % 9]}条执行`,
    'const policy = "本规定第十五条第二款"; // art_15__para_2',
    '国家安全机关应当畅通举报电话、网络举报受理平台等渠道，接受公民和组织对间谍行为的举报，并及时进行处理。',
    `见本规定第${index % 50 === 0 ? '四十三' : '二十三'}条第三款和第三十八条第一款第（五）项。`,
    'The duty in Article 23(2) of the Jilin Province Counter-Espionage Work Regulations applies.',
    '《中华人民共和国反间谍法》第二十五条有关拒绝整改的规定。',
    'function report(x) { return x.map((y) => y * 2) } // 第九十九条 bare, not checked',
  ]
  let text = ''
  for (let line = 0; Buffer.byteLength(text) < FILE_BYTES; line++) text += `${lines[line % lines.length]}\n`
  return text
}

function generate(folder: string, files: number): number {
  let bytes = 0
  for (let index = 0; index < files; index++) {
    const dir = join(folder, `d${Math.floor(index / 100)}`)
    if (index % 100 === 0) mkdirSync(dir, { recursive: true })
    const text = content(index)
    writeFileSync(join(dir, `f${index}.ts`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

function files(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .map((file) => join(folder, file))
    .filter((file) => statSync(file).isFile())
}

export async function benchCheck(): Promise<void> {
  console.log('\n## check at scale (built CLI, one process per tree; in-memory scans of the same bytes)')
  const { extractCitations, checkText } = (await import(pathToFileURL(join(root, 'dist/citation.js')).href)) as {
    extractCitations: (text: string) => unknown[]
    checkText: (text: string) => unknown[]
  }
  const work = mkdtempSync(join(tmpdir(), 'jce-bench-check-'))
  // Prints the peak resident memory of the process as it exits.
  const hook = join(work, 'maxrss.mjs')
  writeFileSync(
    hook,
    [
      "import { writeSync } from 'node:fs'",
      "process.on('exit', () => writeSync(2, 'MAXRSS ' + process.resourceUsage().maxRSS + '\\n'))",
      '',
    ].join('\n'),
  )
  try {
    for (const size of SIZES) {
      const folder = join(work, `tree-${size}`)
      const bytes = generate(folder, size)
      const mb = bytes / 1e6
      const start = process.hrtime.bigint()
      const result = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(hook).href, join(root, 'dist/cli.js'), 'check', folder],
        { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 },
      )
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      const maxRss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024
      const summary = /\d+ problems: \d+ references checked in \d+ files/.exec(result.stderr)?.[0] ?? result.stderr
      row(`check, ${size} files, ${mb.toFixed(1)} MB (status ${result.status})`, summary)
      row(
        '  files/s, MB/s, peak memory',
        `${(size / seconds).toFixed(0)} files/s, ${(mb / seconds).toFixed(1)} MB/s, ${maxRss.toFixed(0)} MB maxRSS (${seconds.toFixed(2)} s)`,
      )
      // The in-memory comparison on the tree the issue names (2,000 files, 100 MB), or the largest one.
      if (size === (SIZES.includes(2000) ? 2000 : SIZES[SIZES.length - 1])) {
        const texts = files(folder).map((file) => readFileSync(file, 'utf8'))
        for (const [label, scan] of [
          ['extractCitations (bare scan), same bytes in memory', extractCitations],
          ['checkText, same bytes in memory', checkText],
        ] as const) {
          const begin = process.hrtime.bigint()
          let found = 0
          for (const text of texts) found += scan(text).length
          const took = Number(process.hrtime.bigint() - begin) / 1e9
          row(`  ${label}`, `${(mb / took).toFixed(1)} MB/s (${took.toFixed(2)} s, ${found} citations)`)
        }
      }
      rmSync(folder, { recursive: true, force: true })
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  benchCheckJobs()
}
