import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { scheduleJob } from "../../jobs/scheduler.ts";

/** The venue's complaint rule: hours to respond, and hours after which the manager is told. */
export type ComplaintPolicy = { responseHours: number; escalateAfterHours: number };

const HOUR = 3_600_000;

/**
 * Records a complaint against a customer and, when there is one, their current or latest booking; sets
 * the response deadline and queues, in the same transaction, the staff alert (due now) and the check
 * that escalates it to the manager if it is still unresolved after `escalateAfterHours`. The venue has
 * both numbers: the deadline is what staff are asked to meet, escalation the later safety net.
 */
export async function logComplaint(options: {
  tx: Tx;
  audit: AuditRecorder;
  customerId?: number;
  issue: string;
  reportedById?: number;
  now: Date;
  policy: ComplaintPolicy;
  /** the booking it is about, when known (a survey answer); else the customer's current or latest */
  bookingId?: number;
}) {
  const { tx, audit, customerId, issue, reportedById, now, policy } = options;
  const booking = options.bookingId
    ? { id: options.bookingId }
    : customerId
      ? await tx.booking.findFirst({
          where: { customerId, status: { not: "cancelled" }, startAt: { lte: new Date(now.getTime() + 86_400_000) } },
          orderBy: { startAt: "desc" },
        })
      : null;
  const complaint = await tx.complaint.create({
    data: { customerId, bookingId: booking?.id, issue, reportedById, createdAt: now, deadlineAt: new Date(now.getTime() + policy.responseHours * HOUR) },
  });
  await audit.created("complaint", complaint);
  await scheduleJob({ db: tx, kind: "complaint-alert", runAt: now, payload: { complaintId: complaint.id }, dedupeKey: `complaint-alert:${complaint.id}` });
  await scheduleJob({
    db: tx, kind: "complaint-escalation", runAt: new Date(now.getTime() + policy.escalateAfterHours * HOUR),
    payload: { complaintId: complaint.id }, dedupeKey: `complaint-escalation:${complaint.id}`,
  });
  return complaint;
}
