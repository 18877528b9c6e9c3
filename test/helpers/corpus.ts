import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8')
export const sourceText = (): string => read('corpus/sources/jilin-counter-espionage-regulations.source.txt')
export const corpusMarkdown = (): string => read('corpus/jilin-counter-espionage-2025.md')
