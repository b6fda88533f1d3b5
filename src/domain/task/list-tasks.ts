import type { PrismaClient } from "../../generated/prisma/client.ts";

/** Open tasks of one owner due before `before` (overdue ones included), soonest first. */
export async function listTasks(options: { db: PrismaClient; ownerId: number; before?: Date; from?: Date; limit?: number }) {
  return options.db.task.findMany({
    where: {
      ownerId: options.ownerId,
      status: "open",
      dueAt: { ...(options.before ? { lt: options.before } : {}), ...(options.from ? { gte: options.from } : {}) },
    },
    include: { customer: { select: { name: true } } },
    orderBy: { dueAt: "asc" },
    take: options.limit ?? 20,
  });
}
