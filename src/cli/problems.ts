/**
 * The one line that says why a file cannot be read, the same wherever the
 * CLI reads one (`cite --file`, `check`, `--ignore-path`), and the error
 * code the lines of `check`'s walk name.
 */

/** The code of a file-system error (`ENOENT`, `EACCES`, …), or `error` when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'error'
}

/** Why `path` could not be read as a file, from the error reading it; `role` says what it was for (` for --ignore-path`). */
export function fileProblem(path: string, error: unknown, role = ''): string {
  const code = errorCode(error)
  if (code === 'ENOENT') return `Unexpected missing file \`${path}\`${role}, expected one that exists`
  if (code === 'EISDIR') return `Unexpected folder \`${path}\`${role}, expected a file`
  return `Unexpected unreadable file \`${path}\` (${code})${role}, expected one that can be read`
}
