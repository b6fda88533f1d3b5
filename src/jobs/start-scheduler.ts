/** The scheduler loop `serve` runs: every few seconds, the jobs that are due, on the real clock. */
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../runtime/logger.ts";
import type { JobHandler } from "./types.ts";
import { runDueJobs, type Notify } from "./scheduler.ts";
import { ensureRecurringJobs } from "./recurring.ts";
import type { JobSettings } from "./settings.ts";

export type SchedulerLoop = { stop(): Promise<void> };

export function startScheduler(options: {
  db: PrismaClient;
  handlers: Record<string, JobHandler>;
  notify: Notify;
  log: Logger;
  /** how often to look for due jobs */
  pollMs?: number;
  /** called after a round that queued messages may have, so the sender need not wait for its poll */
  onRan?: () => void;
  settings?: JobSettings;
}): SchedulerLoop {
  const { db, log, pollMs = 5000 } = options;
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  const loop = (async () => {
    // New staff since the last start get their digests; the daily plan job keeps them coming after.
    await ensureRecurringJobs({ db, now: new Date(), settings: options.settings }).catch((error: unknown) => log.error("could not plan recurring jobs", { error: String(error) }));
    while (running) {
      try {
        // A full batch means more may be waiting: go again at once.
        let result;
        do {
          result = await runDueJobs({ db, now: new Date(), handlers: options.handlers, notify: options.notify, log, settings: options.settings });
          if (result.ran + result.failed + result.retried > 0) options.onRan?.();
        } while (running && result.ran + result.failed + result.retried + result.deferred >= 50);
      } catch (error) {
        log.error("scheduler round failed", { error: String(error) });
      }
      if (!running) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollMs);
      });
    }
  })();

  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
