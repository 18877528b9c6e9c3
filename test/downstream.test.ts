/**
 * Downstream projects as test fixtures, judged against their ground truth:
 * `check` (the built CLI, in text, `--json` and SARIF) run in each project of
 * test/fixtures/downstream/ must report every `wrong` row of the project's
 * ground truth at its line and column, and nothing else (no right reference,
 * look-alike, suppressed or ignored one, and nothing unlisted); for the docs
 * site, the remark rule must report exactly what `check` reports in its
 * Markdown files.
 *
 * The ground truth (test/fixtures/downstream/ground-truth/<project>/) was
 * judged by reading the regulation, not by running the package; it is kept
 * outside the projects so that `check .` in a project does not read it.
 * Each assertion prints a table of mismatches (missed, reported but should
 * not be, and each with the row it falls on), and the suite prints precision
 * and recall per project and format at the end.
 *
 * The CLI is the built one in dist/, as in the other tests that spawn it:
 * `npm test` builds once before the tests run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ignore from 'ignore'
import picomatch from 'picomatch'
import { remark } from 'remark'
import remarkLint from 'remark-lint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { remarkLintReferences } from '../src/entries/remark.js'
import { root } from './helpers/corpus.js'

const downstream = join(root, 'test/fixtures/downstream')
const cli = join(root, 'dist/cli.js')
const PROJECTS = ['ts-app', 'py-pipeline', 'docs-site'] as const
type Project = (typeof PROJECTS)[number]
type Category = 'wrong' | 'right' | 'look-alike' | 'suppressed' | 'ignored'
type Format = 'text' | 'json' | 'sarif'

/** One row of a project's ground-truth.json. */
interface Row {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  text: string
  category: Category
  what: string
  suggestion?: string
}

/** A finding as any of the outputs gives it. */
interface Reported {
  file: string
  line: number
  column: number
  text?: string
  suggestion?: string
  message?: string
}

function truth(project: Project): Row[] {
  const path = join(downstream, 'ground-truth', project, 'ground-truth.json')
  return (JSON.parse(readFileSync(path, 'utf8')) as { rows: Row[] }).rows
}

const key = (f: { file: string; line: number; column: number }): string => `${f.file}:${f.line}:${f.column}`

/** Whether a finding falls inside a row's span (or the row starts inside the finding's line at or after it). */
function near(row: Row, finding: Reported): boolean {
  if (row.file !== finding.file) return false
  const at = (line: number, column: number) => line * 1e6 + column
  const start = at(row.line, row.column)
  const end = at(row.endLine, row.endColumn)
  const found = at(finding.line, finding.column)
  return found >= start && found < end
}

interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  /** One line per mismatch, grouped by kind, readable on its own. */
  mismatches: string[]
  /** Found at the right place, but with another suggestion than the ground truth's (informational). */
  suggestions: string[]
}

const shown = (text: string): string => JSON.stringify(text.replace(/\r?\n[ \t]*/g, '⏎')).slice(1, -1)

function score(rows: Row[], reported: Reported[], label = 'check'): Score {
  const wrong = new Map(rows.filter((row) => row.category === 'wrong').map((row) => [key(row), row]))
  const byKey = new Map(rows.map((row) => [key(row), row]))
  const seen = new Set<string>()
  const falsePositives: string[] = []
  const suggestions: string[] = []
  let truePositives = 0
  for (const finding of reported) {
    const where = key(finding)
    const row = wrong.get(where)
    if (row !== undefined) {
      if (seen.has(where)) {
        falsePositives.push(`  DUPLICATE  ${where}  \`${shown(finding.text ?? '')}\` reported twice`)
        continue
      }
      seen.add(where)
      truePositives++
      if (row.suggestion !== undefined && finding.suggestion !== undefined && finding.suggestion !== row.suggestion)
        suggestions.push(
          `  ${where}  \`${shown(row.text)}\`: ${label} suggests \`${finding.suggestion}\`, ground truth \`${row.suggestion}\``,
        )
      continue
    }
    const exact = byKey.get(where)
    const around = exact ?? rows.find((candidate) => near(candidate, finding))
    const text = finding.text === undefined ? '' : `\`${shown(finding.text)}\``
    if (around === undefined) {
      falsePositives.push(`  UNLISTED   ${where}  ${text}  ${finding.message ?? ''}`.trimEnd())
    } else if (around.category === 'wrong') {
      falsePositives.push(
        `  MISPLACED  ${where}  ${text}: inside the wrong reference \`${shown(around.text)}\` at ${key(around)}`,
      )
    } else {
      falsePositives.push(
        `  ${around.category.toUpperCase().padEnd(10)} ${where}  ${text}${exact ? '' : ` (inside \`${shown(around.text)}\` at ${key(around)})`}: ${around.what}`,
      )
    }
  }
  const falseNegatives = [...wrong.entries()]
    .filter(([where]) => !seen.has(where))
    .map(([where, row]) => `  MISSED     ${where}  \`${shown(row.text)}\`: ${row.what}`)
  const precision =
    truePositives + falsePositives.length === 0 ? 1 : truePositives / (truePositives + falsePositives.length)
  const recall = wrong.size === 0 ? 1 : truePositives / wrong.size
  return {
    truePositives,
    falsePositives: falsePositives.length,
    falseNegatives: falseNegatives.length,
    precision,
    recall,
    mismatches: [...falseNegatives, ...falsePositives.sort()],
    suggestions,
  }
}

function report(title: string, result: Score): string {
  const head = `${title}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.truePositives} found, ${result.falsePositives} reported but should not be, ${result.falseNegatives} missed)`
  const lines = [head, ...result.mismatches]
  if (result.suggestions.length > 0) lines.push('  suggestions that differ (not asserted):', ...result.suggestions)
  return lines.join('\n')
}

/** Run the built CLI's `check .` in a project. */
function runCheck(project: Project, format: Format) {
  const args = [
    cli,
    'check',
    '.',
    ...(format === 'json' ? ['--json'] : format === 'sarif' ? ['--format', 'sarif'] : []),
  ]
  const result = spawnSync(process.execPath, args, {
    cwd: join(downstream, project),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A line of the text output: `file:line:column  message  ruleId`. */
const TEXT_LINE = /^(.+):(\d+):(\d+) {2}(.*) {2}([\w-]+)$/

function parse(format: Format, stdout: string): Reported[] {
  if (format === 'text') {
    return stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const match = TEXT_LINE.exec(line)
        // A line that is not a finding is reported as one that should not be there.
        if (match === null) return { file: '(unparsed text output)', line: 0, column: 0, message: line }
        const [, file, lineNumber, column, message, ruleId] = match as unknown as [
          string,
          string,
          string,
          string,
          string,
          string,
        ]
        const actual = (/, in `([^`]*)`$/.exec(message) ?? /^Unexpected [\w ]+? `([^`]*)`/.exec(message))?.[1]
        const expected = / expected `([^`]*)`$/.exec(message)?.[1]
        return {
          file,
          line: Number(lineNumber),
          column: Number(column),
          message: ruleId === 'no-invalid-reference' ? message : `${message} [${ruleId}]`,
          ...(actual === undefined ? {} : { text: actual }),
          ...(expected === undefined ? {} : { suggestion: expected }),
        }
      })
  }
  if (format === 'json') {
    const json = JSON.parse(stdout) as { findings: (Reported & { ruleId?: string })[] }
    return json.findings.map(({ file, line, column, text, suggestion, message, ruleId }) => ({
      file,
      line,
      column,
      ...(text === undefined ? {} : { text }),
      ...(suggestion === undefined ? {} : { suggestion }),
      message: ruleId === 'no-invalid-reference' ? (message ?? '') : `${message ?? ''} [${ruleId}]`,
    }))
  }
  interface SarifResult {
    ruleId?: string
    message: { text: string }
    locations: {
      physicalLocation: {
        artifactLocation: { uri: string }
        region: { startLine: number; startColumn: number; snippet?: { text: string } }
      }
    }[]
    properties?: { suggestion?: string }
  }
  const sarif = JSON.parse(stdout) as { runs: { results: SarifResult[] }[] }
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const location = result.locations[0]?.physicalLocation
      if (location === undefined) throw new Error('A SARIF result without a location')
      const text = location.region.snippet?.text
      const suggestion = result.properties?.suggestion
      return {
        file: decodeURI(location.artifactLocation.uri),
        line: location.region.startLine,
        column: location.region.startColumn,
        message:
          result.ruleId === 'no-invalid-reference' ? result.message.text : `${result.message.text} [${result.ruleId}]`,
        ...(text === undefined ? {} : { text }),
        ...(suggestion === undefined ? {} : { suggestion }),
      }
    }),
  )
}

const summary: string[] = []

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('No dist/cli.js: run `npm run build` (npm test does)')
})

afterAll(() => {
  if (summary.length > 0) console.log(`\nDownstream fixtures, against their ground truth:\n${summary.join('\n')}\n`)
})

describe.each(PROJECTS)('downstream project %s', (project) => {
  const rows = truth(project)

  it('has every file its ground truth names (the .gitignored ones must be committed with `git add -f`)', () => {
    const missing = [...new Set(rows.map((row) => row.file))].filter(
      (file) => !existsSync(join(downstream, project, file)),
    )
    expect(missing, `missing fixture files in ${project}`).toEqual([])
    // Each row's text is where the ground truth says it is.
    for (const row of rows) {
      const lines = readFileSync(join(downstream, project, row.file), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\n|\r/)
      const first = row.text.split(/\r?\n/)[0] as string
      expect(lines[row.line - 1]?.slice(row.column - 1).startsWith(first), `${key(row)} has ${shown(row.text)}`).toBe(
        true,
      )
    }
  })

  it.each(['json', 'text', 'sarif'] as const)(
    'check --format %s reports every wrong reference and nothing else',
    (format) => {
      const { status, stdout, stderr } = runCheck(project, format)
      expect([0, 1], `exit status ${status}: ${stderr}`).toContain(status)
      const result = score(rows, parse(format, stdout))
      const table = report(`${project} (${format})`, result)
      summary.push(table.split('\n')[0] as string)
      console.log(table)
      expect(result.mismatches, table).toEqual([])
      expect(status).toBe(1)
    },
  )

  it('text, JSON and SARIF report the same findings', () => {
    const [json, text, sarif] = (['json', 'text', 'sarif'] as const).map((format) =>
      parse(format, runCheck(project, format).stdout).map(key).sort(),
    )
    expect(text, 'text output vs --json').toEqual(json)
    expect(sarif, 'SARIF output vs --json').toEqual(json)
  })
})

/** The files a walk of `dir` finds, as `check` would (its .gitignore honoured), relative with `/`. */
function walk(project: Project): string[] {
  const base = join(downstream, project)
  const gitignore = join(base, '.gitignore')
  const ignored = ignore().add(existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : '')
  const files: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      const name = relative(base, path).split(sep).join('/')
      if (entry.name === 'node_modules' || entry.name === '.git') continue
      if (entry.isDirectory()) {
        if (!ignored.ignores(`${name}/`)) visit(path)
      } else if (!ignored.ignores(name)) files.push(name)
    }
  }
  visit(base)
  return files.sort()
}

describe('downstream project docs-site: the remark rule', () => {
  const project = 'docs-site'
  const rows = truth(project)
  const config = (
    JSON.parse(readFileSync(join(downstream, project, 'package.json'), 'utf8')) as {
      'jilin-counter-espionage': { bare?: string[] }
    }
  )['jilin-counter-espionage']
  const isBare = picomatch(config.bare ?? [])
  // .mdx is left out: remark-mdx is not installed here, and plain remark reads JSX as HTML.
  const markdown = walk(project).filter((file) => file.endsWith('.md'))

  async function lintAll(): Promise<Reported[]> {
    const found: Reported[] = []
    for (const file of markdown) {
      const value = readFileSync(join(downstream, project, file), 'utf8')
      const vfile = await remark()
        .use(remarkLint)
        .use(remarkLintReferences, [1, { bare: isBare(file) }])
        .process({ path: file, value })
      for (const message of vfile.messages) {
        if (message.source !== 'jilin-counter-espionage') continue
        const actual = typeof message.actual === 'string' ? message.actual : undefined
        const expected = Array.isArray(message.expected) ? message.expected[0] : undefined
        found.push({
          file,
          line: message.line ?? 0,
          column: message.column ?? 0,
          message: message.reason,
          ...(actual === undefined ? {} : { text: actual }),
          ...(expected === undefined ? {} : { suggestion: expected }),
        })
      }
    }
    return found
  }

  it('reports exactly what check reports in the Markdown files', async () => {
    const fromCheck = parse('json', runCheck(project, 'json').stdout).filter((finding) => finding.file.endsWith('.md'))
    const fromRemark = await lintAll()
    const checkKeys = new Set(fromCheck.map(key))
    const remarkKeys = new Set(fromRemark.map(key))
    const onlyCheck = fromCheck.filter((finding) => !remarkKeys.has(key(finding)))
    const onlyRemark = fromRemark.filter((finding) => !checkKeys.has(key(finding)))
    const describeOne = (finding: Reported) => {
      const row = rows.find((candidate) => key(candidate) === key(finding)) ?? rows.find((r) => near(r, finding))
      return `${key(finding)}  \`${shown(finding.text ?? '')}\`${row ? `  [ground truth: ${row.category}]` : '  [not in the ground truth]'}`
    }
    const table = [
      `${project}: remark rule vs check on ${markdown.length} Markdown files: ${fromCheck.length} from check, ${fromRemark.length} from remark`,
      ...onlyCheck.map((finding) => `  ONLY CHECK   ${describeOne(finding)}`),
      ...onlyRemark.map((finding) => `  ONLY REMARK  ${describeOne(finding)}`),
    ].join('\n')
    const againstTruth = report(
      `${project} (remark rule, Markdown files only)`,
      score(
        rows.filter((row) => row.file.endsWith('.md')),
        fromRemark,
        'remark',
      ),
    )
    summary.push(againstTruth.split('\n')[0] as string)
    console.log(`${table}\n${againstTruth}`)
    expect([...onlyCheck, ...onlyRemark].map(key), table).toEqual([])
  })
})
