/**
 * The bilingual HTML view: the official Chinese and the unofficial English
 * side by side, a row per paragraph and per item, built as a hast tree with
 * `hastscript` and serialised by `hast-util-to-html` (which escapes every
 * text and attribute). The page opens with the title and the promulgation
 * note, then its table of contents. Citations are links to their targets;
 * annotations are classes and `data-*` attributes on spans of the Chinese
 * text, coloured with `highlight`. The Chinese text inside the spans is the
 * official text, character for character.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { ownEnglish, TRANSLATION_NOTE } from '../annotations/translation.js'
import { translation } from '../generated/annotations.js'
import type { Article, Chapter, Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { articleHeading, chapterHeading, englishOf, itemEnglish } from './english.js'
import { nest, type Piece, spansOf } from './spans.js'

/** Options of the bilingual HTML view. */
export interface BilingualHtmlOptions {
  /** A whole page (`<!DOCTYPE html>` …) instead of a fragment. Default `false`. */
  readonly standalone?: boolean
  /** A table of contents (in both languages) after the title and note, in standalone mode. Default `true`. */
  readonly toc?: boolean
  /** Colour the annotations (actors, modal words, figures, references); adds the class `jce-highlight`. Default `false`. */
  readonly highlight?: boolean
}

const c = (name: string): string => `jce-${name}`

/** Children on their own lines, as the output is read by people too. */
function lines(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [{ type: 'text', value: '\n' }]
  for (const child of children) out.push(child, { type: 'text', value: '\n' })
  return out
}

function pieceElement(piece: Piece): ElementContent {
  if (typeof piece === 'string') return { type: 'text', value: piece }
  const children = piece.children.map(pieceElement)
  const { span } = piece
  switch (span.kind) {
    case 'sentence':
      return h(
        'span',
        {
          className: c('sentence'),
          dataNorm: span.norms.join(' ') || undefined,
          dataBearers: span.bearers.join(' ') || undefined,
        },
        children,
      )
    case 'reference':
      return span.node === undefined
        ? h('cite', { className: c('ref'), dataScope: span.scope, title: span.title }, children)
        : h('a', { className: c('ref'), href: `#${span.node}`, dataScope: span.scope }, children)
    case 'actor':
      return h(
        'span',
        { className: c('actor'), dataActor: span.actor, dataActorKind: span.actorKind, title: span.en },
        children,
      )
    case 'deontic':
      return h('span', { className: c('deontic'), dataNorm: span.norm }, children)
    default:
      return h('span', { className: c('figure'), dataFigure: span.figure, dataValue: span.value }, children)
  }
}

/** The annotated Chinese text of a paragraph or item. */
function annotated(node: Paragraph | Item): ElementContent[] {
  return nest(node.text, spansOf(node.eId, node.text)).map(pieceElement)
}

function row(id: string, zh: ElementContent[], en: string, className: string): Element {
  return h('div', { className: [c('row'), c(className)], id }, [
    h('div', { className: c('zh'), lang: 'zh-CN' }, zh),
    h('div', { className: c('en'), lang: 'en' }, en),
  ])
}

const itemRow = (item: Item): Element =>
  row(item.eId, [h('span', { className: c('marker') }, item.marker), ...annotated(item)], itemEnglish(item), 'item')

function paragraphRows(paragraph: Paragraph): Element[] {
  return [row(paragraph.eId, annotated(paragraph), ownEnglish(paragraph), 'paragraph'), ...paragraph.items.map(itemRow)]
}

function articleElement(article: Article): Element {
  return h(
    'article',
    { className: c('article'), id: article.eId },
    lines([
      h('h3', { className: c('heading') }, [
        h('span', { lang: 'zh-CN' }, article.heading),
        ' ',
        h('span', { lang: 'en', className: c('en') }, articleHeading(article)),
      ]),
      ...article.paragraphs.flatMap(paragraphRows),
    ]),
  )
}

function chapterElement(chapter: Chapter): Element {
  return h(
    'section',
    { className: c('chapter'), id: chapter.eId },
    lines([
      h('h2', { className: c('heading') }, [
        h('span', { lang: 'zh-CN' }, `${chapter.heading} ${chapter.title}`),
        ' ',
        h('span', { lang: 'en', className: c('en') }, chapterHeading(chapter)),
      ]),
      ...chapter.articles.map(articleElement),
    ]),
  )
}

function tableOfContents(regulation: Regulation): Element {
  return h(
    'nav',
    { className: c('toc'), ariaLabel: '目录 Contents' },
    lines([
      h('h2', { className: c('toc-title') }, ['目录 ', h('span', { lang: 'en' }, 'Contents')]),
      h(
        'ol',
        lines(
          regulation.chapters.map((chapter) =>
            h('li', [
              h('a', { href: `#${chapter.eId}` }, [
                `${chapter.heading} ${chapter.title} `,
                h('span', { lang: 'en' }, chapterHeading(chapter)),
              ]),
              h(
                'ol',
                lines(
                  chapter.articles.map((article) =>
                    h(
                      'li',
                      h('a', { href: `#${article.eId}` }, [
                        `${article.heading} `,
                        h('span', { lang: 'en' }, articleHeading(article)),
                      ]),
                    ),
                  ),
                ),
              ),
            ]),
          ),
        ),
      ),
    ]),
  )
}

function front(regulation: Regulation): ElementContent[] {
  return [
    h('h1', { className: c('title') }, [
      h('span', { lang: 'zh-CN' }, regulation.title),
      h('br'),
      h('span', { lang: 'en', className: c('en') }, englishOf(regulation)),
    ]),
    row(
      'promulgation-note',
      [{ type: 'text', value: regulation.promulgationNote }],
      translation.promulgationNote.join(' '),
      'note',
    ),
    unofficial(),
  ]
}

const unofficial = (): Element => h('p', { className: c('unofficial'), lang: 'en', role: 'note' }, TRANSLATION_NOTE)

const STYLES = [
  'body{font-family:"Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.7;max-width:72rem;margin:0 auto;padding:1rem}',
  `.${c('title')},.${c('chapter')}>h2{text-align:center}`,
  `.${c('row')}{display:grid;grid-template-columns:1fr 1fr;gap:2rem;margin:0.35em 0}`,
  `.${c('en')}{font-family:Georgia,"Times New Roman",serif;color:#333}`,
  `.${c('unofficial')}{font-style:italic;text-align:center;color:#555}`,
  `.${c('marker')}{margin-right:0.25em}`,
  `.${c('toc')} ol{list-style:none;padding-left:0}`,
  `.${c('toc')} ol ol{padding-left:1.5em}`,
  ':target{background:#fff3b0}',
  `.${c('highlight')} .${c('actor')}{background:#dbeafe}`,
  `.${c('highlight')} .${c('deontic')}{background:#fde68a;font-weight:bold}`,
  `.${c('highlight')} .${c('figure')}{background:#dcfce7}`,
  `.${c('highlight')} .${c('ref')}{background:#f3e8ff}`,
].join('')

/** The hast tree of the bilingual view of the regulation or one of its provisions. */
export function bilingualHast(node: Regulation | Provision, options: BilingualHtmlOptions): Root {
  let body: ElementContent[]
  switch (node.type) {
    case 'regulation':
      body = [
        ...front(node),
        ...(options.standalone && options.toc !== false ? [tableOfContents(node)] : []),
        ...node.chapters.map(chapterElement),
      ]
      break
    case 'chapter':
      body = [chapterElement(node)]
      break
    case 'article':
      body = [articleElement(node)]
      break
    case 'paragraph':
      body = paragraphRows(node)
      break
    default:
      body = [itemRow(node)]
  }
  // A provision alone still says that its English is unofficial.
  if (node.type !== 'regulation') body.push(unofficial())
  const root = h(
    'div',
    { className: [c('bilingual'), ...(options.highlight ? [c('highlight')] : [])], lang: 'zh-CN' },
    lines(body),
  )
  if (!options.standalone) return { type: 'root', children: [root] }
  const title = node.type === 'regulation' ? `${node.title} · ${englishOf(node)}` : `${node.eId}`
  const page: RootContent[] = [
    { type: 'doctype' },
    { type: 'text', value: '\n' },
    h('html', { lang: 'zh-CN' }, [
      { type: 'text', value: '\n' },
      h(
        'head',
        lines([
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('style', STYLES),
        ]),
      ),
      { type: 'text', value: '\n' },
      h('body', lines([h('main', lines([root]))])),
      { type: 'text', value: '\n' },
    ]),
  ]
  return { type: 'root', children: page }
}
