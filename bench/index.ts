/**
 * `npm run bench`: every benchmark, on the built package. Figures vary with
 * the machine and its load; compare figures from one run.
 */
import { cpus } from 'node:os'
import { benchAdversarial } from './adversarial.js'
import { benchBuild } from './build.js'
import { benchCheck } from './check.js'
import { benchCliStartup } from './cli-startup.js'
import { benchExtraction } from './extraction.js'
import { benchImport } from './import.js'
import { benchJsonl } from './jsonl.js'
import { benchPenaltyLists } from './penalty-lists.js'
import { benchQuery } from './query.js'
import { benchRender } from './render.js'
import { benchSize } from './size.js'
import { benchStatutes } from './statutes.js'

console.log(`# Benchmarks (node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'})`)
benchImport()
benchCliStartup()
await benchExtraction()
benchAdversarial()
benchPenaltyLists()
benchStatutes()
benchQuery()
benchRender()
benchSize()
await benchCheck()
await benchJsonl()
benchBuild()
