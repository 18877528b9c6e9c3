/**
 * The resolutions of one statute's citations that did not depend on where
 * they stand, kept for the call: a statute cites the same provisions of its
 * own again and again (`第二十条` in many articles), and each was resolved
 * anew. Kept as `extract.ts` keeps them for the regulation: by the
 * citation's references (interned by the scanner), and its text where the
 * answer may quote it (`quotesText`).
 */
import type { Provision } from '../../model/schema.js'
import type { Citation } from '../citation-types.js'
import { Memo } from '../resolve/memo.js'
import type { Outline, OutlineNode } from '../resolve/outline.js'
import type { Resolution } from '../resolve/resolution.js'
import { ContextProbe, quotesText, resolveInContext } from '../resolve/resolve.js'

type Answer = Resolution<OutlineNode | Provision>

/** Resolves the citations of one statute in their contexts, once each where the context was not read. */
export class Remembered {
  private readonly memo = new Memo<Answer>()
  private readonly probe = new ContextProbe()

  constructor(private readonly outline: Outline) {}

  /** `citation` resolved against the statute, with `context` (an eId) as where it stands. */
  resolve(citation: Citation, context: string): Answer {
    // Only a citation of the statute itself, by its references alone, answers the same wherever it stands.
    if (citation.anchor !== undefined || citation.instrument.type !== 'self' || citation.instrument.title !== undefined)
      return resolveInContext(this.outline, citation, context)
    const key = citation.references
    const text = quotesText(key) ? citation.text : ''
    const known = this.memo.get(key, text)
    if (known !== undefined) return known
    this.probe.read = false
    this.probe.eId = context
    const answer = resolveInContext<OutlineNode | Provision>(this.outline, citation, this.probe)
    if (!this.probe.read) this.memo.set(key, text, answer)
    return answer
  }
}
