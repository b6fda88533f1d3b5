/**
 * The customer pyramid and RFM scores, recomputed for every customer in one aggregate UPDATE. Run it on
 * a schedule (nightly) or before a report; it never loops over customers in JavaScript.
 *
 * The pyramid (revenue = won deal amounts closed in the 12 months up to `now`). Customers are ranked by
 * revenue, highest first (equal revenue: the older customer, lower id, first), and each is placed by the
 * share of total revenue earned by the customers ranked above it, and by its rank among all customers:
 *
 *   vip       share above < 50% and rank within the top 5% of customers (at least one)
 *   major     share above < 80% and rank within the top 20%
 *   ordinary  share above < 95%
 *   small     the long tail making the last 5% of revenue, and every customer with no revenue
 *
 * So the customers who together bring the first half of the money are VIP unless they are more than a
 * twentieth of the book (then the money is spread thin and they are only major), the 80/20 rule makes the
 * majors, and the cut at 95% keeps the few-yuan tail out of "ordinary".
 *
 * RFM scores 1–5, 5 best. A customer with nothing to measure scores 1 (never contacted, no won deal or
 * activity in 12 months, no revenue); the others are split into quartiles with NTILE(4) and score 5 down
 * to 2. Equal measures score alike, in the lowest band any of them fell in: small counts tie a lot (many
 * customers with one contact), and a tie should not lift the whole group into a band only a few reach.
 *   recency    time since the last won deal or activity, at any time up to `now`
 *   frequency  won deals plus activities in the 12 months up to `now`
 *   monetary   revenue as above
 *
 * Guests and deleted customers are neither counted nor changed.
 */
import type { PrismaClient } from "../../store/client.ts";

export type CustomerTier = "vip" | "major" | "ordinary" | "small";
export const TIERS: readonly CustomerTier[] = ["vip", "major", "ordinary", "small"];

/** Cumulative revenue shares and count caps of the pyramid, in the order of TIERS. */
export const PYRAMID_RULE = {
  vip: { shareBelow: 0.5, topShareOfCustomers: 0.05 },
  major: { shareBelow: 0.8, topShareOfCustomers: 0.2 },
  ordinary: { shareBelow: 0.95 },
} as const;

/** The window revenue and frequency are counted over: the 12 months up to `now`. */
export function revenueWindow(now: Date): { start: Date; end: Date } {
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return { start, end: now };
}

/**
 * Sets tier, rfmRecency, rfmFrequency, rfmMonetary and tierUpdatedAt on every customer (not guests, not
 * deleted). Returns how many customers were updated.
 */
export async function recomputeSegments(options: { db: PrismaClient; now?: Date }): Promise<{ customers: number }> {
  const { db } = options;
  const now = options.now ?? new Date();
  const { start } = revenueWindow(now);
  // Instants as UTC wall-clock text cast to timestamp, as Prisma stores DateTime (see build-summary.ts).
  const utc = (d: Date) => d.toISOString().slice(0, 23);
  const since = utc(start);
  const until = utc(now);
  const { vip, major, ordinary } = PYRAMID_RULE;

  // "updatedAt" is left alone on purpose: a recomputed score is not an edit anyone made to the customer.
  const customers = await db.$executeRaw`
    WITH won AS (
      SELECT d."customerId" AS id,
        COALESCE(SUM(d.amount) FILTER (WHERE d."closedAt" > ${since}::timestamp), 0) AS revenue,
        COUNT(*) FILTER (WHERE d."closedAt" > ${since}::timestamp) AS deals,
        MAX(d."closedAt") AS "lastWon"
      FROM "Deal" d
      WHERE d.stage = 'won' AND d."deletedAt" IS NULL AND d."closedAt" <= ${until}::timestamp
      GROUP BY d."customerId"
    ),
    acts AS (
      SELECT a."customerId" AS id,
        COUNT(*) FILTER (WHERE a."occurredAt" > ${since}::timestamp) AS n,
        MAX(a."occurredAt") AS "lastActivity"
      FROM "Activity" a
      WHERE a."deletedAt" IS NULL AND a."occurredAt" <= ${until}::timestamp
      GROUP BY a."customerId"
    ),
    measured AS (
      SELECT c.id,
        COALESCE(w.revenue, 0) AS revenue,
        COALESCE(w.deals, 0) + COALESCE(x.n, 0) AS frequency,
        -- GREATEST skips NULLs: whichever of the two happened last
        GREATEST(w."lastWon", x."lastActivity") AS "lastTouch"
      FROM "Customer" c
        LEFT JOIN won w ON w.id = c.id
        LEFT JOIN acts x ON x.id = c.id
      WHERE NOT c."isGuest" AND c."deletedAt" IS NULL
    ),
    ranked AS (
      SELECT m.*,
        COUNT(*) OVER () AS population,
        SUM(revenue) OVER () AS total,
        ROW_NUMBER() OVER (ORDER BY revenue DESC, id) AS rank,
        COALESCE(SUM(revenue) OVER (ORDER BY revenue DESC, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS above,
        -- Partitioned by "has any" so the customers without one do not take up bands.
        NTILE(4) OVER (PARTITION BY "lastTouch" IS NULL ORDER BY "lastTouch" DESC, id) AS "rBand",
        NTILE(4) OVER (PARTITION BY frequency = 0 ORDER BY frequency DESC, id) AS "fBand",
        NTILE(4) OVER (PARTITION BY revenue <= 0 ORDER BY revenue DESC, id) AS "mBand"
      FROM measured m
    ),
    scored AS (
      SELECT id,
        CASE
          WHEN revenue <= 0 THEN 'small'
          WHEN above < ${vip.shareBelow}::numeric * total AND rank <= GREATEST(1, CEIL(${vip.topShareOfCustomers}::numeric * population)) THEN 'vip'
          WHEN above < ${major.shareBelow}::numeric * total AND rank <= CEIL(${major.topShareOfCustomers}::numeric * population) THEN 'major'
          WHEN above < ${ordinary.shareBelow}::numeric * total THEN 'ordinary'
          ELSE 'small'
        END AS tier,
        CASE WHEN "lastTouch" IS NULL THEN 1 ELSE 6 - MAX("rBand") OVER (PARTITION BY "lastTouch") END AS r,
        CASE WHEN frequency = 0 THEN 1 ELSE 6 - MAX("fBand") OVER (PARTITION BY frequency) END AS f,
        CASE WHEN revenue <= 0 THEN 1 ELSE 6 - MAX("mBand") OVER (PARTITION BY revenue) END AS m
      FROM ranked
    )
    UPDATE "Customer" c
    SET tier = s.tier::"CustomerTier", "rfmRecency" = s.r, "rfmFrequency" = s.f, "rfmMonetary" = s.m,
      "tierUpdatedAt" = ${until}::timestamp
    FROM scored s
    WHERE c.id = s.id`;
  return { customers };
}
