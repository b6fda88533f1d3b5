import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { ownerScopeFilter, type StaffScope } from "../staff/scope-for-staff.ts";

/** Marks a task done, if it is the actor's (or, for a manager, their team's). Undefined if not found. */
export async function completeTask(options: { tx: Tx; audit: AuditRecorder; taskId: number; scope: StaffScope; at: Date }) {
  const { tx, audit, taskId, scope, at } = options;
  const task = await tx.task.findFirst({
    where: { id: taskId, ...ownerScopeFilter(scope) },
  });
  if (!task) return undefined;
  if (task.status === "done") return { task, alreadyDone: true };
  const done = await tx.task.update({ where: { id: task.id }, data: { status: "done", doneAt: at } });
  await audit.updated("task", task, done);
  return { task: done, alreadyDone: false };
}
