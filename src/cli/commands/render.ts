/** `render`: the regulation, or one provision, in one of the renderers' formats. */
import { regulation } from '../../access/regulation.js'
import { RENDER_FORMATS, type Renderable, type RenderOptions, render } from '../../render/index.js'
import { type Command, fail, JSON_OPTION, json, MIN_WIDTH, NAME, ok, widthOption } from '../command.js'
import { resolve } from './reference.js'

const ALIAS: Readonly<Record<string, string>> = { md: 'markdown', txt: 'text' }

/** `render [reference] --format F [--standalone] [--width N]`. */
export const renderCommand: Command = {
  usage: `Usage: ${NAME} render [reference] --format F [--standalone]
       [--width N] [--json]

The regulation, or the provision a reference names, as markdown (md), text
(txt), html, akn or json. --standalone makes a whole HTML page; --width wraps
text at N columns (at least ${MIN_WIDTH}).
`,
  options: {
    format: { type: 'string' },
    standalone: { type: 'boolean' },
    width: { type: 'string' },
    ...JSON_OPTION,
  },
  positionals: [0, 1],
  run(values, [reference]) {
    const given = values.format
    if (given === undefined) return fail(`Unexpected missing --format, expected one of ${RENDER_FORMATS.join(', ')}`)
    const format = Object.hasOwn(ALIAS, String(given)) ? (ALIAS[String(given)] as string) : String(given)
    const width = widthOption(values.width)
    if (typeof width === 'object') return width
    let node: Renderable = regulation
    if (reference !== undefined) {
      const found = resolve(reference)
      if ('code' in found) return found
      node = found
    }
    const options = {
      format,
      ...(values.standalone ? { standalone: true } : {}),
      ...(width === undefined ? {} : { width }),
    }
    const result = render(node, options as RenderOptions)
    if (!result.ok) return fail(result.reason)
    return ok(values.json ? json({ format, mediaType: result.mediaType, output: result.output }) : result.output)
  },
}
