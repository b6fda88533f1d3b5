import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { scheduleTaskReminder } from "./schedule-task-reminder.ts";

/** Creates a task and queues its reminder at the due time (the reminder then arranges the escalation). */
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
  await scheduleTaskReminder({ db: tx, task });
  return task;
}
