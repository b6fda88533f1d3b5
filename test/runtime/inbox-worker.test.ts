/** A delivery whose handling fails every time is parked as failed, not claimed again for ever. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/client.ts";
import { acceptDelivery } from "../../src/runtime/inbox.ts";
import { createInboxWorker } from "../../src/runtime/inbox-worker.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { Metrics } from "../../src/runtime/metrics.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases)("inbox worker on $name", ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it("parks a delivery after five failed claims, keeping its error", async () => {
    const id = await acceptDelivery(db.prisma, {
      platform: "test", chatId: "c", userId: "u", messageId: "poison-1", text: "hi", receivedAt: new Date(),
    });
    let calls = 0;
    const metrics = new Metrics();
    // The router is ours, not the database: a handler that always fails stands for a bug in one message.
    const router = { handle: async () => { calls++; throw new Error("boom"); } };
    const worker = createInboxWorker({ db: db.prisma, router, log: createLogger("silent"), metrics, onReplies: () => {}, leaseMs: 1 });
    worker.start();
    const until = Date.now() + 20_000;
    while ((await db.prisma.inboundMessage.findUniqueOrThrow({ where: { id } })).status !== "failed" && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await worker.stop();
    const row = await db.prisma.inboundMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 5 });
    expect(row.error).toMatch(/boom/);
    expect(calls).toBe(5);
    expect(metrics.value("chatcrm_deliveries_failed_total", { platform: "test" })).toBe(1);
  });
});
