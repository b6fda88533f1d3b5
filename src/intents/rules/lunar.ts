/**
 * Holidays of the Chinese lunar calendar (除夕, 春节, 元宵, 端午, 七夕, 中秋, 重阳), found on the Gregorian calendar
 * through the Chinese calendar that Node's ICU carries, so no table of dates has to be kept up to date.
 */
import { addDays, compareDates, type LocalDate } from "./calendar.ts";

const LUNAR = new Intl.DateTimeFormat("en-u-ca-chinese", { timeZone: "UTC", month: "numeric", day: "numeric" });

/** Lunar month and day of each holiday; 除夕 is the eve of 春节, the last day of the twelfth month. */
export const LUNAR_HOLIDAYS: Record<string, [number, number]> = {
  春节: [1, 1], 大年初一: [1, 1], 元宵: [1, 15], 端午: [5, 5], 七夕: [7, 7], 中秋: [8, 15], 重阳: [9, 9],
};
const EVE_OF_NEW_YEAR = new Set(["除夕", "大年三十", "年三十"]);

const found = new Map<string, LocalDate | undefined>();

/** The Gregorian day in year `y` that is lunar month `m`, day `d` (a leap month never counts). */
function inYear(y: number, m: number, d: number): LocalDate | undefined {
  const key = `${y}-${m}-${d}`;
  if (found.has(key)) return found.get(key);
  let day: LocalDate | undefined;
  for (let t = Date.UTC(y, 0, 1); t < Date.UTC(y + 1, 0, 1); t += 86_400_000) {
    const parts = LUNAR.formatToParts(new Date(t));
    if (parts.find((p) => p.type === "month")?.value === String(m) && parts.find((p) => p.type === "day")?.value === String(d)) {
      const at = new Date(t);
      day = { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
      break;
    }
  }
  found.set(key, day);
  return day;
}

/**
 * ICU's Chinese calendar starts some years a day off the official one (2027's new moon falls minutes before
 * midnight in Beijing; ICU puts 春节 on 7 February, China on the 6th), so the first month's days are taken from
 * the official 春节 where it is listed here.
 */
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3],
};

function onLunarDay(y: number, m: number, d: number): LocalDate | undefined {
  const official = SPRING_FESTIVAL[y];
  if (m === 1 && official) return addDays({ y, m: official[0], d: official[1] }, d - 1);
  return inYear(y, m, d);
}

/** The next time the holiday named comes round, today included. */
export function nextLunarHoliday(name: string, today: LocalDate): LocalDate | undefined {
  const [m, d] = EVE_OF_NEW_YEAR.has(name) ? [1, 1] : (LUNAR_HOLIDAYS[name] ?? []);
  if (m === undefined || d === undefined) return undefined;
  for (const y of [today.y, today.y + 1]) {
    const day = onLunarDay(y, m, d);
    const date = day && EVE_OF_NEW_YEAR.has(name) ? addDays(day, -1) : day;
    if (date && compareDates(date, today) >= 0) return date;
  }
  return undefined;
}

export const LUNAR_HOLIDAY_NAMES = [...EVE_OF_NEW_YEAR, ...Object.keys(LUNAR_HOLIDAYS)];

/** The next 正月 day `d` (大年初八, 初八开工), today included: the days after the lunar new year. */
export function nextNewYearDay(d: number, today: LocalDate): LocalDate | undefined {
  for (const y of [today.y, today.y + 1]) {
    const day = onLunarDay(y, 1, d);
    if (day && compareDates(day, today) >= 0) return day;
  }
  return undefined;
}
