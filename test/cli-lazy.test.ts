/**
 * The built command loads only what the command it runs needs: `--version`
 * and `--help` none of the library and no dependency, `check` no renderer.
 * Which modules load, not how long they take: start-up time is measured in
 * `npm run bench` (bench/cli-startup.ts), never asserted here.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LOADERS } from '../src/cli/lazy.js'
import { COMMANDS, USAGE } from './helpers/run.js'

const DIST = new URL('../dist/', import.meta.url)
const CLI = new URL('cli.js', DIST).pathname

/** A resolve hook (in the loader thread) that tells the main thread every module resolved. */
const HOOKS = `
export async function initialize({ port }) { globalThis.port = port }
export async function resolve(specifier, context, next) {
  const answer = await next(specifier, context)
  globalThis.port.postMessage(answer.url)
  return answer
}
`
/** Registers the hook and prints every module resolved, one a line, on standard error at exit. */
const PRELOAD = (hooks: string) => `
import { register } from 'node:module'
import { MessageChannel } from 'node:worker_threads'
const { port1, port2 } = new MessageChannel()
const seen = new Set()
port1.on('message', (url) => seen.add(url))
port1.unref()
register(${JSON.stringify(hooks)}, { data: { port: port2 }, transferList: [port2] })
process.on('exit', () => process.stderr.write('\\n@@' + [...seen].join('\\n@@') + '\\n'))
`

/** The modules (files, not built-ins) the built CLI loads to answer `args`. */
function loaded(args: readonly string[]): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'cli-lazy-'))
  writeFileSync(join(folder, 'hooks.mjs'), HOOKS)
  writeFileSync(join(folder, 'preload.mjs'), PRELOAD(pathToFileURL(join(folder, 'hooks.mjs')).href))
  const result = spawnSync(process.execPath, ['--import', join(folder, 'preload.mjs'), CLI, ...args], {
    encoding: 'utf8',
  })
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('@@file:'))
    .map((line) => line.slice(2))
}

describe('the built command', () => {
  it('answers --version and --help loading no dependency and no command', () => {
    for (const args of [['--version'], ['--help'], ['-h'], ['nonsense']]) {
      const urls = loaded(args)
      expect(urls, args.join(' ')).toContain(pathToFileURL(CLI).href)
      expect(
        urls.filter((url) => url.includes('/node_modules/')),
        args.join(' '),
      ).toEqual([])
      // Only the CLI and the few small chunks it imports statically (usage, colour, exit statuses).
      expect(urls.length, args.join(' ')).toBeLessThanOrEqual(5)
      for (const command of Object.keys(LOADERS))
        expect(urls.join('\n')).not.toMatch(new RegExp(`/${command}(-command)?-`))
    }
  })

  it('loads for check the check command and not the renderers or the other commands', () => {
    const urls = loaded(['check', 'CHANGELOG.md'])
    expect(urls.some((url) => /\/check-command-\w+\.js$/.test(url))).toBe(true)
    expect(urls.filter((url) => /\/(toc|show|search|cite|render)-\w+\.js$/.test(url))).toEqual([])
    // The renderers' dependencies: `check` writes text, JSON or SARIF itself.
    expect(urls.filter((url) => /\/node_modules\/(hast|xast|mdast-util-to-markdown)/.test(url))).toEqual([])
  })
})

describe('the table of loaders', () => {
  it('has every command, in the order the usage lists them, each loading the command the tests run', async () => {
    expect(Object.keys(LOADERS)).toEqual(Object.keys(COMMANDS))
    for (const [name, load] of Object.entries(LOADERS)) {
      expect(await load()).toBe(COMMANDS[name as keyof typeof COMMANDS])
      expect(USAGE).toContain(`  ${name} `)
    }
  })
})
