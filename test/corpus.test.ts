/**
 * The corpus traces back to the source: importer drift, normalisations and
 * character-level fidelity of every provision.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateAll } from '../scripts/lib/generate.js'
import { importSource } from '../scripts/lib/importer.js'
import { regulation } from '../src/entries/index.js'
import { Metadata } from '../src/entries/schema.js'
import { corpusMarkdown, read, root, sourceText } from './helpers/corpus.js'

const PINNED = 'c5080aab37527c7f6880f78eb6e0ed41518d0a0a90f258c5d575ea4a98864a72'
/** The page furniture named in the foundation issue, as whole source lines. */
const FURNITURE = ['吉林省人民政府规章', 'X', '吉林省人民政府发布', '- 11 -']
const strip = (text: string): string => text.replace(/\s+/g, '')

describe('source', () => {
  it('is the pinned official extraction', () => {
    const digest = createHash('sha256')
      .update(read('corpus/sources/jilin-counter-espionage-regulations.source.txt'))
      .digest('hex')
    expect(digest).toBe(PINNED)
    expect(regulation.source.sha256).toBe(PINNED)
    expect(regulation.source.path).toBe('corpus/sources/jilin-counter-espionage-regulations.source.txt')
  })

  it('refuses a source whose SHA-256 differs', () => {
    const metadata = Metadata.parse(JSON.parse(read('corpus/metadata.json')))
    expect(() => importSource(`${sourceText()} `, metadata)).toThrow(
      /Unexpected source SHA-256 [0-9a-f]{64}, expected c5080aab/,
    )
  })
})

describe('generated files', () => {
  it.each(generateAll().map(({ path, content }) => [path.slice(root.length), content]))(
    '%s is what the importer and generator write now',
    (path, content) => {
      expect(read(path)).toBe(content)
    },
  )
})

describe('normalisations', () => {
  const metadata = Metadata.parse(JSON.parse(read('corpus/metadata.json')))
  const { report } = importSource(sourceText(), metadata)

  it('removes exactly the page furniture inside Article 38', () => {
    expect(report.furniture).toEqual([
      { line: 374, text: '吉林省人民政府规章' },
      { line: 378, text: 'X' },
      { line: 379, text: '吉林省人民政府发布' },
      { line: 383, text: '- 11 -' },
    ])
  })

  it('removes the spaces around Arabic digits, and only those', () => {
    const lines = sourceText().split('\n')
    expect(report.digitSpaces).toHaveLength(21)
    for (const { line, column } of report.digitSpaces) {
      const text = lines[line - 1] as string
      expect(text[column - 1]).toBe(' ')
      expect(/\d/.test(text[column - 2] as string) || /\d/.test(text[column] as string)).toBe(true)
    }
  })
})

/** Every piece of text in the model, in document order. */
function modelPieces(): { where: string; text: string }[] {
  const pieces = [
    { where: 'title', text: regulation.title },
    { where: 'promulgation note', text: regulation.promulgationNote },
  ]
  for (const chapter of regulation.chapters) {
    pieces.push({ where: chapter.eId, text: chapter.heading + chapter.title })
    for (const article of chapter.articles) {
      pieces.push({ where: article.eId, text: article.heading })
      for (const paragraph of article.paragraphs) {
        pieces.push({ where: paragraph.eId, text: paragraph.text })
        for (const item of paragraph.items) pieces.push({ where: item.eId, text: item.marker + item.text })
      }
    }
  }
  return pieces
}

describe('fidelity', () => {
  const lines = sourceText().split('\n')
  const withoutFurniture = lines.filter((line) => !FURNITURE.includes(line.trim())).join('\n')

  it('the source holds the furniture the model must not', () => {
    for (const text of FURNITURE) expect(lines.some((line) => line.trim() === text)).toBe(true)
  })

  it('every character of the model, in order, is the source without whitespace and furniture', () => {
    expect(
      modelPieces()
        .map((piece) => piece.text)
        .join(''),
    ).toBe(strip(withoutFurniture))
  })

  it('each paragraph and item is its source text, whitespace aside, in document order', () => {
    const source = strip(withoutFurniture)
    let cursor = 0
    for (const { where, text } of modelPieces()) {
      const at = source.indexOf(strip(text), cursor)
      expect(at, `${where} at ${cursor}`).toBe(cursor)
      cursor = at + strip(text).length
    }
    expect(cursor).toBe(source.length)
  })

  it('no provision holds whitespace or page furniture', () => {
    for (const { where, text } of modelPieces()) {
      expect(text, where).not.toMatch(/\s/)
      for (const furniture of ['吉林省人民政府规章', '吉林省人民政府发布', '- 11 -'])
        expect(text, where).not.toContain(furniture)
      expect(text.replace(/[^X]/g, ''), where).toBe('')
    }
  })

  it('Article 38 paragraph 2 reads in one piece across the page break', () => {
    const paragraph = regulation.chapters[3]?.articles.find((a) => a.number === 38)?.paragraphs[1]
    expect(paragraph?.text).toBe(
      '因协助反间谍安全防范工作，公民本人或者其近亲属的人身安全面临危险的，可以向国家安全机关或者有关部门请求保护。国家安全机关应当会同有关部门依法采取保护措施。',
    )
  })

  it('keeps the digits without the extraction spaces', () => {
    const texts = modelPieces().map((piece) => piece.text)
    expect(texts).toContain('本规定自2025年1月1日起施行。')
    expect(texts.some((text) => text.includes('在10个工作日内反馈意见'))).toBe(true)
    expect(texts.some((text) => text.includes('畅通12339举报电话'))).toBe(true)
    expect(regulation.promulgationNote).toBe(
      '（《吉林省反间谍工作规定》已经2024年11月4日省政府常务会议审议通过，现予公布，自2025年1月1日起施行。）',
    )
  })

  it('keeps the ASCII comma of Article 38 item (一) as published, and records it', () => {
    const item = regulation.chapters[3]?.articles.find((a) => a.number === 38)?.paragraphs[0]?.items[0]
    expect(item?.text).toContain('破获间谍案件,或者')
    expect(regulation.sic).toEqual([
      expect.objectContaining({ eId: item?.eId, text: ',', context: '破获间谍案件,或者' }),
    ])
  })

  it('every ASCII punctuation mark in a provision is recorded as sic', () => {
    const recorded = new Set(regulation.sic.map((sic) => `${sic.eId}:${sic.text}`))
    for (const { where, text } of modelPieces()) {
      for (const char of text.match(/[!-/:-@[-`{-~]/g) ?? [])
        expect(recorded.has(`${where}:${char}`), `${where} ${char}`).toBe(true)
    }
  })
})

describe('corpus Markdown', () => {
  it('says it is generated and where from', () => {
    expect(corpusMarkdown()).toMatch(
      /^# 吉林省反间谍工作规定\n\n<!-- jilin-counter-espionage metadata \(generated by scripts\/build-data\.ts/,
    )
  })
})
