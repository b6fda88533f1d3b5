/**
 * Days counted from another day, which chrono reads only in part: "a week from Friday" (chrono: a week from
 * today, and Friday), "two weeks from tomorrow", "the first Monday of next month" (chrono: the Monday, and
 * next month).
 */
import { MONTH_ABBREVIATIONS, addDays, addMonths, daysInMonth, nthWeekday, weekdayOf, type Clock, type DateMention, type LocalDate } from "./calendar.ts";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };

const WEEKS_FROM = new RegExp(`\\b(a|an|one|two|three|four|[1-4])\\s+(weeks?|fortnight)\\s+(?:from|after)\\s+(today|tomorrow|tmrw|tmr|(?:this\\s+)?${WEEKDAY})\\b`, "gi");
const NTH_WEEKDAY = new RegExp(`\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(${WEEKDAY})\\s+(?:of|in)\\s+(next month|this month|the month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\b`, "gi");
const NTH: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };

/** ISO weekday of "Fri", "thursday", "Tues". */
const weekdayNumber = (word: string) => WEEKDAYS.indexOf(word.toLowerCase().slice(0, 3)) + 1;

/** The day a count starts from: today, tomorrow, or the weekday's next coming (today if it is that day). */
function startDay(word: string, today: LocalDate): LocalDate {
  if (/^today$/i.test(word)) return today;
  if (/^(?:tomorrow|tmrw|tmr)$/i.test(word)) return addDays(today, 1);
  const wd = weekdayNumber(word.replace(/^this\s+/i, ""));
  return addDays(today, (wd - weekdayOf(today) + 7) % 7);
}

function nthOfMonth(nth: string, weekday: number, month: LocalDate): LocalDate {
  if (nth.toLowerCase() !== "last") return nthWeekday(month.y, month.m, NTH[nth.toLowerCase()] ?? 1, weekday);
  const lastDay = { y: month.y, m: month.m, d: daysInMonth(month.y, month.m) };
  return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
}

export function countedDays(text: string, clock: Clock): DateMention[] {
  const out: DateMention[] = [];
  const { today } = clock;
  for (const m of text.matchAll(WEEKS_FROM)) {
    const weeks = /^fortnight$/i.test(m[2] as string) ? 2 : COUNT[(m[1] as string).toLowerCase()] ?? Number(m[1]);
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: addDays(startDay(m[3] as string, today), 7 * weeks) });
  }
  for (const m of text.matchAll(NTH_WEEKDAY)) {
    const said = (m[3] as string).toLowerCase();
    const named = MONTH_ABBREVIATIONS.indexOf(said.slice(0, 3)) + 1;
    const month = said === "next month" ? addMonths({ ...today, d: 1 }, 1) : said === "this month" || said === "the month" ? { ...today, d: 1 } : { y: named < today.m ? today.y + 1 : today.y, m: named, d: 1 };
    let day = nthOfMonth(m[1] as string, weekdayNumber(m[2] as string), month);
    // "the first Monday of December", said after it: the one next year.
    if (named && day.y === today.y && day.m === today.m && day.d < today.d) day = nthOfMonth(m[1] as string, weekdayNumber(m[2] as string), { ...month, y: month.y + 1 });
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: day });
  }
  return out;
}
