/**
 * The shape of `src/`, read from its sources' import and export-from
 * specifiers (TypeScript's own `preProcessFile`, type-only ones included):
 * no module longer than {@link MAX_LINES} lines, none that no public entry
 * point reaches, and no import cycle. The entry points are those the build
 * makes (`tsup.config.ts`), which the package's `exports` and `bin` name.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { posix } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { root } from './helpers/corpus.js'

/** The longest a module may be. */
const MAX_LINES = 350

/** Every TypeScript module under `src/`, as a path from the root (`src/citation/scan/scanner.ts`). */
function modulesUnder(folder: string): string[] {
  return readdirSync(`${root}${folder}`, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${folder}/${entry.name}`
      if (entry.isDirectory()) return modulesUnder(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
    .sort()
}

const modules = modulesUnder('src')
const known = new Set(modules)
const texts = new Map(modules.map((path) => [path, readFileSync(`${root}${path}`, 'utf8')]))

/** The lines of a text, as `wc -l` counts them (a last line without a line break counts too). */
function lineCount(text: string): number {
  const breaks = text.split('\n').length - 1
  return text.endsWith('\n') || text === '' ? breaks : breaks + 1
}

/** What `specifier`, written in `from`, names: a module of `src/` (`.js` read as `.ts`), or a package (`undefined`). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  return posix.join(posix.dirname(from), specifier).replace(/\.js$/, '.ts')
}

/** The specifiers each module imports or re-exports from, relative ones only, resolved. */
const imports = new Map<string, string[]>()
/** Relative specifiers that name no module of `src/`. */
const unresolved: string[] = []
for (const [path, text] of texts) {
  const found = new Set<string>()
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    const target = resolveSpecifier(path, fileName)
    if (target === undefined) continue
    if (known.has(target)) found.add(target)
    else unresolved.push(`${path}: ${fileName}`)
  }
  imports.set(path, [...found].sort())
}

/** The build's entry points (`name: 'src/…'` in `tsup.config.ts`), by name. */
function buildEntries(): Map<string, string> {
  const config = readFileSync(`${root}tsup.config.ts`, 'utf8')
  const block = /entry:\s*\{([^}]*)\}/.exec(config)?.[1] ?? ''
  const entries = new Map<string, string>()
  for (const match of block.matchAll(/['"]?([\w/-]+)['"]?\s*:\s*['"](src\/[^'"]+\.ts)['"]/g))
    entries.set(match[1] as string, match[2] as string)
  return entries
}

/** The built files the package exposes (`exports`, `bin`): `dist/citation.js` → `citation`. */
function publishedEntries(): string[] {
  const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    exports: Record<string, string | Record<string, string>>
    bin: Record<string, string>
  }
  const targets = [
    ...Object.values(manifest.exports).map((target) => (typeof target === 'string' ? target : target.default)),
    ...Object.values(manifest.bin),
  ]
  return targets.flatMap((target) => /^\.\/dist\/(.+)\.js$/.exec(target ?? '')?.[1] ?? []).sort()
}

const entries = buildEntries()
const entryFolder = modules.filter((path) => path.startsWith('src/entries/'))
const roots = [...new Set([...entries.values(), ...entryFolder])].sort()

/** What each module imports, as a graph. */
type Graph = ReadonlyMap<string, readonly string[]>

/** The modules `from` reaches through the imports of `graph`, themselves included. */
function reachedFrom(graph: Graph, from: readonly string[]): Set<string> {
  const reached = new Set<string>()
  const stack = [...from]
  for (let path = stack.pop(); path !== undefined; path = stack.pop()) {
    if (reached.has(path)) continue
    reached.add(path)
    stack.push(...(graph.get(path) ?? []))
  }
  return reached
}

/**
 * The import cycles of `graph`, one per strongly connected component
 * (Tarjan's algorithm), each as a path that comes back to where it starts.
 */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  let counter = 0
  const visit = (path: string): void => {
    index.set(path, counter)
    low.set(path, counter)
    counter++
    stack.push(path)
    onStack.add(path)
    for (const next of graph.get(path) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(path, Math.min(low.get(path) as number, low.get(next) as number))
      } else if (onStack.has(next)) low.set(path, Math.min(low.get(path) as number, index.get(next) as number))
    }
    if (low.get(path) !== index.get(path)) return
    const component: string[] = []
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top)
      component.push(top)
      if (top === path) break
    }
    if (component.length > 1 || graph.get(path)?.includes(path)) components.push(component)
  }
  for (const path of [...graph.keys()].sort()) if (!index.has(path)) visit(path)
  return components.map((component) => cycleThrough(graph, new Set(component)))
}

/** A cycle inside one strongly connected component, from its first module (in path order) back to it. */
function cycleThrough(graph: Graph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0] as string
  // Breadth first, so the cycle reported is a shortest one through `start`.
  const previous = new Map<string, string>()
  const queue = [start]
  for (let at = 0; at < queue.length; at++) {
    const path = queue[at] as string
    for (const next of graph.get(path) ?? []) {
      if (!component.has(next)) continue
      if (next === start) {
        const cycle = [start]
        for (let step: string | undefined = path; step !== undefined && step !== start; step = previous.get(step))
          cycle.splice(1, 0, step)
        return [...cycle, start]
      }
      if (!previous.has(next)) {
        previous.set(next, path)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

describe('the modules of src/', () => {
  it('are read: every relative specifier names a module of src/', () => {
    expect(modules.length).toBeGreaterThan(100)
    expect(unresolved).toEqual([])
  })

  it(`are at most ${MAX_LINES} lines long`, () => {
    const long = modules
      .map((path) => ({ path, lines: lineCount(texts.get(path) as string) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines} lines`)
    expect(long).toEqual([])
  })

  it('have public entry points: every module the package exposes is built from src/entries/', () => {
    const published = publishedEntries()
    expect(published.length).toBeGreaterThan(0)
    expect(published.filter((name) => !entries.has(name))).toEqual([])
    expect([...entries.values()].filter((path) => !path.startsWith('src/entries/') || !known.has(path))).toEqual([])
    expect(entryFolder.filter((path) => ![...entries.values()].includes(path))).toEqual([])
  })

  it('are each reached from a public entry point, following imports', () => {
    const reached = reachedFrom(imports, roots)
    expect(modules.filter((path) => !reached.has(path))).toEqual([])
  })

  it('import no module that imports them back (no cycle)', () => {
    expect(cycles(imports).map((cycle) => cycle.join(' → '))).toEqual([])
  })
})

describe('the checks of this test', () => {
  it('count lines as wc -l does, and resolve a `.js` specifier to its `.ts` module', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([
      0, 1, 1, 2, 2,
    ])
    expect(resolveSpecifier('src/citation/scan/scanner.ts', '../grammar/words.js')).toBe(
      'src/citation/grammar/words.ts',
    )
    expect(resolveSpecifier('src/citation/scan/scanner.ts', 'zod')).toBeUndefined()
  })

  it('find every cycle, each as a shortest path back to its first module, and what no entry reaches', () => {
    const graph: Graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'e']],
      ['c', ['a']],
      ['d', ['d']],
      ['e', []],
      ['f', ['e']],
    ])
    expect(cycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ])
    expect(
      cycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([])
    expect([...reachedFrom(graph, ['a'])].sort()).toEqual(['a', 'b', 'c', 'e'])
  })

  it('see an entry point’s imports and re-exports', () => {
    const citation = imports.get('src/entries/citation.ts') ?? []
    expect(citation.length).toBeGreaterThan(5)
    expect(citation.every((path) => known.has(path))).toBe(true)
  })
})
