/** How many customers, and how much revenue, sit in each tier of the pyramid within an actor's scope. */
import type { PrismaClient } from "../../store/client.ts";
import type { Scope } from "../../runtime/context.ts";
import { revenueWindow, TIERS, type CustomerTier } from "./recompute-segments.ts";

export type PyramidLevel = {
  tier: CustomerTier;
  customers: number;
  /** won deal amounts of these customers closed in the 12 months up to `now` */
  revenue: number;
  /** this level's part of the scope's revenue, 0–1 (0 when there is no revenue at all) */
  share: number;
};

export type Pyramid = {
  /** always four levels, vip first */
  levels: PyramidLevel[];
  customers: number;
  revenue: number;
  /** when the tiers were last computed (the latest in scope); null when never */
  computedAt: Date | null;
};

/**
 * The stored tiers of the customers in `scope` (by customer owner; not guests, not deleted), counted and
 * summed by the database. Revenue is counted live over the same window `recomputeSegments` uses, so it
 * is current even when the tiers are a night old.
 */
export async function customerPyramid(options: { db: PrismaClient; scope: Scope; now?: Date }): Promise<Pyramid> {
  const { db, scope } = options;
  const now = options.now ?? new Date();
  const { start } = revenueWindow(now);
  const utc = (d: Date) => d.toISOString().slice(0, 23);
  const all = scope.ownerIds === "all";
  const list = scope.ownerIds === "all" ? [] : scope.ownerIds;

  const rows = await db.$queryRaw<{ tier: CustomerTier; customers: number; revenue: string; computedAt: Date | null }[]>`
    SELECT c.tier::text AS tier, COUNT(*)::int AS customers,
      COALESCE(SUM(w.revenue), 0)::text AS revenue, MAX(c."tierUpdatedAt") AS "computedAt"
    FROM "Customer" c
      LEFT JOIN (
        SELECT d."customerId", SUM(d.amount) AS revenue
        FROM "Deal" d
        WHERE d.stage = 'won' AND d."deletedAt" IS NULL
          AND d."closedAt" > ${utc(start)}::timestamp AND d."closedAt" <= ${utc(now)}::timestamp
        GROUP BY d."customerId"
      ) w ON w."customerId" = c.id
    WHERE NOT c."isGuest" AND c."deletedAt" IS NULL
      AND (${all}::boolean OR c."ownerId" = ANY(${list}::int[]))
    GROUP BY c.tier`;

  const byTier = new Map(rows.map((row) => [row.tier, row]));
  const revenue = rows.reduce((sum, row) => sum + Number(row.revenue), 0);
  const levels = TIERS.map((tier) => {
    const row = byTier.get(tier);
    const amount = Number(row?.revenue ?? 0);
    return { tier, customers: row?.customers ?? 0, revenue: amount, share: revenue > 0 ? amount / revenue : 0 };
  });
  const stamps = rows.map((row) => row.computedAt).filter((d): d is Date => d !== null);
  const computedAt = stamps.length ? new Date(Math.max(...stamps.map((d) => d.getTime()))) : null;
  return {
    levels,
    customers: levels.reduce((sum, level) => sum + level.customers, 0),
    revenue: Math.round(revenue * 100) / 100,
    computedAt,
  };
}
