/** The pure parts: quiet hours, settings from the environment, snooze lengths, the care calendar file. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quietHoursEnd } from "../../src/jobs/quiet-hours.ts";
import { loadJobSettings } from "../../src/jobs/settings.ts";
import { snoozeUntil } from "../../src/domain/task/snooze-until.ts";
import { DEFAULT_HOLIDAYS, loadHolidays } from "../../src/jobs/holidays.ts";
import { nextLocalTimes } from "../../src/jobs/local-time.ts";

const quiet = { start: 22, end: 8 };
const iso = (d: Date | undefined) => d?.toISOString();

describe("quiet hours", () => {
  it.each([
    { now: "2026-11-20T23:00:00+08:00", tz: "Asia/Shanghai", until: "2026-11-21T08:00:00+08:00" },
    { now: "2026-11-21T03:00:00+08:00", tz: "Asia/Shanghai", until: "2026-11-21T08:00:00+08:00" },
    { now: "2026-11-20T22:00:00+08:00", tz: "Asia/Shanghai", until: "2026-11-21T08:00:00+08:00" },
    { now: "2026-11-21T08:00:00+08:00", tz: "Asia/Shanghai", until: undefined },
    { now: "2026-11-20T21:59:00+08:00", tz: "Asia/Shanghai", until: undefined },
    // 09:00 in Shanghai is 20:00 the day before in New York: awake. 13:00 Shanghai is midnight there.
    { now: "2026-11-21T09:00:00+08:00", tz: "America/New_York", until: undefined },
    { now: "2026-11-21T13:00:00+08:00", tz: "America/New_York", until: "2026-11-21T08:00:00-05:00" },
  ])("$now in $tz", ({ now, tz, until }) => {
    expect(iso(quietHoursEnd({ now: new Date(now), tz, quiet }))).toBe(until && new Date(until).toISOString());
  });

  it("handles a window that does not wrap midnight, and none at all", () => {
    expect(iso(quietHoursEnd({ now: new Date("2026-11-21T02:00:00+08:00"), tz: "Asia/Shanghai", quiet: { start: 1, end: 6 } }))).toBe(new Date("2026-11-21T06:00:00+08:00").toISOString());
    expect(quietHoursEnd({ now: new Date("2026-11-21T02:00:00+08:00"), tz: "Asia/Shanghai", quiet: { start: 0, end: 0 } })).toBeUndefined();
  });
});

describe("job settings", () => {
  it("has defaults", () => {
    const s = loadJobSettings({});
    expect(s).toMatchObject({ quietHours: { start: 22, end: 8 }, escalateAfterMs: 24 * 3_600_000, weeklySummary: { weekday: 1, hour: 9, minute: 0 }, atRiskDays: { vip: 14, major: 30, ordinary: 60, small: 120 } });
  });

  it("reads the variables", () => {
    const s = loadJobSettings({ CHATCRM_QUIET_HOURS: "23-7", CHATCRM_ESCALATE_AFTER_HOURS: "4", CHATCRM_WEEKLY_SUMMARY: "Fri 17:30", CHATCRM_AT_RISK_DAYS: "7,14,30,90" });
    expect(s).toMatchObject({ quietHours: { start: 23, end: 7 }, escalateAfterMs: 4 * 3_600_000, weeklySummary: { weekday: 5, hour: 17, minute: 30 }, atRiskDays: { vip: 7, major: 14, ordinary: 30, small: 90 } });
  });

  it("names a bad variable", () => {
    expect(() => loadJobSettings({ CHATCRM_WEEKLY_SUMMARY: "someday" })).toThrow(/CHATCRM_WEEKLY_SUMMARY/);
    expect(() => loadJobSettings({ CHATCRM_QUIET_HOURS: "25-8" })).toThrow(/CHATCRM_QUIET_HOURS/);
  });
});

describe("snooze lengths", () => {
  const now = new Date("2026-11-20T09:00:00+08:00");
  it.each([
    { text: "", until: "2026-11-21T09:00:00+08:00" },
    { text: "3h", until: "2026-11-20T12:00:00+08:00" },
    { text: "30分钟", until: "2026-11-20T09:30:00+08:00" },
    { text: "2天", until: "2026-11-22T09:00:00+08:00" },
    { text: "明天", until: "2026-11-21T09:00:00+08:00" },
    { text: "tomorrow", until: "2026-11-21T09:00:00+08:00" },
    { text: "下周", until: "2026-11-27T09:00:00+08:00" },
  ])("'$text'", ({ text, until }) => {
    expect(iso(snoozeUntil({ text, now, tz: "Asia/Shanghai" }))).toBe(new Date(until).toISOString());
  });
  it("refuses what it cannot read", () => {
    expect(snoozeUntil({ text: "whenever", now, tz: "Asia/Shanghai" })).toBeUndefined();
  });
});

describe("recurring times", () => {
  it("finds the next Monday 09:00 and the next two mornings", () => {
    const now = new Date("2026-11-18T10:00:00+08:00");
    expect(nextLocalTimes({ now, tz: "Asia/Shanghai", hour: 9, minute: 0, weekday: 1 }).map((t) => t.date)).toEqual(["2026-11-23"]);
    expect(nextLocalTimes({ now, tz: "Asia/Shanghai", hour: 8, minute: 30, count: 2 }).map((t) => iso(t.at))).toEqual([
      new Date("2026-11-19T08:30:00+08:00").toISOString(),
      new Date("2026-11-20T08:30:00+08:00").toISOString(),
    ]);
  });
});

describe("care calendar", () => {
  it("has the lunar holidays for 2026–2028", () => {
    const names = (year: string) => DEFAULT_HOLIDAYS.filter((h) => h.date.startsWith(year)).map((h) => h.en);
    for (const year of ["2026", "2027", "2028"]) expect(names(year)).toEqual(expect.arrayContaining(["Spring Festival", "Mid-Autumn Festival", "Christmas", "New Year's Day"]));
  });

  it("is replaced by chatcrm.calendar.yaml when present", async () => {
    const dir = await mkdtemp(join(tmpdir(), "chatcrm-calendar-"));
    try {
      const file = join(dir, "chatcrm.calendar.yaml");
      await writeFile(file, "holidays:\n  - { date: 2026-12-12, zh: 店庆, en: Store anniversary }\n  - date: 2027-03-08\n    zh: 妇女节\n");
      expect(loadHolidays(file)).toEqual([
        { date: "2026-12-12", zh: "店庆", en: "Store anniversary" },
        { date: "2027-03-08", zh: "妇女节", en: "妇女节" },
      ]);
      expect(loadHolidays(join(dir, "missing.yaml"))).toBe(DEFAULT_HOLIDAYS);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
