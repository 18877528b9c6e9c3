/**
 * The worker thread of `check --jobs N` (see `src/cli/check-worker.ts`): a
 * file of its own in the build, beside `dist/cli.js`, which the main thread
 * starts each worker from.
 *
 * @packageDocumentation
 */
import { serveChecks } from '../cli/check-worker.js'

serveChecks()
