/** "The next 08:30 in Shanghai", "the next Monday 09:00 in New York": instants for recurring jobs. */
import { addDays, formatLocalDate, localDate, zonedInstant, weekdayOf } from "../domain/time/zoned.ts";

/**
 * The next `count` instants strictly after `now` at `hour:minute` local time in `tz`, on `weekday`
 * (1 = Monday) only when given. Each comes with its local date, for dedupe keys.
 */
export function nextLocalTimes(options: { now: Date; tz: string; hour: number; minute: number; weekday?: number; count?: number }): { at: Date; date: string }[] {
  const { now, tz, hour, minute, weekday, count = 1 } = options;
  const found: { at: Date; date: string }[] = [];
  let day = localDate(now, tz);
  for (let i = 0; found.length < count && i < 400; i++, day = addDays(day, 1)) {
    if (weekday !== undefined && weekdayOf(day) !== weekday) continue;
    const at = zonedInstant({ ...day, hour, minute, second: 0 }, tz);
    if (at > now) found.push({ at, date: formatLocalDate(day) });
  }
  return found;
}
