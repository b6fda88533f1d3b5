import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { onBookingCompleted } from "./on-booking-completed.ts";

/**
 * Marks a confirmed or arrived booking completed with what it cost, then runs `onBookingCompleted`
 * (points, visit counts) in the same transaction, so a failure there leaves the booking as it was.
 */
export async function completeBooking(options: { tx: Tx; audit: AuditRecorder; bookingId: number; spend?: number }) {
  const { tx, audit, bookingId, spend } = options;
  const booking = await tx.booking.findUnique({ where: { id: bookingId } });
  if (!booking) return { kind: "not_found" } as const;
  if (booking.status !== "confirmed" && booking.status !== "arrived") return { kind: "wrong_status", status: booking.status } as const;
  const after = await tx.booking.update({ where: { id: booking.id }, data: { status: "completed", ...(spend === undefined ? {} : { spend }) } });
  await audit.updated("booking", booking, after);
  await onBookingCompleted({ tx, audit, booking: after });
  const full = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { resource: true, customer: true } });
  return { kind: "completed", booking: full } as const;
}
