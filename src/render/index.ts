/**
 * One entry point for every format: `render(node, { format, ...options })`.
 * Each renderer is also importable alone (`jilin-counter-espionage/render/html`
 * and so on), so an app that needs one format bundles only that one.
 */

import { unreadable } from '../model/guard.js'
import { failure } from '../model/result.js'
import { describeValue } from '../model/value.js'
import { type AknOptions, renderAkn } from './akn.js'
import { badOption, type Renderable, type RenderResult } from './common.js'
import { type HtmlOptions, renderHtml } from './html.js'
import { type JsonOptions, renderJson } from './json.js'
import { type MarkdownOptions, renderMarkdown } from './markdown.js'
import { renderText, type TextOptions } from './text.js'

/** The formats {@link render} writes. */
export type RenderFormat = 'markdown' | 'text' | 'html' | 'akn' | 'json'

/** Every {@link RenderFormat}. */
export const RENDER_FORMATS: readonly RenderFormat[] = /* @__PURE__ */ Object.freeze([
  'markdown',
  'text',
  'html',
  'akn',
  'json',
])

/** The format, and the options of that format's renderer. */
export type RenderOptions =
  | ({ readonly format: 'markdown' } & MarkdownOptions)
  | ({ readonly format: 'text' } & TextOptions)
  | ({ readonly format: 'html' } & HtmlOptions)
  | ({ readonly format: 'akn' } & AknOptions)
  | ({ readonly format: 'json' } & JsonOptions)

/**
 * Render the regulation or any provision of it (of any tree of the model's
 * shape) in `options.format`, with that format's options. Never throws.
 *
 * @example
 * render(regulation, { format: 'html', standalone: true })
 */
export function render(node: Renderable, options: RenderOptions): RenderResult {
  try {
    if (options === null || typeof options !== 'object')
      return failure(
        'invalid',
        `Unexpected options ${describeValue(options)}, expected an object such as \`{ format: 'html' }\``,
      )
    const format = options?.format
    switch (format) {
      case 'markdown':
        return renderMarkdown(node, options as MarkdownOptions)
      case 'text':
        return renderText(node, options as TextOptions)
      case 'html':
        return renderHtml(node, options as HtmlOptions)
      case 'akn':
        return renderAkn(node, options as AknOptions)
      case 'json':
        return renderJson(node, options as JsonOptions)
      default:
        return badOption(
          `Unexpected format ${describeValue(format)}, expected one of ${RENDER_FORMATS.map((f) => `\`${f}\``).join(', ')}`,
        )
    }
  } catch (error) {
    return unreadable(error, { node, options })
  }
}

export type { Renderable, RenderResult } from './common.js'
export type { AknOptions, HtmlOptions, JsonOptions, MarkdownOptions, TextOptions }
