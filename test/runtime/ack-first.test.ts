/**
 * Acknowledgements first (src/runtime/ack-first.ts): background queries wait while a request is being
 * answered; the request's own queries do not; nothing waits for ever.
 */
import { describe, expect, it } from "vitest";
import { answerFirst, backgroundTurn } from "../../src/runtime/ack-first.ts";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("ack-first", () => {
  it("lets background work through at once when no request is being answered", () => {
    expect(backgroundTurn()).toBeUndefined();
  });

  it("holds background work until the request has been answered", async () => {
    const order: string[] = [];
    let finish!: () => void;
    const request = answerFirst(async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      order.push("answered");
    });
    const background = (async () => {
      await backgroundTurn();
      order.push("background");
    })();
    await tick();
    expect(order).toEqual([]);
    finish();
    await request;
    await background;
    expect(order).toEqual(["answered", "background"]);
  });

  it("never holds the request's own queries, however deep they run", async () => {
    const seen = await answerFirst(async () => {
      await tick();
      return backgroundTurn();
    });
    expect(seen).toBeUndefined();
  });

  it("releases background work after a bounded wait even if a request never ends", async () => {
    let finish!: () => void;
    const request = answerFirst(() => new Promise<void>((resolve) => (finish = resolve)));
    const started = Date.now();
    await backgroundTurn();
    expect(Date.now() - started).toBeLessThan(1000);
    finish();
    await request;
  });
});
