#!/usr/bin/env node
/**
 * The `jilin-counter-espionage` command. See `run` for what it does.
 */
import { run } from './cli/run.js'

const result = run(process.argv.slice(2), process.stdout.isTTY ? process.stdout.columns : undefined)
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.code
