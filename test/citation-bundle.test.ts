/**
 * What only statutes need is loaded only by them: an app that imports
 * `jilin-counter-espionage/citation` without `statuteCitations` or
 * `statuteOutline` bundles none of `src/citation/statute/`, and one that
 * imports only those bundles neither the regulation's data nor the check,
 * extraction and one-citation API. Read from esbuild's module graph of the
 * entry's source, bundled with tree shaking as an app's bundler would; the
 * graph is exact, unlike a size or a time.
 */
import { existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundled } from '../bench/size.js'
import * as citation from '../src/entries/citation.js'
import { root } from './helpers/corpus.js'

/** The exports of `/citation` that read statutes of the general model. */
const STATUTE = ['statuteCitations', 'statuteOutline']
const OTHERS = Object.keys(citation).filter((name) => !STATUTE.includes(name))

/** The source modules that put code in a bundle of `names` imported from the entry. */
async function modulesOf(names: readonly string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './src/entries/citation.ts'`,
      resolveDir: root,
      loader: 'ts',
    },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  })
  const output = Object.values(result.metafile.outputs)[0]
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)
}

let others: string[] = []
let statutes: string[] = []

beforeAll(async () => {
  others = await modulesOf(OTHERS)
  statutes = await modulesOf(STATUTE)
}, 60_000)

describe('the citation entry’s statute code', () => {
  it('the entry exports both sides', () => {
    expect(Object.keys(citation)).toEqual(expect.arrayContaining(STATUTE))
    expect(OTHERS.length).toBeGreaterThan(10)
  })

  it('no export but the statute ones loads a module of src/citation/statute/', () => {
    expect(others).toContain('src/citation/scan/scanner.ts')
    expect(others.filter((path) => path.startsWith('src/citation/statute/'))).toEqual([])
  })

  it('the statute exports load no regulation data, check, extraction or one-citation API', () => {
    expect(statutes).toContain('src/citation/statute/statute-citations.ts')
    const foreign = /^src\/(generated\/regulation|access\/(regulation|lookup)|citation\/(check|extract|api)\/)/
    expect(statutes.filter((path) => foreign.test(path))).toEqual([])
  })
})

/**
 * The same from `dist/`, as apps bundle it: tsup merges modules into shared
 * chunks, where a bundler keeps any top-level statement that may have an
 * effect, and all it refers to. The tables are built in initializers marked
 * pure (`@__PURE__`), so one export costs about what its modules do.
 */
describe('the built /citation, one export at a time', () => {
  const built = existsSync(`${root}dist/citation.js`)
  const alone = (name: string, from: string): string => `import { ${name} } from '${from}'\nconsole.log(${name})`
  const gzipped = (code: Uint8Array): number => gzipSync(code, { level: 9 }).length

  it('is built', () => {
    expect(built, 'run `npm run build` first').toBe(true)
  })

  it.runIf(built)('what the chunks keep for their effects alone is a few strings', async () => {
    // Every module of the entry kept, as if each had effects: what remains is what no bundler can drop.
    const result = await build({
      stdin: { contents: `import './dist/citation.js'`, resolveDir: root },
      absWorkingDir: root,
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
      plugins: [
        {
          name: 'effects',
          setup(plugin) {
            plugin.onResolve({ filter: /^\./ }, async ({ path, kind, resolveDir, pluginData }) => {
              if (pluginData === 'resolving') return undefined
              const found = await plugin.resolve(path, { kind, resolveDir, pluginData: 'resolving' })
              return { ...found, sideEffects: true }
            })
          },
        },
      ],
    })
    const kept = result.outputFiles[0]?.text ?? ''
    expect(kept.length, `top-level code a bundler keeps:\n${kept.slice(0, 2000)}`).toBeLessThan(1500)
  })

  it.runIf(built)('an export costs about what its source modules do', () => {
    const over = OTHERS.concat(STATUTE).flatMap((name) => {
      const dist = gzipped(bundled(alone(name, './dist/citation.js')))
      const src = gzipped(bundled(alone(name, './src/entries/citation.ts')))
      return dist > src * 1.1 + 500 ? [`${name}: ${dist} B gzipped from dist, ${src} from src`] : []
    })
    expect(over).toEqual([])
  })

  it.runIf(built)('a constant or a small function alone is small', () => {
    for (const name of ['MAX_ALIASES', 'REFERENCE_FORMS', 'CITATION_STYLES', 'WORK_URI', 'referenceMessage']) {
      expect(gzipped(bundled(alone(name, './dist/citation.js'))), name).toBeLessThan(2000)
    }
  })

  it.runIf(built)('the statute exports and resolveIn bundle no regulation data', () => {
    const decoder = new TextDecoder()
    for (const name of ['statuteCitations', 'statuteOutline', 'resolveIn']) {
      const code = decoder.decode(bundled(alone(name, './dist/citation.js')))
      expect(code, name).not.toContain('art_42__para_1')
    }
    expect(decoder.decode(bundled(alone('formatCitation', './dist/citation.js')))).toContain('art_42__para_1')
  })
})
