/**
 * The durable scheduler. Jobs are rows; any number of processes run `runDueJobs` against one database
 * and each job runs once, because claiming is one UPDATE over rows picked with FOR UPDATE SKIP LOCKED.
 *
 * Catch-up after downtime, without flooding (the rule, in one place):
 * - a job is "stale" when it runs more than `settings.catchUpMs` after its runAt;
 * - a stale job of a series (`payload.coalesce`) is dropped when a later job of that series is due too,
 *   so only the latest digest or weekly summary per recipient goes out;
 * - kinds decide what a stale job still sends: a stale task reminder sends nothing (the task is overdue,
 *   so the next morning digest lists it), a stale digest is sent once with today's figures unless it
 *   lands in quiet hours (then the next regular digest is near), scans simply run once.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "../domain/audit/audit-recorder.ts";
import type { Logger } from "../runtime/logger.ts";
import type { JobContext, JobHandler, NewJob, Recipient } from "./types.ts";
import type { Reply } from "../runtime/message.ts";
import { JobDeferred } from "./defer.ts";
import { jobSettings, type JobSettings } from "./settings.ts";

/** A claim older than this belongs to a process that died mid-job: another takes the job over. */
export const JOB_LEASE_MS = 5 * 60_000;
/** Attempts before a throwing job is marked failed. */
export const MAX_JOB_ATTEMPTS = 5;

/** The wait before attempt n+1: 1 min, 4, 16, 64 … (no jitter, so a fake clock can test it). */
export function jobBackoffMs(attempts: number): number {
  return 60_000 * 4 ** Math.max(0, attempts - 1);
}

/** Queues a job; with a dedupeKey already used, nothing happens. Works inside a transaction too. */
export async function scheduleJob(options: { db: PrismaClient | Tx } & NewJob): Promise<void> {
  const { db, kind, runAt, payload = {}, dedupeKey } = options;
  await db.$executeRaw`
    INSERT INTO "Job" (kind, "runAt", payload, status, attempts, "dedupeKey")
    VALUES (${kind}, ${runAt}, ${JSON.stringify(payload)}::jsonb, 'pending', 0, ${dedupeKey ?? null})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

type ClaimedJob = { id: number; kind: string; runAt: Date; payload: Record<string, unknown>; attempts: number };

/** What the scheduler queues messages with; `dedupeKey` makes a job's rerun queue each message once. */
export type Notify = (recipient: Recipient, reply: Reply, queued?: { dedupeKey?: string }) => Promise<boolean>;

export type RunResult = { ran: number; failed: number; retried: number; deferred: number; coalesced: number };

/**
 * Runs the jobs due at `now` (up to `limit`), oldest first, one after another. Returns what happened;
 * a job's error never escapes (it is recorded on the row).
 */
export async function runDueJobs(options: {
  db: PrismaClient;
  now: Date;
  handlers: Record<string, JobHandler>;
  notify: Notify;
  log: Logger;
  limit?: number;
  settings?: JobSettings;
}): Promise<RunResult> {
  const { db, now, handlers, notify, log } = options;
  const settings = options.settings ?? jobSettings();
  const result: RunResult = { ran: 0, failed: 0, retried: 0, deferred: 0, coalesced: 0 };
  result.coalesced = await coalesceStale(db, now, settings.catchUpMs);
  const jobs = await claimDueJobs(db, now, options.limit ?? 50);

  for (const job of jobs) {
    const handler = handlers[job.kind];
    if (!handler) {
      await finish(db, job.id, { status: "failed", error: `no handler for job kind ${job.kind}`, now });
      log.error("job has no handler", { id: job.id, kind: job.kind });
      result.failed++;
      continue;
    }
    // The n-th message of this job has the same key on every run: a run after a crash (or an error
    // after notifying) does not queue it twice.
    let messages = 0;
    const ctx: JobContext = {
      db, now, log, settings,
      notify: (recipient, reply) => notify(recipient, reply, { dedupeKey: `job:${job.id}:${messages++}` }),
      runAt: job.runAt,
      stale: now.getTime() - job.runAt.getTime() > settings.catchUpMs,
      schedule: (next) => scheduleJob({ db, ...next }),
    };
    try {
      await handler(ctx, job.payload);
      await finish(db, job.id, { status: "done", now });
      result.ran++;
    } catch (error) {
      if (error instanceof JobDeferred) {
        // Waiting is not failing: the attempt is given back.
        await db.job.update({ where: { id: job.id }, data: { status: "pending", runAt: error.until, attempts: { decrement: 1 }, lockedAt: null } });
        result.deferred++;
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempts >= MAX_JOB_ATTEMPTS) {
        await finish(db, job.id, { status: "failed", error: message, now });
        log.error("job failed for good", { id: job.id, kind: job.kind, attempts: job.attempts, error: message });
        result.failed++;
      } else {
        const at = new Date(now.getTime() + jobBackoffMs(job.attempts));
        await db.job.update({ where: { id: job.id }, data: { status: "pending", runAt: at, lastError: message.slice(0, 1000), lockedAt: null } });
        log.warn("job will be retried", { id: job.id, kind: job.kind, at: at.toISOString(), error: message });
        result.retried++;
      }
    }
  }
  return result;
}

/** Claims due jobs: pending ones whose time has come, and running ones whose process died. */
async function claimDueJobs(db: PrismaClient, now: Date, limit: number): Promise<ClaimedJob[]> {
  const staleLock = new Date(now.getTime() - JOB_LEASE_MS);
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'running', "lockedAt" = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Job"
      WHERE (status = 'pending' AND "runAt" <= ${now}) OR (status = 'running' AND "lockedAt" < ${staleLock})
      ORDER BY "runAt", id
      FOR UPDATE SKIP LOCKED
      LIMIT ${limit}
    )
    RETURNING id, kind, "runAt", payload, attempts`;
  return rows
    .map((row) => ({ ...row, runAt: new Date(row.runAt), payload: (row.payload ?? {}) as Record<string, unknown> }))
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id);
}

/** Drops stale jobs of a series that a later due job of the same series supersedes. */
async function coalesceStale(db: PrismaClient, now: Date, catchUpMs: number): Promise<number> {
  const staleBefore = new Date(now.getTime() - catchUpMs);
  return db.$executeRaw`
    UPDATE "Job" AS j SET status = 'cancelled', "doneAt" = ${now}, "lastError" = 'coalesced into a later run'
    WHERE j.status = 'pending' AND j."runAt" < ${staleBefore} AND j.payload->>'coalesce' IS NOT NULL
      AND EXISTS (
        SELECT 1 FROM "Job" AS k
        WHERE k.status = 'pending' AND k.id <> j.id AND k."runAt" <= ${now}
          AND k.payload->>'coalesce' = j.payload->>'coalesce'
          AND (k."runAt" > j."runAt" OR (k."runAt" = j."runAt" AND k.id > j.id))
      )`;
}

async function finish(db: PrismaClient, id: number, outcome: { status: "done" | "failed"; now: Date; error?: string }): Promise<void> {
  await db.job.update({
    where: { id },
    data: { status: outcome.status, doneAt: outcome.now, lockedAt: null, ...(outcome.error ? { lastError: outcome.error.slice(0, 1000) } : {}) },
  });
}

/** The earliest pending job's time, if any is due by `until` (the console's clock steps through these). */
export async function nextDueAt(db: PrismaClient, until: Date): Promise<Date | undefined> {
  const job = await db.job.findFirst({ where: { status: "pending", runAt: { lte: until } }, orderBy: { runAt: "asc" }, select: { runAt: true } });
  return job?.runAt;
}

