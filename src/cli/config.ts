/**
 * What a project says outright about its files, where their text cannot:
 * which are about this regulation, which are not, and which are checked in
 * `--bare` mode. Read from the `jilin-counter-espionage` field of the
 * working directory's `package.json`, or from `.jilin-counter-espionage.json`
 * there (the field wins when both exist):
 *
 * ```json
 * { "jilin-counter-espionage": { "about": ["docs/**"], "notAbout": ["vendor/**"], "bare": ["rules/**"], "ignore": ["test/"] } }
 * ```
 *
 * Globs are matched against paths relative to that folder, with `/`;
 * `ignore` takes `.gitignore` patterns, as `--ignore-pattern` does (files
 * that hold wrong references on purpose, such as test inputs).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import picomatch from 'picomatch'
import type { About } from '../citation/check/text-scope.js'
import { errorCode } from './problems.js'

/** The package's name: the field of package.json, and the config file's name. */
const FIELD = 'jilin-counter-espionage'
const FILE = `.${FIELD}.json`
const KEYS = ['about', 'notAbout', 'bare', 'ignore'] as const

/** How one file is checked, by the configuration. */
export interface FileSettings {
  /** `this`: about this regulation whatever its title says; `other`: not about it; `auto`: as its text says. */
  readonly about: About
  /** Bare citations (`第十五条`) count as references to this regulation. */
  readonly bare: boolean
}

/** The configuration, read: the settings of a file by its path, and the files never checked. */
export interface Settings {
  (path: string, bare: boolean): FileSettings
  /** Patterns of files and folders never checked, as `--ignore-pattern` takes them (`.gitignore` syntax). */
  readonly ignore: readonly string[]
}

/** No configuration: every file as its text says, bare as the command line says. */
export const NO_SETTINGS: Settings = Object.assign(
  (_path: string, bare: boolean): FileSettings => ({ about: 'auto', bare }),
  {
    ignore: [],
  },
)

/** The settings the configuration in `cwd` gives, or the line that says why it cannot be read. */
export async function readSettings(cwd: string): Promise<Settings | string> {
  let source = `package.json#${FIELD}`
  let config: unknown
  try {
    const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as unknown
    config = pkg !== null && typeof pkg === 'object' ? (pkg as Record<string, unknown>)[FIELD] : undefined
  } catch (error) {
    if (errorCode(error) !== 'ENOENT' && !(error instanceof SyntaxError))
      return `Unexpected unreadable \`package.json\` (${errorCode(error)}), expected one that can be read`
  }
  if (config === undefined) {
    source = FILE
    try {
      config = JSON.parse(await readFile(join(cwd, FILE), 'utf8')) as unknown
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return NO_SETTINGS
      return error instanceof SyntaxError
        ? `Unexpected JSON in \`${FILE}\` (${error.message}), expected an object`
        : `Unexpected unreadable \`${FILE}\` (${errorCode(error)}), expected one that can be read`
    }
  }
  return settingsOf(config, source)
}

/** The settings of a configuration object, or why it is not one; `source` names where it came from. */
export function settingsOf(config: unknown, source: string): Settings | string {
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    return `Unexpected ${Array.isArray(config) ? 'array' : typeof config} in \`${source}\`, expected an object such as { "about": ["docs/**"] }`
  const record = config as Record<string, unknown>
  for (const key of Object.keys(record))
    if (!(KEYS as readonly string[]).includes(key))
      return `Unexpected key \`${key}\` in \`${source}\`, expected ${KEYS.map((name) => `\`${name}\``).join(', ')}`
  const matchers: Partial<Record<(typeof KEYS)[number], (path: string) => boolean>> = {}
  for (const key of KEYS) {
    const globs = record[key]
    if (globs === undefined) continue
    if (!Array.isArray(globs) || globs.some((glob) => typeof glob !== 'string' || glob === ''))
      return `Unexpected \`${key}\` in \`${source}\`, expected an array of globs such as ["docs/**"]`
    matchers[key] = picomatch(globs as string[], { dot: true })
  }
  const of = (path: string, bare: boolean): FileSettings => ({
    // A file said not to be about this regulation is not, whatever else says it is.
    about: matchers.notAbout?.(path) ? 'other' : matchers.about?.(path) ? 'this' : 'auto',
    bare: bare || matchers.bare?.(path) === true,
  })
  return Object.assign(of, { ignore: Object.freeze([...((record.ignore as string[] | undefined) ?? [])]) })
}
