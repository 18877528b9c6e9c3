/// <reference lib="dom" />
/**
 * The standalone HTML page in a real browser: Debian's Chromium
 * (`/usr/bin/chromium`, installed by `.ci/run`), driven by playwright-core.
 * A missing browser fails this test; it is never skipped.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractCitations } from '../src/entries/citation.js'
import { regulation } from '../src/entries/index.js'
import { renderBilingual } from '../src/entries/render-bilingual.js'
import { BLOCK } from '../src/generated/trigger-module.js'
import { renderHtml } from '../src/render/html.js'
import { root } from './helpers/corpus.js'
import { triggerInputs } from './helpers/trigger-inputs.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** The longest statute of the security folder: long enough for the native triggers in Node. */
const SECURITY_FILE = readdirSync(`${root}test/fixtures/peer-corpus/security`)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, size: readFileSync(`${root}test/fixtures/peer-corpus/security/${name}`, 'utf8').length }))
  .sort((a, b) => b.size - a.size)[0]?.name as string
const out = `${root}test-output/html/`

let browser: Browser
let page: Page
const problems: string[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium), as .ci/run does`,
    )
  }
  const html = renderHtml(regulation, { standalone: true })
  if (!html.ok) throw new Error(html.reason)
  mkdirSync(out, { recursive: true })
  writeFileSync(`${out}regulation.html`, html.output)
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`))
  await page.goto(`file://${out}regulation.html`)
  const bilingual = renderBilingual(regulation, { standalone: true, highlight: true })
  if (!bilingual.ok) throw new Error(bilingual.reason)
  writeFileSync(`${out}bilingual.html`, bilingual.output)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the standalone page in Chromium', () => {
  it('shows every article and every chapter', async () => {
    const ids = await page.locator('article').evaluateAll((elements) => elements.map((element) => element.id))
    expect(ids).toEqual(Array.from({ length: 42 }, (_, i) => `art_${i + 1}`))
    expect(await page.locator('section > h2').allInnerTexts()).toEqual(
      regulation.chapters.map((c) => `${c.heading} ${c.title}`),
    )
    expect(await page.title()).toBe('吉林省反间谍工作规定')
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  })

  it('follows a table-of-contents link to the right anchor', async () => {
    await page.screenshot({ path: `${out}regulation.png`, fullPage: false })
    await page.locator('nav a[href="#art_15"]').click()
    await page.waitForFunction(() => location.hash === '#art_15')
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target')
      const box = element?.getBoundingClientRect()
      return {
        id: element?.id,
        top: box?.top,
        height: window.innerHeight,
        text: element?.querySelector('h3')?.textContent,
      }
    })
    expect(target.id).toBe('art_15')
    expect(target.text).toBe('第十五条')
    // Scrolled to the top of the viewport, give or take a sub-pixel.
    expect(target.top).toBeGreaterThanOrEqual(-1)
    expect(target.top).toBeLessThan(target.height ?? 0)
    await page.screenshot({ path: `${out}regulation-art_15.png` })
    expect(existsSync(`${out}regulation-art_15.png`)).toBe(true)
  })

  it('reports no console errors', () => {
    expect(problems).toEqual([])
  })
})

describe('the bilingual page in Chromium', () => {
  let view: Page
  beforeAll(async () => {
    view = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    view.on('console', (message) => {
      if (message.type() === 'error') problems.push(`bilingual console: ${message.text()}`)
    })
    view.on('pageerror', (error) => problems.push(`bilingual page: ${error.message}`))
    await view.goto(`file://${out}bilingual.html`)
  })

  it('shows both languages side by side in every row', async () => {
    const rows = await view.locator('.jce-row').evaluateAll((elements) =>
      elements.map((row) => {
        const [zh, en] = [row.querySelector('.jce-zh'), row.querySelector('.jce-en')]
        const a = zh?.getBoundingClientRect()
        const b = en?.getBoundingClientRect()
        return {
          id: row.id,
          zh: zh?.textContent?.length ?? 0,
          en: en?.textContent?.length ?? 0,
          zhWidth: a?.width ?? 0,
          enWidth: b?.width ?? 0,
          beside: a !== undefined && b !== undefined && b.left >= a.right && Math.abs(a.top - b.top) < 2,
        }
      }),
    )
    // Every paragraph and item, and the promulgation note.
    const leaves = regulation.chapters.flatMap((c) =>
      c.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p, ...p.items])),
    )
    expect(rows.map((row) => row.id)).toEqual(['promulgation-note', ...leaves.map((leaf) => leaf.eId)])
    for (const row of rows) {
      expect(row.zh, row.id).toBeGreaterThan(0)
      expect(row.en, row.id).toBeGreaterThan(0)
      expect(row.zhWidth, row.id).toBeGreaterThan(100)
      expect(row.enWidth, row.id).toBeGreaterThan(100)
      expect(row.beside, row.id).toBe(true)
    }
    await view.screenshot({ path: `${out}bilingual.png` })
    expect(existsSync(`${out}bilingual.png`)).toBe(true)
  })

  it('follows a citation to the paragraph it names', async () => {
    await view.locator('#art_29__para_2 a.jce-ref').click()
    await view.waitForFunction(() => location.hash === '#art_29__para_1')
    const target = await view.evaluate(() => {
      const element = document.querySelector(':target')
      return { id: element?.id, top: element?.getBoundingClientRect().top, height: window.innerHeight }
    })
    expect(target.id).toBe('art_29__para_1')
    expect(target.top).toBeGreaterThanOrEqual(-1)
    expect(target.top).toBeLessThan(target.height)
    // The column heads stay at the top, the target below them, not under them.
    const heads = await view.evaluate(() => {
      const box = (document.querySelector('.jce-columns') as Element).getBoundingClientRect()
      return {
        top: box.top,
        bottom: box.bottom,
        text: (document.querySelector('.jce-columns') as HTMLElement).textContent,
      }
    })
    expect(Math.abs(heads.top)).toBeLessThan(1)
    expect(target.top).toBeGreaterThanOrEqual(heads.bottom - 1)
    expect(heads.text).toContain('English (unofficial translation)')
    await view.screenshot({ path: `${out}bilingual-art_29.png` })
  })

  it('follows a table-of-contents link, and colours the annotations', async () => {
    await view.locator('nav a[href="#art_18"]').click()
    await view.waitForFunction(() => location.hash === '#art_18')
    const colours = await view.evaluate(() => {
      const background = (selector: string): string =>
        getComputedStyle(document.querySelector(selector) as Element).backgroundColor
      return { actor: background('.jce-actor'), deontic: background('.jce-deontic'), plain: background('.jce-zh') }
    })
    expect(colours.actor).not.toBe(colours.plain)
    expect(colours.deontic).not.toBe(colours.plain)
  })

  it('reports no console errors', () => {
    expect(problems).toEqual([])
  })
})

describe('the bilingual page in Chromium, 375 px wide (a phone)', () => {
  let narrow: Page
  beforeAll(async () => {
    narrow = await browser.newPage({ viewport: { width: 375, height: 800 } })
    narrow.on('console', (message) => {
      if (message.type() === 'error') problems.push(`narrow console: ${message.text()}`)
    })
    narrow.on('pageerror', (error) => problems.push(`narrow page: ${error.message}`))
    await narrow.goto(`file://${out}bilingual.html`)
  })
  afterAll(async () => {
    await narrow?.close()
  })

  it('stacks every row, the English below the Chinese, with no horizontal overflow', async () => {
    const layout = await narrow.evaluate(() => {
      const rows = Array.from(document.querySelectorAll('.jce-row')).map((row) => {
        const a = (row.querySelector('.jce-zh') as Element).getBoundingClientRect()
        const b = (row.querySelector('.jce-en') as Element).getBoundingClientRect()
        const label = getComputedStyle(row.querySelector('.jce-en') as Element, '::before').content
        return { id: row.id, zh: [a.left, a.right, a.top, a.bottom], en: [b.left, b.right, b.top, b.bottom], label }
      })
      // Every element's right edge, to name the one that would overflow.
      const wide = Array.from(document.querySelectorAll('body *'))
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((element) => `${element.tagName}.${element.className}#${element.id}`)
      return {
        rows,
        wide,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        heads: getComputedStyle(document.querySelector('.jce-columns') as Element).display,
      }
    })
    expect(layout.clientWidth).toBe(375)
    expect(layout.scrollWidth).toBe(layout.clientWidth)
    expect(layout.wide).toEqual([])
    expect(layout.rows.map((row) => row.id)).toEqual([
      'promulgation-note',
      ...regulation.chapters.flatMap((c) =>
        c.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])),
      ),
    ])
    for (const row of layout.rows) {
      const [zhLeft, zhRight, , zhBottom] = row.zh as [number, number, number, number]
      const [enLeft, enRight, enTop, enBottom] = row.en as [number, number, number, number]
      // Below, not beside: the English starts under the Chinese, as wide as the column allows.
      expect(enTop, row.id).toBeGreaterThanOrEqual(zhBottom - 0.5)
      expect(enBottom, row.id).toBeGreaterThan(enTop)
      expect(Math.abs(enLeft - zhLeft), row.id).toBeLessThan(1)
      expect(Math.abs(enRight - zhRight), row.id).toBeLessThan(1)
      expect(zhRight, row.id).toBeLessThanOrEqual(375)
      // With the column heads out of line, each English cell says what it is.
      expect(row.label, row.id).toContain('English (unofficial translation)')
    }
    expect(layout.heads).toBe('none')
    await narrow.screenshot({ path: `${out}bilingual-375.png` })
    expect(existsSync(`${out}bilingual-375.png`)).toBe(true)
  })

  it('shows the notice at once to a reader who lands on an article by its anchor', async () => {
    await narrow.goto(`file://${out}bilingual.html#art_38`)
    await narrow.waitForFunction(() => document.querySelector(':target')?.id === 'art_38')
    const seen = await narrow.evaluate(() => {
      const note = document.querySelector('#art_38 > [role="note"]') as HTMLElement
      const box = note.getBoundingClientRect()
      return { text: note.textContent, top: box.top, bottom: box.bottom, height: window.innerHeight }
    })
    expect(seen.text).toContain('Unofficial English translation')
    expect(seen.top).toBeGreaterThanOrEqual(0)
    expect(seen.bottom).toBeLessThanOrEqual(seen.height)
    await narrow.screenshot({ path: `${out}bilingual-375-art_38.png` })
    expect(existsSync(`${out}bilingual-375-art_38.png`)).toBe(true)
  })

  it('reports no console errors', () => {
    expect(problems).toEqual([])
  })
})

describe('the citation subpath in Chromium (WebAssembly triggers without Buffer, and the regular expression)', () => {
  let server: Server
  let origin = ''
  /** A tab where the bundle finds triggers with WebAssembly: its `scan` calls are counted in `globalThis.seen`. */
  let wasm: Page
  /** A tab without WebAssembly: the bundle finds triggers with the regular expression. */
  let regex: Page

  beforeAll(async () => {
    if (!existsSync(`${root}dist/citation.js`))
      throw new Error('No dist/citation.js: run `npm run build` (npm test does)')
    server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] as string
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>citation</title>')
        return
      }
      const file = `${root}dist${path}`
      if (!/^\/[\w./-]+\.js$/.test(path) || path.includes('..') || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    wasm = await browser.newPage()
    // Before the bundle loads: the module it instantiates gets a `scan` that counts its calls and the code units.
    await wasm.addInitScript(`{
      const seen = { instances: 0, scans: 0, units: 0 }
      globalThis.seen = seen
      const Instance = WebAssembly.Instance
      WebAssembly.Instance = new Proxy(Instance, {
        construct(target, args) {
          const { exports } = Reflect.construct(target, args)
          seen.instances++
          const scan = (length, out) => {
            seen.scans++
            seen.units += length
            return exports.scan(length, out)
          }
          return { exports: { memory: exports.memory, scan } }
        },
      })
    }`)
    await wasm.goto(`${origin}/`)
    regex = await browser.newPage()
    await regex.addInitScript('delete globalThis.WebAssembly')
    await regex.goto(`${origin}/`)
  })

  afterAll(async () => {
    await wasm?.close()
    await regex?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  /**
   * `extractCitations` of `text` in `tab`, as JSON (which escapes lone
   * surrogates: they cross to Node intact), and what the tab's counters saw.
   */
  async function extractIn(
    tab: Page,
    text: string,
  ): Promise<{ citations: unknown[]; wasm: string; buffer: string; seen?: { scans: number; units: number } }> {
    // A string, not a function: the test runner would rewrite `import()` in a function's source.
    const found = (await tab.evaluate(`(async () => {
      const api = await import(${JSON.stringify(`${origin}/citation.js`)})
      const before = globalThis.seen && { ...globalThis.seen }
      const citations = JSON.stringify(api.extractCitations(${JSON.stringify(text)}))
      const seen = globalThis.seen && { scans: globalThis.seen.scans - before.scans, units: globalThis.seen.units - before.units }
      return { citations, wasm: typeof globalThis.WebAssembly, buffer: typeof globalThis.Buffer, seen }
    })()`)) as { citations: string; wasm: string; buffer: string; seen?: { scans: number; units: number } }
    return { ...found, citations: JSON.parse(found.citations) as unknown[] }
  }

  /** Where two lists first differ, for a message that shows it. */
  function firstDifference(got: readonly unknown[], expected: readonly unknown[]): string | undefined {
    for (let index = 0; index < Math.max(got.length, expected.length); index++) {
      const [a, b] = [JSON.stringify(got[index]), JSON.stringify(expected[index])]
      if (a !== b) return `citation ${index}: ${a} instead of ${b}`
    }
    return undefined
  }

  it('finds in a long statute what Node finds with WebAssembly, all at once and streamed', async () => {
    const text = readFileSync(`${root}test/fixtures/peer-corpus/security/${SECURITY_FILE}`, 'utf8')
    expect(text.length).toBeGreaterThan(4096)
    const expected = extractCitations(text, { resolve: false }).map((c) => [c.start, c.end, c.text])
    expect(expected.length).toBeGreaterThan(10)
    // A string, not a function: the test runner would rewrite `import()` in a function's source.
    const found = (await wasm.evaluate(`(async () => {
      const api = await import(${JSON.stringify(`${origin}/citation.js`)})
      const input = ${JSON.stringify(text)}
      const row = (c) => [c.start, c.end, c.text]
      const chunks = []
      for (let at = 0; at < input.length; at += 1000) chunks.push(input.slice(at, at + 1000))
      const streamed = []
      const scans = globalThis.seen.scans
      for await (const c of api.streamCitations(chunks, { resolve: false })) streamed.push(row(c))
      const streamScans = globalThis.seen.scans - scans
      return { buffer: typeof globalThis.Buffer, all: api.extractCitations(input, { resolve: false }).map(row), streamed, streamScans }
    })()`)) as { buffer: string; all: unknown[]; streamed: unknown[]; streamScans: number }
    expect(found.buffer).toBe('undefined')
    expect(found.all).toEqual(expected)
    expect(found.streamed).toEqual(expected)
    expect(found.streamScans).toBeGreaterThan(0)
  })

  it.each([
    ...triggerInputs(),
    [
      'the longest security statute',
      readFileSync(`${root}test/fixtures/peer-corpus/security/${SECURITY_FILE}`, 'utf8'),
    ],
  ])('finds with WebAssembly, and without it, what Node finds: %s', async (_, text) => {
    const expected = JSON.parse(JSON.stringify(extractCitations(text))) as unknown[]
    expect(expected.length).toBeGreaterThan(10)
    const native = await extractIn(wasm, text)
    expect([native.wasm, native.buffer]).toEqual(['object', 'undefined'])
    expect(firstDifference(native.citations, expected)).toBeUndefined()
    const viaRegex = await extractIn(regex, text)
    expect(viaRegex.wasm).toBe('undefined')
    expect(firstDifference(viaRegex.citations, expected)).toBeUndefined()
    // Long texts went through the module a block at a time (but what a citation across a block's end holds past it:
    // the next block starts where it ends), compiled once a page; short ones through the regular expression.
    if (text.length >= 4096) {
      expect(native.seen?.scans).toBeGreaterThanOrEqual(Math.ceil(text.length / BLOCK))
      expect(native.seen?.units).toBeGreaterThan(0.99 * text.length)
      expect(native.seen?.units).toBeLessThanOrEqual(text.length)
      expect(await wasm.evaluate('globalThis.seen.instances')).toBe(1)
    } else expect(native.seen?.scans).toBe(0)
  })
})
