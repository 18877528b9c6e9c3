#!/usr/bin/env node
/**
 * The `jilin-counter-espionage` command (`src/cli/main.ts` does the I/O,
 * `src/cli/lazy.ts` the work, loading only the command that runs).
 *
 * @packageDocumentation
 */
import { main } from '../cli/main.js'

await main()
