/**
 * `renderBilingual`: the official Chinese and the unofficial English
 * together, as HTML (side by side), Markdown or plain text.
 */

import { toHtml } from 'hast-util-to-html'
import { regulation } from '../access/regulation.js'
import { isPlainDate } from '../model/date.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import type { Provision, Regulation } from '../model/schema.js'
import { describeValue, readOptions } from '../model/value.js'
import { type NodeRef, resolveNode } from '../query/node.js'
import { mdastToMarkdown } from '../render/markdown.js'
import { aknXml, annotatedAknTree, englishAknTree } from './akn.js'
import { type BilingualHtmlOptions, bilingualHast } from './html.js'
import { bilingualMdast, bilingualText } from './text.js'

/** The formats of the bilingual view. */
export type BilingualFormat = 'html' | 'markdown' | 'text'

/** Options of {@link renderBilingual}. */
export interface BilingualOptions extends BilingualHtmlOptions {
  /** `html` (default), `markdown` or `text`. `standalone`, `toc` and `highlight` are for HTML. */
  readonly format?: BilingualFormat
}

/** The output of {@link renderBilingual} and its media type, or a failure with the reason. */
export type BilingualResult = Result<{ output: string; mediaType: string }>

const FORMATS: readonly unknown[] = ['html', 'markdown', 'text']

/**
 * The regulation (default) or one of its provisions (node, copy or eId) in
 * the official Chinese with the unofficial English beside it (HTML, a row
 * per paragraph and item) or after it (Markdown, text). Every output says
 * that the English is unofficial, beside every article and in a provision
 * alone, labels the two texts, and says that the article captions are the
 * package's own. Never throws.
 *
 * @example
 * renderBilingual('art_42', { format: 'text' }).output
 * // '第四十二条\nArticle 42 Entry into force\n\n本规定自2025年1月1日起施行。\nThese Regulations …'
 */
export function renderBilingual(ref?: NodeRef | Regulation, options?: BilingualOptions | null): BilingualResult {
  try {
    const read = readOptions<BilingualOptions>(options)
    if (read === undefined)
      return failure(
        'invalid',
        `Unexpected options ${describeValue(options)}, expected an object such as \`{ format: 'html' }\``,
      )
    const format = read.format ?? 'html'
    if (!FORMATS.includes(format))
      return failure('invalid-option', `Unexpected format ${describeValue(format)}, expected html, markdown or text`)
    for (const name of ['standalone', 'toc', 'highlight'] as const) {
      const value = read[name]
      if (value !== undefined && typeof value !== 'boolean')
        return failure('invalid-option', `Unexpected ${name} ${describeValue(value)}, expected a boolean`)
    }
    let node: Regulation | Provision = regulation
    if (ref !== undefined && ref !== regulation) {
      const found = resolveNode(ref as NodeRef)
      if (!found.ok) return found
      node = found.node
    }
    if (format === 'markdown')
      return { ok: true, output: mdastToMarkdown(bilingualMdast(node)), mediaType: 'text/markdown; charset=utf-8' }
    if (format === 'text') return { ok: true, output: bilingualText(node), mediaType: 'text/plain; charset=utf-8' }
    return {
      ok: true,
      output: `${toHtml(bilingualHast(node, read), { upperDoctype: true })}\n`,
      mediaType: 'text/html; charset=utf-8',
    }
  } catch (error) {
    return unreadable(error, { ref, options })
  }
}

/** Options of {@link renderAnnotatedAkn}. */
export interface AnnotatedAknOptions {
  /** `zh` (default): the official act with its annotations as inline markup; `en`: the unofficial English expression. */
  readonly language?: 'zh' | 'en'
  /** The manifestation's `FRBRdate`, `YYYY-MM-DD`. Default: the effective date, so output is reproducible. */
  readonly manifestationDate?: string
}

/**
 * The regulation as Akoma Ntoso 3.0 with its annotations: in Chinese, the
 * official act with actors (`<organization>`, `<role>`, `<person>`), modal
 * triggers (`<inline name="deontic">`), time limits (`<quantity>`), dates
 * (`<date>`) and citations (`<ref>`) marked inline, every `refersTo` naming
 * a `TLC*` entry of its `<references>`; in English, the unofficial
 * translation as its own expression (`eng`, `FRBRauthoritative` false, the
 * Chinese expression its master). Both validate against the OASIS schema.
 *
 * @example
 * renderAnnotatedAkn({ language: 'en' }).output.includes('<FRBRlanguage language="eng"/>') // true
 */
export function renderAnnotatedAkn(options?: AnnotatedAknOptions | null): BilingualResult {
  const read = readOptions<AnnotatedAknOptions>(options)
  if (read === undefined)
    return failure(
      'invalid',
      `Unexpected options ${describeValue(options)}, expected an object such as \`{ language: 'en' }\``,
    )
  const language = read.language ?? 'zh'
  if (language !== 'zh' && language !== 'en')
    return failure('invalid-option', `Unexpected language ${describeValue(language)}, expected zh or en`)
  const date = read.manifestationDate
  if (date !== undefined && !isPlainDate(date))
    return failure(
      'invalid-option',
      `Unexpected manifestationDate ${describeValue(date)}, expected a calendar date from 0001-01-01 to 9999-12-31 as YYYY-MM-DD`,
    )
  const tree = language === 'zh' ? annotatedAknTree(date) : englishAknTree(date)
  return { ok: true, output: aknXml(tree), mediaType: 'application/akn+xml; charset=utf-8' }
}
