/**
 * Every write goes through an AuditRecorder inside the same transaction: who did what to which record,
 * with the row before and after. Rows of one user action share a batch id, which /undo reverts.
 */
import type { Prisma } from "../../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;

/** The Prisma model names that writes touch; the same names are used to undo them. */
export type AuditEntity =
  | "customer" | "company" | "deal" | "dealStageChange" | "activity" | "task" | "booking"
  | "complaint" | "loyaltyEntry";

export type AuditActor = { staffId?: number; customerId?: number };

export type AuditRecorder = {
  readonly batchId: string;
  created(entity: AuditEntity, row: { id: number }): Promise<void>;
  updated(entity: AuditEntity, before: { id: number }, after: { id: number }): Promise<void>;
};

// JSON columns hold plain data: Dates as ISO strings, Decimals as strings.
const toJson = (row: object) => JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;

export function createAuditRecorder(options: { tx: Tx; actor: AuditActor; batchId: string }): AuditRecorder {
  const { tx, actor, batchId } = options;
  const base = { actorStaffId: actor.staffId ?? null, actorCustomerId: actor.customerId ?? null, batchId };
  return {
    batchId,
    async created(entity, row) {
      await tx.auditLog.create({ data: { ...base, action: "create", entity, entityId: row.id, after: toJson(row) } });
    },
    async updated(entity, before, after) {
      await tx.auditLog.create({
        data: { ...base, action: "update", entity, entityId: after.id, before: toJson(before), after: toJson(after) },
      });
    },
  };
}
