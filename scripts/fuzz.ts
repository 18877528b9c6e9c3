/**
 * `npm run fuzz`: the property-based, hardening and linearity suites with
 * many more cases than CI runs, and a random seed, printed first and last so
 * that a failure can be repeated: `FUZZ_SEED=123 npm run fuzz`.
 * `FUZZ_RUNS` sets the cases per property (default 5,000; CI runs 150).
 */
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'

const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1))
const runs = process.env.FUZZ_RUNS ?? '5000'
const say = (): void =>
  console.log(`fuzz: seed ${seed}, ${runs} runs per property (repeat: FUZZ_SEED=${seed} npm run fuzz)`)

say()
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--testTimeout=0',
    'test/fuzz.test.ts',
    'test/hardening.test.ts',
    'test/hardening-2.test.ts',
    'test/linearity.test.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs } },
)
say()
process.exit(result.status ?? 1)
