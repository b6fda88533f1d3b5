/**
 * Sends queued replies through their platform's adapter, within the platform's rate limits; retries
 * what failed for a reason that can pass (429, 5xx) with backoff, honouring the platform's retry-after,
 * and parks the rest as dead letters. A reply is sent at most once: the call is recorded as begun before
 * it is made, and one a dying process left mid-call is marked unconfirmed rather than sent again.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { PlatformError, type PlatformAdapter } from "../adapters/types.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import { createPollingLoop, type PollingLoop } from "./polling-loop.ts";
import { withRetries } from "./retry.ts";
import { beginCall, claimReplies, markDead, markSent, MAX_SEND_ATTEMPTS, scheduleRetry, settleInterruptedCalls, type PendingReply } from "./outbox.ts";

export type Sender = PollingLoop;

const POLL_MS = 1000;
const BATCH = 16;
const SETTLE_EVERY_MS = 5000;
const RECORD_SENT_TRIES = 5;

/** The wait before attempt n+1: doubling from half a second, at most 30 s, with a little jitter. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attempts - 1)) + Math.floor(Math.random() * 100);
}

export function createSender(options: { db: PrismaClient; adapters: Map<string, PlatformAdapter>; log: Logger; metrics: Metrics; leaseMs?: number }): Sender {
  const { db, adapters, log, metrics, leaseMs } = options;
  // When each chat, and each platform as a whole, may send next.
  const nextChatSlot = new Map<string, number>();
  const nextPlatformSlot = new Map<string, number>();

  const waitForSlot = async (adapter: PlatformAdapter, chatKey: string) => {
    const now = Date.now();
    const at = Math.max(now, nextChatSlot.get(chatKey) ?? 0, nextPlatformSlot.get(adapter.platform) ?? 0);
    nextChatSlot.set(chatKey, at + 1000 / adapter.rateLimits.perChatPerSecond);
    nextPlatformSlot.set(adapter.platform, at + 1000 / adapter.rateLimits.globalPerSecond);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };

  const sendOne = async (pending: PendingReply) => {
    const adapter = adapters.get(pending.platform);
    if (!adapter) {
      await markDead(db, pending.id, `no adapter for ${pending.platform} is on`);
      metrics.count("chatcrm_dead_letters_total", { platform: pending.platform });
      return;
    }
    await waitForSlot(adapter, `${pending.platform}:${pending.chatId}`);
    if (!(await beginCall(db, pending))) {
      log.warn("reply claim expired before its turn; left to its new owner", { platform: pending.platform, id: pending.id });
      return;
    }
    try {
      await adapter.send({ chatId: pending.chatId, userId: pending.userId, threadId: pending.threadId }, pending.reply);
    } catch (error) {
      const retryable = error instanceof PlatformError ? error.retryable : true;
      const message = error instanceof Error ? error.message : String(error);
      if (!retryable || pending.attempts >= MAX_SEND_ATTEMPTS) {
        await markDead(db, pending.id, message);
        metrics.count("chatcrm_dead_letters_total", { platform: pending.platform }, 1, "replies given up on");
        log.error("reply parked as a dead letter", { platform: pending.platform, id: pending.id, error: message });
        return;
      }
      const wait = error instanceof PlatformError && error.retryAfterMs !== undefined ? error.retryAfterMs : backoffMs(pending.attempts);
      // The platform said to wait: nothing else goes to that chat before then.
      nextChatSlot.set(`${pending.platform}:${pending.chatId}`, Date.now() + wait);
      await scheduleRetry(db, pending.id, { error: message, at: new Date(Date.now() + wait) });
      metrics.count("chatcrm_send_retries_total", { platform: pending.platform }, 1, "replies scheduled to be tried again");
      log.warn("reply will be retried", { platform: pending.platform, id: pending.id, inMs: wait, error: message });
      return;
    }
    metrics.count("chatcrm_replies_sent_total", { platform: pending.platform }, 1, "replies delivered to a platform");
    await recordSent(pending);
  };

  /**
   * The platform has the reply: it must not be sent again, whatever the database says now. Recording that
   * is tried a few times; should it still fail, the row keeps its begun call and is later marked
   * unconfirmed, never sent twice.
   */
  const recordSent = async (pending: PendingReply) => {
    const failed = (attempt: number, error: unknown) => log.warn("recording a sent reply failed", { platform: pending.platform, id: pending.id, attempt, error: String(error) });
    try {
      await withRetries(() => markSent(db, pending.id), { tries: RECORD_SENT_TRIES, onRetry: failed });
    } catch (error) {
      failed(RECORD_SENT_TRIES, error);
    }
  };

  // A dead process's calls are looked for now and then, not on every batch: under load the sender is
  // woken once per handled message, and the search would be one more query each time.
  let settledAt = 0;
  const settleEveryMs = Math.min(SETTLE_EVERY_MS, leaseMs ?? SETTLE_EVERY_MS);
  const settle = async () => {
    if (Date.now() - settledAt < settleEveryMs) return;
    settledAt = Date.now();
    const interrupted = await settleInterruptedCalls(db, { leaseMs });
    if (interrupted) {
      metrics.count("chatcrm_replies_unconfirmed_total", {}, interrupted, "replies whose platform call a dying process left unanswered; not sent again");
      log.warn("replies left unconfirmed by a process that died mid-call", { count: interrupted });
    }
  };

  /** Sends one batch: chats in parallel, each chat's replies in order. */
  const sendBatch = async (): Promise<number> => {
    await settle();
    const batch = await claimReplies(db, { limit: BATCH, leaseMs });
    const byChat = new Map<string, PendingReply[]>();
    for (const pending of batch) {
      const chat = `${pending.platform}:${pending.chatId}`;
      byChat.set(chat, [...(byChat.get(chat) ?? []), pending]);
    }
    await Promise.all([...byChat.values()].map(async (replies) => {
      for (const pending of replies) await sendOne(pending);
    }));
    return batch.length;
  };

  return createPollingLoop({
    step: async () => (await sendBatch()) > 0,
    pollMs: POLL_MS,
    onError: (error) => log.error("sender round failed", { error: String(error) }),
  });
}
