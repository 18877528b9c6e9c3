/**
 * `npm run test:package`'s types check: attw on the tarball `npm pack`
 * makes of `dist/` as built, with the arguments given to this script.
 * `attw --pack` would run npm's `prepare`, a second build inside `npm test`,
 * which has just built; so `dist/` must be built first (`npm test` does).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { paths } from './lib/paths.js'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
// attw's own entry, run with this Node: no lookup of its bin on PATH.
const attw = join(
  dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')),
  'dist/index.js',
)

/** attw's exit status on the package packed into `folder`, or 1 when it cannot be packed. */
function check(folder: string): number {
  const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], {
    cwd: paths.root,
    encoding: 'utf8',
  })
  if (pack.status !== 0) {
    console.error(`test:package: \`npm pack\` failed\n${pack.stderr}`)
    return 1
  }
  const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }]
  const args = [attw, join(folder, filename), ...process.argv.slice(2)]
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1
}

if (existsSync(join(paths.root, 'dist/index.js'))) {
  const folder = mkdtempSync(join(tmpdir(), 'attw-'))
  try {
    process.exitCode = check(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
} else {
  console.error('test:package: no dist/: run `npm run build` first (`npm test` does)')
  process.exitCode = 1
}
