import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { ownerScopeFilter, type StaffScope } from "../staff/scope-for-staff.ts";
import { scheduleTaskReminder } from "./schedule-task-reminder.ts";

/**
 * Moves an open task to `until` and queues a reminder then. Undefined when the task is not in scope;
 * `notOpen` when it is done or cancelled (nothing to snooze).
 */
export async function snoozeTask(options: { tx: Tx; audit: AuditRecorder; taskId: number; scope: StaffScope; until: Date }) {
  const { tx, audit, taskId, scope, until } = options;
  const task = await tx.task.findFirst({ where: { id: taskId, ...ownerScopeFilter(scope) } });
  if (!task) return undefined;
  if (task.status !== "open") return { task, notOpen: true as const };
  // A new due time deserves a new reminder; escalation stays once per task, so escalatedAt is kept.
  const moved = await tx.task.update({ where: { id: task.id }, data: { dueAt: until, remindedAt: null } });
  await audit.updated("task", task, moved);
  await scheduleTaskReminder({ db: tx, task: moved });
  return { task: moved, notOpen: false as const };
}
