import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import type { Venue } from "../venue/venue-schema.ts";
import { localDate } from "../time/zoned.ts";
import { isOpenAt, servicesOn, type Service } from "../venue/opening-hours.ts";
import { hasRoom } from "./free-units.ts";
import { isPast } from "./create-booking.ts";

export type ChangeOutcome =
  | { kind: "not_found" }
  | { kind: "past" }
  | { kind: "closed"; hours: Service[] }
  | { kind: "too_many"; capacity: number }
  | { kind: "full" }
  | { kind: "changed"; booking: Awaited<ReturnType<typeof loadBooking>> & {}; before: Awaited<ReturnType<typeof loadBooking>> & {} };

function loadBooking(tx: Tx, bookingId: number, customerId: number | undefined) {
  return tx.booking.findFirst({ where: { id: bookingId, ...(customerId === undefined ? {} : { customerId }) }, include: { resource: true } });
}

/**
 * Moves a confirmed booking, changes its party size or its nights, if the venue allows it and there is
 * room. A table whose party outgrows it moves to a bigger free table; a room keeps its room type.
 * `customerId` limits a guest to their own bookings; staff pass none.
 */
export async function changeBooking(options: {
  tx: Tx;
  audit: AuditRecorder;
  venue: Venue;
  now: Date;
  bookingId: number;
  customerId?: number;
  startAt?: Date;
  endAt?: Date;
  partySize?: number;
}): Promise<ChangeOutcome> {
  const { tx, audit, venue, now, bookingId, customerId } = options;
  const booking = await loadBooking(tx, bookingId, customerId);
  if (!booking || booking.status !== "confirmed" || !booking.resource) return { kind: "not_found" };
  const startAt = options.startAt ?? booking.startAt;
  const endAt = options.endAt ?? booking.endAt;
  const partySize = options.partySize ?? booking.partySize;
  if (startAt.getTime() !== booking.startAt.getTime() && isPast(venue, now, booking.kind, startAt)) return { kind: "past" };
  if (endAt.getTime() <= startAt.getTime() || endAt.getTime() <= now.getTime()) return { kind: "past" };
  if (booking.kind === "table" && startAt.getTime() !== booking.startAt.getTime() && !isOpenAt(venue, startAt)) {
    return { kind: "closed", hours: servicesOn(venue, localDate(startAt, venue.timeZone)) };
  }
  const candidates = booking.kind === "table"
    ? [booking.resource, ...(await tx.resource.findMany({ where: { kind: "table", count: { gt: 0 }, id: { not: booking.resource.id } }, orderBy: [{ capacity: "asc" }, { id: "asc" }] }))]
    : [booking.resource];
  const fitting = candidates.filter((r) => r.capacity >= partySize);
  if (fitting.length === 0) return { kind: "too_many", capacity: Math.max(...candidates.map((r) => r.capacity)) };
  for (const resource of fitting) {
    if (!(await hasRoom({ tx, resource, startAt, endAt, ignoreBookingId: booking.id }))) continue;
    const after = await tx.booking.update({
      where: { id: booking.id },
      data: { startAt, endAt, partySize, resourceId: resource.id },
      include: { resource: true },
    });
    const { resource: _before, ...beforeRow } = booking;
    const { resource: _after, ...afterRow } = after;
    await audit.updated("booking", beforeRow, afterRow);
    return { kind: "changed", booking: after, before: booking };
  }
  return { kind: "full" };
}
