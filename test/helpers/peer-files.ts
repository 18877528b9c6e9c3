/**
 * The files of the peer corpus (`test/fixtures/peer-corpus/`, every folder),
 * in one fixed order, for the tests and benches that read all of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'

const FOLDER = new URL('../fixtures/peer-corpus/', import.meta.url)

/** The peer corpus's Markdown files, as `folder/name.md`, folders and names sorted. */
export function peerFiles(): string[] {
  const root = FOLDER.pathname
  return readdirSync(root)
    .filter((name) => statSync(`${root}${name}`).isDirectory())
    .sort()
    .flatMap((folder) =>
      readdirSync(`${root}${folder}`)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `${folder}/${name}`),
    )
}

/** The text of a peer-corpus file (`folder/name.md`). */
export function peerText(file: string): string {
  return readFileSync(new URL(file, FOLDER), 'utf8')
}
