/** The scans on both stores with a fixed clock: at-risk customers, holiday care, and the segments kind. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/client.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { runDueJobs, scheduleJob } from "../../src/jobs/scheduler.ts";
import { loadJobSettings } from "../../src/jobs/settings.ts";
import { createNotify } from "../../src/jobs/notify.ts";
import { JOB_KINDS } from "../../src/jobs/kinds/index.ts";
import { testDatabases } from "../support/databases.ts";

const log = createLogger("silent");
const settings = loadJobSettings({});
const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe.each(testDatabases)("job kinds on $name", ({ open }) => {
  let database: Database;
  let rep: number;
  beforeAll(async () => {
    database = await open();
    rep = (await database.prisma.staff.create({ data: { name: "rita", role: "sales" } })).id;
    await database.prisma.identity.create({ data: { platform: "console", platformUserId: "rita", chatId: "rita", staffId: rep } });
  });
  afterAll(() => database.close());
  const db = () => database.prisma;
  const run = async (kind: string, now: Date, dedupeKey?: string) => {
    await scheduleJob({ db: db(), kind, runAt: now, dedupeKey });
    return runDueJobs({ db: db(), now, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => now }), log, settings });
  };

  it("turns customers not contacted within their tier's window into one task each", async () => {
    const now = at("2026-12-01T07:10:00+08:00");
    const customer = async (name: string, tier: "vip" | "ordinary", lastContact: number) => {
      const c = await db().customer.create({ data: { name, searchKey: name, ownerId: rep, tier, createdAt: new Date(now.getTime() - 400 * DAY) } });
      await db().activity.create({ data: { customerId: c.id, staffId: rep, summary: "call", occurredAt: new Date(now.getTime() - lastContact * DAY) } });
      return c.id;
    };
    const quietVip = await customer("陈总", "vip", 20);
    const recentVip = await customer("周总", "vip", 5);
    const quietOrdinary = await customer("吴先生", "ordinary", 20);
    const lostOrdinary = await customer("郑女士", "ordinary", 61);

    const result = await run("at-risk-scan", now, "at-risk:1");
    expect(result.ran).toBe(1);
    const tasks = await db().task.findMany({ where: { origin: "at_risk" }, orderBy: { customerId: "asc" } });
    expect(tasks.map((t) => t.customerId)).toEqual([quietVip, lostOrdinary]);
    expect(tasks[0]!.title).toBe("⚠️ 陈总（VIP）已 20 天未联系，回访一下");
    expect(tasks[0]!.dueAt).toEqual(at("2026-12-01T10:00:00+08:00"));
    expect([recentVip, quietOrdinary].some((id) => tasks.some((t) => t.customerId === id))).toBe(false);

    // The next day's scan adds nothing: their at-risk tasks are still open.
    await run("at-risk-scan", new Date(now.getTime() + DAY), "at-risk:2");
    expect(await db().task.count({ where: { origin: "at_risk" } })).toBe(2);
  });

  it("makes one holiday care task per rep a few days ahead, once", async () => {
    const now = at("2026-12-22T07:00:00+08:00");
    await run("care-scan", now, "care:1");
    await run("care-scan", new Date(now.getTime() + DAY), "care:2");
    const tasks = await db().task.findMany({ where: { origin: "holiday", ownerId: rep } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.title).toMatch(/^🎉 圣诞节关怀：给 4 位客户送祝福$/);
    expect(tasks[0]!.dueAt).toEqual(at("2026-12-25T09:00:00+08:00"));
    // Its reminder is queued for the day.
    expect(await db().job.count({ where: { kind: "task-reminder", runAt: at("2026-12-25T09:00:00+08:00") } })).toBe(1);
  });

  it("recomputes segments nightly", async () => {
    const result = await run("recompute-segments", at("2026-12-02T02:00:00+08:00"), "segments:1");
    expect(result).toMatchObject({ ran: 1, failed: 0, retried: 0 });
  });
});
