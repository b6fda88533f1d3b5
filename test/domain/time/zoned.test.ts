import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatLocalDateTime,
  isValidTimeZone,
  localParts,
  parseLocalDate,
  parseLocalDateTime,
  startOfLocalDay,
  startOfLocalMonth,
  startOfLocalQuarter,
  startOfLocalWeek,
  startOfLocalYear,
  weekdayOf,
  zonedInstant,
  zoneOffset,
} from "../../../src/domain/time/zoned.ts";

const at = (iso: string) => new Date(iso);

describe("localParts", () => {
  it.each([
    { instant: "2026-11-18T02:00:00Z", tz: "Asia/Shanghai", want: "2026-11-18T10:00", weekday: 3 },
    { instant: "2026-11-17T16:00:00Z", tz: "Asia/Shanghai", want: "2026-11-18T00:00", weekday: 3 },
    { instant: "2026-11-17T15:59:59Z", tz: "Asia/Shanghai", want: "2026-11-17T23:59", weekday: 2 },
    { instant: "2026-07-01T03:30:00Z", tz: "America/New_York", want: "2026-06-30T23:30", weekday: 2 },
    { instant: "2026-01-15T03:30:00Z", tz: "America/New_York", want: "2026-01-14T22:30", weekday: 3 },
    { instant: "2026-07-01T23:30:00Z", tz: "Europe/London", want: "2026-07-02T00:30", weekday: 4 },
    { instant: "2026-01-01T00:00:00Z", tz: "Europe/London", want: "2026-01-01T00:00", weekday: 4 },
  ])("$instant in $tz is $want", ({ instant, tz, want, weekday }) => {
    expect(formatLocalDateTime(at(instant), tz)).toBe(want);
    expect(localParts(at(instant), tz).weekday).toBe(weekday);
  });

  it("gives midnight as hour 0", () => {
    expect(localParts(at("2026-11-17T16:00:00Z"), "Asia/Shanghai").hour).toBe(0);
  });
});

describe("zoneOffset", () => {
  it.each([
    { instant: "2026-11-18T02:00:00Z", tz: "Asia/Shanghai", hours: 8 },
    { instant: "2026-07-01T12:00:00Z", tz: "America/New_York", hours: -4 },
    { instant: "2026-12-01T12:00:00Z", tz: "America/New_York", hours: -5 },
    { instant: "2026-07-01T12:00:00Z", tz: "Europe/London", hours: 1 },
    { instant: "2026-12-01T12:00:00Z", tz: "Europe/London", hours: 0 },
  ])("$tz at $instant is $hours h", ({ instant, tz, hours }) => {
    expect(zoneOffset(at(instant), tz)).toBe(hours * 3_600_000);
  });
});

describe("zonedInstant", () => {
  it.each([
    { tz: "Asia/Shanghai", local: "2026-11-18T10:00", want: "2026-11-18T02:00:00.000Z" },
    { tz: "America/New_York", local: "2026-07-04T12:00", want: "2026-07-04T16:00:00.000Z" },
    { tz: "America/New_York", local: "2026-01-04T12:00", want: "2026-01-04T17:00:00.000Z" },
    // Spring forward 2026-03-08 02:00 → 03:00: the skipped 02:30 moves forward an hour.
    { tz: "America/New_York", local: "2026-03-08T02:30", want: "2026-03-08T07:30:00.000Z" },
    { tz: "America/New_York", local: "2026-03-08T01:59", want: "2026-03-08T06:59:00.000Z" },
    { tz: "America/New_York", local: "2026-03-08T03:00", want: "2026-03-08T07:00:00.000Z" },
    // Fall back 2026-11-01 02:00 → 01:00: the repeated 01:30 is its first (EDT) occurrence.
    { tz: "America/New_York", local: "2026-11-01T01:30", want: "2026-11-01T05:30:00.000Z" },
    { tz: "America/New_York", local: "2026-11-01T02:00", want: "2026-11-01T07:00:00.000Z" },
    // London: spring forward 2026-03-29 01:00 → 02:00, fall back 2026-10-25 02:00 → 01:00.
    { tz: "Europe/London", local: "2026-03-29T01:30", want: "2026-03-29T01:30:00.000Z" },
    { tz: "Europe/London", local: "2026-03-29T00:30", want: "2026-03-29T00:30:00.000Z" },
    { tz: "Europe/London", local: "2026-03-29T02:30", want: "2026-03-29T01:30:00.000Z" },
    { tz: "Europe/London", local: "2026-10-25T01:30", want: "2026-10-25T00:30:00.000Z" },
    { tz: "Europe/London", local: "2026-10-25T02:30", want: "2026-10-25T02:30:00.000Z" },
  ])("$local in $tz is $want", ({ tz, local, want }) => {
    expect(parseLocalDateTime(local, tz)?.toISOString()).toBe(want);
  });

  it("round-trips every hour of a DST year in New York and London", () => {
    for (const tz of ["America/New_York", "Europe/London", "Asia/Shanghai"]) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        const p = localParts(new Date(t), tz);
        const back = zonedInstant(p, tz).getTime();
        // A repeated hour maps back to its first occurrence, an hour earlier.
        expect([t, t - 3_600_000]).toContain(back);
        expect(formatLocalDateTime(new Date(back), tz)).toBe(formatLocalDateTime(new Date(t), tz));
      }
    }
  });
});

describe("start of local units", () => {
  const cases = [
    {
      tz: "Asia/Shanghai",
      instant: "2026-11-18T02:00:00Z", // Wed 10:00 local
      day: "2026-11-17T16:00:00.000Z",
      week: "2026-11-15T16:00:00.000Z",
      month: "2026-10-31T16:00:00.000Z",
      quarter: "2026-09-30T16:00:00.000Z",
      year: "2025-12-31T16:00:00.000Z",
    },
    {
      tz: "America/New_York",
      instant: "2026-11-04T15:00:00Z", // Wed 10:00 EST; Monday 2 Nov is after the fall-back
      day: "2026-11-04T05:00:00.000Z",
      week: "2026-11-02T05:00:00.000Z",
      month: "2026-11-01T04:00:00.000Z", // 1 Nov midnight is still EDT
      quarter: "2026-10-01T04:00:00.000Z",
      year: "2026-01-01T05:00:00.000Z",
    },
    {
      tz: "America/New_York",
      instant: "2026-03-10T14:00:00Z", // Tue 10:00 EDT; Monday 9 Mar, after the jump on Sunday
      day: "2026-03-10T04:00:00.000Z",
      week: "2026-03-09T04:00:00.000Z",
      month: "2026-03-01T05:00:00.000Z",
      quarter: "2026-01-01T05:00:00.000Z",
      year: "2026-01-01T05:00:00.000Z",
    },
    {
      tz: "Europe/London",
      instant: "2026-03-29T12:00:00Z", // Sunday of the jump: the week began on GMT Monday 23 Mar
      day: "2026-03-29T00:00:00.000Z",
      week: "2026-03-23T00:00:00.000Z",
      month: "2026-03-01T00:00:00.000Z",
      quarter: "2026-01-01T00:00:00.000Z",
      year: "2026-01-01T00:00:00.000Z",
    },
    {
      tz: "Europe/London",
      instant: "2026-07-05T22:30:00Z", // Sunday 23:30 BST is still last week
      day: "2026-07-04T23:00:00.000Z",
      week: "2026-06-28T23:00:00.000Z",
      month: "2026-06-30T23:00:00.000Z",
      quarter: "2026-06-30T23:00:00.000Z",
      year: "2026-01-01T00:00:00.000Z",
    },
  ];
  it.each(cases)("$instant in $tz", ({ tz, instant, day, week, month, quarter, year }) => {
    const i = at(instant);
    expect(startOfLocalDay(i, tz).toISOString()).toBe(day);
    expect(startOfLocalWeek(i, tz).toISOString()).toBe(week);
    expect(startOfLocalMonth(i, tz).toISOString()).toBe(month);
    expect(startOfLocalQuarter(i, tz).toISOString()).toBe(quarter);
    expect(startOfLocalYear(i, tz).toISOString()).toBe(year);
  });
});

describe("calendar dates", () => {
  it("steps days and months across ends of month and year", () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2026, month: 1, day: 31 }, -1)).toEqual({ year: 2025, month: 12, day: 1 });
    expect(weekdayOf({ year: 2026, month: 11, day: 18 })).toBe(3);
    expect(weekdayOf({ year: 2026, month: 11, day: 22 })).toBe(7);
  });

  it.each([
    { text: "2026-02-29", ok: false },
    { text: "2028-02-29", ok: true },
    { text: "2026-13-01", ok: false },
    { text: "2026-11-18", ok: true },
    { text: "18/11/2026", ok: false },
  ])("parseLocalDate($text)", ({ text, ok }) => {
    expect(parseLocalDate(text) !== undefined).toBe(ok);
  });

  it.each(["2026-11-18T24:00", "2026-11-18T10:60", "2026-11-18 10:00", "tomorrow"])("rejects %s", (text) => {
    expect(parseLocalDateTime(text, "Asia/Shanghai")).toBeUndefined();
  });

  it("parses a bare date as local midnight", () => {
    expect(parseLocalDateTime("2026-11-18", "Asia/Shanghai")?.toISOString()).toBe("2026-11-17T16:00:00.000Z");
    expect(parseLocalDateTime("2026-07-04", "Europe/London")?.toISOString()).toBe("2026-07-03T23:00:00.000Z");
  });

  it("knows which zones are valid", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
