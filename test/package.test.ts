/**
 * The built package: what each entry exports, and what importing the main
 * entry costs. Runs on `dist/` (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { moduleGraph } from '../bench/util.js'
import { root } from './helpers/corpus.js'

const dist = `${root}dist/`
const node = (args: string[]): string =>
  execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' })
const forbid = ['--import', './test/fixtures/forbid-runtime-deps.mjs']

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
        'StatuteArticle',
        'StatuteChapter',
        'StatuteItem',
        'StatuteParagraph',
        'StatutePart',
        'StatuteSection',
        'StatuteSubItem',
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

  it('the bin prints the table of contents', () => {
    const out = node(['dist/cli.js', 'toc', '--width', '80'])
    expect(out.split('\n')[0]).toBe('吉林省反间谍工作规定 (Jilin Province Counter-Espionage Work Regulations)')
    expect(out.match(/^ {2}第[一二三四五六七八九十]+条/gm)).toHaveLength(42)
  })
})
