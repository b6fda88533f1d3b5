/**
 * A background loop shared by the inbox worker, the sender and the scheduler: it runs `step` again at
 * once while there is work, else waits `pollMs` (other processes' rows, expired leases) or a kick.
 */
export type PollingLoop = { kick(): void; start(): void; stop(): Promise<void>; idle(): Promise<void> };

export function createPollingLoop(options: {
  /** does one unit of work; resolves true when it did something */
  step(): Promise<boolean>;
  pollMs: number;
  /** a failed step is reported and waited out like an idle one (the database may be away) */
  onError(error: unknown): void;
}): PollingLoop {
  let running = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let busy: Promise<unknown> = Promise.resolve();

  const run = async () => {
    while (running) {
      // The embedded database answers through promise chains that never give the event loop a turn:
      // without this, a backlog would be worked off in one stretch while HTTP requests (the platforms'
      // deliveries, waiting to be acknowledged) queue behind it.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const round = options.step().catch((error: unknown) => {
        options.onError(error);
        return false;
      });
      busy = round;
      if (!(await round) && running) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, options.pollMs);
        });
      }
    }
  };

  return {
    kick: () => wake?.(),
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
    idle: async () => void (await busy),
  };
}
