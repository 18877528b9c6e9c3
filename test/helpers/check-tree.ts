/**
 * Trees and files for the tests of `check` at scale: a small tree with every
 * kind of input (the fixture tree, many findings in one file, a line longer
 * than a block, a binary file), files of a given size full of references that
 * do not resolve, and the built CLI run with its peak memory read as it exits.
 */
import { spawn } from 'node:child_process'
import { closeSync, cpSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './corpus.js'

/** One wrong reference (no article 99) and one right one. */
export const UNIT = '依照本规定第九十九条，参见本规定第五条。'

/** `unit` repeated to at least `chars` characters. */
function repeat(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length))
}

/**
 * The small tree: the fixture tree of `check`, a file of many findings on
 * short lines, one line of JSON longer than a block with references all
 * along it, CRLF lines, and a binary file.
 */
export function writeSmallTree(folder: string): void {
  cpSync(join(root, 'test/fixtures/check'), folder, { recursive: true })
  const lines: string[] = []
  for (let index = 0; index < 60; index++)
    lines.push(index % 3 === 0 ? `- ${UNIT}` : index % 3 === 1 ? 'art_15__para_9 and chp_6\r' : '无关的一行')
  writeFileSync(join(folder, 'many.md'), `${lines.join('\n')}\n`)
  writeFileSync(
    join(folder, 'export.json'),
    `{"rows":[${Array.from({ length: 150_000 }, (_, index) => `"本规定第${index % 9973 === 0 ? '九十九' : '五'}条"`).join(',')}]}`,
  )
  writeFileSync(join(folder, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d, 0x0a]))
}

/**
 * Write a file of about `bytes` bytes of {@link UNIT}, on lines of one unit
 * each or on one line; answer its size. Written a block at a time: the file
 * is never held whole.
 */
export function writeUnits(file: string, bytes: number, oneLine: boolean): number {
  const line = oneLine ? UNIT : `${UNIT}\n`
  const block = Buffer.from(repeat(line, 1 << 15))
  const fd = openSync(file, 'w')
  let size = 0
  try {
    for (; size < bytes; size += block.length) writeSync(fd, block)
    if (oneLine) size += writeSync(fd, '\n')
  } finally {
    closeSync(fd)
  }
  return size
}

/** A folder with a file named `name`, made if need be. */
export function fileIn(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true })
  return join(folder, name)
}

/** What a run of the built CLI gave: its status, standard output and error, and its peak resident memory in bytes. */
export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly maxRss: number
}

/** The built CLI. */
export const CLI = join(root, 'dist/cli.js')

/**
 * Run the built CLI with `args` in `cwd`; its peak resident memory is read
 * by a hook as it exits (`process.resourceUsage().maxRSS`, the kernel's own
 * figure). With `discard`, standard output goes to /dev/null, as a user's
 * redirection would: only its size is kept; with `stdin`, that file is its
 * standard input.
 */
export function runCli(
  args: readonly string[],
  cwd: string,
  options: { readonly discard?: boolean; readonly cli?: string; readonly stdin?: string } = {},
): Promise<CliRun> {
  const hook = `data:text/javascript,${encodeURIComponent(
    "import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'))",
  )}`
  // The file given as standard input, as a user's redirection would.
  const input = options.stdin === undefined ? undefined : openSync(options.stdin, 'r')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', hook, options.cli ?? CLI, ...args], {
      cwd,
      stdio: [input ?? 'ignore', options.discard ? 'ignore' : 'pipe', 'pipe'],
    })
    if (input !== undefined) closeSync(input)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (status) => {
      const stderr = Buffer.concat(err).toString('utf8')
      const match = /\nMAXRSS (\d+)\n$/.exec(stderr)
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: match ? stderr.slice(0, match.index) : stderr,
        maxRss: match ? Number(match[1]) * 1024 : Number.NaN,
      })
    })
  })
}

/** The `file:` URI of a folder, as SARIF's `%SRCROOT%` gives it. */
export function folderUri(folder: string): string {
  return pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`).href
}
