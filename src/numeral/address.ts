/**
 * The one writer of addresses in canonical Chinese, for citations,
 * suggestions and messages: `第十五条第四款`, `第三十八条第一款第（三）项`.
 */
import type { Address } from '../model/address.js'
import { numeralText } from './chinese.js'

/**
 * Canonical Chinese for an address, naming the levels it has. Numbers beyond
 * what a Chinese numeral writes (above 9999) are written in digits:
 * `第10000条`. Never throws.
 */
export function addressText(address: { readonly [K in keyof Address]?: Address[K] | undefined }): string {
  const zh = numeralText
  let text = ''
  if (address.part !== undefined) text += `第${zh(address.part)}编`
  if (address.chapter !== undefined) text += `第${zh(address.chapter)}章`
  if (address.section !== undefined) text += `第${zh(address.section)}节`
  if (address.article !== undefined) {
    text += `第${zh(address.article)}条`
    if (address.suffix !== undefined) text += `之${zh(address.suffix)}`
  }
  if (address.paragraph !== undefined) text += `第${zh(address.paragraph)}款`
  if (address.item !== undefined) text += `第（${zh(address.item)}）项`
  if (address.subitem !== undefined) text += `第${zh(address.subitem)}目`
  return text
}
