import { describe, expect, it } from "vitest";
import { createPollingLoop } from "../../src/runtime/polling-loop.ts";

describe("polling loop", () => {
  it("gives the event loop a turn between units of work, even when each is only promise chains", async () => {
    let steps = 0;
    let turnsSeen = 0;
    let turns = 0;
    const ticking = { on: true };
    const tick = () => {
      turns++;
      if (ticking.on) setImmediate(tick);
    };
    const loop = createPollingLoop({
      // A step that never waits on I/O (as with the in-process database): without a turn between
      // steps, the ticker above would not run until the backlog was worked off.
      step: async () => {
        for (let k = 0; k < 100; k++) await Promise.resolve();
        steps++;
        if (steps === 50) turnsSeen = turns;
        return steps < 50;
      },
      pollMs: 10_000,
      onError: () => {},
    });
    setImmediate(tick);
    loop.start();
    while (steps < 50) await new Promise((resolve) => setTimeout(resolve, 1));
    ticking.on = false;
    await loop.stop();
    expect(turnsSeen).toBeGreaterThanOrEqual(40);
  });
});
