/// <reference lib="dom" />
/**
 * The standalone HTML page in a real browser: Debian's Chromium
 * (`/usr/bin/chromium`, installed by `.ci/run`), driven by playwright-core.
 * A missing browser fails this test; it is never skipped.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { regulation } from '../src/entries/index.js'
import { renderHtml } from '../src/render/html.js'
import { root } from './helpers/corpus.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
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
