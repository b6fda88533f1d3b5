/**
 * Calendar arithmetic in an IANA time zone with Intl only. Instants are `Date`s; local calendar values
 * are plain objects, so no code path depends on the process's own zone.
 */

/** A calendar date: month 1–12. */
export type LocalDate = { year: number; month: number; day: number };
/** A wall-clock date and time in some zone. */
export type LocalDateTime = LocalDate & { hour: number; minute: number; second: number };
/** The local calendar parts of an instant; weekday 1 = Monday … 7 = Sunday. */
export type LocalParts = LocalDateTime & { weekday: number };

const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, formatter);
  }
  return formatter;
}

/** True if `tz` is an IANA zone name Intl knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** The local date, time and weekday of `instant` in `tz`. */
export function localParts(instant: Date, tz: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(tz).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  const date = { year: values.year!, month: values.month!, day: values.day! };
  return {
    ...date,
    // Some engines still write midnight as 24 even with h23.
    hour: values.hour! % 24,
    minute: values.minute!,
    second: values.second!,
    weekday: weekdayOf(date),
  };
}

/** The local calendar date of `instant` in `tz`. */
export function localDate(instant: Date, tz: string): LocalDate {
  const { year, month, day } = localParts(instant, tz);
  return { year, month, day };
}

/** How far `tz` is ahead of UTC at `instant`, in milliseconds (Shanghai: +8 h). */
export function zoneOffset(instant: Date, tz: string): number {
  const p = localParts(instant, tz);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return wall - whole;
}

/**
 * The instant a wall-clock time happens in `tz`. A time skipped by a DST jump moves forward by the
 * jump (New York 02:30 on spring-forward day is 03:30); a repeated time takes its first occurrence.
 */
export function zonedInstant(local: LocalDate & Partial<LocalDateTime>, tz: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0, local.second ?? 0);
  // Offsets a day either side bracket any transition near this wall time.
  const before = zoneOffset(new Date(wall - DAY), tz);
  const after = zoneOffset(new Date(wall + DAY), tz);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((t) => zoneOffset(new Date(t), tz) === wall - t)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return new Date(first);
  // In a gap: read the wall time with the offset in force before the jump, which lands after it.
  return new Date(wall - before);
}

/** The weekday of a calendar date, 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  const sunday0 = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A calendar date `months` later (or earlier), on the first of the month. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1 };
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/** The instant local midnight starts `date` in `tz` (the first valid time if midnight is skipped). */
export function startOfDate(date: LocalDate, tz: string): Date {
  return zonedInstant({ ...date, hour: 0, minute: 0, second: 0 }, tz);
}

/** Start of the local day containing `instant`. */
export function startOfLocalDay(instant: Date, tz: string): Date {
  return startOfDate(localDate(instant, tz), tz);
}

/** Start of the local week (Monday) containing `instant`. */
export function startOfLocalWeek(instant: Date, tz: string): Date {
  const date = localDate(instant, tz);
  return startOfDate(addDays(date, 1 - weekdayOf(date)), tz);
}

/** Start of the local month containing `instant`. */
export function startOfLocalMonth(instant: Date, tz: string): Date {
  const { year, month } = localDate(instant, tz);
  return startOfDate({ year, month, day: 1 }, tz);
}

/** Start of the local calendar quarter (Jan, Apr, Jul, Oct) containing `instant`. */
export function startOfLocalQuarter(instant: Date, tz: string): Date {
  const { year, month } = localDate(instant, tz);
  return startOfDate({ year, month: month - ((month - 1) % 3), day: 1 }, tz);
}

/** Start of the local year containing `instant`. */
export function startOfLocalYear(instant: Date, tz: string): Date {
  return startOfDate({ year: localDate(instant, tz).year, month: 1, day: 1 }, tz);
}

/** Parses a `YYYY-MM-DD` slot into a calendar date; undefined if malformed or not a real date. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : undefined;
}

/** Parses a `YYYY-MM-DD` (local midnight) or `YYYY-MM-DDTHH:mm` slot as local time in `tz`. */
export function parseLocalDateTime(text: string, tz: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const date = parseLocalDate(match[1]!);
  if (!date) return undefined;
  const hour = match[2] === undefined ? 0 : Number(match[2]);
  const minute = match[3] === undefined ? 0 : Number(match[3]);
  if (hour > 23 || minute > 59) return undefined;
  return zonedInstant({ ...date, hour, minute, second: 0 }, tz);
}

/** `YYYY-MM-DD` of a calendar date. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** `YYYY-MM-DDTHH:mm` of `instant` in `tz`, the slot format. */
export function formatLocalDateTime(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatLocalDate(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}
