import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";
import { scheduleJob } from "../../jobs/scheduler.ts";

/**
 * Queues the owner's reminder at the task's due time, in the same transaction as the task. The due
 * time is part of the key and the payload, so a snoozed task gets a new reminder and the old one, when
 * it comes up, sees the task has moved and does nothing.
 */
export async function scheduleTaskReminder(options: { db: PrismaClient | Tx; task: { id: number; dueAt: Date } }): Promise<void> {
  const { db, task } = options;
  const dueAt = task.dueAt.toISOString();
  await scheduleJob({ db, kind: "task-reminder", runAt: task.dueAt, payload: { taskId: task.id, dueAt }, dedupeKey: `remind:task:${task.id}:${dueAt}` });
}
