/**
 * The recurring jobs: each rep's morning digest, each manager's weekly summary, and the daily scans.
 * Planned a day or two ahead with dedupe keys, so planning again (each start, each night) is harmless
 * and staff added since are picked up by the next night's plan.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { scheduleJob } from "./scheduler.ts";
import { jobSettings, type JobSettings } from "./settings.ts";
import { nextLocalTimes } from "./local-time.ts";

/** Daily jobs that belong to no one person, at a local time in the default zone. */
export const DAILY_SCANS: { kind: string; hour: number; minute: number }[] = [
  // Before the scans, so at-risk windows follow today's tiers.
  { kind: "recompute-segments", hour: 2, minute: 0 },
  { kind: "care-scan", hour: 7, minute: 0 },
  { kind: "at-risk-scan", hour: 7, minute: 10 },
];

export async function ensureRecurringJobs(options: { db: PrismaClient; now: Date; settings?: JobSettings; dailyScans?: typeof DAILY_SCANS }): Promise<void> {
  const { db, now } = options;
  const settings = options.settings ?? jobSettings();
  const staff = await db.staff.findMany({ where: { deletedAt: null, role: { in: ["sales", "manager"] } }, select: { id: true, role: true, timeZone: true } });

  for (const member of staff) {
    // Two ahead: whatever the zones, no morning falls between two nightly plans.
    for (const { at, date } of nextLocalTimes({ now, tz: member.timeZone, ...settings.digestAt, count: 2 })) {
      await scheduleJob({ db, kind: "digest", runAt: at, payload: { staffId: member.id, coalesce: `digest:${member.id}` }, dedupeKey: `digest:${member.id}:${date}` });
    }
    if (member.role === "manager") {
      const { weekday, hour, minute } = settings.weeklySummary;
      for (const { at, date } of nextLocalTimes({ now, tz: member.timeZone, hour, minute, weekday })) {
        await scheduleJob({ db, kind: "weekly-summary", runAt: at, payload: { staffId: member.id, coalesce: `weekly:${member.id}` }, dedupeKey: `weekly:${member.id}:${date}` });
      }
    }
  }
  for (const scan of options.dailyScans ?? DAILY_SCANS) {
    for (const { at, date } of nextLocalTimes({ now, tz: settings.tz, hour: scan.hour, minute: scan.minute })) {
      await scheduleJob({ db, kind: scan.kind, runAt: at, payload: { coalesce: scan.kind }, dedupeKey: `${scan.kind}:${date}` });
    }
  }
  // Tonight's plan does this again for tomorrow.
  for (const { at, date } of nextLocalTimes({ now, tz: settings.tz, hour: 0, minute: 5 })) {
    await scheduleJob({ db, kind: "plan-recurring", runAt: at, payload: { coalesce: "plan-recurring" }, dedupeKey: `plan-recurring:${date}` });
  }
}
