/** Won revenue per calendar week, for the trend chart: one bucketing query in the database. */
import type { PrismaClient } from "../../store/client.ts";
import type { Scope } from "../../runtime/context.ts";
import { addDays, localDate, startOfDate, startOfLocalWeek, type LocalDate } from "../time/zoned.ts";

export type WonWeek = {
  /** Monday of the week in the asker's zone */
  week: LocalDate;
  start: Date;
  end: Date;
  count: number;
  amount: number;
};

/**
 * Deals won in each of the last `weeks` calendar weeks (Monday 00:00 in `tz`), oldest first, the
 * current week last (so far). A deal counts when its owner is in scope, like the summary's won figures.
 */
export async function findWonTrend(options: {
  db: PrismaClient;
  scope: Scope;
  now?: Date;
  tz: string;
  weeks?: number;
}): Promise<WonWeek[]> {
  const { db, scope, tz } = options;
  const now = options.now ?? new Date();
  const weeks = Math.max(1, Math.min(options.weeks ?? 12, 104));
  const thisMonday = localDate(startOfLocalWeek(now, tz), tz);
  const mondays = Array.from({ length: weeks + 1 }, (_, i) => addDays(thisMonday, (i - weeks + 1) * 7));
  // Boundaries from the zone's calendar, not start + 7×24h: a week with a clock change is not 168 hours.
  const bounds = mondays.map((day) => startOfDate(day, tz));
  const utc = (d: Date) => d.toISOString().slice(0, 23);
  const all = scope.ownerIds === "all";
  const list = scope.ownerIds === "all" ? [] : scope.ownerIds;

  // width_bucket puts each closedAt in the week whose lower bound it passed: 1 … weeks.
  const rows = await db.$queryRaw<{ bucket: number; count: number; amount: string }[]>`
    SELECT width_bucket(d."closedAt", ${bounds.map(utc)}::timestamp[])::int AS bucket,
      COUNT(*)::int AS count, COALESCE(SUM(d.amount), 0)::text AS amount
    FROM "Deal" d
    WHERE d.stage = 'won' AND d."deletedAt" IS NULL
      AND d."closedAt" >= ${utc(bounds[0]!)}::timestamp AND d."closedAt" < ${utc(bounds[weeks]!)}::timestamp
      AND (${all}::boolean OR d."ownerId" = ANY(${list}::int[]))
    GROUP BY 1`;

  const byBucket = new Map(rows.map((row) => [row.bucket, row]));
  return mondays.slice(0, weeks).map((week, i) => {
    const row = byBucket.get(i + 1);
    return { week, start: bounds[i]!, end: bounds[i + 1]!, count: row?.count ?? 0, amount: Number(row?.amount ?? 0) };
  });
}
