/**
 * Plain calendar arithmetic on local dates. Everything the parser resolves is a wall-clock date in the
 * input's time zone, so we never do arithmetic on instants: a `LocalDate` is just year, month, day.
 * Reading an instant in a zone is domain/time/zoned.ts's job; this file keeps the parser's short
 * {y, m, d} shape for the many date-phrase resolvers that build on it.
 */
import { isValidTimeZone, localParts } from "../../domain/time/zoned.ts";

export type LocalDate = { y: number; m: number; d: number };
export type LocalTime = { h: number; min: number };

/**
 * The wall clock of `now` in `tz`: the reference every relative expression resolves against. `dayFirst` says how the
 * place writes a date in numbers: "09/11" is the 9th of November in Madrid, Bogotá or Sydney, September 11th in the US.
 */
export type Clock = { today: LocalDate; time: LocalTime; dayFirst?: boolean };

/** Zones whose people write the month first: the US and Canada, the Philippines, and East Asia (月/日). */
const MONTH_FIRST_ZONES =
  /^(?:US\/|Canada\/|Pacific\/Honolulu$|America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|Detroit|Indiana\/|Kentucky\/|North_Dakota\/|Juneau|Sitka|Metlakatla|Nome|Yakutat|Menominee|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal|Moncton|Whitehorse|Yellowknife|Puerto_Rico)|Asia\/(?:Manila|Shanghai|Chongqing|Harbin|Urumqi|Taipei|Tokyo|Seoul|Hong_Kong|Macau))/;
/** Zones where a date in numbers is day first ("24/07"): Europe, Latin America, Africa, Oceania, South and Southeast Asia. */
const DAY_FIRST_ZONES = /^(?:Europe|America|Africa|Australia|Pacific|Asia|Atlantic|Indian)\//;

export const writesDayFirst = (tz: string): boolean => DAY_FIRST_ZONES.test(tz) && !MONTH_FIRST_ZONES.test(tz);

/**
 * Whether "first/second" in `text` is day first. One way only where a number can be no month; else as the message's other
 * dates show ("1/10 到 15/10": the 15th says how all of them are written); else as the writer's place writes dates.
 */
export function readsDayFirst(text: string, first: number, second: number, dayFirst: boolean | undefined): boolean {
  if (first > 12 || second > 12) return first > 12;
  for (const m of text.matchAll(/(?<![\d/.\-])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 !== b > 12) return a > 12;
  }
  return dayFirst === true;
}

/** Reads `now` as a wall clock in `tz`; an unknown zone falls back to UTC rather than throwing. */
export function clockAt(now: Date, tz: string): Clock {
  const p = localParts(now, isValidTimeZone(tz) ? tz : "UTC");
  return { today: { y: p.year, m: p.month, d: p.day }, time: { h: p.hour, min: p.minute }, dayFirst: writesDayFirst(tz) };
}

const toUtc = (d: LocalDate) => Date.UTC(d.y, d.m - 1, d.d);
const fromUtc = (ms: number): LocalDate => {
  const x = new Date(ms);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
};

export const addDays = (d: LocalDate, n: number): LocalDate => fromUtc(toUtc(d) + n * 86_400_000);

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds months, clamping the day: Jan 31 + 1 month is Feb 28/29. */
export function addMonths(d: LocalDate, n: number): LocalDate {
  const idx = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (d: LocalDate): number => ((new Date(toUtc(d)).getUTCDay() + 6) % 7) + 1;

/** The Monday of the week `d` falls in (weeks run Monday to Sunday, as in China and ISO 8601). */
/** The `nth` given ISO weekday (Monday 1 … Sunday 7) of a month: Mother's Day is the second Sunday of May. */
export function nthWeekday(y: number, m: number, nth: number, weekday: number): LocalDate {
  const first = weekdayOf({ y, m, d: 1 });
  return { y, m, d: 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7 };
}

export const startOfWeek = (d: LocalDate): LocalDate => addDays(d, 1 - weekdayOf(d));

export const compareDates = (a: LocalDate, b: LocalDate): number => toUtc(a) - toUtc(b);

export const daysBetween = (a: LocalDate, b: LocalDate): number => Math.round((toUtc(b) - toUtc(a)) / 86_400_000);

export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

const pad = (n: number) => String(n).padStart(2, "0");

/** English month names cut to three letters, January first: a month's number is its index plus one. */
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export const formatDate = (d: LocalDate): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

export const formatDateTime = (d: LocalDate, t: LocalTime): string => `${formatDate(d)}T${pad(t.h)}:${pad(t.min)}`;

export const formatMonthDay = (m: number, d: number): string => `${pad(m)}-${pad(d)}`;

/**
 * A month and day without a year, resolved forward: the next time that date comes round, today included.
 * People booking or planning talk about the future; a past date usually means next year's.
 */
export function nextMonthDay(today: LocalDate, m: number, d: number): LocalDate | undefined {
  for (const y of [today.y, today.y + 1]) {
    if (!isValidDate(y, m, d)) continue;
    const c = { y, m, d };
    if (compareDates(c, today) >= 0) return c;
  }
  return isValidDate(today.y + 1, m, d) ? { y: today.y + 1, m, d } : undefined;
}

/** A day of the month without a month ("the 5th", "3号"): this month if still ahead, else next month. */
export function nextDayOfMonth(today: LocalDate, day: number): LocalDate | undefined {
  for (let i = 0; i < 3; i++) {
    const base = addMonths({ ...today, d: 1 }, i);
    if (!isValidDate(base.y, base.m, day)) continue;
    const c = { y: base.y, m: base.m, d: day };
    if (compareDates(c, today) >= 0) return c;
  }
  return undefined;
}

/** Part of the day a time phrase names; it decides am/pm when the hour alone does not. */
export type DayPart = "early" | "morning" | "noon" | "afternoon" | "evening";

/**
 * One date or time phrase found in a message, before times are joined to their dates.
 * `vague` marks week- or month-level phrases (下周, next month) that resolve to their first day.
 */
export type DateMention = {
  index: number;
  end: number;
  date?: LocalDate;
  time?: LocalTime;
  part?: DayPart;
  /** true when the time's am/pm was said ("3pm", "下午三点"), so the part of day must not shift it. */
  meridiemKnown?: boolean;
  /** the second date of a range ("到13号", "to Dec 13") */
  rangeEnd?: boolean;
  vague?: boolean;
  /** a day named by its holiday ("国庆", "Valentine's"), which a date said beside it may pin down instead */
  holiday?: boolean;
};

/** Puts an hour into the part of the day it was said in: 下午3点 → 15, tonight at 8 → 20. */
export function applyDayPart(h: number, part: DayPart | undefined): number {
  if (part === "afternoon" || part === "evening") return h < 12 ? h + 12 : h;
  if (part === "noon") return h >= 1 && h <= 3 ? h + 12 : h === 0 ? 12 : h;
  if (part === "early") return h === 12 ? 0 : h;
  if (part === "morning") return h === 12 ? 0 : h;
  // No part said: 1-6 o'clock is the afternoon in business and dining talk.
  return h >= 1 && h <= 6 ? h + 12 : h;
}
