import { describe, expect, it } from "vitest";
import { InvalidPeriodError, periodRange, previousRange } from "../../../src/domain/report/period-range.ts";
import type { Period } from "../../../src/intents/schema.ts";

// A Wednesday morning in Shanghai.
const now = new Date("2026-11-18T10:00:00+08:00");
const tz = "Asia/Shanghai";

type Case = {
  period: Period;
  from?: string;
  to?: string;
  start: string;
  end: string;
  label: { zh: string; en: string };
  prev: { start: string; end: string; label: { zh: string; en: string } };
};

const cases: Case[] = [
  {
    period: "today",
    start: "2026-11-17T16:00:00.000Z",
    end: "2026-11-18T16:00:00.000Z",
    label: { zh: "今天", en: "today" },
    prev: { start: "2026-11-16T16:00:00.000Z", end: "2026-11-17T16:00:00.000Z", label: { zh: "昨天", en: "yesterday" } },
  },
  {
    period: "yesterday",
    start: "2026-11-16T16:00:00.000Z",
    end: "2026-11-17T16:00:00.000Z",
    label: { zh: "昨天", en: "yesterday" },
    prev: { start: "2026-11-15T16:00:00.000Z", end: "2026-11-16T16:00:00.000Z", label: { zh: "11月16日", en: "Nov 16" } },
  },
  {
    period: "this_week",
    start: "2026-11-15T16:00:00.000Z",
    end: "2026-11-22T16:00:00.000Z",
    label: { zh: "本周", en: "this week" },
    prev: { start: "2026-11-08T16:00:00.000Z", end: "2026-11-15T16:00:00.000Z", label: { zh: "上周", en: "last week" } },
  },
  {
    period: "last_week",
    start: "2026-11-08T16:00:00.000Z",
    end: "2026-11-15T16:00:00.000Z",
    label: { zh: "上周", en: "last week" },
    prev: {
      start: "2026-11-01T16:00:00.000Z",
      end: "2026-11-08T16:00:00.000Z",
      label: { zh: "11月2日–11月8日", en: "Nov 2 – Nov 8" },
    },
  },
  {
    period: "this_month",
    start: "2026-10-31T16:00:00.000Z",
    end: "2026-11-30T16:00:00.000Z",
    label: { zh: "本月", en: "this month" },
    prev: { start: "2026-09-30T16:00:00.000Z", end: "2026-10-31T16:00:00.000Z", label: { zh: "上月", en: "last month" } },
  },
  {
    period: "last_month",
    start: "2026-09-30T16:00:00.000Z",
    end: "2026-10-31T16:00:00.000Z",
    label: { zh: "上月", en: "last month" },
    prev: { start: "2026-08-31T16:00:00.000Z", end: "2026-09-30T16:00:00.000Z", label: { zh: "2026年9月", en: "Sep 2026" } },
  },
  {
    period: "this_quarter",
    start: "2026-09-30T16:00:00.000Z",
    end: "2026-12-31T16:00:00.000Z",
    label: { zh: "本季度", en: "this quarter" },
    prev: { start: "2026-06-30T16:00:00.000Z", end: "2026-09-30T16:00:00.000Z", label: { zh: "2026年第3季度", en: "Q3 2026" } },
  },
  {
    period: "this_year",
    start: "2025-12-31T16:00:00.000Z",
    end: "2026-12-31T16:00:00.000Z",
    label: { zh: "今年", en: "this year" },
    prev: { start: "2024-12-31T16:00:00.000Z", end: "2025-12-31T16:00:00.000Z", label: { zh: "2025年", en: "2025" } },
  },
  {
    period: "custom",
    from: "2026-11-01",
    to: "2026-11-15",
    start: "2026-10-31T16:00:00.000Z",
    end: "2026-11-15T16:00:00.000Z",
    label: { zh: "11月1日–11月15日", en: "Nov 1 – Nov 15" },
    prev: {
      start: "2026-10-16T16:00:00.000Z",
      end: "2026-10-31T16:00:00.000Z",
      label: { zh: "10月17日–10月31日", en: "Oct 17 – Oct 31" },
    },
  },
];

describe("periodRange at Wed 2026-11-18 10:00 Shanghai", () => {
  it.each(cases)("$period", ({ period, from, to, start, end, label, prev }) => {
    const range = periodRange({ period, from, to, now, tz });
    expect({ start: range.start.toISOString(), end: range.end.toISOString(), label: range.label }).toEqual({
      start,
      end,
      label,
    });
    const before = previousRange(range);
    expect({ start: before.start.toISOString(), end: before.end.toISOString(), label: before.label }).toEqual(prev);
  });

  it("defaults to this week, also for overdue", () => {
    for (const period of [undefined, "overdue" as const]) {
      const range = periodRange({ period, now, tz });
      expect([range.start.toISOString(), range.label.en]).toEqual(["2026-11-15T16:00:00.000Z", "this week"]);
    }
  });

  it("treats from/to without a period as custom, a missing to as today, and reversed dates as the same span", () => {
    const fromOnly = periodRange({ from: "2026-11-10", now, tz });
    expect([fromOnly.start.toISOString(), fromOnly.end.toISOString()]).toEqual([
      "2026-11-09T16:00:00.000Z",
      "2026-11-18T16:00:00.000Z",
    ]);
    const reversed = periodRange({ period: "custom", from: "2026-11-15", to: "2026-11-01", now, tz });
    expect(reversed.label.en).toBe("Nov 1 – Nov 15");
    expect(periodRange({ period: "custom", from: "2026-11-18", to: "2026-11-18", now, tz }).label).toEqual({
      zh: "11月18日",
      en: "Nov 18",
    });
  });

  it("names the year of a custom span outside this year", () => {
    const range = periodRange({ period: "custom", from: "2025-12-20", to: "2026-01-05", now, tz });
    expect(range.label).toEqual({ zh: "2025年12月20日–2026年1月5日", en: "Dec 20, 2025 – Jan 5, 2026" });
  });

  it.each([
    { from: "2026-02-30", to: "2026-03-01" },
    { from: "2026-11-01", to: "nope" },
    { from: undefined, to: "2026-11-01" },
  ])("rejects custom from=$from to=$to", ({ from, to }) => {
    expect(() => periodRange({ period: "custom", from, to, now, tz })).toThrow(InvalidPeriodError);
  });

  it("chains previous ranges", () => {
    const twoBack = previousRange(previousRange(periodRange({ period: "this_month", now, tz })));
    expect([twoBack.start.toISOString(), twoBack.label.en]).toEqual(["2026-08-31T16:00:00.000Z", "Sep 2026"]);
  });
});

describe("periodRange across DST", () => {
  it("keeps weeks on local Mondays in New York through the November fall-back", () => {
    const ny = "America/New_York";
    const range = periodRange({ period: "this_week", now: new Date("2026-11-04T15:00:00Z"), tz: ny });
    expect([range.start.toISOString(), range.end.toISOString()]).toEqual([
      "2026-11-02T05:00:00.000Z",
      "2026-11-09T05:00:00.000Z",
    ]);
    const before = previousRange(range);
    // 169 hours: the week holding the fall-back.
    expect([before.start.toISOString(), before.end.getTime() - before.start.getTime()]).toEqual([
      "2026-10-26T04:00:00.000Z",
      169 * 3_600_000,
    ]);
  });

  it("keeps a London day 23 hours on the spring-forward Sunday", () => {
    const range = periodRange({ period: "today", now: new Date("2026-03-29T12:00:00Z"), tz: "Europe/London" });
    expect([range.start.toISOString(), range.end.getTime() - range.start.getTime()]).toEqual([
      "2026-03-29T00:00:00.000Z",
      23 * 3_600_000,
    ]);
  });
});
