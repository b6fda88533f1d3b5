import { describe, expect, it } from "vitest";
import { formatResolved, resolveDates } from "../../../src/intents/rules/datetime.ts";

// Wednesday 18 November 2026, 10:00 in Shanghai.
const NOW = new Date("2026-11-18T10:00:00+08:00");
const TZ = "Asia/Shanghai";
const first = (text: string, now = NOW, tz = TZ) => {
  const r = resolveDates(text, now, tz).find((d) => !d.rangeEnd);
  return r ? formatResolved(r) : undefined;
};

const DATES: Array<[string, string]> = [
  ["today", "2026-11-18"], ["tomorrow", "2026-11-19"], ["yesterday", "2026-11-17"], ["the day after tomorrow", "2026-11-20"],
  ["Friday", "2026-11-20"], ["this Friday", "2026-11-20"], ["next Monday", "2026-11-23"], ["Monday", "2026-11-23"],
  ["on Saturday", "2026-11-21"], ["Sunday", "2026-11-22"], ["Thursday next week", "2026-11-26"], ["Dec 2", "2026-12-02"],
  ["December 2nd", "2026-12-02"], ["Dec 10", "2026-12-10"], ["Nov 28", "2026-11-28"], ["November 30", "2026-11-30"],
  ["Jan 5", "2027-01-05"], ["2 December", "2026-12-02"], ["the 5th", "2026-12-05"], ["on the 25th", "2026-11-25"],
  ["in two weeks", "2026-12-02"], ["in 3 days", "2026-11-21"], ["in a week", "2026-11-25"], ["12/24", "2026-12-24"],
  ["2026-12-25", "2026-12-25"], ["in a month", "2026-12-18"], ["Dec 31", "2026-12-31"], ["Tuesday", "2026-11-24"],
  ["wed", "2026-11-18"], ["March 8", "2027-03-08"],
];
const EXTRA_DATES: Array<[string, string]> = [
  ["end of the month", "2026-11-30"], ["by the end of next month", "2026-12-31"], ["next weekend", "2026-11-28"], ["this weekend", "2026-11-21"],
];

const TIMES: Array<[string, string]> = [
  ["at 3pm", "15:00"], ["at 8:30pm", "20:30"], ["at 10am", "10:00"], ["at noon", "12:00"], ["at 7:15 pm", "19:15"],
  ["at 19:30", "19:30"], ["3pm", "15:00"], ["at 11:45am", "11:45"],
];

describe("English dates", () => {
  it.each([...DATES, ...EXTRA_DATES].map(([text, want]) => ({ text, want })))("$text", ({ text, want }) => {
    expect(first(text)).toBe(want);
  });
});

describe("English dates with times", () => {
  const cases = DATES.flatMap(([d, day]) => TIMES.map(([t, clock]) => ({ text: `${d} ${t}`, want: `${day}T${clock}` })));
  it.each(cases)("$text", ({ text, want }) => {
    expect(first(text)).toBe(want);
  });
});

describe("English phrases in sentences", () => {
  it.each([
    { text: "Book a table for 2 tonight at 8", want: "2026-11-18T20:00" },
    { text: "tomorrow at 3pm", want: "2026-11-19T15:00" },
    { text: "this Friday 8:30pm", want: "2026-11-20T20:30" },
    { text: "call back Monday", want: "2026-11-23" },
    { text: "follow up Dec 2", want: "2026-12-02" },
    { text: "Saturday at 6pm, 5 people", want: "2026-11-21T18:00" },
    { text: "move it to 7:30pm", want: "2026-11-18T19:30" },
    { text: "dinner tomorrow at 7pm", want: "2026-11-19T19:00" },
  ])("$text", ({ text, want }) => {
    expect(first(text)).toBe(want);
  });
});

describe("English ranges", () => {
  it.each([
    { text: "Dec 10 to Dec 13", start: "2026-12-10", end: "2026-12-13" },
    { text: "from Nov 28 to Nov 30", start: "2026-11-28", end: "2026-11-30" },
    { text: "Dec 10-13", start: "2026-12-10", end: "2026-12-13" },
    { text: "December 20 through December 23", start: "2026-12-20", end: "2026-12-23" },
  ])("$text", ({ text, start, end }) => {
    const rs = resolveDates(text, NOW, TZ);
    const s = rs.find((r) => !r.rangeEnd), e = rs.find((r) => r.rangeEnd);
    expect(s && formatResolved(s)).toBe(start);
    expect(e && formatResolved(e)).toBe(end);
  });
});

describe("time zones", () => {
  it.each([
    // 2026-11-18T20:00Z is already Thursday morning in Shanghai, still Wednesday afternoon in New York.
    { text: "tomorrow", tz: "Asia/Shanghai", want: "2026-11-20" },
    { text: "tomorrow", tz: "America/New_York", want: "2026-11-19" },
    { text: "明天", tz: "Asia/Shanghai", want: "2026-11-20" },
    { text: "明天", tz: "Europe/London", want: "2026-11-19" },
    { text: "今天", tz: "Pacific/Auckland", want: "2026-11-19" },
  ])("$text in $tz", ({ text, tz, want }) => {
    expect(first(text, new Date("2026-11-18T20:00:00Z"), tz)).toBe(want);
  });
});

describe("not dates", () => {
  it.each([{ text: "555-0199" }, { text: "budget 8k" }, { text: "$12,000" }, { text: "40 bags of coffee beans" }, { text: "may I ask" }])("$text", ({ text }) => {
    expect(first(text)).toBeUndefined();
  });
});
