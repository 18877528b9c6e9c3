#!/usr/bin/env node
/**
 * The `jilin-counter-espionage` command (`src/cli/main.ts` does the I/O,
 * `src/cli/run.ts` the work).
 *
 * @packageDocumentation
 */
import { main } from '../cli/main.js'

await main()
