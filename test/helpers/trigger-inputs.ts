/**
 * Texts on which every way of finding triggers must give the same
 * citations, in Node and in a browser: code units that a copy into the
 * trigger module's memory could get wrong (surrogate pairs, lone
 * surrogates) next to triggers, and block edges (every `BLOCK` code units)
 * cutting through them at every place. Plain strings, built the same way
 * wherever they are built.
 */
import { BLOCK } from '../../src/generated/trigger-module.js'

/** Citations and English forms beside surrogate pairs and lone surrogates, high and low. */
const PIECES: readonly string[] = [
  '𠀀第五条',
  '😀依照本条例第六条',
  '\ud800第七条',
  '第八条\udc00',
  '本\udbff条',
  '第\udfff条',
  '《𠮷法》第十条',
  'A\ud800rt. 3',
  '\udc00Article 5',
  '前款\ud83d',
  '该法第三条第二款😀',
]

/** Ordinary text with a citation, and a surrogate pair: what the pieces sit in. */
const PROSE = '国家安全机关依照本规定第十五条𠀀开展工作，有关单位应当予以配合。'
/** The same without a citation: what fills a block up to the next piece. */
const FILLER = '国家安全机关𠀀开展工作，有关单位应当予以配合。'

/** `length` code units of `text` repeated, cut anywhere (a cut may split a surrogate pair: a lone surrogate more). */
function repeated(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length) + 1).slice(0, length)
}

/** The inputs, by name: short (found by the regular expression unless told otherwise) and long. */
export function triggerInputs(): [string, string][] {
  // Each piece across a block edge at every place in it, then prose to the next edge.
  let edges = ''
  for (const piece of PIECES) {
    for (let cut = 0; cut <= piece.length; cut++) {
      const edge = (Math.floor(edges.length / BLOCK) + 1) * BLOCK
      edges += repeated(FILLER, edge - cut - edges.length) + piece
    }
  }
  const mixed = PIECES.join('，')
  return [
    ['short, surrogates beside triggers', `${mixed}。${repeated(PROSE, 500)}`],
    [
      'three blocks of prose and pieces',
      Array.from({ length: 2000 }, (_, index) => `${repeated(PROSE, index % 97)}${PIECES[index % PIECES.length]}`).join(
        '',
      ),
    ],
    ['each piece across a block edge at every place', edges],
  ]
}
