/**
 * The files `check` reads: each path given (a file, a directory walked in
 * name order, or a glob such as `docs/**\/*.md`), with `.gitignore` files
 * honoured (those of the folders walked, and of the folders between the
 * working directory and where the walk starts) and `.git` and `node_modules`
 * always skipped. A file named on the command line is read even when
 * ignored, as linters do; a folder named (or a glob's folder) that is
 * ignored is a problem, a line that says why it is skipped. The walk holds
 * one folder's listing at a time per level, so its memory does not grow
 * with the size of the tree.
 */
import type { Dirent } from 'node:fs'
import { opendir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import picomatch from 'picomatch'
import { errorCode } from './problems.js'

/** A file to check, or a path that cannot be: one line for standard error. */
export type Entry = { readonly file: string; readonly path: string } | { readonly problem: string }

/** Options of {@link files}. */
export interface FilesOptions {
  /** The working directory paths are relative to. */
  readonly cwd: string
  /** Honour `.gitignore` files (default `true`). */
  readonly gitignore?: boolean
  /** Patterns to ignore besides (from `--ignore-pattern`), in `.gitignore` syntax. */
  readonly ignorePatterns?: readonly string[]
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules'])

/** The rules of one folder's `.gitignore`, with the folder they are relative to. */
interface Rules {
  readonly folder: string
  readonly ignore: Ignore
}

/** A path as printed: relative to the working directory when under it, with `/`. */
function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute)
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel
  return sep === '/' ? shown : shown.split(sep).join('/')
}

async function readRules(folder: string): Promise<Rules | undefined> {
  try {
    const text = await readFile(join(folder, '.gitignore'), 'utf8')
    return { folder, ignore: ignore().add(text) }
  } catch {
    // No .gitignore here (or it cannot be read): nothing to ignore.
    return undefined
  }
}

/** The rules that ignore `absolute`, if any do. */
function ignoredBy(rules: readonly Rules[], absolute: string, directory: boolean): Rules | undefined {
  for (const folderRules of rules) {
    const rel = relative(folderRules.folder, absolute).split(sep).join('/')
    if (rel === '' || rel.startsWith('..')) continue
    if (folderRules.ignore.ignores(directory ? `${rel}/` : rel)) return folderRules
  }
  return undefined
}

/** Whether any of the rules ignores `absolute`. */
function ignored(rules: readonly Rules[], absolute: string, directory: boolean): boolean {
  return ignoredBy(rules, absolute, directory) !== undefined
}

/**
 * Why the folder a path or glob starts in is not walked, as the line that
 * says it was skipped, or `undefined` when it is walked. The folders
 * between the working directory and it count (`node_modules/pkg` is inside
 * `node_modules`); outside the working directory only its own name does.
 */
function skipped(
  given: string,
  start: string,
  cwd: string,
  rules: readonly Rules[],
  extra: Rules[],
): string | undefined {
  const rel = relative(cwd, start)
  const inside = !(rel.startsWith('..') || isAbsolute(rel))
  const never = (inside ? rel.split(sep) : [basename(start)]).find((name) => ALWAYS_SKIPPED.has(name))
  if (never !== undefined) return `${given}: skipped (${never} is never checked), name its files to check them`
  const by = ignoredBy(rules, start, true)
  if (by === undefined) return undefined
  if (extra.includes(by))
    return `${given}: skipped (it matches an ignore pattern of the configuration, --ignore-pattern or --ignore-path), name its files to check them`
  return `${given}: skipped (ignored by ${display(cwd, join(by.folder, '.gitignore'))}), check it with --no-ignore`
}

/**
 * Every file to check under the paths and globs given, in order; a path
 * that does not exist or cannot be read is an entry with its `problem`.
 */
export async function* files(paths: readonly string[], options: FilesOptions): AsyncGenerator<Entry> {
  const { cwd } = options
  const useGitignore = options.gitignore !== false
  const extra: Rules[] =
    options.ignorePatterns && options.ignorePatterns.length > 0
      ? [{ folder: cwd, ignore: ignore().add([...options.ignorePatterns]) }]
      : []
  // Files are remembered (to read each once) only when two paths overlap, so memory stays flat otherwise.
  const seen = overlap(paths.map((given) => resolve(cwd, startOf(given)))) ? new Set<string>() : undefined
  for (const given of paths) {
    const scan = picomatch.scan(given)
    const start = resolve(cwd, startOf(given))
    const match = scan.isGlob ? picomatch(given.replace(/\\/g, '/'), { dot: false }) : undefined
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(start)
    } catch (error) {
      yield {
        problem:
          errorCode(error) === 'ENOENT'
            ? `Unexpected missing path \`${given}\`, expected a file, folder or glob that exists`
            : `Unexpected unreadable path \`${given}\` (${errorCode(error)}), expected one that can be read`,
      }
      continue
    }
    if (info.isFile() && !scan.isGlob) {
      if (seen?.has(start)) continue
      seen?.add(start)
      yield { file: start, path: display(cwd, start) }
      continue
    }
    if (!info.isDirectory()) {
      yield { problem: `Unexpected \`${given}\`, expected a file, folder or glob (not a device or socket)` }
      continue
    }
    const rules = [...extra]
    if (useGitignore) {
      // The .gitignore files between the working directory and the start of the walk.
      const between: string[] = []
      for (let folder = dirname(start); !relative(cwd, folder).startsWith('..'); folder = dirname(folder)) {
        between.unshift(folder)
        if (folder === dirname(folder)) break
      }
      for (const folder of between) {
        const found = await readRules(folder)
        if (found) rules.push(found)
      }
    }
    // A folder named that the walk would skip is most likely a mistake too: say so rather than check nothing.
    const skip = skipped(given, start, cwd, rules, extra)
    if (skip !== undefined) {
      yield { problem: skip }
      continue
    }
    let matched = 0
    for await (const entry of walk(start, rules, useGitignore)) {
      if ('problem' in entry) {
        yield entry
        continue
      }
      if (match && !match(display(cwd, entry.file))) continue
      matched++
      if (seen?.has(entry.file)) continue
      seen?.add(entry.file)
      yield { file: entry.file, path: display(cwd, entry.file) }
    }
    // A glob that matches nothing is most likely a mistake (a typo, or a pattern the shell did not expand).
    if (match && matched === 0)
      yield { problem: `Unexpected glob \`${given}\` that matches no files, expected one that matches at least one` }
  }
}

/** Where the walk for a path or glob starts: the path, or the glob's static folder. */
function startOf(given: string): string {
  const scan = picomatch.scan(given)
  return scan.isGlob ? scan.base || '.' : given
}

/** Whether one of the starts is, or is inside, another. */
function overlap(starts: readonly string[]): boolean {
  const inside = (a: string, b: string): boolean => a === b || a.startsWith(b.endsWith(sep) ? b : `${b}${sep}`)
  return starts.some((a, i) => starts.some((b, j) => i !== j && inside(a, b)))
}

async function* walk(
  folder: string,
  rules: Rules[],
  useGitignore: boolean,
): AsyncGenerator<{ readonly file: string } | { readonly problem: string }> {
  const own = useGitignore ? await readRules(folder) : undefined
  if (own) rules.push(own)
  let entries: Dirent[]
  try {
    entries = []
    for await (const entry of await opendir(folder)) entries.push(entry)
  } catch (error) {
    yield {
      problem: `Unexpected unreadable folder \`${folder}\` (${errorCode(error)}), expected one that can be read`,
    }
    if (own) rules.pop()
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (!ignored(rules, path, true)) yield* walk(path, rules, useGitignore)
    } else if (entry.isFile() && !ignored(rules, path, false)) yield { file: path }
  }
  if (own) rules.pop()
}
