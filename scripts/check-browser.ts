/**
 * First step of `npm test`: find the Chromium the browser test drives
 * (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`), a CJK font for
 * its screenshots, and GNU parallel for the test of `--jsonl` in blocks.
 * When they are missing: as root on Debian, install them
 * with apt-get (as `.ci/run` does); anywhere else, stop at once with one line
 * naming the command that installs them, instead of failing deep in the suite.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const INSTALL = 'apt-get install -y chromium fonts-wqy-zenhei parallel'

function hasCjkFont(): boolean {
  const list = spawnSync('fc-list', [], { encoding: 'utf8' })
  return list.status === 0 && /wenquanyi|noto.*cjk|wqy/i.test(list.stdout)
}

const debianRoot = process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')
const missingBrowser = !existsSync(path)
// A font matters only for Debian's browser; with CHROMIUM_PATH the system's own fonts are used.
const missingFont = process.env.CHROMIUM_PATH === undefined && !hasCjkFont()
const missingParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status !== 0

if (missingBrowser || missingFont || missingParallel) {
  if (debianRoot && process.env.CHROMIUM_PATH === undefined) {
    console.log(`test: installing Debian's Chromium, a CJK font and GNU parallel (${INSTALL})`)
    for (const args of [['update'], ['install', '-y', 'chromium', 'fonts-wqy-zenhei', 'parallel']]) {
      const result = spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
      if (result.status !== 0) {
        console.error(`test: \`apt-get ${args.join(' ')}\` failed; install the browser with \`${INSTALL}\``)
        process.exit(1)
      }
    }
  } else if (missingBrowser) {
    console.error(
      `test: no Chromium at ${path}: install it with \`sudo ${INSTALL}\` (Debian, Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    )
    process.exit(1)
  } else if (missingFont) {
    console.error(`test: no CJK font for the browser test's screenshots: install one with \`sudo ${INSTALL}\``)
    process.exit(1)
  } else {
    console.error(`test: no GNU parallel for the test of --jsonl in blocks: install it with \`sudo ${INSTALL}\``)
    process.exit(1)
  }
}
