import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { createTask } from "../task/create-task.ts";
import { addDays, localDate, zonedInstant } from "../time/zoned.ts";

/** The classic 3-3-3 (3 days, 3 weeks, 3 months), for an owner with no team cadence. */
export const DEFAULT_CADENCE_DAYS = [3, 21, 90];
const FOLLOW_UP_HOUR = 9;

/**
 * A new lead's follow-up tasks on the owner's team cadence (Team.cadenceDays), each at 09:00 local on
 * day N after `start`; each task's reminder is queued with it.
 */
export async function createCadenceTasks(options: {
  tx: Tx;
  audit: AuditRecorder;
  ownerId: number;
  customerId: number;
  dealId?: number;
  title: string;
  start: Date;
  tz: string;
}) {
  const { tx, audit, ownerId, customerId, dealId, title, start, tz } = options;
  const owner = await tx.staff.findUnique({ where: { id: ownerId }, select: { team: { select: { cadenceDays: true } } } });
  const cadence = owner?.team?.cadenceDays.length ? owner.team.cadenceDays : DEFAULT_CADENCE_DAYS;
  const today = localDate(start, tz);
  const tasks = [];
  for (const days of [...new Set(cadence)].filter((d) => d > 0).sort((a, b) => a - b)) {
    const dueAt = zonedInstant({ ...addDays(today, days), hour: FOLLOW_UP_HOUR }, tz);
    tasks.push(await createTask({ tx, audit, ownerId, customerId, dealId, title, dueAt, origin: "cadence" }));
  }
  return tasks;
}
