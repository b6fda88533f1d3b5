/** The loop serve runs: it picks up due jobs on the real clock, plans the recurring ones, and stops. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/client.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { scheduleJob } from "../../src/jobs/scheduler.ts";
import { startScheduler } from "../../src/jobs/start-scheduler.ts";
import { loadJobSettings } from "../../src/jobs/settings.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases)("scheduler loop on $name", ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());

  it("runs a due job, plans the daily jobs, and stops cleanly", async () => {
    const db = database.prisma;
    await db.staff.create({ data: { name: "lin", role: "sales" } });
    await scheduleJob({ db, kind: "ping", runAt: new Date(Date.now() - 1000), dedupeKey: "ping" });
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    let kicked = 0;
    const loop = startScheduler({ db, handlers: { ping: async () => ran() }, notify: async () => false, log: createLogger("silent"), pollMs: 50, onRan: () => kicked++, settings: loadJobSettings({}) });
    await done;
    await loop.stop();
    expect((await db.job.findUniqueOrThrow({ where: { dedupeKey: "ping" } })).status).toBe("done");
    expect(kicked).toBeGreaterThan(0);
    const kinds = (await db.job.findMany({ where: { status: "pending" }, select: { kind: true } })).map((j) => j.kind);
    expect(new Set(kinds)).toEqual(new Set(["digest", "care-scan", "at-risk-scan", "recompute-segments", "plan-recurring"]));
  });
});
