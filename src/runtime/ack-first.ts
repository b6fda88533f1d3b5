/**
 * Acknowledgements first. On the embedded database the inbox worker and the webhook routes share one thread
 * and one PGlite, which runs one query at a time: a delivery waiting to be stored and acknowledged queues
 * behind whatever background work got there first. While any request is being answered, background work
 * waits at its next query (at most `MAX_WAIT_MS`, so it is never starved), and the request's own queries,
 * marked through AsyncLocalStorage, go straight through.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const MAX_WAIT_MS = 50;
const answering = new AsyncLocalStorage<true>();
let inFlight = 0;
let waiters: Array<() => void> = [];

/** Runs `work` (answering one request) ahead of background queries. */
export async function answerFirst<T>(work: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await answering.run(true, work);
  } finally {
    inFlight--;
    if (inFlight === 0) {
      const release = waiters;
      waiters = [];
      for (const wake of release) wake();
    }
  }
}

/** Resolves at once inside a request, or when no request is being answered (or after MAX_WAIT_MS). */
export function backgroundTurn(): Promise<void> | undefined {
  if (inFlight === 0 || answering.getStore()) return undefined;
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, MAX_WAIT_MS);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
