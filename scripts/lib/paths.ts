import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Paths of the files the scripts read and write, from the repository root. */
export const paths = {
  root,
  source: `${root}corpus/sources/jilin-counter-espionage-regulations.source.txt`,
  metadata: `${root}corpus/metadata.json`,
  corpus: `${root}corpus/jilin-counter-espionage-2025.md`,
  generatedData: `${root}src/generated/regulation.ts`,
  generatedTypes: `${root}src/generated/addresses.ts`,
  generatedMetadata: `${root}src/generated/metadata.ts`,
  generatedAnnotations: `${root}src/generated/annotations.ts`,
  translation: `${root}corpus/annotations/translation.en.json`,
  glossary: `${root}corpus/annotations/glossary.json`,
  actors: `${root}corpus/annotations/actors.json`,
  mentions: `${root}corpus/annotations/mentions.json`,
  norms: `${root}corpus/annotations/norms.json`,
  figures: `${root}corpus/annotations/figures.json`,
  topics: `${root}corpus/annotations/topics.json`,
  schemaDir: `${root}schema/`,
} as const
