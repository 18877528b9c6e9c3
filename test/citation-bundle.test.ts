/**
 * What only statutes need is loaded only by them: an app that imports
 * `jilin-counter-espionage/citation` without `statuteCitations` or
 * `statuteOutline` bundles none of `src/citation/statute/`, and one that
 * imports only those bundles neither the regulation's data nor the check,
 * extraction and one-citation API. Read from esbuild's module graph of the
 * entry's source, bundled with tree shaking as an app's bundler would; the
 * graph is exact, unlike a size or a time.
 */
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
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
