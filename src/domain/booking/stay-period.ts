/** A booking's period from the venue's rules: check-in to check-out for rooms, a held table for tables. */
import { addDays, daysBetween, localDate, zonedInstant, type LocalDate } from "../time/zoned.ts";
import { clockMinutes, type Venue } from "../venue/venue-schema.ts";

function at(venue: Venue, date: LocalDate, clock: string): Date {
  const minutes = clockMinutes(clock);
  return zonedInstant({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, venue.timeZone);
}

/** Check-in on the arrival date to check-out on the departure date. */
export function stayPeriod(venue: Venue, arrival: LocalDate, departure: LocalDate): { startAt: Date; endAt: Date; nights: number } {
  return { startAt: at(venue, arrival, venue.checkInTime), endAt: at(venue, departure, venue.checkOutTime), nights: daysBetween(arrival, departure) };
}

/** A table held for the venue's table minutes from `startAt`. */
export function tablePeriod(venue: Venue, startAt: Date): { startAt: Date; endAt: Date } {
  return { startAt, endAt: new Date(startAt.getTime() + (venue.restaurant?.tableMinutes ?? 120) * 60_000) };
}

/** Nights of a stay that runs from `startAt` to `endAt`, counted on the venue's calendar. */
export function nightsOf(venue: Venue, startAt: Date, endAt: Date): number {
  return daysBetween(localDate(startAt, venue.timeZone), localDate(endAt, venue.timeZone));
}

/** The same stay moved by whole days on the venue's calendar (DST-safe, unlike adding 24 h). */
export function shiftStay(venue: Venue, startAt: Date, endAt: Date, days: number) {
  const arrival = addDays(localDate(startAt, venue.timeZone), days);
  const departure = addDays(localDate(endAt, venue.timeZone), days);
  return stayPeriod(venue, arrival, departure);
}
