/**
 * What a project says of its files where their text cannot: the
 * `jilin-counter-espionage` field of package.json or
 * `.jilin-counter-espionage.json`, with globs of files about this
 * regulation, not about it, and checked in bare mode.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NO_SETTINGS, readSettings, settingsOf } from '../src/cli/config.js'
import { runCheck } from '../src/cli/run-check.js'

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** A folder with these files (path → text). */
function tree(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'jce-config-'))
  folders.push(folder)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  return folder
}

/** `check --json .` in `cwd`: its status and the findings' files and texts. */
async function check(cwd: string): Promise<{ code: number; found: string[]; err: string }> {
  let out = ''
  let err = ''
  const code = await runCheck(
    { paths: ['.'], format: 'json', bare: false, gitignore: true, ignorePatterns: [] } as never,
    { cwd, out: (text) => (out += text), err: (text) => (err += text) },
  )
  const found = code === 2 && out === '' ? [] : JSON.parse(out).findings
  return { code, found: found.map((f: { file: string; text: string }) => `${f.file} ${f.text}`), err }
}

describe('settingsOf', () => {
  const settings = settingsOf({ about: ['docs/**'], notAbout: ['docs/vendor/**'], bare: ['rules/**'] }, 'x')
  if (typeof settings === 'string') throw new Error(settings)

  it.each([
    ['docs/a.md', false, { about: 'this', bare: false }],
    ['docs/vendor/b.md', false, { about: 'other', bare: false }],
    ['rules/r.yaml', false, { about: 'auto', bare: true }],
    ['src/app.ts', true, { about: 'auto', bare: true }],
    ['src/app.ts', false, { about: 'auto', bare: false }],
  ])('%s (--bare %s): %j; not-about wins over about', (path, bare, expected) => {
    expect(settings(path, bare)).toEqual(expected)
  })

  it.each([
    [[], 'Unexpected array in `x`, expected an object'],
    [{ abuot: [] }, 'Unexpected key `abuot` in `x`, expected `about`, `notAbout`, `bare`'],
    [{ about: 'docs/**' }, 'Unexpected `about` in `x`, expected an array of globs'],
    [{ bare: [''] }, 'Unexpected `bare` in `x`, expected an array of globs'],
  ])('refuses %j with a message naming the key', (config, message) => {
    expect(settingsOf(config, 'x')).toMatch(new RegExp(`^${message.replace(/[`[\]()*]/g, '.')}`))
  })

  it('is no settings without a configuration', async () => {
    expect(await readSettings(tree({ 'a.md': '' }))).toBe(NO_SETTINGS)
  })
})

describe('check with a configuration', () => {
  it('reads the package.json field: a file not about this regulation is not checked for 本规定; bare globs count bare citations', async () => {
    const cwd = tree({
      'package.json': JSON.stringify({
        name: 'app',
        'jilin-counter-espionage': { notAbout: ['vendor/**'], bare: ['rules/**'] },
      }),
      'vendor/liaoning.txt': '违反本规定第四十七条的\n',
      'rules/tags.yaml': 'tag: 第四十三条\n',
      'src/app.ts': '// 本规定第四十四条\n',
    })
    const { code, found } = await check(cwd)
    expect(code).toBe(1)
    expect(found.sort()).toEqual(['rules/tags.yaml 第四十三条', 'src/app.ts 本规定第四十四条'])
  })

  it('reads .jilin-counter-espionage.json when package.json has no field, and about overrides a title', async () => {
    const cwd = tree({
      '.jilin-counter-espionage.json': JSON.stringify({ about: ['notes/**'] }),
      'notes/draft.md': '# 辽宁省反间谍安全防范工作规定对照\n\n本规定第四十五条\n',
      'other.md': '# 辽宁省反间谍安全防范工作规定\n\n本规定第四十五条\n',
    })
    const { found } = await check(cwd)
    expect(found).toEqual(['notes/draft.md 本规定第四十五条'])
  })

  it('never checks the files `ignore` names (.gitignore patterns), and says why when one is named', async () => {
    const cwd = tree({
      'package.json': JSON.stringify({ 'jilin-counter-espionage': { ignore: ['test/', '*.log', '!keep.log'] } }),
      'test/inputs.ts': "const wrong = '本规定第四十三条'\n",
      'run.log': '本规定第四十四条\n',
      'keep.log': '本规定第四十五条\n',
      'src/app.ts': '// 本规定第四十六条\n',
    })
    const { code, found } = await check(cwd)
    expect(code).toBe(1)
    expect(found.sort()).toEqual(['keep.log 本规定第四十五条', 'src/app.ts 本规定第四十六条'])
    let err = ''
    const named = await runCheck(
      { paths: ['test'], format: 'text', bare: false, gitignore: true, ignorePatterns: [] },
      { cwd, out: () => undefined, err: (text) => (err += text) },
    )
    expect(named).toBe(2)
    expect(err).toMatch(
      /^test: skipped \(it matches an ignore pattern of the configuration, --ignore-pattern or --ignore-path\)/,
    )
  })

  it('answers a configuration it cannot read with one line and status 2', async () => {
    const cwd = tree({ '.jilin-counter-espionage.json': '{ "about": "docs" }', 'a.md': '本规定第五十条' })
    const { code, err } = await check(cwd)
    expect(code).toBe(2)
    expect(err).toMatch(/^Unexpected `about` in `.jilin-counter-espionage.json`, expected an array of globs/)
  })
})
