import type { IntentOf } from "../intents/schema.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { clockMinutes } from "../domain/venue/venue-schema.ts";
import { addDays, daysBetween, parseLocalDate, zonedInstant } from "../domain/time/zoned.ts";
import { slotInstant } from "./support.ts";

type BookingSlots = IntentOf<"create_booking">["slots"];

/** Which kind a booking request is: a room when it speaks of nights or room types, else a table. */
export function bookingKind(slots: BookingSlots): "room" | "table" | undefined {
  if (slots.kind) return slots.kind;
  if (slots.nights || slots.room_type || slots.end) return "room";
  if (slots.party_size || slots.start?.includes("T")) return "table";
  return undefined;
}

/** A room's check-in and check-out instants, or a table's seating period. */
export function bookingPeriod(kind: "room" | "table", slots: BookingSlots, tz: string): { startAt: Date; endAt: Date; nights?: number } | undefined {
  if (!slots.start) return undefined;
  if (kind === "table") {
    if (!slots.start.includes("T")) return undefined;
    const startAt = slotInstant(slots.start, tz, 0)!;
    return { startAt, endAt: new Date(startAt.getTime() + (activeVenue().restaurant?.tableMinutes ?? 120) * 60_000) };
  }
  const arrival = parseLocalDate(slots.start.slice(0, 10));
  if (!arrival) return undefined;
  const departure = slots.end ? parseLocalDate(slots.end.slice(0, 10)) : slots.nights ? addDays(arrival, slots.nights) : undefined;
  if (!departure || daysBetween(arrival, departure) < 1) return undefined;
  return {
    startAt: zonedInstant({ ...arrival, hour: Math.floor(clockMinutes(activeVenue().checkInTime) / 60), minute: clockMinutes(activeVenue().checkInTime) % 60, second: 0 }, tz),
    endAt: zonedInstant({ ...departure, hour: Math.floor(clockMinutes(activeVenue().checkOutTime) / 60), minute: clockMinutes(activeVenue().checkOutTime) % 60, second: 0 }, tz),
    nights: daysBetween(arrival, departure),
  };
}
