/** When the restaurant takes tables, in the venue's own zone. */
import { localParts, zonedInstant, type LocalDate } from "../time/zoned.ts";
import { clockMinutes, WEEKDAYS, type Venue } from "./venue-schema.ts";

export type Service = { open: string; close: string };

/** The services (lunch, dinner …) on a calendar date, earliest first; empty when closed or no restaurant. */
export function servicesOn(venue: Venue, date: LocalDate): Service[] {
  const day = WEEKDAYS[localWeekdayIndex(date)]!;
  return (venue.restaurant?.openingHours ?? [])
    .filter((h) => !h.days || h.days.includes(day))
    .map(({ open, close }) => ({ open, close }))
    .sort((a, b) => clockMinutes(a.open) - clockMinutes(b.open));
}

/** True when a table may start at `startAt`: at or after a service opens and before it closes. */
export function isOpenAt(venue: Venue, startAt: Date): boolean {
  const p = localParts(startAt, venue.timeZone);
  const minutes = p.hour * 60 + p.minute;
  return servicesOn(venue, p).some((s) => minutes >= clockMinutes(s.open) && minutes < clockMinutes(s.close));
}

/** Every bookable start time on a date, on the venue's slot grid, earliest first. */
export function slotTimesOn(venue: Venue, date: LocalDate): Date[] {
  const step = venue.restaurant?.slotMinutes ?? 30;
  return servicesOn(venue, date).flatMap((s) => {
    const times: Date[] = [];
    for (let m = clockMinutes(s.open); m < clockMinutes(s.close); m += step) {
      times.push(zonedInstant({ ...date, hour: Math.floor(m / 60), minute: m % 60, second: 0 }, venue.timeZone));
    }
    return times;
  });
}

function localWeekdayIndex(date: LocalDate): number {
  const sunday0 = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return (sunday0 + 6) % 7;
}
