/** Reading hast trees in tests: text, elements that pass a test, classes. */
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { visit } from 'unist-util-visit'

/** The text of a node and its descendants. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('')
  return ''
}

/** The elements of `tree` that pass `test`, in document order. */
export function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const out: Element[] = []
  visit(tree, 'element', (element: Element) => {
    if (test(element)) out.push(element)
  })
  return out
}

/** Whether `element` has the class `name`. */
export const hasClass = (element: Element, name: string): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name)
