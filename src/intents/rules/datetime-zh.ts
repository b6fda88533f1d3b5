/**
 * Chinese date and time phrases: 今天/明早/今晚, 周三/下周三/这周五/下下周一, 12月3号/12/3/3号/下个月5号/月底,
 * 三天后/两周后/一个月后, 下午三点/晚上7点半/中午12点/7:30/八点一刻/差五分八点/后儿, and ranges (12月10号到13号).
 * Finds mentions only; `datetime.ts` joins times to dates.
 */
import {
  addDays, addMonths, applyDayPart, compareDates, daysInMonth, isValidDate, nextDayOfMonth, nextMonthDay, nthWeekday, readsDayFirst, startOfWeek, weekdayOf,
  type Clock, type DateMention, type DayPart, type LocalDate,
} from "./calendar.ts";
import { ZH_NUM_CHARS, parseZhNumber } from "./numbers.ts";
import { LUNAR_HOLIDAY_NAMES, nextLunarHoliday, nextNewYearDay } from "./lunar.ts";

const N = `[\\d${ZH_NUM_CHARS}]{1,4}`;
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7 };

const PARTS: Array<[RegExp, DayPart]> = [
  [/凌晨|半夜|深夜/, "early"],
  [/早上|早晨|清晨|上午|早/, "morning"],
  [/中午|午饭|午餐/, "noon"],
  [/下午|午后/, "afternoon"],
  [/傍晚|晚上|晚间|夜里|夜晚|晚饭|晚餐|今晚|明晚|昨晚|今夜|晚/, "evening"],
];
const partOf = (s: string | undefined): DayPart | undefined => (s ? PARTS.find(([re]) => re.test(s))?.[1] : undefined);

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseZhNumber(s));

type Scan = (m: RegExpExecArray, clock: Clock) => Omit<DateMention, "index" | "end"> | undefined;

const RELATIVE_DAYS: Record<string, [number, DayPart?]> = {
  大前天: [-3], 前天: [-2], 昨天: [-1], 昨日: [-1], 昨晚: [-1, "evening"], 昨儿: [-1],
  今天: [0], 今日: [0], 今儿: [0], 今早: [0, "morning"], 今晨: [0, "morning"], 今晚: [0, "evening"], 今夜: [0, "evening"],
  明天: [1], 明日: [1], 明儿: [1], 明早: [1, "morning"], 明晨: [1, "morning"], 明晚: [1, "evening"],
  后天: [2], 后儿: [2], 后日: [2], 大后天: [3], 大后儿: [3],
};

/** Shifts a week by 这/本 (0), 下 (1), 下下 (2), 上 (-1). */
function weekShift(prefix: string | undefined): number | undefined {
  if (!prefix) return undefined;
  if (/^下下/.test(prefix)) return 2;
  if (/^下/.test(prefix)) return 1;
  if (/^上上/.test(prefix)) return -2;
  if (/^上/.test(prefix)) return -1;
  return 0;
}

function monthShift(prefix: string | undefined): number {
  if (!prefix) return 0;
  if (/^下下/.test(prefix)) return 2;
  if (/^下/.test(prefix)) return 1;
  if (/^上/.test(prefix)) return -1;
  return 0;
}

/** Fixed-date holidays and shopping festivals people book and sell around (双11): the next time each comes round. */
const HOLIDAYS: Record<string, [number, number]> = { 元旦: [1, 1], 情人节: [2, 14], 劳动节: [5, 1], 五一: [5, 1], 国庆: [10, 1], 平安夜: [12, 24], 圣诞: [12, 25], 跨年: [12, 31], 双11: [11, 11], 双十一: [11, 11], 双12: [12, 12], 双十二: [12, 12] };

/** "12/3", "10.8": a month and a day in numbers, read the way the writer's place and the message's other dates write them. */
function numericMonthDay(m: RegExpExecArray, c: Clock): { date: LocalDate } | undefined {
  const first = Number(m[1]), second = Number(m[2]);
  const date = readsDayFirst(m.input, first, second, c.dayFirst) ? nextMonthDay(c.today, second, first) : nextMonthDay(c.today, first, second);
  return date ? { date } : undefined;
}

const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

const SCANS: Array<[RegExp, Scan]> = [
  // "元旦后第一个周一", "国庆后的第一个礼拜三": the first such weekday after the holiday.
  [new RegExp(`(${Object.keys(HOLIDAYS).join("|")})(?:节)?(?:之)?后(?:的)?第一个(?:周|星期|礼拜)([一二三四五六日天])`, "g"), (m, c) => {
    const [mo, d] = HOLIDAYS[m[1] as string] as [number, number];
    const day = nextMonthDay(c.today, mo, d);
    if (!day) return undefined;
    const want = WEEKDAY_NUMBER[m[2] as string] as number;
    let date = addDays(day, 1);
    while (weekdayOf(date) !== want) date = addDays(date, 1);
    return { date };
  }],
  [new RegExp(`(${Object.keys(HOLIDAYS).join("|")})(?:节|那天|当天)?`, "g"), (m, c) => {
    const [mo, d] = HOLIDAYS[m[1] as string] as [number, number];
    const date = nextMonthDay(c.today, mo, d);
    return date ? { date, holiday: true } : undefined;
  }],
  // 中秋节那天, 除夕, 端午当日: the lunar holidays; "中秋团购", "中秋定制礼盒" name a season's goods, not a day.
  [new RegExp(`(${LUNAR_HOLIDAY_NAMES.join("|")})(?:节|節)?(?:那天|当天|当日|那晚|那桌|夜|晚上|当晚)?(?=[，,。.!！?？\\s]|$|订|的(?:房|桌|包|位|预|订)|(?:之)?[前后]\\s*[一两二三四五六七十\\d]\\s*天|年夜饭|晚上|中午|下午|上午|早上|[我你他她想要订去来回见约再请那当])`, "g"), (m, c) => {
    const date = nextLunarHoliday(m[1] as string, c.today);
    return date ? { date, holiday: true } : undefined;
  }],
  // 正月初八, 大年初三, "初八开工以后再联系": a day of the new year's first month. A bare 初三 is a school grade
  // ("初三的学生") unless the return to work or a visit follows it.
  [/(正月|大年)?初([一二三四五六七八九十])(?![一二三四五六七八九十])/g, (m, c) => {
    const after = (m.input ?? "").slice((m.index ?? 0) + m[0].length);
    if (!m[1] && !/^(?:开工|上班|复工|开门|开业|回来|回公司|以后|之后|后|再|那天|拜年)/.test(after)) return undefined;
    const date = nextNewYearDay("一二三四五六七八九十".indexOf(m[2] as string) + 1, c.today);
    return date ? { date, holiday: true } : undefined;
  }],
  // 母亲节 (the second Sunday of May), 父亲节 (the third of June), 感恩节 (the fourth Thursday of November), 520那天.
  [/(母亲节|母親節|父亲节|父親節|感恩节|感恩節|520(?=那天|当天|当日))/g, (m, c) => {
    const [mo, nth, wd] = /母/.test(m[1] as string) ? [5, 2, 7] : /父/.test(m[1] as string) ? [6, 3, 7] : /感恩/.test(m[1] as string) ? [11, 4, 4] : [5, 0, 0];
    const on = (y: number) => (nth ? nthWeekday(y, mo, nth, wd) : { y, m: 5, d: 20 });
    const date = compareDates(on(c.today.y), c.today) >= 0 ? on(c.today.y) : on(c.today.y + 1);
    return { date, holiday: true };
  }],
  // 2026年12月3日, 2026-12-03, 2026/12/3
  [/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?:\s*[日号])?/g, (m) => {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    return isValidDate(y, mo, d) ? { date: { y, m: mo, d } } : undefined;
  }],
  // (明年)12月3号, 十二月三日
  [new RegExp(`(今年|明年|去年)?(${N})\\s*月\\s*(${N})(?:\\s*(?:日|号|號))?`, "g"), (m, c) => {
    const mo = num(m[2]), d = num(m[3]);
    if (mo === undefined || d === undefined) return undefined;
    if (m[1]) {
      const y = c.today.y + (m[1] === "明年" ? 1 : m[1] === "去年" ? -1 : 0);
      return isValidDate(y, mo, d) ? { date: { y, m: mo, d } } : undefined;
    }
    const date = nextMonthDay(c.today, mo, d);
    return date ? { date } : undefined;
  }],
  // 7月底, 三月初, 10月中旬, 7月下旬: a part of a named month, in its coming (or current) year.
  [new RegExp(`(今年|明年)?(${N})\\s*月\\s*(?:份)?(?:的)?(底|末|初|上旬|中旬|下旬|中)(?![\\d${ZH_NUM_CHARS}号號日])`, "g"), (m, c) => {
    const mo = num(m[2]);
    if (mo === undefined || !Number.isInteger(mo) || mo < 1 || mo > 12) return undefined;
    const y = m[1] ? c.today.y + (m[1] === "明年" ? 1 : 0) : mo < c.today.m ? c.today.y + 1 : c.today.y;
    const which = m[3] as string;
    const d = /底|末/.test(which) ? daysInMonth(y, mo) : which === "下旬" ? 21 : /中/.test(which) ? 15 : 1;
    return { date: { y, m: mo, d } };
  }],
  // 下个月5号, 本月20日
  [new RegExp(`((?<!一)下下个?月|(?<!一)下个?月|这个?月|本月|上个?月)\\s*(${N})\\s*(?:日|号|號)`, "g"), (m, c) => {
    const base = addMonths({ ...c.today, d: 1 }, monthShift(m[1]));
    const d = num(m[2]);
    return d !== undefined && isValidDate(base.y, base.m, d) ? { date: { ...base, d } } : undefined;
  }],
  // 年底/年末/明年年底: the year's last day.
  [/(今年|明年)?(?:年底|年末)/g, (m, c) => ({ date: { y: c.today.y + (m[1] === "明年" ? 1 : 0), m: 12, d: 31 } })],
  // 下个季度初/下季度: the next quarter's first day; 季度末/本季度末: this quarter's last.
  [/(?:(下个?|这个?|本)?季度(初|末|底)|下个?季度(?!的?(?:目标|指标|任务|业绩|销售|预算|计划)))/g, (m, c) => {
    const first = addMonths({ ...c.today, d: 1 }, -((c.today.m - 1) % 3));
    if (m[2] === "末" || m[2] === "底") {
      const last = addMonths(first, /下/.test(m[1] ?? "") ? 5 : 2);
      return { date: { ...last, d: daysInMonth(last.y, last.m) } };
    }
    if (m[2] === "初" && !m[1]) return undefined;
    return { date: addMonths(first, 3) };
  }],
  // 月底/月末/下个月初/月中
  [/((?<!一)下下个?月|(?<!一)下个?月|这个?月|本月|上个?月)?(月底|月末|月初|月中旬?|底|末|初|中旬|中)/g, (m, c) => {
    if (!m[1] && !/^月/.test(m[2] as string)) return undefined;
    // "月初再联系", said past the first days of a month, is the start of the next one; "月中" past the 15th too.
    const nextStart = !m[1] && ((m[2] === "月初" && c.today.d > 5) || (/^月中/.test(m[2] as string) && c.today.d > 15));
    const base = addMonths({ ...c.today, d: 1 }, nextStart ? 1 : monthShift(m[1]));
    const which = m[2] as string;
    if (/底|末/.test(which)) return { date: { ...base, d: daysInMonth(base.y, base.m) } };
    if (/中/.test(which)) return { date: { ...base, d: 15 } };
    return { date: base };
  }],
  // 12/3 (month/day), not inside a longer number, a phone or a fraction of digits.
  // "09/11" from Madrid, Sydney or Singapore is day first, "24/07" is anywhere, and "1/10 到 15/10" is by its 15th (calendar.ts).
  [/(?<![\d/.\-])(\d{1,2})\/(\d{1,2})(?![\d/])/g, numericMonthDay],
  // "10.8再跟一下": a month and day with a dot, before what is to happen then (never a sum: "3.5万").
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.%])(?=\s*(?:号|日)?\s*(?:再|前|之前|以前|跟进|跟|联系|回访|见面|见|去|来|过来|左右|上午|下午|晚上))/g, numericMonthDay],
  // 3号, 十五日 (the month left out)
  // "人数：4\n日期：…": a count ending a form's line is no day of the month before the next label.
  [new RegExp(`(?<![月\\d${ZH_NUM_CHARS}])(${N})[^\\S\\n]*(?:号|號|日(?!期))(?![子元])`, "g"), (m, c) => {
    const d = num(m[1]);
    if (d === undefined || !Number.isInteger(d) || d < 1 || d > 31) return undefined;
    const date = nextDayOfMonth(c.today, d);
    return date ? { date } : undefined;
  }],
  // "从5月1号到现在", "截至目前": now, as the end of a span ("今天到现在" is only today).
  [/(?<=(?<!今天|今日)(?:到|至|截至|截止到?)\s*)(?:现在|目前|至今|当前)/g, (_m, c) => ({ date: c.today })],
  // 今天/明早/后天/大后天/昨晚
  // 后儿 is northern speech for 后天 (然后儿, 以后儿 are "then" and "later").
  [/大后天|大后儿|大前天|前天|后天|(?<![然以之随最过日])后(?:儿|日)|(?:今|明|昨)(?:天|日|儿|早|晨|晚|夜)/g, (m, c) => {
    const r = RELATIVE_DAYS[m[0]];
    return r ? { date: addDays(c.today, r[0]), part: r[1] } : undefined;
  }],
  // 周三/星期三/礼拜三/下周三/这周五/本周五/下下周一/上周二, 周末
  // "取消一下周四的", "他说再考虑下 周五再问": 一下 is "a moment" said after a verb, so its 下 is no "next".
  // "每星期20箱": how often, not a day; "星期20" is no weekday.
  [/(?<!每(?:个)?)((?<!一)下下个?|(?<!一)(?<!(?:考虑|看|想|商量|问|等|聊|查|试|催|对)(?=下\s))下个?|这个?|本|上上个?|上个?)?\s*(?<!每(?:个)?)(?:周|星期|礼拜|週)\s*([二三四五六日天]|一(?![共起直样般定切单次家条笔件个])|[1-7](?!\d)|末)/g, (m, c) => {
    // "周末前我把报价发给他": before the weekend is by its Friday.
    const beforeWeekend = m[2] === "末" && /^\s*(?:之)?前/.test(m.input.slice((m.index ?? 0) + m[0].length));
    const wd = m[2] === "末" ? (beforeWeekend ? 5 : 6) : WEEKDAYS[m[2] as string];
    if (wd === undefined) return undefined;
    const shift = weekShift(m[1]);
    if (shift === undefined) {
      // A bare weekday means the next one coming, today included.
      const delta = (wd - weekdayOf(c.today) + 7) % 7;
      return { date: addDays(c.today, delta) };
    }
    return { date: addDays(startOfWeek(c.today), shift * 7 + wd - 1) };
  }],
  // 三天后/两周后/一个月后/半个月后/过两天/10天以内 (the last is not a date; skipped by requiring 后)
  [new RegExp(`(?:过\\s*)?(${N}|半)\\s*(?:个)?\\s*(天|日|周|星期|礼拜|月|年)(?:\\s*(?:后|以后|之后|过后))?`, "g"), (m, c) => {
    const said = m[0];
    if (!/后|^过/.test(said)) return undefined;
    const n = m[1] === "半" ? 0.5 : num(m[1]);
    if (n === undefined) return undefined;
    const unit = m[2] as string;
    if (unit === "天" || unit === "日") return Number.isInteger(n) ? { date: addDays(c.today, n) } : undefined;
    if (unit === "月") return n === 0.5 ? { date: addDays(c.today, 15) } : Number.isInteger(n) ? { date: addMonths(c.today, n) } : undefined;
    if (unit === "年") return Number.isInteger(n) || n === 0.5 ? { date: addMonths(c.today, 12 * n) } : undefined;
    return { date: addDays(c.today, Math.round(n * 7)) };
  }],
  // 下周/下下周/下个月 with no day: the start of that week or month, marked vague
  [/((?<!一)下下个?|(?<!一)下个?)(周|星期|礼拜|月)(?![一二三四五六日天1-7末底初中\d])/g, (m, c) => {
    if (m[2] === "月") return { date: addMonths(c.today, monthShift(m[1])), vague: true };
    return { date: addDays(startOfWeek(c.today), (weekShift(m[1]) ?? 1) * 7), vague: true };
  }],
];

// "八点差五分" is 7:55 and "八点差一刻" 7:45: minutes short of the hour.
const MINUTES = `差\\s*(?:一刻|[\\d${ZH_NUM_CHARS}]{1,2}\\s*分?)|半|一刻|三刻|整|[\\d${ZH_NUM_CHARS}]{1,3}分|[\\d${ZH_NUM_CHARS}]{1,3}(?![\\d${ZH_NUM_CHARS}个人位号日天月年晚名])`;
const TIME_RE = new RegExp(
  `(凌晨|半夜|深夜|清晨|早上|早晨|上午|中午|下午|午后|傍晚|晚上|晚间|夜里|夜晚|今晚|明晚|早|晚)?\\s*` +
    // "差五分八点" is 7:55 too, the minutes short said first.
    `(?:(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?!\\d)|(?:差\\s*([\\d${ZH_NUM_CHARS}]{1,2})\\s*分(?:钟)?\\s*)?([\\d${ZH_NUM_CHARS}]{1,3})\\s*(?:点|點|时|時)(?:钟)?(${MINUTES})?)`,
  "g",
);
const PART_ONLY_RE = /(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上)/g;

function* retrying(re: RegExp, text: string, accepted: () => boolean): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, "g");
  for (let m = g.exec(text); m; m = g.exec(text)) {
    yield m;
    if (!accepted()) g.lastIndex = m.index + 1;
  }
}

/** Finds every Chinese date and time phrase in `text`, resolved against `clock`. */
export function findZhDateMentions(text: string, clock: Clock): DateMention[] {
  const found: DateMention[] = [];
  for (const [re, scan] of SCANS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const r = scan(m as RegExpExecArray, clock);
      if (r) found.push({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...r });
    }
  }
  let before = 0;
  // Retry one character on after a rejected match: in 周三九点 the first try reads 三九点 (39 o'clock).
  for (const m of retrying(TIME_RE, text, () => found.length > before)) {
    before = found.length;
    let index = m.index ?? 0;
    let partWord = m[1];
    let h: number | undefined;
    let min = 0;
    const mins = m[6]?.replace(/\s|分/g, "");
    const short = m[4] ?? (mins?.startsWith("差") ? mins.slice(1) : undefined);
    if (m[2] !== undefined) {
      h = Number(m[2]);
      min = Number(m[3]);
    } else {
      h = num(m[5]);
      if (mins === "半") min = 30;
      else if (mins === "一刻") min = 15;
      else if (mins === "三刻") min = 45;
      else if (mins && mins !== "整" && !short) min = num(mins) ?? 0;
      const early = short === undefined ? undefined : short === "一刻" ? 15 : num(short);
      if (h !== undefined && early !== undefined && early > 0 && early < 60) {
        h -= 1;
        min = 60 - early;
      }
    }
    if (h === undefined || !Number.isInteger(h) || h > 24 || min > 59) continue;
    // "点" after a number can be a decimal point in money ("3点5万"); "9点KTV" is nine o'clock.
    if (/^(?:[万千]|[kK](?![A-Za-z]))/.test(text.slice(index + m[0].length))) continue;
    // 今晚/明早 split as 今+晚8点: the day word belongs to the date scan, the part still applies.
    let inherited: DayPart | undefined;
    if (partWord && partWord.length === 1 && /[今明昨]/.test(text[index - 1] ?? "")) {
      inherited = partOf(text.slice(index - 1, index + 1));
      index += 1;
      partWord = undefined;
    }
    // "一点" is usually "a bit" (便宜一点, 晚一点): a time only with a real part of the day or minutes.
    if (m[5] === "一" && !mins && !/^钟/.test(text.slice(index + m[0].length)) && (!partWord || partWord.length === 1)) {
      if (!partWord && !inherited && !/(天|日|晚上|早上|上午|下午|中午|今晚|明晚|今早|明早|周[一二三四五六日天])\s*$/.test(text.slice(0, index))) continue;
      if (partWord) continue;
    }
    // 周一九点 is Monday at nine, not 19 o'clock: a weekday's numeral is not the hour's.
    if (m[5] && /(周|星期|礼拜|週)$/.test(text.slice(0, index).trimEnd()) && !partWord) continue;
    const rel = partWord !== undefined && RELATIVE_DAYS[partWord] !== undefined;
    const part = partOf(partWord) ?? inherited;
    const lead = m[0].length - m[0].trimStart().length;
    const start = partWord && !rel ? index + lead : index + (partWord?.length ?? 0) + (partWord ? 0 : lead);
    found.push({
      index: start,
      end: (m.index ?? 0) + m[0].length,
      time: { h: part ? applyDayPart(h === 24 ? 0 : h, part) : h === 24 ? 0 : h, min },
      part,
      meridiemKnown: part !== undefined || h > 12 || h === 0,
    });
  }
  // 中午 alone is noon; other parts of the day alone give no clock time.
  for (const m of text.matchAll(PART_ONLY_RE)) {
    if (m[1] === "中午") found.push({ index: m.index ?? 0, end: (m.index ?? 0) + 2, time: { h: 12, min: 0 }, part: "noon", meridiemKnown: true });
    else found.push({ index: m.index ?? 0, end: (m.index ?? 0) + 2, part: partOf(m[1]) });
  }
  return markRanges(text, dropOverlaps(found), clock);
}

/** Keeps the longest of overlapping mentions (12月3号 over 3号); time and date mentions may overlap only if disjoint. */
export function dropOverlaps(ms: DateMention[]): DateMention[] {
  const sorted = [...ms].sort((a, b) => a.index - b.index || b.end - b.index - (a.end - a.index));
  const out: DateMention[] = [];
  for (const m of sorted) {
    const clash = out.find((o) => m.index < o.end && o.index < m.end);
    if (!clash) {
      out.push(m);
      continue;
    }
    if (m.end - m.index > clash.end - clash.index) out.splice(out.indexOf(clash), 1, m);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Marks "A到B" / "A-B" / "A至B" ranges; a bare day after a full date inherits its month (12月10号到13号). */
function markRanges(text: string, ms: DateMention[], clock: Clock): DateMention[] {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i] as DateMention, b = ms[i + 1] as DateMention;
    if (!a.date || !b.date) continue;
    const gap = text.slice(a.end, b.index);
    if (!/^\s*(到|至|~|～|-|—|－|一直到|直到)\s*$/.test(gap)) continue;
    b.rangeEnd = true;
    const said = text.slice(b.index, b.end);
    // "上周一到周三": a bare weekday ending a range is in the week of the one that starts it.
    const bareWeekday = /^(?:周|星期|礼拜|週)\s*([一二三四五六日天1-7])$/.exec(said);
    if (bareWeekday && /(?:周|星期|礼拜|週)\s*[一二三四五六日天1-7]$/.test(text.slice(a.index, a.end))) {
      const wd = WEEKDAYS[bareWeekday[1] as string];
      if (wd !== undefined) {
        const end = addDays(startOfWeek(a.date), wd - 1);
        b.date = compareDates(end, a.date) < 0 ? addDays(end, 7) : end;
      }
      continue;
    }
    if (/^[\d零〇一二两三四五六七八九十]+\s*[号日號]$/.test(said)) {
      let end: LocalDate = { y: a.date.y, m: a.date.m, d: b.date.d };
      if (!isValidDate(end.y, end.m, end.d)) continue;
      if (end.d < a.date.d) end = addMonths(end, 1);
      b.date = end;
    }
    // "12月1日至12月31日" on 30 December, "从5月1号到现在": a start with its month, ahead of the end, is a year back.
    if (compareDates(b.date, a.date) < 0 && /月/.test(text.slice(a.index, a.end))) {
      const yearBefore = { ...a.date, y: a.date.y - 1 };
      if (compareDates(yearBefore, b.date) <= 0) a.date = yearBefore;
    }
  }
  // "改成12月21号入住 住到23号": a bare day after a date with its month takes that month (the next one when
  // the day is earlier), however they are joined; "住到/待到" marks the stay's last day.
  for (let i = 1; i < ms.length; i++) {
    const b = ms[i] as DateMention;
    if (!b.date) continue;
    const said = text.slice(b.index, b.end);
    if (!/^[\d零〇一二两三四五六七八九十]+\s*[号日號]$/.test(said)) continue;
    const a = ms.slice(0, i).reverse().find((m) => m.date && /月/.test(text.slice(m.index, m.end)));
    if (!a?.date) continue;
    let date: LocalDate = { y: a.date.y, m: a.date.m, d: b.date.d };
    if (!isValidDate(date.y, date.m, date.d)) continue;
    // "5月22號擺酒…21號入住": a day just before is the same month; one far before, or a stay's last day, the next.
    const stayEnds = /(?:住到|待到|呆到|住至|离店|退房)\s*$/.test(text.slice(Math.max(0, b.index - 4), b.index));
    const partOfMonth = /月\s*(?:份)?(?:的)?(?:底|末|初|上旬|中旬|下旬|中)$/.test(text.slice(a.index, a.end));
    if (date.d < a.date.d && !partOfMonth && (stayEnds || a.date.d - date.d > 7)) date = addMonths(date, 1);
    b.date = date;
    if (stayEnds) b.rangeEnd = true;
  }
  // "加一晚 住到周一", "续住到下周二": any day a stay is said to run to is its last.
  for (const m of ms) if (m.date && /(?:住到|待到|呆到|住至)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) m.rangeEnd = true;
  void clock;
  return ms;
}
