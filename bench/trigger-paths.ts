/**
 * `node --single-threaded --import tsx bench/trigger-paths.ts [rounds] [--reverse]`
 * (after `npm run build`): `extractCitations` on the extraction bench's
 * 50 MB of statutes by each way of finding triggers, paired in one process
 * (each round in another order), in Node and in Chromium
 * (`/usr/bin/chromium`, or `CHROMIUM_PATH`). The built package is loaded
 * once per way, from copies of `dist` in a temporary directory, each
 * first run with a global hidden, so that it keeps the way it found:
 * WebAssembly copying with `Buffer#write` (Node only), WebAssembly copying
 * with `charCodeAt` (`Buffer` hidden: what browsers run), and the regular
 * expression (`WebAssembly` hidden), in that order or (`--reverse`) the
 * other: the order of loading has mattered (see `compare-extraction.ts`).
 * Reported: medians of wall time (and of CPU time in Node), and of the
 * paired ratios to the regular expression's time.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { repeatedStatutes } from './extraction.js'
// @ts-expect-error: plain JavaScript, shared with the browser page
import { pairedRounds } from './trigger-rounds.mjs'
import { median, root, row } from './util.js'

const ROUNDS = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 15)
const WAYS = ['Buffer#write', 'charCodeAt', 'regex'] as const
/** The copies are loaded in this order, or the other with `--reverse`: one loaded later has run faster. */
const ORDER = process.argv.includes('--reverse') ? [...WAYS].reverse() : [...WAYS]
type Way = (typeof WAYS)[number]
/** The global hidden while a copy first runs, so that it keeps the way named. */
const HIDDEN: Record<Way, string | undefined> = {
  'Buffer#write': undefined,
  charCodeAt: 'Buffer',
  regex: 'WebAssembly',
}

type Times = Record<string, { wall: number[]; cpu: number[]; count: number }>

function report(label: string, times: Times, megabytes: number): void {
  console.log(`\n### ${label} (${ROUNDS} rounds, paired)`)
  const ways = WAYS.filter((way) => way in times)
  const base = times.regex as { wall: number[]; cpu: number[] }
  for (const way of ways) {
    const { wall, cpu, count } = times[way] as { wall: number[]; cpu: number[]; count: number }
    const ratio = (values: number[], of: number[]): number =>
      median(values.map((value, index) => value / (of[index] as number)))
    row(
      way,
      `wall ${median(wall).toFixed(0)} ms (${(megabytes / (median(wall) / 1000)).toFixed(0)} MB/s, ${ratio(wall, base.wall).toFixed(3)} of the regex's)` +
        (cpu.length > 0 ? `, CPU ${median(cpu).toFixed(0)} ms (${ratio(cpu, base.cpu).toFixed(3)})` : '') +
        `, ${count.toLocaleString('en')} citations`,
    )
  }
}

const { text } = repeatedStatutes()
const megabytes = Buffer.byteLength(text) / (1024 * 1024)
const copies = mkdtempSync(join(tmpdir(), 'trigger-paths-'))
try {
  for (const way of WAYS) cpSync(`${root}dist`, join(copies, String(WAYS.indexOf(way))), { recursive: true })
  console.log(`## extractCitations by each way of finding triggers (${megabytes.toFixed(1)} MB)`)
  const node = (await pairedRounds(
    ORDER,
    HIDDEN,
    ROUNDS,
    text,
    async (way: string) => {
      const url = pathToFileURL(join(copies, String(WAYS.indexOf(way as Way)), 'citation.js')).href
      return ((await import(url)) as { extractCitations: (text: string) => unknown[] }).extractCitations
    },
    () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1000
    },
  )) as Times
  report(`Node ${process.version}`, node, megabytes)

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] as string
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>')
      return
    }
    if (path === '/rounds.mjs') {
      response
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(readFileSync(`${root}bench/trigger-rounds.mjs`))
      return
    }
    if (path === '/text') {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
      return
    }
    if (!/^\/\d\/[\w.-]+\.js$/.test(path)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(copies, path)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const page = await browser.newPage()
    await page.goto(`${origin}/`)
    const ways = ORDER.filter((way) => way !== 'Buffer#write')
    // A string, not a function: the page imports as written.
    const inBrowser = (await page.evaluate(`(async () => {
      const { pairedRounds } = await import('/rounds.mjs')
      const text = await (await fetch('/text')).text()
      const load = async (way) => (await import('/' + ${JSON.stringify(WAYS)}.indexOf(way) + '/citation.js')).extractCitations
      return pairedRounds(${JSON.stringify(ways)}, ${JSON.stringify(HIDDEN)}, ${ROUNDS}, text, load, () => undefined)
    })()`)) as Times
    report(`Chromium ${browser.version()}`, inBrowser, megabytes)
  } finally {
    await browser.close()
    server.close()
  }
} finally {
  rmSync(copies, { recursive: true, force: true })
}
