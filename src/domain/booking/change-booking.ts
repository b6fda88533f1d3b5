import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { hasRoom } from "./create-booking.ts";

/** Moves a booking and/or changes its party size, if the resource still has room for the new period. */
export async function changeBooking(options: {
  tx: Tx;
  audit: AuditRecorder;
  bookingId: number;
  customerId: number;
  startAt?: Date;
  endAt?: Date;
  partySize?: number;
}) {
  const { tx, audit, bookingId, customerId } = options;
  const booking = await tx.booking.findFirst({ where: { id: bookingId, customerId }, include: { resource: true } });
  if (!booking || booking.status !== "confirmed") return { kind: "not_found" as const };
  const startAt = options.startAt ?? booking.startAt;
  const endAt = options.endAt ?? booking.endAt;
  const partySize = options.partySize ?? booking.partySize;
  if (booking.resource && booking.kind === "table" && partySize > booking.resource.capacity) {
    return { kind: "too_many" as const, capacity: booking.resource.capacity };
  }
  if (booking.resource && !(await hasRoom(tx, booking.resource, startAt, endAt, booking.id))) return { kind: "full" as const };
  const { resource: _resource, ...before } = booking;
  const after = await tx.booking.update({ where: { id: booking.id }, data: { startAt, endAt, partySize }, include: { resource: true } });
  const { resource: _r, ...afterRow } = after;
  await audit.updated("booking", before, afterRow);
  return { kind: "changed" as const, booking: after };
}
