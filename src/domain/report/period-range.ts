/**
 * Turns a report period (`this_week`, `custom` from/to …) into a half-open span of instants in the
 * asker's time zone. Calendar periods cover the whole unit (this week is Monday 00:00 to next Monday
 * 00:00), so the previous unit is always comparable in length of calendar.
 */
import type { Period } from "../../intents/schema.ts";
import {
  addDays,
  addMonths,
  daysBetween,
  formatLocalDate,
  localDate,
  parseLocalDate,
  startOfDate,
  weekdayOf,
  type LocalDate,
} from "../time/zoned.ts";

export type ReportPeriod = Exclude<Period, "overdue">;
export type RangeUnit = "day" | "week" | "month" | "quarter" | "year" | "custom";
export type RangeLabel = { zh: string; en: string };

/** `[start, end)` in `tz`; `unit` says what `previousRange` steps back by. */
export type DateRange = { start: Date; end: Date; label: RangeLabel; tz: string; unit: RangeUnit };

export const DEFAULT_REPORT_PERIOD: ReportPeriod = "this_week";

/** A from/to that is not a real date, or a custom period with no start. */
export class InvalidPeriodError extends Error {
  constructor(readonly value: string) {
    super(`invalid report period: ${value}`);
    this.name = "InvalidPeriodError";
  }
}

const NAMED: Record<Exclude<ReportPeriod, "custom">, RangeLabel> = {
  today: { zh: "今天", en: "today" },
  yesterday: { zh: "昨天", en: "yesterday" },
  this_week: { zh: "本周", en: "this week" },
  last_week: { zh: "上周", en: "last week" },
  this_month: { zh: "本月", en: "this month" },
  last_month: { zh: "上月", en: "last month" },
  this_quarter: { zh: "本季度", en: "this quarter" },
  this_year: { zh: "今年", en: "this year" },
};

/**
 * The span of a report period at `now` in `tz`. No period means this week (`overdue` too, which only
 * tasks use); `from`/`to` alone imply `custom`. Custom dates are inclusive; a missing `to` is today.
 */
export function periodRange(options: {
  period?: Period;
  from?: string;
  to?: string;
  now: Date;
  tz: string;
}): DateRange {
  const { from, to, now, tz } = options;
  const period: ReportPeriod =
    options.period && options.period !== "overdue"
      ? options.period
      : from || to
        ? "custom"
        : DEFAULT_REPORT_PERIOD;
  const today = localDate(now, tz);
  const make = (first: LocalDate, unit: RangeUnit, label: RangeLabel) =>
    build({ first, next: stepUnit(first, unit, 1), unit, tz, label });

  switch (period) {
    case "today":
      return make(today, "day", NAMED.today);
    case "yesterday":
      return make(addDays(today, -1), "day", NAMED.yesterday);
    case "this_week":
      return make(mondayOf(today), "week", NAMED.this_week);
    case "last_week":
      return make(addDays(mondayOf(today), -7), "week", NAMED.last_week);
    case "this_month":
      return make(addMonths(today, 0), "month", NAMED.this_month);
    case "last_month":
      return make(addMonths(today, -1), "month", NAMED.last_month);
    case "this_quarter":
      return make(quarterOf(today), "quarter", NAMED.this_quarter);
    case "this_year":
      return make({ year: today.year, month: 1, day: 1 }, "year", NAMED.this_year);
    case "custom": {
      if (!from) throw new InvalidPeriodError(`custom period without from (to=${to ?? ""})`);
      const a = parseLocalDate(from);
      if (!a) throw new InvalidPeriodError(from);
      const b = to ? parseLocalDate(to) : today;
      if (!b) throw new InvalidPeriodError(to ?? "");
      // "from the 15th to the 1st" means the same days as the other way round.
      const [first, last] = daysBetween(a, b) >= 0 ? [a, b] : [b, a];
      return build({
        first,
        next: addDays(last, 1),
        unit: "custom",
        tz,
        label: spanLabel(first, last, first.year !== today.year || last.year !== today.year),
      });
    }
  }
}

/** The period just before `range`: the previous calendar unit, or as many days for a custom span. */
export function previousRange(range: DateRange): DateRange {
  const { tz, unit } = range;
  const first = localDate(range.start, tz);
  if (unit === "custom") {
    const days = daysBetween(first, localDate(range.end, tz));
    const prevFirst = addDays(first, -days);
    const prevLast = addDays(first, -1);
    return build({ first: prevFirst, next: first, unit, tz, label: spanLabel(prevFirst, prevLast, prevFirst.year !== prevLast.year) });
  }
  const prevFirst = stepUnit(first, unit, -1);
  return build({ first: prevFirst, next: first, unit, tz, label: unitLabel(prevFirst, unit, range.label) });
}

function build(o: { first: LocalDate; next: LocalDate; unit: RangeUnit; tz: string; label: RangeLabel }): DateRange {
  return { start: startOfDate(o.first, o.tz), end: startOfDate(o.next, o.tz), label: o.label, tz: o.tz, unit: o.unit };
}

function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}

function quarterOf(date: LocalDate): LocalDate {
  return { year: date.year, month: date.month - ((date.month - 1) % 3), day: 1 };
}

function stepUnit(first: LocalDate, unit: RangeUnit, n: number): LocalDate {
  switch (unit) {
    case "day":
      return addDays(first, n);
    case "week":
      return addDays(first, 7 * n);
    case "month":
      return addMonths(first, n);
    case "quarter":
      return addMonths(first, 3 * n);
    case "year":
      return { year: first.year + n, month: 1, day: 1 };
    case "custom":
      throw new Error("a custom span has no unit to step by");
  }
}

/** The label of the unit starting at `first`, named ("last week") when the current one was named. */
function unitLabel(first: LocalDate, unit: RangeUnit, current: RangeLabel): RangeLabel {
  if (unit === "day" && current === NAMED.today) return NAMED.yesterday;
  if (unit === "week" && current === NAMED.this_week) return NAMED.last_week;
  if (unit === "month" && current === NAMED.this_month) return NAMED.last_month;
  switch (unit) {
    case "day":
      return dayLabel(first, false);
    case "week":
      return spanLabel(first, addDays(first, 6), false);
    case "month":
      return { zh: `${first.year}年${first.month}月`, en: `${MONTHS[first.month - 1]} ${first.year}` };
    case "quarter": {
      const q = Math.floor((first.month - 1) / 3) + 1;
      return { zh: `${first.year}年第${q}季度`, en: `Q${q} ${first.year}` };
    }
    default:
      return { zh: `${first.year}年`, en: String(first.year) };
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayLabel(date: LocalDate, withYear: boolean): RangeLabel {
  return {
    zh: `${withYear ? `${date.year}年` : ""}${date.month}月${date.day}日`,
    en: `${MONTHS[date.month - 1]} ${date.day}${withYear ? `, ${date.year}` : ""}`,
  };
}

function spanLabel(first: LocalDate, last: LocalDate, withYear: boolean): RangeLabel {
  if (formatLocalDate(first) === formatLocalDate(last)) return dayLabel(first, withYear);
  const a = dayLabel(first, withYear);
  const b = dayLabel(last, withYear);
  return { zh: `${a.zh}–${b.zh}`, en: `${a.en} – ${b.en}` };
}
