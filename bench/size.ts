/**
 * What each subpath costs an app that bundles it: the built entry bundled
 * with its dependencies by esbuild (`--bundle --minify`), then gzipped.
 * Each per-format renderer subpath should stay under 25 kB gzipped, and the
 * main entry under 15 kB.
 */
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import { root, row } from './util.js'

const SUBPATHS = [
  ['index', 15],
  ['citation', undefined],
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

export function benchSize(): void {
  console.log('\n## Bundled size of each subpath (esbuild --bundle --minify, then gzip -9)')
  for (const [subpath, budget] of SUBPATHS) {
    const result = buildSync({
      entryPoints: [`${root}dist/${subpath}.js`],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'error',
    })
    const code = result.outputFiles[0]?.contents ?? new Uint8Array()
    const gzipped = gzipSync(code, { level: 9 }).length
    const goal = budget === undefined ? '' : ` (goal < ${budget} kB${gzipped / 1000 < budget ? '' : ': OVER'})`
    row(
      `jilin-counter-espionage${subpath === 'index' ? '' : `/${subpath}`}`,
      `${(code.length / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB gzipped${goal}`,
    )
  }
}
