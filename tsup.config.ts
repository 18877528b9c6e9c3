import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    parse: 'src/parse.ts',
    schema: 'src/schema.ts',
    citation: 'src/citation/index.ts',
    query: 'src/query/index.ts',
    cli: 'src/cli.ts',
    render: 'src/render-entry.ts',
    'render/markdown': 'src/entries/render-markdown.ts',
    'render/text': 'src/render/text.ts',
    'render/html': 'src/render/html.ts',
    'render/akn': 'src/render/akn.ts',
    'render/json': 'src/render/json.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  external: ['zod', 'unified', 'remark-parse', 'mdast-util-to-string'],
})
