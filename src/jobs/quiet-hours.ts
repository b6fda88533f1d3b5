/** Quiet hours in a recipient's own time zone: no one is pinged at night. */
import { addDays, localParts, zonedInstant } from "../domain/time/zoned.ts";

export type QuietHours = { start: number; end: number };

/**
 * When the quiet hours around `now` end in `tz`, or undefined when `now` is not inside them. `start`
 * greater than `end` wraps midnight (22–8); equal values mean no quiet hours.
 */
export function quietHoursEnd(options: { now: Date; tz: string; quiet: QuietHours }): Date | undefined {
  const { now, tz, quiet } = options;
  if (quiet.start === quiet.end) return undefined;
  const local = localParts(now, tz);
  const inside = quiet.start > quiet.end ? local.hour >= quiet.start || local.hour < quiet.end : local.hour >= quiet.start && local.hour < quiet.end;
  if (!inside) return undefined;
  // After midnight (or in a same-day window) the end is today; before midnight it is tomorrow.
  const day = local.hour >= quiet.end ? addDays(local, 1) : local;
  return zonedInstant({ ...day, hour: quiet.end, minute: 0, second: 0 }, tz);
}
