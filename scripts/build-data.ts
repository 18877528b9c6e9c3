/**
 * Regenerate every derived file: the corpus Markdown from the source, then
 * the typed data module, the literal address types and the JSON Schema from
 * the corpus, and the WebAssembly trigger module from the grammar.
 * `--check` (a step of `npm test`) regenerates in memory, writes nothing,
 * names each committed file that differs and then exits 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { generateAll } from './lib/generate.js'
import { paths } from './lib/paths.js'
import { generateTriggerModule } from './lib/trigger-module.js'

const check = process.argv.includes('--check')
let stale = 0
for (const { path, content } of [...generateAll(), await generateTriggerModule()]) {
  const name = relative(paths.root, path)
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {}
  if (current === content) continue
  if (check) {
    console.error(`out of date: ${name} (run \`npm run generate\`)`)
    stale++
  } else {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    console.log(`wrote ${name}`)
  }
}
if (stale > 0) process.exit(1)
