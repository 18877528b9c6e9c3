import { regulation } from '../access/regulation.js'
import { civilFromDays, dayAt, dayNumber, formatDate } from '../model/date.js'
import { unreadable } from '../model/guard.js'
import { failure, type Result } from '../model/result.js'
import { describeValue } from '../model/value.js'

/** The answer of {@link isInForce}. */
export type InForce = Result<{
  /** Whether the regulation is in force on that date. */
  inForce: boolean
  /**
   * The date asked about, `YYYY-MM-DD` (China Standard Time for a `Date`);
   * years outside 0000–9999 as `±YYYYYY-MM-DD`, as ISO 8601 writes them.
   */
  date: string
  /** The date the regulation took effect: `2025-01-01`. */
  effective: string
  /** `In force since 2025-01-01`, or `Not yet in force on 2024-12-31: in force from 2025-01-01`. */
  summary: string
}>

/** China Standard Time, UTC+8 (no daylight saving time since 1991). */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * Whether the regulation is in force on `date` (`YYYY-MM-DD` or a `Date`,
 * read as a calendar date in China Standard Time, UTC+8). It took effect on
 * 2025-01-01 and has not been amended or repealed in this corpus. Dates are
 * compared as day numbers, so every date a `Date` can hold is answered
 * right; strings may also use the expanded form `+010000-01-01`.
 */
export function isInForce(date: string | Date): InForce {
  try {
    const day = toDay(date)
    if (day === undefined) {
      return failure(
        typeof date === 'string' ? 'syntax' : 'invalid',
        `Unexpected ${describeValue(date)}, expected a date such as \`2025-01-01\` or a valid \`Date\``,
      )
    }
    const { year, month, day: dayOfMonth } = civilFromDays(day)
    const written = formatDate(year, month, dayOfMonth)
    const { effective } = regulation
    return day >= (dayNumber(effective) as number)
      ? { ok: true, inForce: true, date: written, effective, summary: `In force since ${effective}` }
      : {
          ok: true,
          inForce: false,
          date: written,
          effective,
          summary: `Not yet in force on ${written}: in force from ${effective}`,
        }
  } catch (error) {
    return unreadable(error, { date })
  }
}

function toDay(date: unknown): number | undefined {
  if (date instanceof Date) {
    const time = date.getTime()
    return Number.isNaN(time) ? undefined : dayAt(time, CHINA_OFFSET_MS)
  }
  return dayNumber(date)
}
