/**
 * English date and time phrases. chrono-node does the heavy lifting (tomorrow at 3pm, this Friday 8:30pm,
 * Dec 10 to Dec 13, in two weeks); a few chat habits it misses are added here ("on the 5th", "tonight at 8",
 * "end of the month"), and its guesses that are not dates ("may", a phone's "555-0199") are dropped.
 */
import * as chrono from "chrono-node";
import {
  MONTH_ABBREVIATIONS, addDays, addMonths, daysInMonth, nextDayOfMonth, nthWeekday, startOfWeek, weekdayOf,
  type Clock, type DateMention, type DayPart, type LocalDate,
} from "./calendar.ts";
import { MILLIONS_OF } from "./numbers.ts";
import { countedDays } from "./datetime-en-counted.ts";

type Components = chrono.ParsedComponents;

/** "from 2 Jan to 5 Jan", "from 12 to 15 Dec": chrono reads "from 2" as two o'clock; without the "from" it reads the range. */
const FROM_BEFORE_DAY_MONTH = /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:to|-|–|till|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;

/** "3. July": the day's ordinal dot, as German and Scandinavian English write it. */
const ORDINAL_DOT = /\b(\d{1,2})\.(?=\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi;
/** "5 Feb, 3 nights", "5 Oct, 4 of us": a count after the date, which chrono would read as the day of "Feb, 3". */
const COUNT_AFTER_COMMA = /,\s*\d{1,2}(?=\s+(?:nights?|pax|people|ppl|persons?|guests?|adults?|rooms?|of us|kids|children)\b)/gi;
/** "18.400 €", "120.000 EUR": a sum with thousands grouped by dots, never a time or a day. */
const DOTTED_SUM = /\b\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?=\s?(?:€|EUR\b|euros?\b))/gi;

/** "about 1.2m worth of valves", "a 5m order": millions, which chrono reads as minutes from now. */
const MILLIONS = new RegExp(`\\b\\d+\\.\\d+\\s?m\\b|\\b\\d+\\s?m\\b(?=\\s+(?:${MILLIONS_OF}|in (?:sales|revenue))\\b)`, "gi");

/** Seconds, minutes or hours counted, which chrono reads as that long from now. */
const HOW_LONG = /^(?:for\s+)?(?:\d+|an?|one|two|three|four|five|six|half an?|a couple(?: of)?|a few|several)\s*(?:couples?|(?:sec(?:ond)?|min(?:ute)?|hour|hr)s?)$/i;

/** "one night on friday": a counted night is a stay's length; chrono reads it as tonight and loses the weekday. */
const COUNTED_NIGHT = /\b((?:a|an|one|two|three|four|five|six|seven|\d+|(?:an? )?(?:extra|additional|more)|another|one more)\s+)(nights?)\b/gi;

/**
 * Hides from chrono what it misreads, keeping every index in place. A count after a date becomes semicolons, since
 * chrono reads a month followed by spaces as a month alone ("5 Feb    nights" gives "Feb").
 */
function maskForChrono(text: string): string {
  const blank = (w: string) => " ".repeat(w.length);
  return text
    .replace(FROM_BEFORE_DAY_MONTH, blank)
    .replace(ORDINAL_DOT, (_, d: string) => `${d} `)
    .replace(COUNT_AFTER_COMMA, (w) => ";".repeat(w.length))
    // "2 adults, 1 night, this Saturday": the night whose count was just masked is no "tonight" either.
    .replace(/(?<=;\s*)nights?\b/gi, blank)
    .replace(DOTTED_SUM, blank)
    .replace(MILLIONS, blank)
    .replace(COUNTED_NIGHT, (_, count: string, night: string) => count + " ".repeat(night.length))
    .replace(HEADCOUNT_BEFORE_TIME, (w) => " ".repeat(w.length))
    .replace(DASHED_NUMBER, blank)
    // "Jan Kowalski's results", "April Ng called": a month's name before a surname is someone's first name.
    .replace(/\b(?:Jan|April|May|June|July|August)(?=\s+[A-Z][a-z]{2,}(?:['’]s)?\b)(?!\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)/g, blank)
    // "we're 3 on Thursday now, not 4": "now" after a day says what changed, not the hour.
    .replace(/(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)now\b/gi, blank)
    // "table for 3 day after tomorrow": the count before "day after tomorrow" is a party's, not days counted.
    .replace(/\b\d+(?=\s+day after tomorrow\b)/gi, blank)
    // "from 2月14号": a number before a Chinese date or hour word is the Chinese reader's, not an English hour.
    .replace(/\d+(?=\s?[月号號日点點时時])/g, blank)
    // "shifting half a ton of apples a week": a rate, not a week from now.
    .replace(/(?<=\b[a-z]+\s)(?<!\b(?:in|within|after|for|about|over|like|than|just|only|maybe|by|around|roughly|almost|nearly|wait|give|take)\s)(?:a|per) (?:week|month|fortnight|year)\b(?!\s+(?:from|later|ago|after|before|on|out|or so|early|late|tomorrow|today|next|this))/gi, blank)
    // "Tuesday 26 January through to Thursday 28 January": a range as "through".
    .replace(/\bthrough to\b/gi, "through   ")
    // "Aug 27–30": chrono reads a range only with a hyphen.
    .replace(/(?<=\d)[–—](?=\d)/g, "-")
    .replace(DAY_TO_HOUR, ",")
    // "tmrw 7ish": an hour said roughly is that hour; "at 7" is as long as "7ish", so every index stays put.
    .replace(ROUGH_HOUR, (_, hour: string) => `at ${hour}`);
}

const ROUGH_HOUR = /(?<!\bat\s)\b(\d{1,2}(?::\d{2})?)\s?-?ish\b/gi;

/** "move Dec 20 to 6pm": chrono reads "20 to 6pm" as twenty to six; a comma keeps the day and the new hour apart. */
const DAY_TO_HOUR = /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s(?=to\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b)/gi;

/** "159-0000-7788,Dec. 3rd": a phone or order number in dashed groups, whose last group chrono reads as a year. */
const DASHED_NUMBER = /\b\d{2,4}(?:-\d{3,4}){2,}\b/g;

/**
 * "move tomorrow's table for 4 to 8pm": a head count, not the start of a range of hours "4 to 8pm"; "can we go from 5 to
 * 3 people on Saturday?": the old head count, not 5 o'clock.
 */
const HEADCOUNT_BEFORE_TIME =
  /(?<=\b(?:for|party of|table of|group of)\s+)\d{1,2}(?=\s+to\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)|(?<=\bfrom\s+)\d{1,2}(?=\s*(?:to|->|→)\s*\d{1,2}\s*(?:people|ppl|pax|persons?|guests?|adults?|of us)\b)/gi;

/** What a count right after a date counts, when chrono took the count for the year. */
const COUNT_AFTER = /^\s*(?:pax|people|ppl|persons?|guests?|adults?|kids?|children|of us|rooms?|nights?|tables?|seats?|covers?)\b/i;

function dateOf(c: Components): LocalDate | undefined {
  const y = c.get("year"), m = c.get("month"), d = c.get("day");
  return y && m && d ? { y, m, d } : undefined;
}

const hasDay = (c: Components) => c.isCertain("day") || c.isCertain("weekday") || /* "tomorrow", "in 2 weeks" */ c.isCertain("month");

/** chrono treats a few ordinary words and numbers as dates; these never are in our chats. */
const NOT_DATES = /^(?:now|may|sat|sun|mar|second|a sec|the second|(?:a|one|two|three|\d+) days?(?: (?:later|earlier|before|after|late|early))?|\d{3}-\d{4}|\d{1,3}(?:,\d{3})+|\d+|\d+(?:\.\d+)?\s?(?:[wkm]|mn))$/i;

const PART_WORDS: Array<[RegExp, DayPart]> = [
  [/\b(tonight|evening|dinner|night|pm)\b/i, "evening"],
  [/\b(afternoon)\b/i, "afternoon"],
  [/\b(noon|lunch|midday)\b/i, "noon"],
  [/\b(morning|breakfast|am)\b/i, "morning"],
];

/** The part of the day said near a phrase ("tonight at 8", "dinner on Friday at 7"). */
function partNear(text: string, index: number, end: number): DayPart | undefined {
  const window = text.slice(Math.max(0, index - 24), Math.min(text.length, end + 16));
  return PART_WORDS.find(([re]) => re.test(window))?.[1];
}

/** Finds every English date and time phrase in `text`, resolved against `clock`. */
/** "the 21st to the 31st of December": chrono reads the first day in this month and only the second in December. */
const ORDINALS_OF_MONTH = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*(?:to|-|–|till|until|thru|through|and)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?/gi;

function ordinalsOfAMonth(text: string, clock: Clock): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(ORDINALS_OF_MONTH)) {
    const month = MONTH_ABBREVIATIONS.indexOf((m[3] as string).toLowerCase()) + 1;
    // The month's next coming, as chrono reads a month said alone.
    const y = month < clock.today.m ? clock.today.y + 1 : clock.today.y;
    const first = Number(m[1]), last = Number(m[2]);
    if (first < 1 || last <= first || last > daysInMonth(y, month)) continue;
    const i = m.index ?? 0;
    const cut = i + m[0].search(/\s*(?:to|-|–|till|until|thru|through|and)\s*(?:the\s+)?\d/i);
    out.push({ index: i, end: cut, date: { y, m: month, d: first } });
    out.push({ index: cut + 1, end: i + m[0].length, date: { y, m: month, d: last }, rangeEnd: true });
  }
  return out;
}

/** "Arrival: 07.10.2026": a date written with dots puts the day first, as Europe writes it. */
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

function dottedDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DOTTED_DATE)) {
    const d = Number(m[1]), mo = Number(m[2]), y = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) continue;
    out.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { y, m: mo, d } });
  }
  return out;
}

/**
 * "10/03 to 12/03" from Madrid is the 10th to the 12th of March: where dates are written day first (calendar.ts), each
 * "d/m" is handed to chrono as "m/d". The two numbers swap places, so the text keeps its length and every index.
 */
function monthFirst(text: string): string {
  if (/[\u4e00-\u9fff]/.test(text)) return text;
  return text.replace(/(?<![\d/.\-])(\d{1,2})\/(\d{1,2})(?![\d/])/g, (all, d: string, m: string) => (Number(m) <= 12 && Number(d) <= 31 ? `${m}/${d}` : all));
}

export function findEnDateMentions(text: string, clock: Clock): DateMention[] {
  if (!/[a-z]/i.test(text) && !/\d[:/]\d/.test(text)) return [];
  const out: DateMention[] = [];
  // chrono sees a floating clock: the local wall time written as if it were UTC.
  const instant = new Date(Date.UTC(clock.today.y, clock.today.m - 1, clock.today.d, clock.time.h, clock.time.min));
  const results = chrono.en.parse(maskForChrono(clock.dayFirst ? monthFirst(text) : text), { instant, timezone: 0 }, { forwardDate: true });
  out.push(...countedDays(text, clock), ...ordinalsOfAMonth(text, clock), ...dottedDates(text), ...partsOfPeriods(text, clock));
  for (const r of results) {
    if (out.some((o) => r.index < o.end && o.index < r.index + r.text.length)) continue;
    // "change my fri booking to sat": a short weekday after a word of when is the day, not "sat" or "sun".
    // "push Sat's booking": a short weekday owning a booking is the day too; "check out Sun not Sat" both are, and so
    // is "can we do sat instead".
    const dayAfterPreposition =
      /^(?:sat|sun)$/i.test(r.text.trim()) &&
      (/\b(?:to|on|this|next|till|until|by|from|for|and|check(?:ing)?[- ]?(?:in|out)|(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+not)\s+$/i.test(text.slice(0, r.index)) || /^\s+(?:not|and|&|to|through|thru)\s+(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text.slice(r.index + r.text.length)) || /^\s+instead\b/i.test(text.slice(r.index + r.text.length)) || /^['’]s\s+(?:booking|reservation|table|room|dinner|lunch|brunch|party)\b/i.test(text.slice(r.index + r.text.length)));
    if (NOT_DATES.test(r.text.trim()) && !dayAfterPreposition) continue;
    // "by end of the week": read below (END_OF), not as "the week".
    if (/^(?:the|this) (?:day|week|month)$/i.test(r.text.trim()) && /\bend of\s+$/i.test(text.slice(0, r.index))) continue;
    // Chinese text with digits ("12月3号", "7:30") is left to the Chinese resolver.
    // Words only ("他说next week给答复") are English wherever they sit.
    // A month's English name or an am/pm ("Dec. 3rd前给她报价", "周五3pm到") is English even with Chinese right after it.
    if (/\d/.test(r.text) && !/[a-z]{3}|\d\s*[ap]\.?m\b/i.test(r.text) && /[\u4e00-\u9fff]/.test(text.slice(r.index, r.index + r.text.length + 1))) continue;
    const end = r.index + r.text.length;
    const start = r.start;
    // "a tasting day after tomorrow at 11": chrono reads the day after tomorrow only with "the" before it.
    // "next tomorrow", as Nigerian English says it, is the day after tomorrow too.
    const dayAfter = /^(?:tomorrow|tmrw|tmr|tomorow|tommorow)\b/i.test(r.text) ? /\b(?:day after|next)\s+$/i.exec(text.slice(0, r.index)) : null;
    const index = dayAfter ? dayAfter.index : r.index;
    const plain = hasDay(start) ? dateOf(start) : undefined;
    const forward = plain && dayAfter ? addDays(plain, 1) : plain;
    // "her birthday was last Sunday": chrono's forwardDate moves a "last" weekday ahead; it is the one gone by.
    const said = forward && /^last\s+(?:mon|tue|wed|thu|fri|sat|sun)/i.test(r.text) ? goneBy(forward, clock.today) : forward;
    // "24 dec 7.30pm 2 adults": chrono may read a following count as the year; no one books in year 2.
    // "16 feb, 12 pax": a two-digit count after the date is read as the year 2012; a head count follows it.
    const countAfter = start.isCertain("year") && /\b\d{2}$/.test(r.text) && COUNT_AFTER.test(text.slice(end));
    const date = said && (said.y < 1000 || countAfter) ? { ...said, y: compareMd(said, clock.today) < 0 ? clock.today.y + 1 : clock.today.y } : said;
    // "a table for 10 on Dec 20": chrono reads the head count as ten o'clock.
    const headCount = /^\d{1,2}\s+on\b/i.test(r.text) && /\bfor\s+$/i.test(text.slice(0, r.index));
    const time = start.isCertain("hour") && !headCount ? { h: start.get("hour") ?? 0, min: start.get("minute") ?? 0 } : undefined;
    if (!date && !time) continue;
    // "a 1 month trial", "a 2 week pilot": a length that describes a thing is no day.
    if (/^\d+\s*(?:-\s*)?(?:day|week|month|year)s?$/i.test(r.text) && (/\ban?\s+$/i.test(text.slice(0, r.index)) || /^[\s-]*(?:trial|pilot|contract|plan|subscription|warranty|lease|program|programme|course|stay|deal|term)\b/i.test(text.slice(end)))) continue;
    // "waited 45 min", "push it back an hour", "a couples massage": a length without "in" before it is how long, not when.
    if (HOW_LONG.test(r.text) && !/\b(?:in|within|after)\s+$/i.test(text.slice(0, r.index))) continue;
    // "walked the HR team through it": chrono reads "the hr" as an hour on; it is a department.
    if (/^the\s+hrs?$/i.test(r.text.trim())) continue;
    // "twelve grand a year", "2 deliveries a week": a bare "a month" is how often, not a day a month on.
    if (/^(?:an?|per)\s+(?:day|week|fortnight|month|quarter|year)$/i.test(r.text.trim()) && /(?:\d|\d[km]|\b(?:grand|bucks|dollars|once|twice|times)|\d\s*(?:\w+\s+){0,2}\w+s)\s+$/i.test(text.slice(0, r.index))) continue;
    const meridiemKnown = start.isCertain("meridiem") || (time !== undefined && (time.h > 12 || time.h === 0));
    let part = partNear(text, index, end);
    if (time && !meridiemKnown && time.h >= 12) part = undefined;
    if (time && !meridiemKnown && part === undefined && time.h < 12) {
      // chrono reads a bare "at 8" as 8am; the house rule (1-6 → pm) lives in applyDayPart.
    }
    const vague = /\b(next|this|coming)\s+(week|month)\b/i.test(r.text) && !start.isCertain("weekday") && !start.isCertain("day");
    // "push my dinner tomorrow to 8pm": a day, then only the hour it goes to, is that day at that hour.
    const movedToHour = r.end && date && !time && !hasDay(r.end) && r.end.isCertain("hour") && /\sto\s/i.test(r.text);
    // "book a table friday to 9pm", "friday till 10pm": chrono puts the weekday before the hour of today, so last week; it is the next one.
    const day = r.end && date && !hasDay(r.end) && WEEKDAY_FIRST.test(r.text) && compareYmd(date, clock.today) < 0 ? addDays(date, 7) : date;
    if (movedToHour) {
      out.push({ index, end, date: day, time: { h: r.end.get("hour") ?? 0, min: r.end.get("minute") ?? 0 }, part, meridiemKnown: r.end.isCertain("meridiem"), vague });
      continue;
    }
    out.push({ index, end: r.end ? index + textBeforeRange(r.text) : end, date: day, time, part, meridiemKnown, vague });
    if (r.end && hasDay(r.end)) {
      const endDate = dateOf(r.end);
      const endTime = r.end.isCertain("hour") ? { h: r.end.get("hour") ?? 0, min: r.end.get("minute") ?? 0 } : undefined;
      if (endDate) out.push({ index: index + textBeforeRange(r.text) + 1, end, date: endDate, time: endTime, meridiemKnown: r.end.isCertain("meridiem"), rangeEnd: true });
    }
  }
  out.push(...extraMentions(text, clock, out));
  daysOfNamedMonth(text, clock, out);
  ordinalsNearANamedDay(text, out);
  betweenIsARange(text, out);
  return weekdaysAWeekOn(text, clock, dropWeekdayBesideDay(text, out.sort((a, b) => a.index - b.index)));
}

/**
 * "Check-in 13 March instead of the 12th": a bare ordinal a few days from a day said with its month is in that month
 * (alone it would be the next 12th to come).
 */
function ordinalsNearANamedDay(text: string, found: DateMention[]): void {
  found.sort((a, b) => a.index - b.index);
  for (const [k, x] of found.entries()) {
    const bare = /^(?:(?:on|for|of|to)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/i.exec(text.slice(x.index, x.end).trim());
    if (!bare || !x.date || x.time) continue;
    const named = found.slice(0, k).reverse().find((m) => m.date && MONTH_WORD.test(text.slice(m.index, m.end)));
    const d = Number(bare[1]);
    if (!named?.date || Math.abs(named.date.d - d) > 7 || d > daysInMonth(named.date.y, named.date.m)) continue;
    x.date = { y: named.date.y, m: named.date.m, d };
  }
}
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/** "between Nov 3 and Nov 12", "between the 1st and the 15th of this month": the second day ends a range. */
function betweenIsARange(text: string, found: DateMention[]): void {
  found.sort((a, b) => a.index - b.index);
  for (let k = 1; k < found.length; k++) {
    const first = found[k - 1] as DateMention, second = found[k] as DateMention;
    if (!first.date || !second.date || first.rangeEnd || second.rangeEnd) continue;
    if (/\bbetween\s+(?:the\s+)?$/i.test(text.slice(0, first.index)) && /^\s*and\s+(?:the\s+)?$/i.test(text.slice(first.end, second.index))) second.rangeEnd = true;
    // "from Christmas Eve through New Year's Day": holidays, which chrono does not read as a range.
    if ((first.holiday || second.holiday) && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(0, first.index)) && /^\s*(?:to|through|thru|till|until|-|–)\s+(?:the\s+)?$/i.test(text.slice(first.end, second.index))) second.rangeEnd = true;
  }
}

/**
 * "chase him Thursday week" (British: the Thursday after next), "a fortnight on Friday" (two weeks after this Friday),
 * "next week Monday" (the Monday of next week, as
 * Nigerian and Indian English say it): a weekday moved a week on, or placed in the week named before it.
 */
function weekdaysAWeekOn(text: string, clock: Clock, found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const [k, d] of found.entries()) {
    const said = text.slice(d.index, d.end);
    const next = found[k + 1];
    // "move Friday's booking to next week Friday": chrono may take "Friday to next week" for a range.
    if (/^(?:to\s+)?next week$/i.test(said.trim()) && next && WEEKDAY_FIRST.test(text.slice(next.index, next.end)) && /^\s*$/.test(text.slice(d.end, next.index)) && next.date) {
      const monday = addDays(startOfWeek(clock.today), 7);
      out.push({ ...next, index: d.index, date: addDays(monday, weekdayOf(next.date) - 1), rangeEnd: undefined });
      found.splice(k + 1, 1);
      continue;
    }
    // "the week after next, Tuesday around 7pm", "Tuesday the week after next": chrono hears "the week after" (a week
    // on) and the weekday alone; the weekday belongs to the week two on, whose Monday stands for it when none is said.
    const afterNext = /^(?:the\s+)?week after$/i.test(said.trim()) ? /^\s*next\b/i.exec(text.slice(d.end)) : null;
    if (afterNext) {
      const monday = addDays(startOfWeek(clock.today), 14);
      const gap = text.slice(d.end + afterNext[0].length, next?.index);
      if (next?.date && WEEKDAY_FIRST.test(text.slice(next.index, next.end)) && /^[\s,]*(?:on\s*)?$/i.test(gap)) {
        out.push({ ...next, index: d.index, date: addDays(monday, weekdayOf(next.date) - 1), rangeEnd: undefined });
        found.splice(k + 1, 1);
      } else out.push({ ...d, end: d.end + afterNext[0].length, date: monday, rangeEnd: undefined });
      continue;
    }
    const weekAfterNext = next && /^(?:the\s+)?week after$/i.test(text.slice(next.index, next.end).trim()) ? /^\s*next\b/i.exec(text.slice(next.end)) : null;
    if (weekAfterNext && d.date && WEEKDAY_FIRST.test(said) && next && /^\s*(?:of\s+)?$/i.test(text.slice(d.end, next.index))) {
      out.push({ ...d, end: next.end + weekAfterNext[0].length, date: addDays(addDays(startOfWeek(clock.today), 14), weekdayOf(d.date) - 1), rangeEnd: undefined });
      found.splice(k + 1, 1);
      continue;
    }
    // "a fortnight on Friday", "a week on Tuesday": that weekday, then a fortnight or a week after it.
    const aheadOf = WEEKDAY_ONLY.test(said) && d.date && /\b(?:a|one) (week|fortnight)(?: (?:on|from))?\s+$/i.exec(text.slice(Math.max(0, d.index - 24), d.index));
    if (aheadOf && d.date) {
      out.push({ ...d, index: d.index - aheadOf[0].length, date: addDays(d.date, aheadOf[1]?.toLowerCase() === "fortnight" ? 14 : 7) });
      continue;
    }
    const weekOn = WEEKDAY_ONLY.test(said) && d.date && /^\s+week\b/i.exec(text.slice(d.end));
    out.push(weekOn && d.date ? { ...d, end: d.end + weekOn[0].length, date: addDays(d.date, 7) } : d);
  }
  return out;
}

/** A weekday, with or without its time after it: "Friday", "Friday 8pm". */
const WEEKDAY_FIRST = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|s)?\.?(?![a-z])/i;
const WEEKDAY_ONLY = /^(?:on\s+)?(?:this\s+|next\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|s)?\.?$/i;

/**
 * "Saturday the 1st", "Fri 14th": a weekday said beside a day of the month names that same day; the day of the
 * month is the surer of the two (the weekday alone would resolve to the nearest one), so the weekday is dropped.
 */
function dropWeekdayBesideDay(text: string, mentions: DateMention[]): DateMention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next?.date || !m.date || m.time || !WEEKDAY_ONLY.test(text.slice(m.index, m.end).replace(/[\s,]+$/, "").trim())) return true;
    return !/^[\s,]*(?:the\s+)?$/i.test(text.slice(m.end, next.index)) || !/^\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i.test(text.slice(next.index));
  });
}

const compareMd = (a: LocalDate, b: LocalDate) => a.m - b.m || a.d - b.d;

/** Where the first half of a chrono range ends ("Dec 10 to Dec 13" → after "Dec 10"). */
function textBeforeRange(s: string): number {
  // "2027-02-01 to 2027-02-14": the dashes inside a written-out date join no range.
  const plain = s.replace(/\b\d{4}-\d{1,2}-\d{1,2}\b/g, (iso) => iso.replace(/-/g, "/"));
  const m = /\s*(?:to|through|thru|until|till|-|–|—|~)\s*/i.exec(plain.slice(1));
  return m ? m.index + 1 : s.length;
}

/** "15th to 18th", "from 3rd-5th": two bare days of the month as a range, the second its end. */
const BARE_ORDINAL_DAY = /\b(?:to|on|from|for|check[- ]?in|check[- ]?out|arriving|leaving|currently|originally|instead of)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.!?;)]|at\b|pls\b|please\b|instead\b|and\b|then\b|check\b|(?:this|next)\s+month\b|\d))/gi;
// "between the 3rd and 12th" is a range too; "the 2nd to the 9th of this month" is placed in its month later (daysOfNamedMonth).
const ORDINAL_RANGE = /\b(?:(between)\s+)?(?:from\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*(to|-|–|till|until|thru|through|and)\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b(?!\s+(?:this|last|next|the)\s+month))/gi;
/** "7.30pm", "at 8.15", "to 7.30": a time written with a dot, as British and Australian chat often does. */
const DOTTED_TIME = /\b(?:(?:at|to|by|from|around|about|till|until|for)\s+)?(\d{1,2})\.([0-5]\d)\s*(am|pm|a\.m\.|p\.m\.)?(?![\d.%]|\s*(?:k\b|m\b|dollars?|bucks|usd|aud|gbp|sgd|each|per|kg|km|mi)\b)/gi;
/** "thursday 5th", "Fri, 14th": a bare ordinal right after a weekday is a day of the month. */
const ORDINAL_AFTER_WEEKDAY = /(?<=\b(mon|tue|wed|thu|fri|sat|sun)(?:s|r|rs|nes|ur)?(?:day)?\.?,?\s+)(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/gi;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ORDINAL_DAY = /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|floor|place|time|row|anniversary|birthday)\b)/gi;
const END_OF_MONTH = /\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(next\s+|this\s+)?month\b/gi;
const WEEKEND = /\b(this|next)?\s*weekend\b/gi;
const MEAL_OR_DAY_BEFORE = /\b(?:breakfast|brunch|lunch|dinner|tonight|tomorrow|night|evening|morning|afternoon|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s*$/i;
const BARE_AT = /\bat\s+(\d{1,2})(?::(\d{2}))?(?!\s*(?:am|pm|a\.m|p\.m|[:\d]))\b/gi;
/** "around 8", "about 7:30ish": a rough time, only where no count follows ("about 20 people" is not a time). */
const AROUND = /\b(?:around|about|abt|approx\.?|roughly)\s+(\d{1,2})(?::(\d{2}))?(?:\s*ish)?(?=\s*(?:$|[,;!?)]|\.(?!\d)|tonight|tomorrow|this|on\b|o'?clock))/gi;

/** "2 ppl fri 8", "sat 7:30, 4 pax": a bare hour right after a weekday, ending the phrase. */
const WEEKDAY_HOUR = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?\s+(\d{1,2})(?::(\d{2}))?(?=\s*(?:$|[,;!?)]|\.(?!\d)))/gi;
const WEEKDAY_NUMBER: Record<string, number> = { mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7 };
/** "in a fortnight", "a fortnight from now", "a fortnight today": two weeks on. */
const WEEKDAY_AFTER_NEXT = /\b(?:the\s+)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\s+after\s+next\b/gi;
const FORTNIGHT = /\b(?:in\s+(?:a|one)\s+fortnight|(?:a|one)\s+fortnight\s+(?:from\s+(?:now|today)|later|time|today)|in\s+(?:a\s+)?fortnight'?s\s+time)\b/gi;
/** "revert by 20th", "on 3rd", "balikan ko sa 30th": a bare ordinal after by or on (Tagalog sa) is a day of the month ("till 6th" is how long, not when). */
const ORDINAL_AFTER_POINTER = /\b(?:by|on|sa)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|floor|place|time|row|anniversary|birthday)\b)/gi;
const HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** "at seven thirty in the evening", "at eight o'clock": a time said in words. */
const TIME_IN_WORDS = new RegExp(`\\bat\\s+(${HOUR_WORDS.join("|")})(?:[\\s-]+(o'?clock|fifteen|thirty|forty[\\s-]five|half))?(?:\\s*(am|pm)\\b)?`, "gi");
/** "bump dinner to 8 instead of 7": the new hour said against the old. */
const TO_INSTEAD_OF = /\bto\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s+instead\s+of\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b/gi;

/** "quote by EOW", "by end of the week", "EOD", "COB", "EOM": the end of this day, working week or month. */
const END_OF = /\b(?:EOD|COB|EOW|EOM|end of (?:the |this )?(?:day|week|month))\b/gi;
const compareYmd = (a: LocalDate, b: LocalDate) => a.y - b.y || a.m - b.m || a.d - b.d;

/**
 * Parts of a month, a quarter or a week that chrono reads loosely: "early next month" and "the first of next
 * month" (its 1st), "mid-month" (the 15th, next month's once past it), "next quarter" and "the start of next
 * quarter" (its first day), "end of next week" (its Friday, the working week's end).
 */
const PERIOD_PARTS: Array<[RegExp, (today: LocalDate) => LocalDate]> = [
  [/\b(?:early|(?:at |by )?the (?:start|beginning) of|(?:on )?the (?:1st|first) of)\s+next month\b/gi, (t) => addMonths({ ...t, d: 1 }, 1)],
  [/\bmid[- ]?next[- ]month\b|\b(?:the )?middle of next month\b/gi, (t) => addMonths({ ...t, d: 15 }, 1)],
  [/\bmid[- ]month\b|\b(?:the )?middle of (?:the|this) month\b/gi, (t) => (t.d > 15 ? addMonths({ ...t, d: 15 }, 1) : { ...t, d: 15 })],
  [/\b(?:(?:at |by )?the (?:start|beginning) of |early )?next quarter\b/gi, (t) => addMonths({ ...t, d: 1 }, 3 - ((t.m - 1) % 3))],
  [/\b(?:by |at )?(?:the )?end of next week\b/gi, (t) => addDays(startOfWeek(t), 11)],
];

function partsOfPeriods(text: string, clock: Clock): DateMention[] {
  return PERIOD_PARTS.flatMap(([re, day]) => [...text.matchAll(re)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: day(clock.today) })));
}

/** The same weekday, in the weeks before today. */
function goneBy(day: LocalDate, today: LocalDate): LocalDate {
  let d = day;
  while (compareYmd(d, today) >= 0) d = addDays(d, -7);
  return d;
}

/** Holidays people book around, each the next time it comes round (Thanksgiving: the fourth Thursday of November). */
const HOLIDAYS_EN: Array<[RegExp, (y: number) => LocalDate]> = [
  [/\b(?:the )?(?:friday|day) after thanksgiving\b|\bblack friday\b/gi, (y) => addDays(nthWeekday(y, 11, 4, 4), 1)],
  [/\bthanksgiving\b/gi, (y) => nthWeekday(y, 11, 4, 4)],
  [/\bgood friday\b/gi, (y) => addDays(easterSunday(y), -2)],
  [/\beaster monday\b/gi, (y) => addDays(easterSunday(y), 1)],
  [/\beaster(?: sunday| day)?\b(?!\s+(?:weekend|break|holidays?|monday))/gi, easterSunday],
  [/\bmother'?s day\b/gi, (y) => nthWeekday(y, 5, 2, 7)],
  [/\bfather'?s day\b/gi, (y) => nthWeekday(y, 6, 3, 7)],
  [/\bboxing day\b/gi, (y) => ({ y, m: 12, d: 26 })],
  [/\bchristmas eve\b|\bxmas eve\b/gi, (y) => ({ y, m: 12, d: 24 })],
  [/\bnew year'?s eve\b/gi, (y) => ({ y, m: 12, d: 31 })],
  [/\bNYE\b/g, (y) => ({ y, m: 12, d: 31 })],
  [/\b(?:christmas|xmas)(?: day)?\b(?!\s+eve)/gi, (y) => ({ y, m: 12, d: 25 })],
  [/\bnew year'?s day\b/gi, (y) => ({ y, m: 1, d: 1 })],
  [/\bvalentine'?s(?: day)?\b/gi, (y) => ({ y, m: 2, d: 14 })],
  [/\bhalloween\b/gi, (y) => ({ y, m: 10, d: 31 })],
];

/** Easter Sunday of the Gregorian calendar (the anonymous computus). */
function easterSunday(y: number): LocalDate {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

function holiday(make: (y: number) => LocalDate, clock: Clock): LocalDate {
  const thisYear = make(clock.today.y);
  const passed = thisYear.m < clock.today.m || (thisYear.m === clock.today.m && thisYear.d < clock.today.d);
  return passed ? make(clock.today.y + 1) : thisYear;
}

/**
 * "the 3rd of next month", "the 20th of this month": chrono hears only the month, its first day or a month
 * from today; "follow up on 20 this month" says the day without its ordinal. "check in 2nd check out 5th next
 * month", "from 1st to 15th this month": the month said after a
 * list of days is the month of each of them.
 */
const DAY_OF_NAMED_MONTH = /\b(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)|(?<=\bon\s+)(\d{1,2}))\s+(?:of\s+)?(this|next|last)\s+month\b/gi;
const ORDINAL_OF_LIST = /(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th)\b/;
function daysOfNamedMonth(text: string, clock: Clock, out: DateMention[]): void {
  for (const m of text.matchAll(DAY_OF_NAMED_MONTH)) {
    const base = addMonths({ ...clock.today, d: 1 }, /next/i.test(m[3] as string) ? 1 : /last/i.test(m[3] as string) ? -1 : 0);
    const d = Number(m[1] ?? m[2]);
    if (d < 1 || d > daysInMonth(base.y, base.m)) continue;
    const index = m.index ?? 0, end = index + m[0].length;
    // "from 1st to 15th this month": the day replaced may have ended a range.
    let rangeEnd: boolean | undefined;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k] as DateMention;
      if (!(o.index < end && index < o.end)) continue;
      rangeEnd ||= o.rangeEnd;
      out.splice(k, 1);
    }
    out.push({ index, end, date: { ...base, d }, rangeEnd });
    // The days listed before it in the same clause, with nothing but words between: the same month.
    const clause = text.slice(0, index);
    const start = Math.max(clause.search(/[^.;!?\n—–]*$/), 0);
    for (const x of out) {
      if (x.index < start || x.end > index || !x.date) continue;
      const day = ORDINAL_OF_LIST.exec(text.slice(x.index, x.end));
      const n = day ? Number(day[1]) : 0;
      if (n >= 1 && n <= daysInMonth(base.y, base.m) && !/,/.test(text.slice(x.end, index))) x.date = { ...base, d: n };
    }
  }
  out.sort((a, b) => a.index - b.index);
}

const HOLIDAY_AS_ADJECTIVE = /^(?:'s)?\s+(?:packages?|deals?|offers?|promotions?|pricing|flyers?|function|party|parties|menus?|set menus?|bundles?|baskets?|box(?:es)?|season|rush|collection|edition|theme[ds]?|event|hampers?|gifts?|orders?|promo|sale|special|bonus|card|cards|decorations?|tree|catalogue|range|stock|campaign)\b/i;
function extraMentions(text: string, clock: Clock, have: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const free = (i: number, e: number) => !have.some((h) => i < h.end && h.index < e) && !out.some((h) => i < h.end && h.index < e);
  for (const m of text.matchAll(END_OF)) {
    const i = m.index ?? 0;
    if (!free(i, i + m[0].length)) continue;
    const said = m[0].toLowerCase();
    // The working week ends on Friday (Saturday and Sunday already past it); the month on its last day.
    const friday = addDays(startOfWeek(clock.today), 4);
    const date = /w/.test(said) ? (compareYmd(friday, clock.today) >= 0 ? friday : clock.today) : /m/.test(said) ? { ...clock.today, d: daysInMonth(clock.today.y, clock.today.m) } : clock.today;
    out.push({ index: i, end: i + m[0].length, date });
  }
  for (const [re, make] of HOLIDAYS_EN) {
    for (const m of text.matchAll(re)) {
      const i = m.index ?? 0;
      // "a Xmas function for 80", "the Christmas menus": the holiday names an event or a thing, not a day.
      if (HOLIDAY_AS_ADJECTIVE.test(text.slice(i + m[0].length))) continue;
      // "Easter Sunday", "the Friday after Thanksgiving": the weekday chrono read inside the holiday is the holiday's.
      if (/\b(?:sunday|monday|friday)\b/i.test(m[0])) for (let k = have.length - 1; k >= 0; k--) if (i <= (have[k] as DateMention).index && (have[k] as DateMention).end <= i + m[0].length) have.splice(k, 1);
      if (free(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, date: holiday(make, clock), holiday: true });
    }
  }
  for (const m of text.matchAll(ORDINAL_RANGE)) {
    if (/^and$/i.test(m[3] as string) && !m[1]) continue;
    const first = nextDayOfMonth(clock.today, Number(m[2]));
    if (!first) continue;
    const second = Number(m[4]);
    // The end takes the start's month, or the next when it is the smaller day ("28th to 2nd").
    const base = second > first.d ? first : addMonths({ ...first, d: 1 }, 1);
    if (second < 1 || second > daysInMonth(base.y, base.m)) continue;
    const i = m.index ?? 0;
    const cut = i + m[0].search(/\s*(?:to|-|–|till|until|thru|through|and)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/i);
    if (!free(i, i + m[0].length)) continue;
    out.push({ index: i, end: cut, date: first });
    out.push({ index: cut + 1, end: i + m[0].length, date: { ...base, d: second }, rangeEnd: true });
  }
  for (const m of text.matchAll(DOTTED_TIME)) {
    const h = Number(m[1]), min = Number(m[2]);
    // Only with a pointer word, am/pm or a meal or day said just before ("sunday lunch 12.30"): "7.30" alone may be a price.
    const pointed = /^(?:at|to|by|from|around|about|till|until|for)\s/i.test(m[0]) || MEAL_OR_DAY_BEFORE.test(text.slice(0, m.index));
    if (h > 23 || (!m[3] && !pointed)) continue;
    const i = (m.index ?? 0) + m[0].search(/\d/);
    const e = (m.index ?? 0) + m[0].length;
    if (!free(i, e)) continue;
    const pm = m[3] ? /^p/i.test(m[3]) : undefined;
    const hour = pm === undefined ? h : pm ? (h % 12) + 12 : h % 12;
    out.push({ index: i, end: e, time: { h: hour, min }, part: partNear(text, i, e), meridiemKnown: pm !== undefined || h > 12 || h === 0 });
  }
  for (const m of text.matchAll(ORDINAL_AFTER_WEEKDAY)) {
    // The next month whose day N is that weekday ("thursday 5th" said in October is 5 November).
    const want = WEEKDAYS.indexOf((m[1] as string).toLowerCase()) + 1;
    let date = nextDayOfMonth(clock.today, Number(m[2]));
    for (let k = 0; date && k < 3 && weekdayOf(date) !== want; k++) date = nextDayOfMonth(addDays({ ...date, d: 1 }, daysInMonth(date.y, date.m)), Number(m[2]));
    if (date && weekdayOf(date) !== want) date = nextDayOfMonth(clock.today, Number(m[2]));
    const i = m.index ?? 0;
    if (date && free(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, date });
  }
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const date = nextDayOfMonth(clock.today, Number(m[1]));
    const i = m.index ?? 0;
    if (date && free(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, date });
  }
  for (const m of text.matchAll(END_OF_MONTH)) {
    const base = addMonths({ ...clock.today, d: 1 }, /next/i.test(m[1] ?? "") ? 1 : 0);
    const i = m.index ?? 0;
    if (free(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, date: { ...base, d: daysInMonth(base.y, base.m) } });
  }
  for (const m of text.matchAll(WEEKEND)) {
    const i = m.index ?? 0;
    if (!free(i, i + m[0].length)) continue;
    const wd = ((new Date(Date.UTC(clock.today.y, clock.today.m - 1, clock.today.d)).getUTCDay() + 6) % 7) + 1;
    let date = addDays(clock.today, (6 - wd + 7) % 7);
    if (/next/i.test(m[1] ?? "")) date = addDays(date, 7);
    out.push({ index: i, end: i + m[0].length, date });
  }
  // "the Monday after next": the weekday a week after the coming one.
  for (const m of text.matchAll(WEEKDAY_AFTER_NEXT)) {
    const i = m.index ?? 0, e = i + m[0].length;
    for (let k = have.length - 1; k >= 0; k--) if ((have[k] as DateMention).index >= i && (have[k] as DateMention).end <= e) have.splice(k, 1);
    const wd = WEEKDAY_NUMBER[(m[1] as string).toLowerCase()] as number;
    const today = ((new Date(Date.UTC(clock.today.y, clock.today.m - 1, clock.today.d)).getUTCDay() + 6) % 7) + 1;
    if (free(i, e)) out.push({ index: i, end: e, date: addDays(clock.today, ((wd - today + 7) % 7 || 7) + 7) });
  }
  for (const m of text.matchAll(FORTNIGHT)) {
    const i = m.index ?? 0, e = i + m[0].length;
    // "a fortnight today": chrono hears only "today".
    for (let k = have.length - 1; k >= 0; k--) if ((have[k] as DateMention).index >= i && (have[k] as DateMention).end <= e) have.splice(k, 1);
    if (free(i, e)) out.push({ index: i, end: e, date: addDays(clock.today, 14) });
  }
  for (const m of text.matchAll(ORDINAL_AFTER_POINTER)) {
    const date = nextDayOfMonth(clock.today, Number(m[1]));
    const i = m.index ?? 0;
    if (date && free(i, i + m[0].length)) out.push({ index: i, end: i + m[0].length, date });
  }
  for (const m of [...text.matchAll(TIME_IN_WORDS), ...text.matchAll(TO_INSTEAD_OF)]) {
    const i = m.index ?? 0;
    const e = i + m[0].length;
    if (!free(i, e)) continue;
    const words = HOUR_WORDS.indexOf((m[1] as string).toLowerCase()) + 1;
    const h = words || Number(m[1]);
    const min = /thirty|half/i.test(m[2] ?? "") ? 30 : /fifteen/i.test(m[2] ?? "") ? 15 : /forty/i.test(m[2] ?? "") ? 45 : words ? 0 : Number(m[2] ?? 0);
    const pm = m[3] ? /^p/i.test(m[3]) : undefined;
    if (h > 23 || min > 59) continue;
    out.push({ index: i, end: e, time: { h: pm === undefined ? h : pm ? (h % 12) + 12 : h % 12, min }, part: partNear(text, i, e), meridiemKnown: pm !== undefined || h > 12 });
  }
  // "at 8" that chrono skipped (it wants a date first in some phrasings).
  // "2 ppl fri 8", "3 ppl sat 7": the coming weekday at that hour ("sat" alone chrono leaves, as in "I sat down").
  for (const m of text.matchAll(WEEKDAY_HOUR)) {
    const i = m.index ?? 0, e = i + m[0].length;
    const h = Number(m[2]), min = Number(m[3] ?? 0);
    if (h > 23 || min > 59) continue;
    const time = { h, min };
    const hourAt = e - m[0].length + m[0].lastIndexOf(m[2] as string);
    const day = have.find((d) => d.index <= i && i < d.end && d.date && !d.time);
    if (day) {
      day.time = time;
      day.end = Math.max(day.end, e);
      day.meridiemKnown = h > 12 || h === 0;
      continue;
    }
    if (!free(i, e)) continue;
    const want = WEEKDAY_NUMBER[(m[1] as string).toLowerCase()] as number;
    const date = addDays(clock.today, (want - weekdayOf(clock.today) + 7) % 7);
    out.push({ index: i, end: e, date, time, part: partNear(text, hourAt, e), meridiemKnown: h > 12 || h === 0 });
  }
  for (const m of [...text.matchAll(BARE_AT), ...text.matchAll(AROUND)]) {
    const i = m.index ?? 0;
    const h = Number(m[1]), min = Number(m[2] ?? 0);
    if (h > 23 || min > 59 || !free(i, i + m[0].length)) continue;
    out.push({ index: i, end: i + m[0].length, time: { h, min }, part: partNear(text, i, i + m[0].length), meridiemKnown: h > 12 || h === 0 });
  }
  // "change checkin to 21st, checkout 24th": a day of the month alone, when nothing counted follows it ("3rd floor").
  for (const m of text.matchAll(BARE_ORDINAL_DAY)) {
    // "on 21st" is said from its preposition, like chrono's "on the 21st"; "checkout 24th" from the day.
    const i = (m.index ?? 0) + (/^(?:to|on|from|for)\b/i.test(m[0]) ? 0 : m[0].indexOf(m[1] as string));
    const e = (m.index ?? 0) + m[0].length;
    const date = nextDayOfMonth(clock.today, Number(m[1]));
    if (date && free(i, e)) out.push({ index: i, end: e, date });
  }
  return out;
}
