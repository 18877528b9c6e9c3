/**
 * Reading the peer corpus (LawRefBook convention, see
 * `test/fixtures/peer-corpus/README.md`) into an outline the citation
 * resolver can check references against.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { OutlineArticle, OutlineChapter, OutlineParagraph } from '../../src/entries/citation.js'
import { parseChineseNumeral } from '../../src/numeral/index.js'
import { root } from './corpus.js'

export interface PeerProvision {
  /** `art_5__para_2`, or undefined for an inserted article (之一), which has no eId here. */
  context: string | undefined
  text: string
}

export interface PeerText {
  name: string
  markdown: string
  outline: { chapters: OutlineChapter[] }
  /** Paragraphs and items with the article heading removed. */
  provisions: PeerProvision[]
}

const ARTICLE = /^第([一二三四五六七八九十百千零〇两]+)条(?:之([一二三四五六七八九十]+))?[\s\u3000]*/
const ITEM = /^[（(][一二三四五六七八九十]+[）)]/
const CHAPTER = /^#{2,}\s*第([一二三四五六七八九十百千零〇两]+)章/

const value = (numeral: string): number => {
  const result = parseChineseNumeral(numeral)
  return result.ok ? result.value : Number.NaN
}

export function peerFiles(): string[] {
  const base = `${root}test/fixtures/peer-corpus/`
  return ['security', 'sample'].flatMap((folder) =>
    readdirSync(`${base}${folder}`)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${base}${folder}/${name}`),
  )
}

/** Every statute of the peer corpus for the general importer: `security/`, `sample/` and `dev/`, as `folder/name`. */
export function statuteFiles(): string[] {
  const base = `${root}test/fixtures/peer-corpus/`
  return ['security', 'sample', 'dev'].flatMap((folder) =>
    readdirSync(`${base}${folder}`)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${folder}/${name}`),
  )
}

/** The statutes chosen for their structure (`structures/`) and the long codes (`codes/`), as `folder/name`. */
export function structureFiles(): string[] {
  const base = `${root}test/fixtures/peer-corpus/`
  return ['structures', 'codes'].flatMap((folder) =>
    readdirSync(`${base}${folder}`)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${folder}/${name}`),
  )
}

export function readPeer(path: string): PeerText {
  const markdown = readFileSync(path, 'utf8')
  const body = markdown.includes('<!-- INFO END -->') ? markdown.slice(markdown.indexOf('<!-- INFO END -->')) : markdown
  const chapters: OutlineChapter[] = []
  let chapter: { number: number; articles: OutlineArticle[] } = { number: 0, articles: [] }
  chapters.push(chapter)
  let article: { number: number; suffix?: number; paragraphs: OutlineParagraph[] } | undefined
  const provisions: PeerProvision[] = []
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('<!--')) continue
    const chapterMatch = CHAPTER.exec(line)
    if (chapterMatch) {
      chapter = { number: value(chapterMatch[1] as string), articles: [] }
      chapters.push(chapter)
      continue
    }
    if (line.startsWith('#')) continue
    const articleMatch = ARTICLE.exec(line)
    if (articleMatch) {
      article = { number: value(articleMatch[1] as string), paragraphs: [] }
      if (articleMatch[2]) article.suffix = value(articleMatch[2])
      chapter.articles.push(article)
      article.paragraphs.push({ number: 1, items: [] })
      provisions.push({ context: eId(article, 1), text: line.slice(articleMatch[0].length) })
      continue
    }
    if (!article) continue
    const last = article.paragraphs.at(-1) as OutlineParagraph & { items: { number: number }[] }
    if (ITEM.test(line)) {
      last.items.push({ number: last.items.length + 1 })
      provisions.push({ context: eId(article, last.number), text: line })
      continue
    }
    const paragraph = { number: article.paragraphs.length + 1, items: [] }
    article.paragraphs.push(paragraph)
    provisions.push({ context: eId(article, paragraph.number), text: line })
  }
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    markdown,
    outline: { chapters: chapters.filter((c) => (c.number === 0 ? c.articles.length > 0 : true)) },
    provisions,
  }
}

function eId(article: { number: number; suffix?: number }, paragraph: number): string | undefined {
  return article.suffix === undefined ? `art_${article.number}__para_${paragraph}` : undefined
}
