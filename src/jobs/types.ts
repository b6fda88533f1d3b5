/**
 * The durable scheduler's contract. A job is a row in the Job table: a kind, when it is due, and a JSON
 * payload. `serve` (and `chat --script` on `advance_to`) runs due jobs; each kind's handler lives in its
 * own file under src/jobs/kinds/ and is listed once in src/jobs/kinds/index.ts.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Reply } from "../runtime/message.ts";
import type { Logger } from "../runtime/logger.ts";
import type { JobSettings } from "./settings.ts";

/** Who a pushed message is for: a staff member or a customer (sent to their linked chats), or one chat. */
export type Recipient = { staffId: number } | { customerId: number } | { platform: string; chatId: string; userId?: string };

export type JobContext = {
  db: PrismaClient;
  /** the scheduler's clock: real time in serve, the script's clock under `advance_to` */
  now: Date;
  log: Logger;
  /**
   * Queues a message to a recipient through the outbox (respecting their quiet hours is the job's
   * business: reschedule instead of notifying at night). Returns false when the recipient has no chat.
   */
  notify(recipient: Recipient, reply: Reply): Promise<boolean>;
  /** Schedules another job (dedupeKey makes a repeat a no-op). */
  schedule(job: NewJob): Promise<void>;
  /** when the job was due; it may run later after downtime */
  runAt: Date;
  /**
   * overdue by more than the catch-up window (settings.catchUpMs): a kind sends a stale job's message
   * only if it still makes sense, else lets the next digest carry it (see scheduler.ts)
   */
  stale: boolean;
  settings: JobSettings;
};

/**
 * `payload.coalesce` names a series (e.g. "digest:staff:3"): a stale job of a series is dropped when a
 * later job of the same series is also due, so downtime yields one catch-up message, not one per missed run.
 */
export type NewJob = { kind: string; runAt: Date; payload?: Record<string, unknown>; dedupeKey?: string };

/** Runs one job. Throwing marks it for a retry (a few times, with backoff), then failed. */
export type JobHandler = (ctx: JobContext, payload: Record<string, unknown>) => Promise<void>;
