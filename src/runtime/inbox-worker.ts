/**
 * Processes stored deliveries: claims one, runs it through the router, and completes it with its
 * replies queued for the sender. Started with `serve`, it first works off whatever an earlier process
 * stored but did not finish.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { claimDelivery, completeDelivery, failDelivery } from "./inbox.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import type { Router } from "./router.ts";
import { createPollingLoop, type PollingLoop } from "./polling-loop.ts";

export type InboxWorker = PollingLoop;

// Also how soon another process's deliveries and expired claims are noticed.
const POLL_MS = 500;
/** Claims of one delivery before it is parked as failed (its error kept in the table). */
const MAX_ATTEMPTS = 5;

export function createInboxWorker(options: { db: PrismaClient; router: Router; log: Logger; metrics: Metrics; onReplies(): void; leaseMs?: number }): InboxWorker {
  const { db, router, log, metrics } = options;

  /** Handles one waiting delivery; false when there was none. */
  const processOne = async (): Promise<boolean> => {
    const delivery = await claimDelivery(db, { leaseMs: options.leaseMs });
    if (!delivery) return false;
    const started = Date.now();
    let replies;
    try {
      replies = await router.handle(delivery.message);
      await completeDelivery(db, delivery, replies, { queueReplies: true });
    } catch (error) {
      // A delivery that keeps failing would be claimed again after every lease, for ever: park it.
      if (delivery.attempts < MAX_ATTEMPTS) throw error;
      await failDelivery(db, delivery.id, error);
      metrics.count("chatcrm_deliveries_failed_total", { platform: delivery.message.platform }, 1, "deliveries given up on");
      log.error("delivery given up after repeated failures", { id: delivery.id, error: String(error) });
      return true;
    }
    const { platform } = delivery.message;
    metrics.count("chatcrm_messages_processed_total", { platform }, 1, "deliveries handled");
    metrics.observeMs("chatcrm_processing_ms", Date.now() - started, { platform }, "from claim to replies queued");
    metrics.observeMs("chatcrm_delivery_to_queued_ms", Date.now() - delivery.message.receivedAt.getTime(), { platform }, "from receipt to replies queued");
    if (replies.length) options.onReplies();
    return true;
  };

  return createPollingLoop({
    step: processOne,
    pollMs: POLL_MS,
    // The database is away, most likely: the claim's lease runs out and the delivery is retried.
    onError: (error) => log.error("processing a delivery failed; it will be retried", { error: String(error) }),
  });
}
