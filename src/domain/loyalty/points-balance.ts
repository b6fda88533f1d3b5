import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";

/** A customer's loyalty points: the sum of their ledger. */
export async function pointsBalance(options: { db: PrismaClient | Tx; customerId: number }): Promise<number> {
  const sum = await options.db.loyaltyEntry.aggregate({ where: { customerId: options.customerId }, _sum: { points: true } });
  return sum._sum.points ?? 0;
}
