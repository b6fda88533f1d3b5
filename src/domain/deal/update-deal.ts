import type { DealStage } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";

const CLOSED: DealStage[] = ["won", "lost"];

/**
 * Moves a customer's current deal to a stage and/or sets its amount. The current deal is the most
 * recently touched open one; with none open, a new deal is opened for the change.
 */
export async function updateDeal(options: {
  tx: Tx;
  audit: AuditRecorder;
  staffId: number;
  customerId: number;
  stage?: DealStage;
  amount?: number;
  at: Date;
}) {
  const { tx, audit, staffId, customerId, stage, amount, at } = options;
  let deal = await tx.deal.findFirst({
    where: { customerId, deletedAt: null, stage: { notIn: CLOSED } },
    orderBy: { updatedAt: "desc" },
  });
  const owner = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, select: { ownerId: true } });
  if (!deal) {
    deal = await tx.deal.create({ data: { customerId, ownerId: owner.ownerId ?? staffId, createdById: staffId, createdAt: at } });
    await audit.created("deal", deal);
  }
  const before = deal;
  const after = await tx.deal.update({
    where: { id: deal.id },
    data: {
      ...(stage ? { stage, closedAt: CLOSED.includes(stage) ? at : null } : {}),
      ...(amount !== undefined ? { amount } : {}),
    },
  });
  await audit.updated("deal", before, after);
  if (stage && stage !== before.stage) {
    const change = await tx.dealStageChange.create({
      data: { dealId: deal.id, fromStage: before.stage, toStage: stage, byStaffId: staffId, changedAt: at },
    });
    await audit.created("dealStageChange", change);
  }
  return { deal: after, previousStage: before.stage };
}
