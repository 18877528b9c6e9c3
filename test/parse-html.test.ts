/**
 * The parser drops nothing (hardening, defect 6): each kind of HTML block
 * CommonMark knows, put in at every line of the corpus, gives the unchanged
 * model or an error, never a smaller model. In a file of its own, since it
 * parses the corpus some 2,000 times, so that it runs beside the others.
 */
import { describe, expect, it } from 'vitest'
import { parseRegulation } from '../src/entries/parse.js'
import { corpusMarkdown } from './helpers/corpus.js'

/** One start of each of CommonMark's seven kinds of HTML block, a closed comment and a closing tag. */
const HTML_BLOCKS = [
  '<script>',
  '<pre>',
  '<!--',
  '<!-- comment -->',
  '<?php ?>',
  '<!DOCTYPE html>',
  '<![CDATA[ x ]]>',
  '<div>',
  '</div>',
  '<a href="x">',
]

describe('HTML put in anywhere', () => {
  const corpus = corpusMarkdown()
  const base = parseRegulation(corpus)
  const lines = corpus.split('\n')
  const same = JSON.stringify(base.ok ? base.regulation : undefined)

  it.each(HTML_BLOCKS)('`%s` at every line: the unchanged model or an error, never a smaller model', (block) => {
    expect(base.ok).toBe(true)
    const smaller: number[] = []
    let errors = 0
    for (let at = 0; at <= lines.length; at++) {
      const result = parseRegulation([...lines.slice(0, at), block, ...lines.slice(at)].join('\n'))
      if (result.ok && JSON.stringify(result.regulation) !== same) smaller.push(at + 1)
      if (!result.ok) errors++
    }
    expect(smaller).toEqual([])
    // The only place HTML is read is the metadata comment, which it breaks too: every insertion is an error.
    expect(errors).toBe(lines.length + 1)
  })
})
