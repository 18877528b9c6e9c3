/**
 * The annotations of one paragraph's or item's text as nested spans: its
 * sentences (with their norms), references, actor mentions, modal triggers
 * and figures, from the stored standoff data. Spans nest (a mention inside a
 * sentence); one that would cross another is left out rather than break the
 * text (none does in the stored data, which the build checks).
 */
import { type FigureInNorm, figuresOf } from '../annotations/figures.js'
import { mentionsOf, normsOf } from '../annotations/reading.js'
import { referencesFrom } from '../annotations/references.js'
import { sentencesOf } from '../annotations/sentences.js'
import type { Mention, Norm, StoredReference, Target } from '../annotations/types.js'
import { actors } from '../generated/annotations.js'

/** What a span marks, with the data the renderers write as classes and attributes. */
export type SpanKind =
  | { readonly kind: 'sentence'; readonly norms: readonly string[]; readonly bearers: readonly string[] }
  | {
      readonly kind: 'reference'
      /** The eId of the first provision an internal citation names; none for the whole regulation or another instrument. */
      readonly node: string | undefined
      readonly scope: 'internal' | 'external'
      /** For an external citation: the title as written, and the known instrument's id. */
      readonly title?: string
      readonly instrument?: string
    }
  | { readonly kind: 'actor'; readonly actor: string; readonly actorKind: string; readonly en: string }
  | { readonly kind: 'deontic'; readonly norm: string }
  | { readonly kind: 'figure'; readonly figure: string; readonly value: string }

/** One span of a text. */
export type Span = SpanKind & { readonly start: number; readonly end: number }

/** A piece of text, or a span around pieces. */
export type Piece = string | { readonly span: Span; readonly children: readonly Piece[] }

const byId = /* @__PURE__ */ new Map(/* @__PURE__ */ actors.map((actor) => [actor.id, actor]))
const at = (target: Target): { start: number; end: number } => ({
  start: target.selector[1].start,
  end: target.selector[1].end,
})
const own = <T extends { target: Target }>(list: readonly T[], eId: string): T[] =>
  list.filter((entry) => entry.target.source === eId)

/** Every annotation span of the text of the paragraph or item `eId`. */
export function spansOf(eId: string, text: string): Span[] {
  const spans: Span[] = []
  const norms = own((normsOf(eId) as { norms: readonly Norm[] }).norms, eId)
  for (const sentence of sentencesOf(text)) {
    const inside = norms.filter((norm) => at(norm.target).start === sentence.start)
    spans.push({
      kind: 'sentence',
      start: sentence.start,
      end: sentence.end,
      norms: [...new Set(inside.map((norm) => norm.kind))],
      bearers: [...new Set(inside.flatMap((norm) => norm.bearers))],
    })
  }
  for (const norm of norms)
    for (const trigger of norm.triggers) spans.push({ kind: 'deontic', norm: norm.kind, ...at(trigger) })
  const references = own((referencesFrom(eId) as { references: readonly StoredReference[] }).references, eId)
  for (const reference of references)
    spans.push({
      kind: 'reference',
      scope: reference.scope,
      node: reference.scope === 'internal' ? reference.nodes[0] : undefined,
      ...(reference.title === undefined ? {} : { title: reference.title }),
      ...(reference.instrument === undefined ? {} : { instrument: reference.instrument }),
      ...at(reference.target),
    })
  const mentions = own((mentionsOf(eId) as { mentions: readonly Mention[] }).mentions, eId)
  for (const mention of mentions) {
    const actor = byId.get(mention.actor)
    spans.push({
      kind: 'actor',
      actor: mention.actor,
      actorKind: actor?.kind ?? 'organization',
      en: actor?.en ?? mention.actor,
      ...at(mention.target),
    })
  }
  const figures = own((figuresOf(eId) as { figures: readonly FigureInNorm[] }).figures, eId)
  for (const figure of figures) {
    const value =
      figure.type === 'duration'
        ? `${figure.value} ${figure.unit}`
        : figure.type === 'phone'
          ? figure.number
          : figure.type === 'date'
            ? figure.date
            : `--${String(figure.month).padStart(2, '0')}-${String(figure.day).padStart(2, '0')}`
    spans.push({ kind: 'figure', figure: figure.type, value, ...at(figure.target) })
  }
  return spans
}

/** The text cut into pieces by its spans, nested; text outside every span stays as it is. */
export function nest(text: string, spans: readonly Span[]): Piece[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  interface Frame {
    readonly span: Span | undefined
    readonly end: number
    readonly children: Piece[]
  }
  const stack: Frame[] = [{ span: undefined, end: text.length, children: [] }]
  let position = 0
  const top = (): Frame => stack[stack.length - 1] as Frame
  const emit = (upTo: number): void => {
    if (upTo > position) top().children.push(text.slice(position, upTo))
    position = Math.max(position, upTo)
  }
  const close = (): void => {
    const frame = top()
    emit(frame.end)
    stack.pop()
    top().children.push({ span: frame.span as Span, children: frame.children })
  }
  for (const span of sorted) {
    if (span.start < 0 || span.end > text.length || span.start >= span.end) continue
    while (stack.length > 1 && top().end <= span.start) close()
    if (span.start < position || span.end > top().end) continue
    emit(span.start)
    stack.push({ span, end: span.end, children: [] })
  }
  while (stack.length > 1) close()
  emit(text.length)
  return top().children
}
