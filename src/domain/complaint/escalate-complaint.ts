import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

/**
 * Marks an unresolved complaint escalated, once. Returns it when this call escalated it, undefined when
 * it is resolved or was escalated before (a retried job must not page the manager twice).
 */
export async function escalateComplaint(options: { tx: Tx; audit: AuditRecorder; complaintId: number; now: Date }) {
  const { tx, audit, complaintId, now } = options;
  const before = await tx.complaint.findUnique({ where: { id: complaintId } });
  if (!before || before.status === "resolved" || before.escalatedAt) return undefined;
  const after = await tx.complaint.update({ where: { id: complaintId }, data: { escalatedAt: now } });
  await audit.updated("complaint", before, after);
  return after;
}
