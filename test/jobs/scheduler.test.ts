/** The durable scheduler on both stores, with a fixed clock: once only, retries, quiet hours, catch-up. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/store/client.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { jobBackoffMs, MAX_JOB_ATTEMPTS, runDueJobs, scheduleJob } from "../../src/jobs/scheduler.ts";
import { loadJobSettings } from "../../src/jobs/settings.ts";
import { createNotify } from "../../src/jobs/notify.ts";
import { JOB_KINDS } from "../../src/jobs/kinds/index.ts";
import type { JobHandler } from "../../src/jobs/types.ts";
import { databaseUrlFor, dropDatabase, testDatabases } from "../support/databases.ts";

const log = createLogger("silent");
const settings = loadJobSettings({});
const at = (iso: string) => new Date(iso);
const noNotify = async () => false;

describe.each(testDatabases)("scheduler on $name", ({ open }) => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database.close());
  const db = () => database.prisma;

  it("schedules a dedupe key once", async () => {
    for (let i = 0; i < 3; i++) await scheduleJob({ db: db(), kind: "noop", runAt: at("2026-11-18T10:00:00Z"), dedupeKey: "once:1" });
    expect(await db().job.count({ where: { dedupeKey: "once:1" } })).toBe(1);
  });

  it("runs what is due, oldest first, and leaves the rest", async () => {
    const seen: string[] = [];
    const handlers: Record<string, JobHandler> = { record: async (_ctx, payload) => void seen.push(String(payload.name)) };
    await scheduleJob({ db: db(), kind: "record", runAt: at("2026-11-18T09:30:00Z"), payload: { name: "second" } });
    await scheduleJob({ db: db(), kind: "record", runAt: at("2026-11-18T09:00:00Z"), payload: { name: "first" } });
    await scheduleJob({ db: db(), kind: "record", runAt: at("2026-11-18T12:00:00Z"), payload: { name: "later" } });
    const result = await runDueJobs({ db: db(), now: at("2026-11-18T10:00:00Z"), handlers: { ...handlers, noop: async () => {} }, notify: noNotify, log, settings });
    expect(seen).toEqual(["first", "second"]);
    expect(result.ran).toBe(3); // the two, and the "noop" of the test before
    const later = await db().job.findFirstOrThrow({ where: { kind: "record", status: "pending" } });
    expect(later.runAt).toEqual(at("2026-11-18T12:00:00Z"));
    await runDueJobs({ db: db(), now: at("2026-11-18T12:00:00Z"), handlers, notify: noNotify, log, settings });
    expect(seen).toEqual(["first", "second", "later"]);
  });

  it("queues a job's messages once though it runs again after failing past them", async () => {
    let runs = 0;
    const chat = { platform: "telegram", chatId: "dedupe-chat", userId: "u" };
    const handlers: Record<string, JobHandler> = {
      remindTwice: async (ctx) => {
        runs++;
        await ctx.notify(chat, { kind: "text", text: "first" });
        await ctx.notify(chat, { kind: "text", text: "second" });
        // Fails after queueing, as a process dying before the job is marked done would: it runs again.
        if (runs === 1) throw new Error("died after notifying");
      },
    };
    const due = at("2026-11-25T00:00:00Z");
    await scheduleJob({ db: db(), kind: "remindTwice", runAt: due, dedupeKey: "remind-twice:1" });
    const notify = createNotify({ db: db(), now: () => due });
    await runDueJobs({ db: db(), now: due, handlers, notify, log, settings });
    await runDueJobs({ db: db(), now: new Date(due.getTime() + jobBackoffMs(1) + 1000), handlers, notify, log, settings });
    expect(runs).toBe(2);
    const queued = await db().outboundMessage.findMany({ where: { chatId: "dedupe-chat" }, orderBy: { id: "asc" } });
    expect(queued.map((row) => (row.reply as { text: string }).text)).toEqual(["first", "second"]);
  });

  it("retries a throwing job with backoff, then marks it failed", async () => {
    let calls = 0;
    const handlers: Record<string, JobHandler> = { flaky: async () => { calls++; throw new Error("boom"); } };
    await scheduleJob({ db: db(), kind: "flaky", runAt: at("2026-11-19T00:00:00Z"), dedupeKey: "flaky:1" });
    let now = at("2026-11-19T00:00:00Z");
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      // One millisecond early, nothing runs: the backoff is honoured.
      if (attempt > 1) {
        await runDueJobs({ db: db(), now: new Date(now.getTime() - 1), handlers, notify: noNotify, log, settings });
        expect(calls).toBe(attempt - 1);
      }
      await runDueJobs({ db: db(), now, handlers, notify: noNotify, log, settings });
      expect(calls).toBe(attempt);
      const job = await db().job.findUniqueOrThrow({ where: { dedupeKey: "flaky:1" } });
      if (attempt < MAX_JOB_ATTEMPTS) {
        expect(job).toMatchObject({ status: "pending", attempts: attempt, lastError: "boom" });
        expect(job.runAt.getTime() - now.getTime()).toBe(jobBackoffMs(attempt));
        now = job.runAt;
      } else {
        expect(job).toMatchObject({ status: "failed", attempts: MAX_JOB_ATTEMPTS, lastError: "boom" });
      }
    }
    await runDueJobs({ db: db(), now: at("2026-12-31T00:00:00Z"), handlers, notify: noNotify, log, settings });
    expect(calls).toBe(MAX_JOB_ATTEMPTS);
  });

  it("holds a reminder due at night until the owner's quiet hours end", async () => {
    const staff = await db().staff.create({ data: { name: "night-owl", role: "sales", timeZone: "Asia/Shanghai" } });
    await db().identity.create({ data: { platform: "console", platformUserId: "night-owl", chatId: "night-owl", staffId: staff.id } });
    const task = await db().task.create({ data: { ownerId: staff.id, title: "跟进 张伟", dueAt: at("2026-11-20T23:00:00+08:00") } });
    await scheduleJob({ db: db(), kind: "task-reminder", runAt: task.dueAt, payload: { taskId: task.id, dueAt: task.dueAt.toISOString() } });
    const notify = createNotify({ db: db(), now: () => at("2026-11-20T23:00:00+08:00") });

    const night = await runDueJobs({ db: db(), now: at("2026-11-20T23:00:00+08:00"), handlers: JOB_KINDS, notify, log, settings });
    expect(night.deferred).toBe(1);
    expect(await db().outboundMessage.count({ where: { userId: "night-owl" } })).toBe(0);
    const held = await db().job.findFirstOrThrow({ where: { kind: "task-reminder", payload: { path: ["taskId"], equals: task.id } } });
    expect(held).toMatchObject({ status: "pending", attempts: 0 });
    expect(held.runAt).toEqual(at("2026-11-21T08:00:00+08:00"));

    await runDueJobs({ db: db(), now: at("2026-11-21T08:00:00+08:00"), handlers: JOB_KINDS, notify, log, settings });
    const sent = await db().outboundMessage.findMany({ where: { userId: "night-owl" } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reply).toMatchObject({ kind: "choice", options: [{ value: `/done T-${task.id}` }, { value: `/snooze T-${task.id}` }, { value: `/tasknote T-${task.id}` }] });
    expect((await db().task.findUniqueOrThrow({ where: { id: task.id } })).remindedAt).toEqual(at("2026-11-21T08:00:00+08:00"));
  });

  it("catches up after downtime without flooding", async () => {
    const staff = await db().staff.create({ data: { name: "returning", role: "sales", timeZone: "Asia/Shanghai" } });
    await db().identity.create({ data: { platform: "console", platformUserId: "returning", chatId: "returning", staffId: staff.id } });
    // Three mornings missed while the server was down, and a reminder from the first of them.
    for (const day of ["2026-12-01", "2026-12-02", "2026-12-03"]) {
      await scheduleJob({ db: db(), kind: "digest", runAt: at(`${day}T08:30:00+08:00`), payload: { staffId: staff.id, coalesce: `digest:${staff.id}` }, dedupeKey: `digest:${staff.id}:${day}` });
    }
    const task = await db().task.create({ data: { ownerId: staff.id, title: "回访 李娜", dueAt: at("2026-12-01T10:00:00+08:00") } });
    await scheduleJob({ db: db(), kind: "task-reminder", runAt: task.dueAt, payload: { taskId: task.id, dueAt: task.dueAt.toISOString() } });

    const back = at("2026-12-04T10:00:00+08:00");
    const result = await runDueJobs({ db: db(), now: back, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => back }), log, settings });
    expect(result.coalesced).toBe(2);
    const sent = await db().outboundMessage.findMany({ where: { userId: "returning" } });
    // One digest listing the overdue task, no separate ping for it.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reply).toMatchObject({ kind: "text", text: expect.stringMatching(new RegExp(`逾期 1 项[\\s\\S]*T-${task.id} .*回访 李娜`)) });
    expect(await db().job.count({ where: { kind: "digest", payload: { path: ["staffId"], equals: staff.id }, status: "cancelled" } })).toBe(2);
    // The escalation still follows from the dropped reminder.
    expect(await db().job.count({ where: { kind: "task-escalation", payload: { path: ["taskId"], equals: task.id } } })).toBe(1);
  });

  it("drops a stale digest that would land at night", async () => {
    const staff = await db().staff.create({ data: { name: "sleeper", role: "sales", timeZone: "Asia/Shanghai" } });
    await db().identity.create({ data: { platform: "console", platformUserId: "sleeper", chatId: "sleeper", staffId: staff.id } });
    await db().task.create({ data: { ownerId: staff.id, title: "跟进 王芳", dueAt: at("2026-12-01T10:00:00+08:00") } });
    await scheduleJob({ db: db(), kind: "digest", runAt: at("2026-12-02T08:30:00+08:00"), payload: { staffId: staff.id, coalesce: `digest:${staff.id}` } });
    const night = at("2026-12-02T23:30:00+08:00");
    await runDueJobs({ db: db(), now: night, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => night }), log, settings });
    expect(await db().outboundMessage.count({ where: { userId: "sleeper" } })).toBe(0);
    expect(await db().job.count({ where: { kind: "digest", payload: { path: ["staffId"], equals: staff.id }, status: "done" } })).toBe(1);
  });
});

describe("two schedulers on one PostgreSQL", () => {
  const url = databaseUrlFor();
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await openDatabase({ db: url });
    second = await openDatabase({ db: url });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await dropDatabase(url);
  });

  it("runs each job once", async () => {
    const count = 60;
    for (let i = 0; i < count; i++) await scheduleJob({ db: first.prisma, kind: "count", runAt: at("2026-11-18T10:00:00Z"), payload: { n: i } });
    const runs = new Map<number, string[]>();
    const handler = (who: string): JobHandler => async (_ctx, payload) => {
      const n = Number(payload.n);
      runs.set(n, [...(runs.get(n) ?? []), who]);
      // Give the other runner a chance to try the same rows.
      await new Promise((resolve) => setImmediate(resolve));
    };
    const run = async (db: Database, who: string) => {
      let total = 0;
      for (;;) {
        const result = await runDueJobs({ db: db.prisma, now: at("2026-11-18T10:00:00Z"), handlers: { count: handler(who) }, notify: noNotify, log, settings, limit: 7 });
        total += result.ran;
        if (result.ran === 0) return total;
      }
    };
    const [a, b] = await Promise.all([run(first, "a"), run(second, "b")]);
    expect(a + b).toBe(count);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect([...runs.values()].every((who) => who.length === 1)).toBe(true);
    expect(runs.size).toBe(count);
    expect(await first.prisma.job.count({ where: { status: "done" } })).toBe(count);
  });
});
