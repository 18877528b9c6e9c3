/**
 * The bilingual HTML view: the official Chinese and the unofficial English
 * side by side, a row per paragraph and per item, built as a hast tree with
 * `hastscript` and serialised by `hast-util-to-html` (which escapes every
 * text and attribute). The page opens with the title and the promulgation
 * note, then its table of contents. Citations are links to their targets;
 * annotations are classes and `data-*` attributes on spans of the Chinese
 * text, coloured with `highlight`. The Chinese text inside the spans is the
 * official text, character for character.
 *
 * The English is labelled wherever a reader may land: column heads (sticky on
 * the page), each cell a `role="group"` named as official text or unofficial
 * translation, the notice (`role="note"`) under every article's heading and
 * after a paragraph or item rendered alone. Captions, the package's own, are
 * `data-editorial="caption"` with {@link CAPTION_NOTE} as title and in the
 * notice. Below 40rem the rows stack, each English cell labelled in CSS.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { CAPTION_NOTE, ownEnglish, TRANSLATION_NOTE } from '../annotations/translation.js'
import { translation } from '../generated/annotations.js'
import type { Article, Chapter, Item, Paragraph, Provision, Regulation } from '../model/schema.js'
import { captionText, chapterHeading, EN_LABEL, englishOf, itemEnglish, ZH_LABEL, ZH_LABEL_EN } from './english.js'
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

// Each cell is a named group, so that a screen reader landing anywhere hears which text is official.
function row(id: string, zh: ElementContent[], en: string, className: string): Element {
  return h('div', { className: [c('row'), c(className)], id }, [
    h('div', { className: c('zh'), lang: 'zh-CN', role: 'group', ariaLabel: `${ZH_LABEL} ${ZH_LABEL_EN}` }, zh),
    h('div', { className: c('en'), lang: 'en', role: 'group', ariaLabel: EN_LABEL }, en),
  ])
}

/** The column heads: which column is the official text and which the unofficial translation. */
const columnHeads = (): Element =>
  h('div', { className: c('columns') }, [
    h('div', { className: c('zh-head'), lang: 'zh-CN' }, [ZH_LABEL, ' ', h('span', { lang: 'en' }, ZH_LABEL_EN)]),
    h('div', { className: c('en-head'), lang: 'en' }, EN_LABEL),
  ])

/** An article's English caption, marked as the package's own (the official articles have none). */
const caption = (article: Article): Element =>
  h('span', { className: c('caption'), dataEditorial: 'caption', title: CAPTION_NOTE }, captionText(article))

/** `Article 42 Entry into force`, the caption marked. */
const articleHeading = (article: Article): ElementContent[] => [
  { type: 'text', value: `Article ${article.number} ` },
  caption(article),
]

/** The notice that the English is unofficial (and, with an article, that its caption is added). */
const notice = (captions: boolean): Element =>
  h(
    'p',
    { className: c('unofficial'), lang: 'en', role: 'note' },
    captions ? [TRANSLATION_NOTE, ' ', h('span', { className: c('caption-note') }, CAPTION_NOTE)] : [TRANSLATION_NOTE],
  )

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
      // A reader who lands on the article (an anchor, the article alone) sees the notice beside it.
      notice(true),
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
    notice(true),
    columnHeads(),
    row(
      'promulgation-note',
      [{ type: 'text', value: regulation.promulgationNote }],
      translation.promulgationNote.join(' '),
      'note',
    ),
  ]
}

const STYLES = /* @__PURE__ */ [
  'body{font-family:"Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.7;max-width:72rem;margin:0 auto;padding:1rem}',
  `.${c('title')},.${c('chapter')}>h2{text-align:center}`,
  `.${c('row')},.${c('columns')}{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:2rem;margin:0.35em 0}`,
  // The column heads stay in view while the page scrolls, and targets land below them.
  `.${c('columns')}{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #999;font-weight:bold;font-size:0.9em;padding:0.2em 0}`,
  '[id]{scroll-margin-top:3rem}',
  `.${c('en')}{font-family:Georgia,"Times New Roman",serif;color:#333;overflow-wrap:anywhere}`,
  `.${c('unofficial')}{border-left:4px solid #92400e;padding:0.2em 0.75em;margin:0.5em 0;font-size:0.9em;color:#333}`,
  `.${c('marker')}{margin-right:0.25em}`,
  `.${c('toc')} ol{list-style:none;padding-left:0}`,
  `.${c('toc')} ol ol{padding-left:1.5em}`,
  ':target{background:#fff3b0}',
  `.${c('highlight')} .${c('actor')}{background:#dbeafe}`,
  `.${c('highlight')} .${c('deontic')}{background:#fde68a;font-weight:bold}`,
  `.${c('highlight')} .${c('figure')}{background:#dcfce7}`,
  `.${c('highlight')} .${c('ref')}{background:#f3e8ff}`,
  // Below 40rem the English goes under the Chinese, each cell labelled, as the column heads no longer line up.
  `@media (max-width:40rem){.${c('row')}{grid-template-columns:minmax(0,1fr);gap:0.25rem}` +
    `.${c('columns')}{display:none}[id]{scroll-margin-top:0}` +
    `.${c('row')}>.${c('en')}{border-left:2px solid #999;padding-left:0.5em}` +
    `.${c('row')}>.${c('en')}::before{content:"${EN_LABEL}" / "";display:block;font-size:0.8em;font-style:italic}}`,
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
  // A provision alone has the column heads; a paragraph or an item, the notice its article would give.
  if (node.type !== 'regulation') body.unshift(columnHeads())
  if (node.type === 'paragraph' || node.type === 'item') body.push(notice(false))
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
