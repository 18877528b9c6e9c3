/** The English short names a text defines for this regulation (`(the "Regulations")`). */
import { escapeRegExp } from '../scan/reader.js'

/** The most English short names a text may define for this regulation (`(the "Regulations")`). */
const MAX_ENGLISH_NAMES = 16

/** The expression of a short name's definition after a title, made once per title (one title is ever given). */
const definitions = new Map<string, RegExp>()

function definitionAfter(title: string): RegExp {
  let definition = definitions.get(title)
  if (definition === undefined) {
    definition = new RegExp(
      `(?:${title})\\s*\\(\\s*(?:hereinafter\\s+(?:referred\\s+to\\s+as\\s+)?)?(?:the\\s+)?\\\\?["“]([A-Za-z][A-Za-z -]{1,40})\\\\?["”]\\s*\\)`,
      'gi',
    )
    definitions.set(title, definition)
  }
  return definition
}

/**
 * The English short names a text defined for this regulation, after its
 * English title: `Jilin Province Counter-Espionage Work Regulations (the
 * "Regulations")`; `Article 43 of the Regulations` then names it.
 */
export class EnglishNames {
  private readonly names: string[] = []
  private pattern: RegExp | undefined
  /** Where in the current block each name was defined (before it, the name is not yet known there). */
  private definedAt = new Map<string, number>()

  /** Read the names `block` defines after a title that `title` (an expression's source) matches. */
  read(block: string, title: string): void {
    this.definedAt = new Map()
    // Most texts hold no English title: no expression is run over them.
    if (!block.includes('Regulation') && !block.includes('regulation')) return
    const definition = definitionAfter(title)
    definition.lastIndex = 0
    for (let match = definition.exec(block); match !== null; match = definition.exec(block)) {
      const name = (match[1] as string).trim()
      if (!this.names.includes(name) && this.names.length < MAX_ENGLISH_NAMES) {
        this.names.push(name)
        this.definedAt.set(name, match.index + match[0].length)
        this.pattern = undefined
      }
    }
  }

  /** Whether the block says `of the <name>` right after `end`, for a name defined before there. */
  after(block: string, end: number): boolean {
    if (this.names.length === 0) return false
    this.pattern ??= new RegExp(
      `\\s{0,3},?\\s{0,3}(?:of|in|under)\\s{1,3}(?:the\\s+)?(${this.names.map(escapeRegExp).join('|')})\\b`,
      'y',
    )
    this.pattern.lastIndex = end
    const name = this.pattern.exec(block)?.[1]
    return name !== undefined && (this.definedAt.get(name) ?? 0) <= end
  }
}
