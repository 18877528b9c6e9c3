/**
 * Layers that do not leak, read from the build's module graph (esbuild's
 * metafile of each entry point): the `parse`, `schema` and renderer
 * subpaths hold none of the regulation's data, and no module imports one of
 * a higher layer. The layers, from the lowest: model ← numeral ← access ←
 * citation ← query ← annotations; render and parse depend on the model (and the numeral
 * readers beside it, which hold no data) only; the CLI and the entry files
 * sit on top.
 */
import { readdirSync } from 'node:fs'
import { build, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { root } from './helpers/corpus.js'

const entries = readdirSync(`${root}src/entries`)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))

const graphs = new Map<string, Metafile>()

beforeAll(async () => {
  for (const entry of entries) {
    const result = await build({
      entryPoints: [`${root}src/entries/${entry}.ts`],
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      packages: 'external',
      logLevel: 'silent',
    })
    graphs.set(entry, result.metafile)
  }
}, 60_000)

/** The layer of a source file, by its folder. */
function layer(path: string): string {
  if (path === 'src/generated/regulation.ts') return 'access'
  if (path === 'src/generated/annotations.ts') return 'annotations'
  if (path === 'src/generated/trigger-module.ts') return 'citation'
  if (path.startsWith('src/generated/')) return 'model'
  const match = /^src\/([^/]+)\//.exec(path)
  return match ? (match[1] as string) : 'outside'
}

/** What each layer may import. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: ['model'],
  numeral: ['model', 'numeral'],
  access: ['model', 'numeral', 'access'],
  citation: ['model', 'numeral', 'access', 'citation'],
  query: ['model', 'numeral', 'access', 'citation', 'query'],
  annotations: ['model', 'numeral', 'access', 'citation', 'query', 'annotations'],
  render: ['model', 'render'],
  bilingual: ['model', 'numeral', 'access', 'citation', 'query', 'annotations', 'render', 'bilingual'],
  parse: ['model', 'numeral', 'parse'],
  cli: ['model', 'numeral', 'access', 'citation', 'query', 'annotations', 'render', 'cli'],
  remark: ['model', 'numeral', 'access', 'citation', 'remark'],
  entries: [
    'model',
    'numeral',
    'access',
    'citation',
    'query',
    'annotations',
    'render',
    'bilingual',
    'parse',
    'cli',
    'remark',
    'entries',
  ],
}

const DATA = 'src/generated/regulation.ts'

describe('the module graph of every entry point', () => {
  it('covers every entry point', () => {
    expect(entries.sort()).toEqual(
      [
        'annotations',
        'check-worker',
        'cli',
        'citation',
        'index',
        'parse',
        'query',
        'remark',
        'render',
        'render-akn',
        'render-bilingual',
        'render-html',
        'render-json',
        'render-markdown',
        'render-text',
        'schema',
      ].sort(),
    )
  })

  it.each(['parse', 'schema', 'render', 'render-akn', 'render-html', 'render-json', 'render-markdown', 'render-text'])(
    '%s holds none of the regulation’s data',
    (entry) => {
      const inputs = Object.keys(graphs.get(entry)?.inputs ?? {})
      expect(inputs.length).toBeGreaterThan(0)
      expect(inputs).not.toContain(DATA)
      expect(inputs.filter((path) => layer(path) === 'access')).toEqual([])
    },
  )

  it.each(entries)('%s: no module imports one of a higher layer', (entry) => {
    const { inputs } = graphs.get(entry) as Metafile
    const leaks: string[] = []
    for (const [path, input] of Object.entries(inputs)) {
      const from = layer(path)
      for (const imported of input.imports) {
        if (imported.external) continue
        const to = layer(imported.path)
        if (!(ALLOWED[from] ?? []).includes(to)) leaks.push(`${path} (${from}) imports ${imported.path} (${to})`)
      }
    }
    expect(leaks).toEqual([])
  })

  it('the check itself sees a leak: the citation layer reads the data', () => {
    const { inputs } = graphs.get('citation') as Metafile
    expect(Object.keys(inputs)).toContain(DATA)
    expect(ALLOWED.render).not.toContain('access')
  })
})
