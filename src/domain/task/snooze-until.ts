import { addDays, localDate, zonedInstant } from "../time/zoned.ts";

const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, 分钟: 60_000, h: 3_600_000, 小时: 3_600_000, d: 86_400_000, 天: 86_400_000, w: 604_800_000, 周: 604_800_000 };
const DAY_WORDS: Record<string, number> = { 明天: 1, tomorrow: 1, 后天: 2, 下周: 7, nextweek: 7 };
const MORNING = 9;

/**
 * When a snooze ends: "3h", "1d", "30分钟", "2天" from now; "明天", "tomorrow", "后天", "下周" at 09:00
 * local; nothing means one day. Undefined when the text is none of these.
 */
export function snoozeUntil(options: { text: string; now: Date; tz: string }): Date | undefined {
  const text = options.text.trim().toLowerCase().replace(/\s+/g, "");
  if (!text) return new Date(options.now.getTime() + UNIT_MS.d!);
  const amount = /^(\d{1,3})(m|min|分钟|h|小时|d|天|w|周)$/.exec(text);
  if (amount) return new Date(options.now.getTime() + Number(amount[1]) * UNIT_MS[amount[2]!]!);
  const days = DAY_WORDS[text];
  if (days === undefined) return undefined;
  return zonedInstant({ ...addDays(localDate(options.now, options.tz), days), hour: MORNING }, options.tz);
}
