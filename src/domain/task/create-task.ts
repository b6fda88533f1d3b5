import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

export async function createTask(options: {
  tx: Tx;
  audit: AuditRecorder;
  ownerId: number;
  customerId?: number;
  dealId?: number;
  title: string;
  dueAt: Date;
  origin: string;
}) {
  const { tx, audit, ...data } = options;
  const task = await tx.task.create({ data });
  await audit.created("task", task);
  return task;
}
