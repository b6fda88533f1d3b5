import type { ActivityChannel } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

/** Records a contact with a customer, attached to their open deal if they have one. */
export async function logFollowup(options: {
  tx: Tx;
  audit: AuditRecorder;
  staffId: number;
  customerId: number;
  channel?: ActivityChannel;
  summary: string;
  occurredAt: Date;
  /** the inbound message that recorded it */
  inboundMessageId?: number;
}) {
  const { tx, audit, staffId, customerId } = options;
  const openDeal = await tx.deal.findFirst({
    where: { customerId, deletedAt: null, stage: { notIn: ["won", "lost"] } },
    orderBy: { updatedAt: "desc" },
  });
  const activity = await tx.activity.create({
    data: {
      customerId,
      staffId,
      dealId: openDeal?.id,
      channel: options.channel ?? "note",
      summary: options.summary,
      occurredAt: options.occurredAt,
      inboundMessageId: options.inboundMessageId,
    },
  });
  await audit.created("activity", activity);
  // A follow-up answers the open follow-up tasks for this customer that were already due.
  const due = await tx.task.findMany({
    where: { customerId, ownerId: staffId, status: "open", dueAt: { lte: new Date(options.occurredAt.getTime() + 86_400_000) } },
  });
  for (const task of due) {
    const done = await tx.task.update({ where: { id: task.id }, data: { status: "done", doneAt: options.occurredAt } });
    await audit.updated("task", task, done);
  }
  return { activity, closedTasks: due.length };
}
