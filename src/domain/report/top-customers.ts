/** The customers who brought in the most won business, within an actor's scope. */
import type { PrismaClient } from "../../store/client.ts";
import type { Scope } from "../../runtime/context.ts";

export type TopCustomer = {
  customerId: number;
  name: string;
  companyName: string | null;
  ownerId: number | null;
  ownerName: string | null;
  wonCount: number;
  /** sum of won deal amounts, in the currency's unit */
  wonAmount: number;
};

/**
 * Customers ranked by won deal amount (deals closed within `range` when given), then by number of won
 * deals. A deal counts when its owner is in scope; deleted deals and customers never count.
 */
export async function findTopCustomers(options: {
  db: PrismaClient;
  scope: Scope;
  range?: { start: Date; end: Date };
  limit?: number;
}): Promise<TopCustomer[]> {
  const { db, scope, range } = options;
  const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
  const ids = scope.ownerIds;

  const all = ids === "all";
  const list = all ? [] : ids;
  // Instants as UTC wall-clock text cast to timestamp, as Prisma stores DateTime (see build-summary.ts).
  const utc = (d: Date) => d.toISOString().slice(0, 23);
  // Without a range the bounds are unused, but must still be valid timestamps for the cast.
  const start = utc(range?.start ?? new Date(0));
  const end = utc(range?.end ?? new Date(0));

  // Raw because the ranking needs NULLS LAST (deals won without an amount) and the names in one trip.
  const rows = await db.$queryRaw<
    { customerId: number; name: string; companyName: string | null; ownerId: number | null; ownerName: string | null; wonCount: number; wonAmount: string }[]
  >`
    SELECT d."customerId", c.name, co.name AS "companyName", c."ownerId", s.name AS "ownerName",
      COUNT(*)::int AS "wonCount", COALESCE(SUM(d.amount), 0)::text AS "wonAmount"
    FROM "Deal" d
      JOIN "Customer" c ON c.id = d."customerId"
      LEFT JOIN "Company" co ON co.id = c."companyId"
      LEFT JOIN "Staff" s ON s.id = c."ownerId"
    WHERE d.stage = 'won' AND d."deletedAt" IS NULL AND c."deletedAt" IS NULL
      AND (${all}::boolean OR d."ownerId" = ANY(${list}::int[]))
      AND (${!range}::boolean OR (d."closedAt" >= ${start}::timestamp AND d."closedAt" < ${end}::timestamp))
    GROUP BY d."customerId", c.name, co.name, c."ownerId", s.name
    ORDER BY SUM(d.amount) DESC NULLS LAST, COUNT(*) DESC, d."customerId"
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, wonAmount: Number(row.wonAmount) }));
}
