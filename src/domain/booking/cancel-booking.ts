import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import type { Venue } from "../venue/venue-schema.ts";

export type CancelOutcome =
  | { kind: "not_found" }
  | { kind: "too_late"; cutoffHours: number }
  | { kind: "cancelled"; booking: NonNullable<Awaited<ReturnType<typeof loadBooking>>> };

function loadBooking(tx: Tx, bookingId: number, customerId: number | undefined) {
  return tx.booking.findFirst({ where: { id: bookingId, ...(customerId === undefined ? {} : { customerId }) }, include: { resource: true } });
}

/**
 * Cancels a confirmed booking. A guest (with `customerId`, which limits them to their own bookings) may
 * cancel only up to the venue's cut-off before the start; staff (`byStaff`) always can.
 */
export async function cancelBooking(options: { tx: Tx; audit: AuditRecorder; venue: Venue; now: Date; bookingId: number; customerId?: number; byStaff?: boolean }): Promise<CancelOutcome> {
  const { tx, audit, venue, now, bookingId, customerId } = options;
  const booking = await loadBooking(tx, bookingId, customerId);
  if (!booking || booking.status !== "confirmed") return { kind: "not_found" };
  const cutoff = venue.cancellationCutoffHours * 3_600_000;
  if (!options.byStaff && booking.startAt.getTime() - now.getTime() < cutoff) return { kind: "too_late", cutoffHours: venue.cancellationCutoffHours };
  const { resource, ...before } = booking;
  const after = await tx.booking.update({ where: { id: booking.id }, data: { status: "cancelled" } });
  await audit.updated("booking", before, after);
  return { kind: "cancelled", booking: { ...after, resource } };
}
