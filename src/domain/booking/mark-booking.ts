import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

export type MarkOutcome<B> = { kind: "not_found" } | { kind: "wrong_status"; status: string } | { kind: "marked"; booking: B };

/** The front desk's arrived / no-show: only a booking still confirmed can become either. */
export async function markBooking(options: { tx: Tx; audit: AuditRecorder; bookingId: number; status: "arrived" | "no_show" }) {
  const { tx, audit, bookingId, status } = options;
  const booking = await tx.booking.findUnique({ where: { id: bookingId } });
  if (!booking) return { kind: "not_found" } as const;
  if (booking.status !== "confirmed") return { kind: "wrong_status", status: booking.status } as const;
  const after = await tx.booking.update({ where: { id: booking.id }, data: { status }, include: { resource: true, customer: true } });
  const { resource: _r, customer: _c, ...afterRow } = after;
  await audit.updated("booking", booking, afterRow);
  return { kind: "marked", booking: after } as const;
}
