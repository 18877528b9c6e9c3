/** `show`: the provision a reference names, in Chinese, English or both. */
import { TRANSLATION_NOTE, translationOf } from '../../annotations/translation.js'
import { textOf } from '../../query/navigate.js'
import { type Command, fail, JSON_OPTION, json, NAME, ok } from '../command.js'
import { resolve } from './reference.js'

/** `show <reference> [--lang zh|en|zh,en]`. */
export const showCommand: Command = {
  usage: `Usage: ${NAME} show <reference> [--lang zh|en|zh,en] [--json]

The provision a reference names, with its parts: an eId (art_15__para_2), a URI,
an article number (15) or a citation (第十五条第二款). --lang en adds the
unofficial English translation. A reference that names nothing is answered
as check answers it, with the closest provision when there is one.
`,
  options: { lang: { type: 'string' }, ...JSON_OPTION },
  positionals: [1, 1],
  run(values, [reference]) {
    const node = resolve(reference as string)
    if ('code' in node) return node
    const langs = String(values.lang ?? 'zh').split(',')
    if (langs.length === 0 || langs.some((lang) => lang !== 'zh' && lang !== 'en'))
      return fail(`Unexpected --lang \`${String(values.lang)}\`, expected zh, en or zh,en`)
    const zh = (textOf(node) as { text: string }).text
    const own = (translationOf(node) as { text: string }).text
    // An item's English holds no number; the Chinese here opens with its marker, so the English opens with its number.
    const en = node.type === 'item' ? `(${node.number}) ${own}` : own
    if (values.json)
      return ok(
        json({
          eId: node.eId,
          type: node.type,
          ...(langs.includes('zh') ? { zh } : {}),
          ...(langs.includes('en') ? { en, enStatus: 'unofficial', enNote: TRANSLATION_NOTE } : {}),
        }),
      )
    const parts = [
      ...(langs.includes('zh') ? [zh] : []),
      ...(langs.includes('en') ? [`${en}\n(${TRANSLATION_NOTE})`] : []),
    ]
    return ok(`${parts.join('\n\n')}\n`)
  },
}
