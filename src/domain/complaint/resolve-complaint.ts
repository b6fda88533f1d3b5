import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { scheduleJob } from "../../jobs/scheduler.ts";

/**
 * Records how a complaint was resolved (`/resolve CP-2 换了房间`) and queues the message that tells the
 * guest, in the same transaction: the guest hears of it exactly when it is recorded.
 */
export async function resolveComplaint(options: { tx: Tx; audit: AuditRecorder; complaintId: number; staffId: number; resolution: string; now: Date }) {
  const { tx, audit, complaintId, staffId, resolution, now } = options;
  const before = await tx.complaint.findUnique({ where: { id: complaintId } });
  if (!before) return { kind: "not_found" as const };
  if (before.status === "resolved") return { kind: "already" as const, complaint: before };
  const after = await tx.complaint.update({
    where: { id: complaintId },
    data: { status: "resolved", resolution, resolvedAt: now, assigneeId: before.assigneeId ?? staffId, acknowledgedAt: before.acknowledgedAt ?? now },
  });
  await audit.updated("complaint", before, after);
  if (after.customerId) {
    await scheduleJob({ db: tx, kind: "complaint-resolved", runAt: now, payload: { complaintId }, dedupeKey: `complaint-resolved:${complaintId}` });
  }
  return { kind: "resolved" as const, complaint: after };
}
