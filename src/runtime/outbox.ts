/**
 * The outbox table's operations: claim replies that are due, mark them sent, schedule a retry, or park
 * them as dead letters. The sender (sender.ts) decides when.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { reviveReply } from "./inbox.ts";
import type { Reply } from "./message.ts";

/**
 * A claim older than this belongs to a process that died: its replies not yet begun are tried again;
 * the one whose platform call had begun is marked unconfirmed, never sent twice.
 */
export const SEND_LEASE_MS = 60_000;
/** Attempts before a reply is parked as a dead letter. */
export const MAX_SEND_ATTEMPTS = 6;

export type PendingReply = {
  id: number; platform: string; chatId: string; userId: string; threadId?: string; reply: Reply; attempts: number;
  /** the claim's time: the fencing token that proves the claim is still this process's */
  claimedAt: Date;
};

/** Claims up to `limit` replies that are due, oldest first; SKIP LOCKED lets processes share the work. */
export async function claimReplies(db: PrismaClient, options: { limit: number; now?: Date; leaseMs?: number }): Promise<PendingReply[]> {
  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (options.leaseMs ?? SEND_LEASE_MS));
  const rows = await db.$queryRaw<{ id: number; platform: string; chatId: string; userId: string; threadId: string | null; reply: unknown; attempts: number }[]>`
    UPDATE "OutboundMessage" SET status = 'sending', "lockedAt" = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboundMessage"
      WHERE (status = 'pending' AND "nextAttemptAt" <= ${now})
         OR (status = 'sending' AND "lockedAt" < ${staleBefore} AND "callStartedAt" IS NULL)
      ORDER BY id
      FOR UPDATE SKIP LOCKED
      LIMIT ${options.limit}
    )
    RETURNING id, platform, "chatId", "userId", "threadId", reply, attempts`;
  return rows
    .sort((a, b) => a.id - b.id)
    .map((row) => ({ ...row, threadId: row.threadId ?? undefined, reply: reviveReply(row.reply), claimedAt: now }));
}

/**
 * Records that the platform is about to be called, if the claim is still ours (a claim that outlived
 * its lease while waiting for a rate-limit slot may have passed to another process). False: leave it.
 */
export async function beginCall(db: PrismaClient, pending: PendingReply): Promise<boolean> {
  const { count } = await db.outboundMessage.updateMany({
    where: { id: pending.id, status: "sending", lockedAt: pending.claimedAt },
    data: { callStartedAt: new Date() },
  });
  return count === 1;
}

/** Replies whose process died during the platform call: marked unconfirmed, and how many. */
export async function settleInterruptedCalls(db: PrismaClient, options: { now?: Date; leaseMs?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const { count } = await db.outboundMessage.updateMany({
    where: { status: "sending", lockedAt: { lt: new Date(now.getTime() - (options.leaseMs ?? SEND_LEASE_MS)) }, callStartedAt: { not: null } },
    data: { status: "unconfirmed", lockedAt: null, lastError: "the process died during the platform call" },
  });
  return count;
}

export async function markSent(db: PrismaClient, id: number): Promise<void> {
  await db.outboundMessage.update({ where: { id }, data: { status: "sent", sentAt: new Date(), lockedAt: null, callStartedAt: null } });
}

/** After the platform answered with an error: the reply did not arrive, so it may be sent again. */
export async function scheduleRetry(db: PrismaClient, id: number, options: { error: string; at: Date }): Promise<void> {
  await db.outboundMessage.update({
    where: { id },
    data: { status: "pending", nextAttemptAt: options.at, lastError: options.error.slice(0, 1000), lockedAt: null, callStartedAt: null },
  });
}

export async function markDead(db: PrismaClient, id: number, error: string): Promise<void> {
  await db.outboundMessage.update({ where: { id }, data: { status: "dead", lastError: error.slice(0, 1000), lockedAt: null, callStartedAt: null } });
}

/** Dead letters (or unconfirmed replies) per platform, for `chatcrm doctor`. */
export async function countReplies(db: PrismaClient, status: "dead" | "unconfirmed"): Promise<Record<string, number>> {
  const rows = await db.outboundMessage.groupBy({ by: ["platform"], where: { status }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.platform, row._count._all]));
}
