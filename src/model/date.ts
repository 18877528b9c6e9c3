/**
 * Calendar dates as the model writes them (`YYYY-MM-DD`, proleptic
 * Gregorian), checked as real dates and compared as numbers of days, so that
 * every date a `Date` can hold (years −271821 to 275760) is handled right.
 */

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 of a proleptic Gregorian date (any integer year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The date `days` after 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * A date as ISO 8601 writes it: `2025-01-01`; years outside 0000–9999 with
 * a sign and six digits (`+010000-01-01`, `-000001-12-31`), as `Date#toISOString` does.
 */
export function formatDate(year: number, month: number, day: number): string {
  const y = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`
}

const DATE = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/

/**
 * The day number (days since 1970-01-01) of a date written `YYYY-MM-DD` (or
 * `±YYYYYY-MM-DD`) that exists in the calendar, or `undefined` for anything
 * else: `2025-02-30`, `9999-99-99`, `2025-1-1`. `-000000` is not a year.
 */
export function dayNumber(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined
  const match = DATE.exec(text)
  if (!match || match[1] === '-000000') return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = daysFromCivil(year, month, day)
  const back = civilFromDays(days)
  return back.month === month && back.day === day ? days : undefined
}

/** Whether `text` is a real calendar date in the form `YYYY-MM-DD` with a year from 0001 to 9999 (as XML Schema's `xs:date` needs). */
export function isPlainDate(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && !text.startsWith('0000') && dayNumber(text) !== undefined
}

/** The calendar day of an instant, read at a fixed offset from UTC (in milliseconds), as a day number. */
export function dayAt(time: number, offsetMs: number): number {
  return Math.floor((time + offsetMs) / MS_PER_DAY)
}
