import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { ownerScopeFilter, type StaffScope } from "../staff/scope-for-staff.ts";

/** Appends a line to a task's note (earlier notes are kept). Undefined when the task is not in scope. */
export async function addTaskNote(options: { tx: Tx; audit: AuditRecorder; taskId: number; scope: StaffScope; text: string }) {
  const { tx, audit, taskId, scope, text } = options;
  const task = await tx.task.findFirst({ where: { id: taskId, ...ownerScopeFilter(scope) } });
  if (!task) return undefined;
  const note = task.note ? `${task.note}\n${text}` : text;
  const updated = await tx.task.update({ where: { id: task.id }, data: { note: note.slice(-2000) } });
  await audit.updated("task", task, updated);
  return updated;
}
