/**
 * Processes stored deliveries: claims one, runs it through the router, and completes it with its
 * replies queued for the sender. Started with `serve`, it first works off whatever an earlier process
 * stored but did not finish.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { claimDelivery, completeDelivery, failDelivery, type StoredDelivery } from "./inbox.ts";
import type { Reply } from "./message.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import type { Router } from "./router.ts";
import { createPollingLoop, type PollingLoop } from "./polling-loop.ts";
import { withRetries } from "./retry.ts";

export type InboxWorker = PollingLoop;

// Also how soon another process's deliveries and expired claims are noticed.
const POLL_MS = 500;
/** Claims of one delivery whose handling threw before it is parked as failed (its error kept in the table). */
const MAX_ATTEMPTS = 5;
/** Tries at completing a handled delivery (about half a minute in all) before its claim is left to lapse. */
const COMPLETION_TRIES = 10;
const COMPLETION_BACKOFF_CAP_MS = 4000;

export function createInboxWorker(options: { db: PrismaClient; router: Router; log: Logger; metrics: Metrics; onReplies(): void; leaseMs?: number }): InboxWorker {
  const { db, router, log, metrics } = options;

  /** Handles one waiting delivery; false when there was none. */
  const processOne = async (): Promise<boolean> => {
    const delivery = await claimDelivery(db, { leaseMs: options.leaseMs });
    if (!delivery) return false;
    const started = Date.now();
    let replies: Reply[];
    try {
      replies = await router.handle(delivery.message);
    } catch (error) {
      // The router answers every error of a message itself, so this is a bug that the next claim would
      // meet again, for ever: after a few claims the delivery is parked.
      if (delivery.attempts < MAX_ATTEMPTS) throw error;
      await failDelivery(db, delivery.id, error);
      metrics.count("chatcrm_deliveries_failed_total", { platform: delivery.message.platform }, 1, "deliveries given up on");
      log.error("delivery given up after repeated failures", { id: delivery.id, error: String(error) });
      return true;
    }
    if (!(await completeOrRetry(delivery, replies))) {
      log.warn("delivery taken over by another process before it was completed here", { id: delivery.id });
      return true;
    }
    const { platform } = delivery.message;
    metrics.count("chatcrm_messages_processed_total", { platform }, 1, "deliveries handled");
    metrics.observeMs("chatcrm_processing_ms", Date.now() - started, { platform }, "from claim to replies queued");
    metrics.observeMs("chatcrm_delivery_to_queued_ms", Date.now() - delivery.message.receivedAt.getTime(), { platform }, "from receipt to replies queued");
    if (replies.length) options.onReplies();
    return true;
  };

  /**
   * Completes a handled delivery, trying again while the database is away or too busy: handling it again
   * from the start would repeat what its handler wrote. The claim fences each try, so a try after the
   * lease ran out does nothing if another process has taken the delivery over meanwhile.
   */
  const completeOrRetry = (delivery: StoredDelivery, replies: Reply[]): Promise<boolean> =>
    withRetries(() => completeDelivery(db, delivery, replies, { queueReplies: true }), {
      tries: COMPLETION_TRIES,
      capMs: COMPLETION_BACKOFF_CAP_MS,
      onRetry: (attempt, error) => log.warn("completing a delivery failed; trying again", { id: delivery.id, attempt, error: String(error) }),
    });

  return createPollingLoop({
    step: processOne,
    pollMs: POLL_MS,
    // The database is away, most likely: the claim's lease runs out and the delivery is retried.
    onError: (error) => log.error("processing a delivery failed; it will be retried", { error: String(error) }),
  });
}
