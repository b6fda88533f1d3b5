/**
 * Retries a database write that must outlive a passing outage: a delivery's completion, a reply recorded as
 * sent. Redoing the work before it would repeat what the platform or the handler already did.
 */
import { setTimeout as sleep } from "node:timers/promises";

/** Runs `write` up to `tries` times, waiting 250 ms, then twice as long each time (at most `capMs`); the last error is thrown. */
export async function withRetries<T>(write: () => Promise<T>, options: { tries: number; capMs?: number; onRetry(attempt: number, error: unknown): void }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= options.tries) throw error;
      options.onRetry(attempt, error);
      await sleep(Math.min(options.capMs ?? Number.POSITIVE_INFINITY, 250 * 2 ** (attempt - 1)));
    }
  }
}
