import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/entries/index.ts',
    parse: 'src/entries/parse.ts',
    schema: 'src/entries/schema.ts',
    citation: 'src/entries/citation.ts',
    query: 'src/entries/query.ts',
    annotations: 'src/entries/annotations.ts',
    cli: 'src/entries/cli.ts',
    'check-worker': 'src/entries/check-worker.ts',
    remark: 'src/entries/remark.ts',
    render: 'src/entries/render.ts',
    'render/markdown': 'src/entries/render-markdown.ts',
    'render/text': 'src/entries/render-text.ts',
    'render/html': 'src/entries/render-html.ts',
    'render/akn': 'src/entries/render-akn.ts',
    'render/json': 'src/entries/render-json.ts',
    'render/bilingual': 'src/entries/render-bilingual.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  clean: true,
  // Chunks merge modules, and a bundler keeps every top-level statement of a chunk that may have an effect:
  // so modules build their tables in initializers marked `/* @__PURE__ */` (kept in the output), and an
  // app that imports one export drops the tables of the others (test/citation-bundle.test.ts).
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: [/^[^./]/],
})
