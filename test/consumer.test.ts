/**
 * The package as a consumer gets it: packed from a clean copy of the
 * repository (the files git tracks, without `dist/`: `npm pack` must build
 * it through `prepare`), installed from the tarball into a project of its
 * own, and used there: every subpath of `exports` imported, every JSON
 * Schema and the corpus loaded, the installed `bin` run, and a TypeScript
 * consumer type-checked (valid literals pass, invalid ones fail with the
 * expected message).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from './helpers/corpus.js'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const work = mkdtempSync(join(tmpdir(), 'jce-consumer-'))
const copy = join(work, 'repository')
const project = join(work, 'project')
let tarball = ''
let packed: string[] = []

/** The files in a package tarball, without the `package/` prefix. */
function tarFiles(file: string): string[] {
  return execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^package\//, ''))
}

/** The files of the working tree that git tracks or would track (not ignored): what a clean clone holds. */
function sourceFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  return listed.stdout.split('\0').filter((file) => file !== '' && existsSync(join(root, file)))
}

beforeAll(() => {
  for (const file of sourceFiles()) {
    mkdirSync(dirname(join(copy, file)), { recursive: true })
    cpSync(join(root, file), join(copy, file))
  }
  expect(existsSync(join(copy, 'dist'))).toBe(false)
  // The clean copy builds with the tools `npm ci` installed here (no second download).
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
  // The tarball and its file list are read from disk: `prepare`'s output shares standard output with `--json`.
  execFileSync(npm, ['pack', '--pack-destination', work], { cwd: copy, encoding: 'utf8', stdio: 'pipe' })
  tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) as string)
  packed = tarFiles(tarball)
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  // remark, remark-lint and remark-cli as a user's project has them, to use the lint rule from a .remarkrc.
  const remarkVersions = ['remark', 'remark-lint', 'remark-cli'].map((name) => {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
    return `${name}@${version}`
  })
  execFileSync(
    npm,
    ['install', tarball, ...remarkVersions, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    {
      cwd: project,
      encoding: 'utf8',
      stdio: 'pipe',
    },
  )
}, 240_000)

// Removing an installed project is slow on a loaded machine: the hook gets the setup's time, not the default 10 s.
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
}, 240_000)

const installed = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(project, 'node_modules/jilin-counter-espionage/package.json'), 'utf8'))

describe('the packed package', () => {
  it('holds the build, the data files, the changelog and the licence', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli.js',
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ])
      expect(packed).toContain(file)
    expect(packed).toContain('corpus/jilin-counter-espionage-2025.md')
    expect(packed.filter((file) => file.startsWith('schema/'))).toHaveLength(5)
    expect(packed.some((file) => file.startsWith('src/') || file.startsWith('test/'))).toBe(false)
  })

  it('imports every subpath of `exports` in a project of its own', () => {
    const exportsField = installed().exports as Record<string, unknown>
    const specifiers = Object.keys(exportsField).map((key) => `jilin-counter-espionage${key.slice(1)}`)
    const script = `
      const results = {}
      for (const specifier of ${JSON.stringify(specifiers)}) {
        if (specifier.endsWith('.json')) {
          const { default: json } = await import(specifier, { with: { type: 'json' } })
          results[specifier] = Object.keys(json).length
        } else if (specifier.endsWith('.md')) {
          const { readFileSync } = await import('node:fs')
          results[specifier] = readFileSync(new URL(import.meta.resolve(specifier)), 'utf8').length
        } else {
          results[specifier] = Object.keys(await import(specifier)).length
        }
      }
      console.log(JSON.stringify(results))
    `
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
    })
    const results = JSON.parse(out) as Record<string, number>
    expect(Object.keys(results).sort()).toEqual(specifiers.sort())
    for (const [specifier, size] of Object.entries(results)) expect(size, specifier).toBeGreaterThan(0)
    expect(specifiers.filter((s) => s.endsWith('.schema.json'))).toHaveLength(5)
  })

  it('answers with the regulation there', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { getArticle } from 'jilin-counter-espionage'
         import { validateReference } from 'jilin-counter-espionage/citation'
         import { renderHtml } from 'jilin-counter-espionage/render/html'
         console.log(getArticle(15).node.heading, validateReference('第十五条第四款').suggestion, renderHtml(getArticle(2).node).ok)`,
      ],
      { cwd: project, encoding: 'utf8' },
    )
    expect(out.trim()).toBe('第十五条 第十五条第三款 true')
  })

  it('runs the installed bin', () => {
    const bin = join(project, 'node_modules/.bin/jilin-counter-espionage')
    const toc = spawnSync(bin, ['toc', '--width=80'], { encoding: 'utf8' })
    expect(toc.status).toBe(0)
    expect(toc.stdout.split('\n')[0]).toBe('吉林省反间谍工作规定 (Jilin Province Counter-Espionage Work Regulations)')
    const missing = spawnSync(bin, ['render', 'art_43', '--format', 'text'], { encoding: 'utf8' })
    expect([missing.status, missing.stderr]).toEqual([
      1,
      'Unexpected reference `art_43` (No article 43 (第四十三条): the regulation has 42 articles), expected `art_34`\n',
    ])
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    expect([version.status, version.stdout]).toEqual([
      0,
      `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`,
    ])
    const cite = spawnSync(bin, ['cite', '--json'], { encoding: 'utf8', input: '见第十五条第二款\n和第九十九条' })
    expect(cite.status).toBe(1)
    expect(JSON.parse(cite.stdout).map((row: { line: number; ok: boolean }) => [row.line, row.ok])).toEqual([
      [1, true],
      [2, false],
    ])
    const usage = spawnSync(bin, ['toc', '--colour'], { encoding: 'utf8' })
    expect([usage.status, usage.stdout]).toEqual([2, ''])
  })

  it('runs every command of the installed bin with --json', () => {
    const bin = join(project, 'node_modules/.bin/jilin-counter-espionage')
    const json = (args: string[]): unknown => {
      const result = spawnSync(bin, [...args, '--json'], { encoding: 'utf8' })
      expect(result.status, args.join(' ')).toBe(0)
      return JSON.parse(result.stdout)
    }
    expect((json(['toc']) as unknown[]).length).toBe(5)
    expect(json(['show', '第十五条第二款', '--lang', 'zh,en'])).toMatchObject({
      eId: 'art_15__para_2',
      enStatus: 'unofficial',
    })
    expect((json(['search', '举报', '--limit', '2']) as { hits: unknown[] }).hits).toHaveLength(2)
    expect(json(['render', 'art_2', '--format', 'txt'])).toMatchObject({ format: 'text' })
  })

  it('checks a project with the installed bin: text, --json, SARIF and the exit statuses', () => {
    const bin = join(project, 'node_modules/.bin/jilin-counter-espionage')
    const docs = join(project, 'docs')
    mkdirSync(docs, { recursive: true })
    writeFileSync(join(docs, 'ok.md'), '依照《吉林省反间谍工作规定》第二十三条。\n')
    writeFileSync(join(docs, 'bad.ts'), '// 本规定第十五条第四款\nconst a = 1\n')
    const text = spawnSync(bin, ['check', 'docs'], { cwd: project, encoding: 'utf8' })
    expect([text.status, text.stdout]).toEqual([
      1,
      'docs/bad.ts:1:4  Unexpected reference `本规定第十五条第四款` (No paragraph 4 in Article 15 (第十五条第四款): Article 15 has 3 paragraphs), expected `第十五条第三款`  no-invalid-reference\n',
    ])
    const json = spawnSync(bin, ['check', 'docs', '--json'], { cwd: project, encoding: 'utf8' })
    expect(JSON.parse(json.stdout)).toMatchObject({
      files: 2,
      references: 2,
      findings: [{ file: 'docs/bad.ts', line: 1 }],
    })
    const sarif = spawnSync(bin, ['check', 'docs', '--format', 'sarif'], { cwd: project, encoding: 'utf8' })
    expect(JSON.parse(sarif.stdout)).toMatchObject({
      version: '2.1.0',
      runs: [{ results: [{ ruleId: 'no-invalid-reference' }] }],
    })
    expect(spawnSync(bin, ['check', 'docs/ok.md'], { cwd: project }).status).toBe(0)
    expect(spawnSync(bin, ['check', 'nowhere'], { cwd: project }).status).toBe(2)
  })

  it('lints Markdown with the remark rule from a .remarkrc, through remark-cli and remark-lint', () => {
    const folder = join(project, 'site')
    mkdirSync(folder, { recursive: true })
    writeFileSync(
      join(folder, '.remarkrc.json'),
      JSON.stringify({ plugins: ['remark-lint', ['jilin-counter-espionage/remark', ['error', { bare: true }]]] }),
    )
    writeFileSync(
      join(folder, 'page.md'),
      '# 页\n\n依照本规定第四十三条和第十五条。\n\n<!--lint disable no-invalid-reference-->\n\n第九十九条\n',
    )
    const remarkBin = join(project, 'node_modules/.bin/remark')
    const result = spawnSync(remarkBin, ['page.md', '--frail', '--quiet', '--no-stdout', '--no-color'], {
      cwd: folder,
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    // The list 本规定第四十三条和第十五条 is one reference (3:3 to 3:16); its first article does not exist.
    expect(result.stderr).toContain('3:3-3:16')
    expect(result.stderr).toContain('Unexpected reference `本规定第四十三条和第十五条` (No article 43')
    expect(result.stderr).toContain('no-invalid-reference jilin-counter-espionage')
    expect(result.stderr).not.toContain('第九十九条')
    // The same through the API, with links made by the plugin that links (the rule only reports).
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { remark } from 'remark'
         import remarkLint from 'remark-lint'
         import rule, { remarkLinkReferences } from 'jilin-counter-espionage/remark'
         const file = await remark().use(remarkLint).use(remarkLinkReferences, { baseUrl: '/j' }).use(rule).process('本规定第五条；本规定第五十条')
         const linked = await remark().use(remarkLinkReferences, { baseUrl: '/j#' }).process('本规定第六条')
         console.log(JSON.stringify([String(file), file.messages.map((m) => m.ruleId), String(linked)]))`,
      ],
      { cwd: project, encoding: 'utf8' },
    )
    expect(JSON.parse(out)).toEqual([
      '[本规定第五条](/j#art_5)；本规定第五十条\n',
      ['no-invalid-reference'],
      '[本规定第六条](/j#art_6)\n',
    ])
  })

  it('type-checks a TypeScript consumer: valid literals pass, invalid ones fail with the expected message', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
      }),
    )
    writeFileSync(
      join(project, 'valid.ts'),
      `import { cite, getNode, provision, type Result } from 'jilin-counter-espionage'
import type { Paragraph } from 'jilin-counter-espionage'
import { validateReference } from 'jilin-counter-espionage/citation'
import { toHast } from 'jilin-counter-espionage/render/html'
const paragraph: Paragraph = provision('art_15__para_2')
const item = cite('第三十八条第一款第（三）项')
const found = getNode('art_42')
const answer: Result<object> = validateReference('第十五条')
export const used = [paragraph.text, item.marker, found.node.heading, answer.ok, toHast(paragraph).type]
`,
    )
    const tsc = join(root, 'node_modules/typescript/bin/tsc')
    const valid = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: project,
      encoding: 'utf8',
    })
    expect(valid.stdout + valid.stderr).toBe('')
    expect(valid.status).toBe(0)
    writeFileSync(
      join(project, 'invalid.ts'),
      `import { cite, provision } from 'jilin-counter-espionage'
export const a = provision('art_43')
export const b = cite('第十五条第四款')
`,
    )
    const invalid = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: project,
      encoding: 'utf8',
    })
    const output = invalid.stdout + invalid.stderr
    expect(invalid.status).not.toBe(0)
    expect(output).toMatch(
      /invalid\.ts\(2,28\): error TS2345: Argument of type '"art_43"' is not assignable to parameter of type/,
    )
    expect(output).toMatch(
      /invalid\.ts\(3,23\): error TS2345: Argument of type '"第十五条第四款"' is not assignable to parameter of type/,
    )
    expect(output.match(/error TS/g)).toHaveLength(2)
  })

  it('leaves nothing of the build in the clean copy but what npm pack built', () => {
    expect(readdirSync(join(copy, 'dist')).length).toBeGreaterThan(0)
  })

  it('builds when installed from a git URL (npm runs `prepare` in its own clone of the commit)', () => {
    const destination = join(work, 'from-git')
    mkdirSync(destination)
    execFileSync(npm, ['pack', `git+file://${root}`, '--prefer-offline', '--pack-destination', destination], {
      cwd: destination,
      encoding: 'utf8',
      stdio: 'pipe',
    })
    const files = tarFiles(join(destination, readdirSync(destination).find((name) => name.endsWith('.tgz')) as string))
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/cli.js', 'dist/render/html.js']))
  }, 240_000)
})
