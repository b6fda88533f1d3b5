import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { AuditEntity, Tx } from "./audit-recorder.ts";

type Delegate = {
  delete(args: { where: { id: number } }): Promise<unknown>;
  update(args: { where: { id: number }; data: Record<string, unknown> }): Promise<unknown>;
};

// Fields that the database keeps for itself and must not be written back.
const NOT_RESTORED = new Set(["id", "createdAt", "updatedAt"]);

/**
 * Reverts one batch of writes, newest first: created rows are deleted, updated rows get back the
 * fields that changed. Returns how many rows were reverted (0 if the batch was already undone).
 */
export async function undoBatch(options: { db: PrismaClient; batchId: string }): Promise<{ reverted: number; entities: { entity: AuditEntity; entityId: number; action: string }[] }> {
  return options.db.$transaction(async (tx) => {
    const rows = await tx.auditLog.findMany({
      where: { batchId: options.batchId, undone: false },
      orderBy: { id: "desc" },
    });
    for (const row of rows) {
      const delegate = delegateFor(tx, row.entity as AuditEntity);
      if (row.action === "create") {
        await delegate.delete({ where: { id: row.entityId } });
      } else if (row.action === "update" && row.before && row.after) {
        const before = row.before as Record<string, unknown>;
        const after = row.after as Record<string, unknown>;
        const changed = Object.keys(before).filter(
          (key) => !NOT_RESTORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
        );
        await delegate.update({ where: { id: row.entityId }, data: Object.fromEntries(changed.map((k) => [k, before[k]])) });
      }
    }
    await tx.auditLog.updateMany({ where: { batchId: options.batchId }, data: { undone: true } });
    return { reverted: rows.length, entities: rows.map((r) => ({ entity: r.entity as AuditEntity, entityId: r.entityId, action: r.action })) };
  });
}

function delegateFor(tx: Tx, entity: AuditEntity): Delegate {
  // The audit log names Prisma models; each has the same delete/update shape.
  return (tx as unknown as Record<AuditEntity, Delegate>)[entity];
}
