import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

/** Staff take a complaint on (`/ack CP-2`): it becomes theirs. A resolved or already taken one is left as is. */
export async function acknowledgeComplaint(options: { tx: Tx; audit: AuditRecorder; complaintId: number; staffId: number; now: Date }) {
  const { tx, audit, complaintId, staffId, now } = options;
  const before = await tx.complaint.findUnique({ where: { id: complaintId } });
  if (!before) return { kind: "not_found" as const };
  if (before.status !== "open") return { kind: "already" as const, complaint: before };
  const after = await tx.complaint.update({ where: { id: complaintId }, data: { status: "acknowledged", assigneeId: staffId, acknowledgedAt: now } });
  await audit.updated("complaint", before, after);
  return { kind: "acknowledged" as const, complaint: after };
}
