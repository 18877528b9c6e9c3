import { regulation } from '../access/regulation.js'

export type InForce =
  | {
      readonly ok: true
      /** Whether the regulation is in force on that date. */
      readonly inForce: boolean
      /** The date asked about, `YYYY-MM-DD` (China Standard Time for a `Date`). */
      readonly date: string
      /** The date the regulation took effect: `2025-01-01`. */
      readonly effective: string
      /** `In force since 2025-01-01`, or `Not yet in force on 2024-12-31: in force from 2025-01-01`. */
      readonly reason: string
    }
  | { readonly ok: false; readonly reason: string }

/**
 * Whether the regulation is in force on `date` (`YYYY-MM-DD` or a `Date`,
 * read as a calendar date in China Standard Time, UTC+8). It took effect on
 * 2025-01-01 and has not been amended or repealed in this corpus.
 */
export function isInForce(date: string | Date): InForce {
  const day = toDay(date)
  if (day === undefined) {
    return {
      ok: false,
      reason: `Unexpected ${describe(date)}, expected a date such as \`2025-01-01\` or a valid \`Date\``,
    }
  }
  const { effective } = regulation
  return day >= effective
    ? { ok: true, inForce: true, date: day, effective, reason: `In force since ${effective}` }
    : {
        ok: true,
        inForce: false,
        date: day,
        effective,
        reason: `Not yet in force on ${day}: in force from ${effective}`,
      }
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

function toDay(date: unknown): string | undefined {
  if (date instanceof Date) {
    const time = date.getTime()
    return Number.isNaN(time) ? undefined : new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10)
  }
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : undefined
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `\`${value.slice(0, 40)}\``
  if (value instanceof Date) return 'invalid Date'
  return value === null ? 'null' : typeof value
}
