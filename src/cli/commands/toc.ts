/** `toc`: the table of contents, within the terminal's width. */
import { regulation } from '../../access/regulation.js'
import { styles } from '../colour.js'
import {
  type Command,
  DEFAULT_WIDTH,
  JSON_OPTION,
  json,
  MIN_WIDTH,
  NAME,
  ok,
  screenWidth,
  widthOption,
} from '../command.js'
import { tableOfContents } from '../table-of-contents.js'

/** `toc [--width N]`. */
export const tocCommand: Command = {
  usage: `Usage: ${NAME} toc [--width N] [--json]

The table of contents: each chapter, and each article with the start of its
text, no line wider than N columns (default: the terminal's width, or
${DEFAULT_WIDTH}; at least ${MIN_WIDTH}).
`,
  options: { width: { type: 'string' }, ...JSON_OPTION },
  positionals: [0, 0],
  run(values, _positionals, context) {
    const width = widthOption(values.width)
    if (typeof width === 'object') return width
    if (values.json)
      return ok(
        json(
          regulation.chapters.map((chapter) => ({
            eId: chapter.eId,
            heading: chapter.heading,
            title: chapter.title,
            articles: chapter.articles.map((article) => ({ eId: article.eId, heading: article.heading })),
          })),
        ),
      )
    const { heading } = styles(context.colour?.stdout === true)
    return ok(tableOfContents(regulation, width ?? screenWidth(context.columns), heading))
  },
}
