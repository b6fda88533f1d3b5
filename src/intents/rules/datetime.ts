/**
 * Dates in a message, resolved: Chinese and English mentions merged, each time joined to the date it
 * belongs to ("明天下午三点", "Saturday at 6pm"), a lone time put on today.
 */
import {
  addDays, applyDayPart, clockAt, weekdayOf, compareDates, formatDate, formatDateTime,
  type Clock, type DateMention, type LocalDate, type LocalTime,
} from "./calendar.ts";
import { findEnDateMentions } from "./datetime-en.ts";
import { dropOverlaps, findZhDateMentions } from "./datetime-zh.ts";

/** A resolved date (and maybe time) with where it was said. */
export type ResolvedDate = {
  index: number;
  end: number;
  date: LocalDate;
  time?: LocalTime;
  rangeEnd?: boolean;
  vague?: boolean;
  /** false when am/pm was guessed ("at 7"), so a caller that knows the context (dinner) may move it */
  meridiemKnown?: boolean;
  /** true when the message gave only a time and the date is today's by assumption */
  assumedDate?: boolean;
};

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
export const formatResolved = (r: ResolvedDate): string => (r.time ? formatDateTime(r.date, r.time) : formatDate(r.date));

/** Finds and resolves every date and time in `text` against `now` in `tz`. */
export function resolveDates(text: string, now: Date, tz: string): ResolvedDate[] {
  return resolveWithClock(text, clockAt(now, tz));
}

export function resolveWithClock(text: string, clock: Clock): ResolvedDate[] {
  const mentions = dropOverlaps([...findZhDateMentions(text, clock), ...findEnDateMentions(text, clock)]);
  const out: ResolvedDate[] = [];
  const used = new Set<DateMention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention;
    if (used.has(m) || !m.date) continue;
    const r: ResolvedDate = { index: m.index, end: m.end, date: m.date, rangeEnd: m.rangeEnd, vague: m.vague };
    let part = m.part;
    let time = m.time;
    let meridiemKnown = m.meridiemKnown;
    // Join the following time (and a part-of-day word) when only spaces, commas or 的/at/on sit between.
    for (let j = i + 1; j < mentions.length && j <= i + 2; j++) {
      const n = mentions[j] as DateMention;
      if (n.date || used.has(n)) break;
      const gap = text.slice((mentions[j - 1] as DateMention).end, n.index);
      // "answer him tomorrow until 12:00": a deadline's hour, said right after the day; after a start ("from 7 until 10") it ends a span.
      const deadline = j === i + 1 && /^\s+(?:until|till|before)\s+$/i.test(gap);
      if (!deadline && !/^[\s,，、的]*(?:at|@|by|around|about|from)?[\s,，]*$/i.test(gap)) break;
      used.add(n);
      r.end = n.end;
      if (n.part) part = n.part;
      if (n.time) {
        time = n.time;
        meridiemKnown = n.meridiemKnown;
      }
    }
    if (time) {
      r.time = { h: meridiemKnown ? time.h : applyDayPart(time.h, part), min: time.min };
      r.meridiemKnown = Boolean(meridiemKnown || part);
    }
    out.push(r);
  }
  // A time with no date ("at 7:30pm", "晚上8点") is taken as today's; callers see `assumedDate`.
  for (const m of mentions) {
    if (m.date || used.has(m) || !m.time) continue;
    const h = m.meridiemKnown ? m.time.h : applyDayPart(m.time.h, m.part);
    out.push({ index: m.index, end: m.end, date: clock.today, time: { h, min: m.time.min }, assumedDate: true, meridiemKnown: Boolean(m.meridiemKnown || m.part) });
  }
  return nextDayOfDateSaid(text, dropWeekendBesideItsDay(text, timeBeforeItsDay(text, shiftedByDaysSaid(text, dropCorrected(text, dropHolidayBesideDate(text, dropNamedTwice(text, out.sort((a, b) => a.index - b.index)), mentions))))));
}

/** "at 3pm on the 25th": an hour said before its day belongs to that day. */
function timeBeforeItsDay(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (let k = 0; k < dates.length; k++) {
    const hour = dates[k] as ResolvedDate;
    const day = dates[k + 1];
    if (hour.assumedDate && hour.time && day && !day.time && !day.rangeEnd && /^\s*(?:on\s+)?$/i.test(text.slice(hour.end, day.index))) {
      out.push({ ...day, index: hour.index, time: hour.time, meridiemKnown: hour.meridiemKnown });
      k++;
      continue;
    }
    out.push(hour);
  }
  return out;
}

const DAY_MS = 86_400_000;
/** "meeting up this weekend, a table on Friday night": the day named says which day of the weekend. */
function dropWeekendBesideItsDay(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const isWeekend = (d: ResolvedDate) => /weekend|周末|週末/i.test(text.slice(d.index, d.end));
  return dates.filter((d) => !isWeekend(d) || !dates.some((o) => o !== d && !isWeekend(o) && !o.assumedDate && Math.abs(compareDates(o.date, d.date)) <= DAY_MS));
}

/** "booked from 11 February, but we won't get in until the next day": the day after the date said, not tomorrow. */
function nextDayOfDateSaid(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  return dates.map((d, k) => {
    const earlier = dates.slice(0, k).filter((o) => !o.assumedDate && !o.vague).pop();
    if (!earlier || !/^(?:the\s+)?(?:next|following)\s+day$|^the day after$/i.test(text.slice(d.index, d.end).trim())) return d;
    return { ...d, date: addDays(earlier.date, 1) };
  });
}

const COUNT_WORDS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 十: 10, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
const countOf = (said: string) => COUNT_WORDS[said.toLowerCase()] ?? Number(said);
/** "元旦前一天", "中秋节前三天", "周五后两天": days counted from a day just said. */
const DAYS_FROM_IT = /^\s*(?:的)?(之?前|以前|之?后|以后)\s*([一两二三四五六七十]|\d{1,2})\s*天/;
/** "the day before Christmas", "3 days before the 20th", "two days after Friday": days counted to a day said next. */
const DAYS_TO_IT = /\b(?:the\s+day|(a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+days?)\s+(before|after|prior to)\s+(?:the\s+)?$/i;

function shiftedByDaysSaid(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const out = [...dates];
  const swallowed = new Set<ResolvedDate>();
  for (let k = 0; k < out.length; k++) {
    const d = out[k] as ResolvedDate;
    const after = DAYS_FROM_IT.exec(text.slice(d.end));
    const before = after ? null : DAYS_TO_IT.exec(text.slice(Math.max(0, d.index - 30), d.index));
    if (!after && !before) continue;
    const n = after ? countOf(after[2] as string) : before?.[1] ? countOf(before[1]) : 1;
    const back = after ? /前/.test(after[1] as string) : !/after/i.test(before?.[2] as string);
    if (!n) continue;
    const start = before ? d.index - (before[0].length) : d.index;
    out[k] = { ...d, index: start, end: after ? d.end + after[0].length : d.end, date: addDays(d.date, back ? -n : n) };
    // "the day before" read on its own as yesterday belongs to the day it counts from.
    for (const o of dates) if (o !== d && o.index >= start && o.end <= d.index) swallowed.add(o);
  }
  return out.filter((o) => !swallowed.has(o));
}

/** What sits between a slip and its correction: "三点 不对 四点", "thursday, no wait, friday". */
const CORRECTION = /^[\s,，、.。]*(?:[^\s,，、.。!?！？]{1,6}\s+)?(?:不对|不是|哦不|噢不|啊不|说错了|错了|更正|no wait|no,? sorry|sorry,? i mean|i mean|actually|scratch that|make that)[\s,，、.。:：]*$/i;
/** A correction that names only a weekday ("下周六 不是 周日"): the day in the slip's week, not the next one. */
const BARE_WEEKDAY = /^(?:周|星期|礼拜|禮拜)([一二三四五六日天])(?![一二三四五六日天])|^(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const ZH_WEEKDAYS = "一二三四五六";
const EN_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function weekdayNamed(said: string): number | undefined {
  const m = BARE_WEEKDAY.exec(said.trimStart());
  if (!m) return undefined;
  if (m[1]) return ZH_WEEKDAYS.indexOf(m[1]) + 1 || 7;
  return EN_WEEKDAYS.indexOf((m[2] as string).slice(0, 3).toLowerCase()) + 1;
}

/**
 * "明天下午三点 不对 四点", "call her thursday, no wait, friday": a date or time corrected is replaced by the
 * correction, which keeps the day of the slip when it gives only a time.
 */
function dropCorrected(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const d of dates) {
    const slip = out[out.length - 1];
    if (slip && CORRECTION.test(text.slice(slip.end, d.index))) {
      out.pop();
      const weekday = weekdayNamed(text.slice(d.index, d.end));
      if (weekday) out.push({ ...d, date: addDays(slip.date, weekday - weekdayOf(slip.date)) });
      else out.push(d.assumedDate && !slip.assumedDate ? { ...d, date: slip.date, assumedDate: false } : d);
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * "christmas eve dinner 24 dec 7.30pm", "跨年夜 明晚9点": a day named twice side by side (a holiday, then its date
 * with the time) is one day; the mention without the time gives way to the one with it.
 */
/**
 * "国庆10月2号入住", "元旦后 1月4号回个电话", "跨年订个房 明天入住 后天退房": a holiday said with a date of its
 * own is the season or the occasion; the date said in numbers, or as a day from today, is the day meant. A
 * holiday naming a booking ("move our Christmas Eve booking to the 26th") is that booking's day.
 */
function dropHolidayBesideDate(text: string, dates: ResolvedDate[], mentions: DateMention[]): ResolvedDate[] {
  // "我订的中秋那晚的房间，能改成16号": a holiday that names a booking stays, whatever new days are said.
  const namesABooking = (m: DateMention) => /^\s*(?:那晚|那天|当天)?的?\s*(?:房间?|预订|订位|订单|包间|桌|位子|booking|reservation|table|room|dinner|lunch)/i.test(text.slice(m.end));
  const sameDaySaid = (m: DateMention) => dates.some((d) => d.index !== m.index && m.date && compareDates(d.date, m.date) === 0);
  // "今天拜访了刘经理…中秋节前一天再去送货样": a holiday that a next step is tied to, or a day counted from it, is meant.
  const stepTied = (m: DateMention) => /^\s*(?:(?:之)?[前后]\s*[一两二三四五六七十\d]\s*天\s*)?(?:再|联系|回访|跟进|提醒|去|见|约)|^\s*[前后]\s*[一两二三四五六七十\d]\s*天/.test(text.slice(m.end));
  const holidays = new Set(mentions.filter((m) => m.holiday && !stepTied(m) && (!namesABooking(m) || sameDaySaid(m))).map((m) => m.index));
  if (!holidays.size) return dates;
  const saidInNumbers = dates.some((d) => !holidays.has(d.index) && !d.assumedDate && !d.rangeEnd && /\d|今天|明天|后天|今晚|明晚|\btoday\b|\btomorrow\b|\btonight\b/i.test(text.slice(d.index, d.end)));
  return saidInNumbers ? dates.filter((d) => !holidays.has(d.index)) : dates;
}

function dropNamedTwice(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    if (!next || d.time || !next.time || d.rangeEnd || next.rangeEnd || next.assumedDate || compareDates(d.date, next.date) !== 0) return true;
    return !/^[\s,，、的]*(?:[a-z]+|[\u4e00-\u9fff]{1,2})?[\s,，、]*$/i.test(text.slice(d.end, next.index));
  });
}

