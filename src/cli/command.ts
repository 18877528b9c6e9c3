/**
 * What every command of the CLI shares: the exit statuses, the shape of a
 * command and of its answer, and the helpers that build answers.
 */
import type { parseArgs } from 'node:util'
import type { CheckIO } from './run-check.js'

/** The program's name, as usage lines give it. */
export const NAME = 'jilin-counter-espionage'

/**
 * Exit statuses, each with one meaning: 0 success; 1 a "no" answer (a
 * reference that does not resolve or does not parse); 2 a usage error (an
 * unknown command or option, a bad option value); 3 the output could not be
 * written (a closed pipe is not an error: the process ends quietly with 0);
 * 70 an internal error (a bug: please report it).
 */
export const EXIT = Object.freeze({ ok: 0, no: 1, usage: 2, output: 3, internal: 70 } as const)

/** The answer of a command: its exit status and what it writes. */
export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  /**
   * Work that streams its output (`check`): `main` runs it with the
   * process's streams and exits with the status it answers; `code`,
   * `stdout` and `stderr` are then empty.
   */
  readonly task?: (io: CheckIO) => Promise<number>
}

/** What the command may use besides its arguments; `main` provides it. */
export interface RunContext {
  /** The terminal's width, when standard output is one. */
  readonly columns?: number
  /** The package's version, for `--version`. */
  readonly version?: string
  /** Standard input as text, for `cite` without a text argument (read only when asked for). */
  readonly input?: () => string
  /** Standard input as a stream of chunks, for `--jsonl` (read as it comes, never whole). */
  readonly stdin?: () => AsyncIterable<Uint8Array | string>
  /** Read a file as text, for `cite --file`: its text, or the line that says why it cannot be read. */
  readonly readText?: (path: string) => string | { readonly problem: string }
  /** Whether each stream is coloured (see `colourWanted`); no colour when absent. */
  readonly colour?: { readonly stdout?: boolean; readonly stderr?: boolean }
}

/** The narrowest `--width` any command takes: narrower, a line holds too little of an article to read. */
export const MIN_WIDTH = 20
/** The width when the terminal's is not known (not a terminal, or one that reports 0 columns). */
export const DEFAULT_WIDTH = 80

/**
 * The width to write to: the terminal's `columns` when it reports one (no
 * narrower than {@link MIN_WIDTH}), else {@link DEFAULT_WIDTH}. Some
 * terminals (and pseudo-terminals under CI) report no columns at all.
 */
export function screenWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns < 1) return DEFAULT_WIDTH
  return Math.max(MIN_WIDTH, Math.floor(columns))
}

export const STATUS = `Exit status: 0 success, 1 a reference that does not resolve or parse,
2 a usage error, 3 the output could not be written, 70 an internal error.
`

/** Option values as `parseArgs` reads them. */
export type Values = Record<string, string | boolean | string[] | undefined>
type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options']

/** One command: its usage text, its options, how many positional arguments it takes, and what it does. */
export interface Command {
  readonly usage: string
  readonly options: Options
  /** How many positional arguments it takes. */
  readonly positionals: readonly [min: number, max: number]
  readonly run: (values: Values, positionals: readonly string[], context: RunContext) => RunResult
}

/** An answer on standard output, status 0. */
export const ok = (stdout: string): RunResult => ({ code: EXIT.ok, stdout, stderr: '' })
/** One line on standard error, status 2 (or `code`). */
export const fail = (reason: string, code: number = EXIT.usage): RunResult => ({
  code,
  stdout: '',
  stderr: `${reason}\n`,
})
/** A value as the JSON of `--json`. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** A whole number of at least `min` from an option's text, or the answer that says it is not one. */
export function wholeNumber(name: string, value: Values[string], min: number): number | RunResult | undefined {
  if (value === undefined) return undefined
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min)
    return fail(`Unexpected --${name} \`${String(value)}\`, expected an integer of at least ${min}`)
  return number
}

/** `--width`: at least {@link MIN_WIDTH} columns, whichever command takes it. */
export const widthOption = (value: Values[string]): number | RunResult | undefined =>
  wholeNumber('width', value, MIN_WIDTH)

/** The `--json` option every command takes. */
export const JSON_OPTION = { json: { type: 'boolean' } } as const
