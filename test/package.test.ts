/**
 * The built package: what each entry exports, and what importing the main
 * entry costs. Runs on `dist/` (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { describe, expect, it } from 'vitest'
import { moduleGraph } from '../bench/util.js'
import { root } from './helpers/corpus.js'

const dist = `${root}dist/`
const node = (args: string[]): string =>
  execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' })
const forbid = ['--import', './test/fixtures/forbid-runtime-deps.mjs']

/** The packages the statements of `text` import or re-export from (not Node's own), by name. */
const packagesImported = (text: string): string[] =>
  [
    ...text.matchAll(
      /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*(['"])([^'"]+)\1|^\s*import\s*(['"])([^'"]+)\3|\bimport\(\s*(['"])([^'"]+)\5\s*\)/gm,
    ),
  ]
    .map((match) => (match[2] ?? match[4] ?? match[6]) as string)
    .filter((specifier) => !/^(\.|node:)/.test(specifier) && !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    )

/** The texts of the files under `folder` whose names match `names`. */
const texts = (folder: string, names: RegExp): string[] =>
  readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((name) => names.test(name))
    .map((name) => readFileSync(`${root}${folder}${name}`, 'utf8'))

describe('built package', () => {
  it('is built', () => {
    expect(existsSync(`${dist}index.js`), 'run `npm run build` first').toBe(true)
  })

  it.each([
    [
      'jilin-counter-espionage',
      ['ERROR_CODES', 'cite', 'getArticle', 'getNode', 'provision', 'regulation', 'verifyOfficial', 'walk'],
    ],
    [
      'jilin-counter-espionage/citation',
      [
        'CITATION_STYLES',
        'MAX_ALIASES',
        'REFERENCE_FORMS',
        'WORK_URI',
        'checkDocument',
        'checkText',
        'citations',
        'extractCitations',
        'findInstrument',
        'formatCitation',
        'knownInstruments',
        'parseCitation',
        'referenceMessage',
        'resolveCitation',
        'resolveIn',
        'statuteCitations',
        'statuteOutline',
        'streamCitations',
        'validateReference',
      ],
    ],
    [
      'jilin-counter-espionage/query',
      [
        'MAX_QUERY_LENGTH',
        'ancestorsOf',
        'chapterOf',
        'childrenOf',
        'getChapter',
        'getItem',
        'getParagraph',
        'isInForce',
        'lookup',
        'nextOf',
        'normalizeForSearch',
        'parentOf',
        'pathOf',
        'previousOf',
        'provisions',
        'search',
        'textOf',
      ],
    ],
    [
      'jilin-counter-espionage/annotations',
      [
        'CAPTION_NOTE',
        'NORM_KINDS',
        'STATEMENT_ASPECTS',
        'TRANSLATION_NOTE',
        'WEB_ANNOTATION_CONTEXT',
        'actors',
        'actorsOf',
        'annotatedProvisions',
        'articlesAbout',
        'captionOf',
        'editorialNotes',
        'figuresOf',
        'glossary',
        'mentionsOf',
        'normalizeEnglish',
        'normsOf',
        'provisionsAddressing',
        'referencesFrom',
        'referencesTo',
        'search',
        'searchBilingual',
        'timeLimits',
        'topics',
        'topicsOf',
        'translationOf',
        'webAnnotations',
      ],
    ],
    [
      'jilin-counter-espionage/parse',
      [
        'MAX_LINES',
        'MAX_MARKDOWN_LENGTH',
        'MAX_NESTING_DEPTH',
        'MAX_PUNCTUATION',
        'RULE_IDS',
        'STATUTE_RULE_IDS',
        'parseMarkdown',
        'parseRegulation',
        'parseStatute',
      ],
    ],
    [
      'jilin-counter-espionage/schema',
      [
        'Article',
        'Chapter',
        'IsoDate',
        'Item',
        'Metadata',
        'Paragraph',
        'ProvisionText',
        'Regulation',
        'Sic',
        'Statute',
        'StatuteAnnex',
        'StatuteArticle',
        'StatuteChapter',
        'StatuteClause',
        'StatuteDivision',
        'StatuteItem',
        'StatuteParagraph',
        'StatutePart',
        'StatuteSection',
        'StatuteSubItem',
        'StatuteSubpart',
        'isEId',
      ],
    ],
    [
      'jilin-counter-espionage/render',
      [
        'AKN_NAMESPACE',
        'RENDER_FORMATS',
        'render',
        'renderAkn',
        'renderHtml',
        'renderJson',
        'renderMarkdown',
        'renderText',
        'toHast',
        'toMdast',
        'toXast',
      ],
    ],
    ['jilin-counter-espionage/render/markdown', ['renderMarkdown', 'toMdast']],
    ['jilin-counter-espionage/render/text', ['renderText']],
    ['jilin-counter-espionage/render/html', ['renderHtml', 'toHast']],
    ['jilin-counter-espionage/render/akn', ['AKN_NAMESPACE', 'renderAkn', 'toXast']],
    ['jilin-counter-espionage/render/json', ['renderJson']],
    ['jilin-counter-espionage/render/bilingual', ['renderAnnotatedAkn', 'renderBilingual']],
    [
      'jilin-counter-espionage/remark',
      ['LINT_RULE', 'LINT_URL', 'default', 'remarkLinkReferences', 'remarkLintReferences'],
    ],
  ])('%s exports exactly its API', async (specifier, names) => {
    const module = await import(specifier)
    expect(Object.keys(module).sort()).toEqual(names)
  })

  it('main entry loads neither zod nor unified nor any Markdown parser, nor the citation, query or render code', () => {
    const code = moduleGraph('dist/index.js')
      .map((file) => readFileSync(`${root}${file}`, 'utf8'))
      .join('')
    expect(code).not.toMatch(/extractCitations|function search\b|akomaNtoso/)
    const out = node([
      ...forbid,
      '--input-type=module',
      '-e',
      "const m = await import('jilin-counter-espionage'); console.log(m.getArticle(42).node.heading)",
    ])
    expect(out.trim()).toBe('第四十二条')
  })

  it('the guard works: the parse and schema entries do load them', () => {
    for (const entry of ['parse', 'schema']) {
      expect(() =>
        node([...forbid, '--input-type=module', '-e', `await import('jilin-counter-espionage/${entry}')`]),
      ).toThrow(/forbidden import/)
    }
  })

  it('an app that needs one format loads only that renderer', () => {
    const code = (entry: string): string =>
      moduleGraph(entry)
        .map((file) => readFileSync(`${root}${file}`, 'utf8'))
        .join('')
    expect(code('dist/render/html.js')).not.toContain('akomaNtoso')
    expect(code('dist/render/akn.js')).not.toContain('<!DOCTYPE html>')
    expect(code('dist/render/json.js')).not.toMatch(/akomaNtoso|<!DOCTYPE html>/)
    expect(code('dist/index.js')).not.toMatch(/akomaNtoso|<!DOCTYPE html>/)
  })

  it('ships the JSON Schema and the corpus', async () => {
    const schema = JSON.parse(readFileSync(`${root}schema/regulation.schema.json`, 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    for (const type of ['regulation', 'chapter', 'article', 'paragraph', 'item']) {
      expect(pkg.exports[`./${type}.schema.json`]).toBe(`./schema/${type}.schema.json`)
    }
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist', 'schema/*.schema.json', 'corpus/jilin-counter-espionage-2025.md']),
    )
  })

  it('declares what it imports: in dependencies what the built code and its types import, the rest at least in devDependencies', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    const undeclared = (names: string[], declared: Record<string, string>): string[] =>
      [...new Set(names)].filter((name) => !(name in declared || `@types/${name}` in declared)).sort()
    expect(undeclared(texts('dist/', /\.(js|d\.ts)$/).flatMap(packagesImported), pkg.dependencies)).toEqual([])
    const all = { ...pkg.dependencies, ...pkg.devDependencies }
    expect(undeclared(texts('src/', /\.ts$/).flatMap(packagesImported), all)).toEqual([])
  })

  it('the bin prints the table of contents', () => {
    const out = node(['dist/cli.js', 'toc', '--width', '80'])
    expect(out.split('\n')[0]).toBe('吉林省反间谍工作规定 (Jilin Province Counter-Espionage Work Regulations)')
    expect(out.match(/^ {2}第[一二三四五六七八九十]+条/gm)).toHaveLength(42)
  })
})
