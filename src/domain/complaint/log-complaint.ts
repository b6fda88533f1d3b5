import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

/** Records a complaint against a customer and, when there is one, their current or latest booking. */
export async function logComplaint(options: { tx: Tx; audit: AuditRecorder; customerId?: number; issue: string; reportedById?: number; now: Date }) {
  const { tx, audit, customerId, issue, reportedById, now } = options;
  const booking = customerId
    ? await tx.booking.findFirst({
        where: { customerId, status: { not: "cancelled" }, startAt: { lte: new Date(now.getTime() + 86_400_000) } },
        orderBy: { startAt: "desc" },
      })
    : null;
  const complaint = await tx.complaint.create({ data: { customerId, bookingId: booking?.id, issue, reportedById } });
  await audit.created("complaint", complaint);
  return complaint;
}
