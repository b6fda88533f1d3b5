import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

/** Cancels one of the customer's bookings; the customer id is part of the query, never trusted from text. */
export async function cancelBooking(options: { tx: Tx; audit: AuditRecorder; bookingId: number; customerId: number }) {
  const { tx, audit, bookingId, customerId } = options;
  const booking = await tx.booking.findFirst({ where: { id: bookingId, customerId } });
  if (!booking || booking.status === "cancelled") return undefined;
  const after = await tx.booking.update({ where: { id: booking.id }, data: { status: "cancelled" } });
  await audit.updated("booking", booking, after);
  return after;
}
