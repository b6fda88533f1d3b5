/**
 * The outbox after a process dies: replies it claimed but had not begun are sent by the next claim; the
 * one whose platform call had begun is marked unconfirmed and never sent again; a claim that outlived its
 * lease cannot begin a call once another process holds the reply.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/client.ts";
import { beginCall, claimReplies, markSent, scheduleRetry, SEND_LEASE_MS, settleInterruptedCalls } from "../../src/runtime/outbox.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases)("outbox on $name", ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.prisma.outboundMessage.deleteMany();
  });

  const queue = (text: string) =>
    db.prisma.outboundMessage.create({ data: { platform: "test", chatId: "c", userId: "u", reply: { kind: "text", text } } });
  const statusOf = async (id: number) => (await db.prisma.outboundMessage.findUniqueOrThrow({ where: { id } })).status;
  // A claim's clock a little ahead, so every reply queued in these tests is already due.
  const t0 = new Date(Date.now() + 60_000);
  const afterLease = new Date(t0.getTime() + SEND_LEASE_MS + 1000);

  it("after a crash, sends again what had not begun and marks unconfirmed what was mid-call", async () => {
    const [midCall, notBegun] = [await queue("one"), await queue("two")];
    const claimed = await claimReplies(db.prisma, { limit: 10, now: t0 });
    expect(claimed.map((reply) => reply.id)).toEqual([midCall.id, notBegun.id]);
    expect(await beginCall(db.prisma, claimed[0]!)).toBe(true);
    // The process dies here: no mark either way.

    expect(await claimReplies(db.prisma, { limit: 10, now: new Date(t0.getTime() + 1000) })).toEqual([]);
    expect(await settleInterruptedCalls(db.prisma, { now: afterLease })).toBe(1);
    const again = await claimReplies(db.prisma, { limit: 10, now: afterLease });
    expect(again.map((reply) => reply.id)).toEqual([notBegun.id]);
    expect(again[0]!.reply).toEqual({ kind: "text", text: "two" });
    expect(await statusOf(midCall.id)).toBe("unconfirmed");
    expect(await settleInterruptedCalls(db.prisma, { now: afterLease })).toBe(0);
  });

  it("lets a late process begin no call once its claim has passed to another", async () => {
    const reply = await queue("slow");
    const [late] = await claimReplies(db.prisma, { limit: 1, now: t0 });
    const [taker] = await claimReplies(db.prisma, { limit: 1, now: afterLease });
    expect(taker!.id).toBe(reply.id);
    expect(await beginCall(db.prisma, late!)).toBe(false);
    expect(await beginCall(db.prisma, taker!)).toBe(true);
    await markSent(db.prisma, reply.id);
    expect(await statusOf(reply.id)).toBe("sent");
  });

  it("sends again a reply the platform refused, as it did not arrive", async () => {
    const reply = await queue("rate limited");
    const [claimed] = await claimReplies(db.prisma, { limit: 1, now: t0 });
    await beginCall(db.prisma, claimed!);
    await scheduleRetry(db.prisma, reply.id, { error: "429", at: t0 });
    expect(await settleInterruptedCalls(db.prisma, { now: afterLease })).toBe(0);
    const [retried] = await claimReplies(db.prisma, { limit: 1, now: new Date(t0.getTime() + 1) });
    expect(retried!.id).toBe(reply.id);
    expect(retried!.attempts).toBe(2);
  });
});
