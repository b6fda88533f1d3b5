import type { IntentOf } from "../intents/schema.ts";
import type { Venue } from "../domain/venue/venue-schema.ts";
import { stayPeriod, tablePeriod } from "../domain/booking/stay-period.ts";
import { addDays, daysBetween, parseLocalDate } from "../domain/time/zoned.ts";
import { slotInstant } from "./support.ts";

type BookingSlots = IntentOf<"create_booking">["slots"];

/** Which kind a booking request is: a room when it speaks of nights or room types, else a table. */
export function bookingKind(slots: BookingSlots): "room" | "table" | undefined {
  if (slots.kind) return slots.kind;
  if (slots.nights || slots.room_type || slots.end) return "room";
  if (slots.party_size || slots.start?.includes("T")) return "table";
  return undefined;
}

/**
 * A room's check-in and check-out instants, or a table's seating period. Slot times are the venue's
 * wall-clock times: "7pm" at a Shanghai restaurant is 19:00 in Shanghai wherever the guest writes from.
 */
export function bookingPeriod(kind: "room" | "table", slots: BookingSlots, venue: Venue): { startAt: Date; endAt: Date; nights?: number } | undefined {
  if (!slots.start) return undefined;
  if (kind === "table") {
    if (!slots.start.includes("T")) return undefined;
    const startAt = slotInstant(slots.start, venue.timeZone, 0);
    return startAt ? tablePeriod(venue, startAt) : undefined;
  }
  const arrival = parseLocalDate(slots.start.slice(0, 10));
  if (!arrival) return undefined;
  const departure = slots.end ? parseLocalDate(slots.end.slice(0, 10)) : slots.nights ? addDays(arrival, slots.nights) : undefined;
  if (!departure || daysBetween(arrival, departure) < 1) return undefined;
  return stayPeriod(venue, arrival, departure);
}
