/**
 * What each subpath costs an app that bundles it: the built entry bundled
 * with its dependencies by esbuild (`--bundle --minify`), then gzipped.
 * A subpath with a goal in `SUBPATHS` (kB gzipped) should stay under it;
 * one over its goal is followed by the source modules that weigh most in
 * it, so a report says what to look at.
 *
 * `npx tsx bench/size.ts` (after `npm run build`) runs it alone;
 * `npx tsx bench/size.ts citation` lists the modules of one subpath;
 * `npx tsx bench/size.ts exports` bundles each export of `/citation` alone.
 */
import { gzipSync } from 'node:zlib'
import { type BuildOptions, buildSync } from 'esbuild'
import { root, row } from './util.js'

const SUBPATHS = [
  ['index', 15],
  ['citation', 30],
  ['query', undefined],
  ['annotations', undefined],
  ['parse', undefined],
  ['schema', undefined],
  ['render', undefined],
  ['render/markdown', 25],
  ['render/text', 25],
  ['render/html', 25],
  ['render/akn', 25],
  ['render/json', 25],
  ['render/bilingual', undefined],
  ['remark', undefined],
] as const

/** How an app's bundler would take the entry in. */
const BUNDLE: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  logLevel: 'error',
}

export function benchSize(): void {
  console.log('\n## Bundled size of each subpath (esbuild --bundle --minify, then gzip -9)')
  for (const [subpath, budget] of SUBPATHS) {
    const result = buildSync({ ...BUNDLE, entryPoints: [`${root}dist/${subpath}.js`] })
    const code = result.outputFiles?.[0]?.contents ?? new Uint8Array()
    const gzipped = gzipSync(code, { level: 9 }).length
    const over = budget !== undefined && gzipped / 1000 >= budget
    const goal = budget === undefined ? '' : ` (goal < ${budget} kB${over ? ': OVER' : ''})`
    row(
      `jilin-counter-espionage${subpath === 'index' ? '' : `/${subpath}`}`,
      `${(code.length / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB gzipped${goal}`,
    )
    if (over) sourceModules(subpath, 8)
  }
  benchExports()
}

/** `contents` (an entry at the root) bundled as an app's bundler would, minified. */
export function bundled(contents: string): Uint8Array {
  const result = buildSync({ ...BUNDLE, stdin: { contents, resolveDir: root, loader: 'ts' }, absWorkingDir: root })
  return result.outputFiles?.[0]?.contents ?? new Uint8Array()
}

/** Minified and gzipped bytes of `contents` (an entry at the root) bundled. */
export function bundledSize(contents: string): { minified: number; gzipped: number } {
  const code = bundled(contents)
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length }
}

/**
 * What an app that imports one export of `/citation` alone bundles: from
 * `dist/` as it ships, and from the source, tree shaken module by module,
 * for the floor the built chunks should come close to.
 */
export function benchExports(): void {
  console.log('\n## Bundled size of each export of /citation imported alone (dist, and src for the floor)')
  const entry = buildSync({ ...BUNDLE, entryPoints: [`${root}dist/citation.js`], metafile: true })
  const names = [...(Object.values(entry.metafile?.outputs ?? {})[0]?.exports ?? [])].sort()
  const kB = (bytes: number): string => (bytes / 1000).toFixed(1)
  for (const name of names) {
    const entry = (from: string): string => `import { ${name} } from '${from}'\nconsole.log(${name})`
    const dist = bundledSize(entry('./dist/citation.js'))
    const src = bundledSize(entry('./src/entries/citation.ts'))
    row(
      `  ${name}`,
      `${kB(dist.minified)} kB min, ${kB(dist.gzipped)} kB gz (src ${kB(src.minified)} / ${kB(src.gzipped)})`,
    )
  }
}

/**
 * The source modules of a subpath by the minified bytes each puts in its
 * bundle, heaviest first: the built entry's chunks merge modules, so the
 * entry's source is bundled the same way instead.
 */
export function sourceModules(subpath: string, top = Number.POSITIVE_INFINITY): void {
  const result = buildSync({
    ...BUNDLE,
    entryPoints: [`${root}src/entries/${subpath.replace('/', '-')}.ts`],
    absWorkingDir: root,
    metafile: true,
  })
  const output = Object.values(result.metafile?.outputs ?? {})[0]
  const weights = Object.entries(output?.inputs ?? {})
    .map(([path, input]) => [path, input.bytesInOutput] as const)
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
  for (const [path, bytes] of weights.slice(0, top)) row(`  ${path}`, `${(bytes / 1000).toFixed(1)} kB minified`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const subpath = process.argv[2]
  if (subpath === undefined) benchSize()
  else if (subpath === 'exports') benchExports()
  else sourceModules(subpath)
}
