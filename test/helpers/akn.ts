/**
 * Checks on Akoma Ntoso output: schema validity with the OASIS schema
 * (libxml2 compiled to WebAssembly), and the eId naming convention, which
 * the schema does not check.
 */
import { readFileSync } from 'node:fs'
import { validateXML } from 'xmllint-wasm'
import { root } from './corpus.js'

const schema = {
  fileName: 'akomantoso30.xsd',
  contents: readFileSync(`${root}test/fixtures/akn30/akomantoso30.xsd`, 'utf8'),
}
const preload = [{ fileName: 'xml.xsd', contents: readFileSync(`${root}test/fixtures/akn30/xml.xsd`, 'utf8') }]

/** Validate documents against the schema in one run; answers the errors (none when valid). */
export async function validateAkn(documents: { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({ xml: documents, schema: [schema], preload })
  return result.errors.map((error) => error.rawMessage)
}

/** What each element's eId must look like, given its parent's. */
const RULES: Readonly<Record<string, (parent: string | undefined, eId: string) => boolean>> = {
  chapter: (_parent, eId) => /^chp_[1-9]\d*$/.test(eId),
  article: (_parent, eId) => /^art_[1-9]\d*$/.test(eId),
  // At the root of a portion a paragraph has no parent element, and keeps its full eId.
  paragraph: (parent, eId) =>
    parent === undefined
      ? /^art_[1-9]\d*__para_[1-9]\d*$/.test(eId)
      : new RegExp(`^${parent}__para_[1-9]\\d*$`).test(eId),
  blockList: (parent, eId) => parent !== undefined && eId === `${parent}__list_1`,
  item: (parent, eId) => parent !== undefined && new RegExp(`^${parent}__item_[1-9]\\d*$`).test(eId),
  eventRef: (_parent, eId) => /^evt_[1-9]\d*$/.test(eId),
  temporalGroup: (_parent, eId) => /^tmp_[1-9]\d*$/.test(eId),
}

/**
 * Every problem with the eIds of a document: unknown elements with eIds,
 * eIds that break the convention for their element and parent, duplicates,
 * and a numbering that does not count 1, 2, 3 among siblings.
 */
export function eIdProblems(xml: string): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const portion = xml.includes('<portion ')
  const stack: { name: string; eId: string | undefined; children: Map<string, number> }[] = []
  for (const match of xml.matchAll(/<(\/?)([A-Za-z]+)((?:\s+[A-Za-z:]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, name, attributes, selfClosing] = match as unknown as [string, string, string, string, string]
    if (closing) {
      stack.pop()
      continue
    }
    const eId = /\seId="([^"]*)"/.exec(attributes)?.[1]
    const inMeta = stack.some((entry) => entry.name === 'meta')
    if (eId !== undefined && !inMeta) {
      const parentEId = [...stack].reverse().find((entry) => entry.eId !== undefined)?.eId
      const rule = RULES[name]
      if (!rule) problems.push(`<${name} eId="${eId}">: no eId expected on ${name}`)
      else if (!rule(parentEId, eId))
        problems.push(`<${name} eId="${eId}">: breaks the convention under ${parentEId ?? 'the root'}`)
      if (seen.has(eId)) problems.push(`<${name} eId="${eId}">: duplicate`)
      seen.add(eId)
      const number = Number(/_(\d+)$/.exec(eId)?.[1])
      // Siblings count 1, 2, 3 under a parent with an eId; articles count on across chapters, and
      // a portion (which may show one item of a list) may start anywhere, but counts on from there.
      const parent = stack.at(-1)
      if (parent?.eId !== undefined && (name === 'paragraph' || name === 'item' || name === 'article')) {
        const first = name === 'article' || portion ? number - 1 : 0
        const expected = (parent.children.get(name) ?? first) + 1
        parent.children.set(name, number)
        if (number !== expected) problems.push(`<${name} eId="${eId}">: expected number ${expected}`)
      }
    }
    if (!selfClosing) stack.push({ name, eId, children: new Map() })
  }
  if (stack.length !== 0) problems.push('unbalanced tags')
  return problems
}
