/**
 * A delivery whose handling fails every time is parked as failed, not claimed again for ever; one whose
 * completion the database refuses for a while is completed later, handled once, never parked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/client.ts";
import { acceptDelivery, claimDelivery, completeDelivery } from "../../src/runtime/inbox.ts";
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

  it("completes a handled delivery once the database takes it again, without handling it twice", async () => {
    // A real refusal by the database: the first three completions fail. A sequence counts them, as it
    // is not rolled back with the failed transaction.
    await db.prisma.$executeRawUnsafe(`CREATE SEQUENCE completion_outage`);
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_first_completions() RETURNS trigger AS $$
      BEGIN
        IF NEW.status = 'done' AND nextval('completion_outage') <= 3 THEN RAISE EXCEPTION 'simulated outage'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_first_completions BEFORE UPDATE ON "InboundMessage" FOR EACH ROW EXECUTE FUNCTION refuse_first_completions()`);
    try {
      const id = await acceptDelivery(db.prisma, {
        platform: "test", chatId: "c", userId: "u", messageId: "outage-1", text: "hi", receivedAt: new Date(),
      });
      let calls = 0;
      const router = { handle: async () => { calls++; return [{ kind: "text" as const, text: "ok" }]; } };
      // A lease of 1 ms: handling the delivery again would begin at the next poll.
      const worker = createInboxWorker({ db: db.prisma, router, log: createLogger("silent"), metrics: new Metrics(), onReplies: () => {}, leaseMs: 1 });
      worker.start();
      const until = Date.now() + 20_000;
      while ((await db.prisma.inboundMessage.findUniqueOrThrow({ where: { id } })).status !== "done" && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await worker.stop();
      expect(await db.prisma.inboundMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "done", attempts: 1 });
      expect(calls).toBe(1);
      expect(await db.prisma.outboundMessage.count({ where: { inboundId: id } })).toBe(1);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_first_completions ON "InboundMessage"`);
    }
  });

  it("lets only the latest claim complete a delivery", async () => {
    const id = await acceptDelivery(db.prisma, {
      platform: "test", chatId: "c", userId: "u", messageId: "taken-over-1", text: "hi", receivedAt: new Date(),
    });
    const reply = [{ kind: "text" as const, text: "ok" }];
    const first = await claimDelivery(db.prisma, { id });
    // Another process takes the delivery over once the first claim's lease has run out.
    const second = await claimDelivery(db.prisma, { id, now: new Date(Date.now() + 1000), leaseMs: 1 });
    expect(first && second).toBeTruthy();
    expect(await completeDelivery(db.prisma, first!, reply, { queueReplies: true })).toBe(false);
    expect(await db.prisma.outboundMessage.count({ where: { inboundId: id } })).toBe(0);
    expect(await completeDelivery(db.prisma, second!, reply, { queueReplies: true })).toBe(true);
    expect(await db.prisma.outboundMessage.count({ where: { inboundId: id } })).toBe(1);
    expect((await db.prisma.inboundMessage.findUniqueOrThrow({ where: { id } })).status).toBe("done");
  });
});
