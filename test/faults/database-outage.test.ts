/**
 * The database goes away for ten seconds while Telegram keeps delivering. `serve` (in process, on a
 * PostgreSQL of this test's own: the run's shared one must stay up for other files) refuses what it
 * cannot store with 503, so Telegram redelivers; it never answers 200 for a delivery it did not store.
 * When the database is back it recovers by itself: /readyz turns 503 → 200, the refused deliveries are
 * taken when redelivered, and every acknowledged delivery is answered exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { loadConfig } from "../../src/config.ts";
import { startServing, type Serving } from "../../src/serve.ts";
import { telegramDriver } from "../adapters/drivers/telegram.ts";
import type { FakePlatform } from "../adapters/driver.ts";
import { startOwnPostgres, type OwnPostgres } from "../support/own-postgres.ts";

const OUTAGE_MS = 10_000;

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function status(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

describe("database unavailable for 10 s", () => {
  let postgres: OwnPostgres;
  let fake: FakePlatform;
  let serving: Serving;
  let dbUrl: string;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    postgres = await startOwnPostgres();
    fake = await telegramDriver.startFake();
    dbUrl = postgres.url("chatcrm_outage");
    // A short claim lease: a delivery whose processing the outage broke is taken up again soon.
    const env = { ...fake.env, LOG_LEVEL: "silent", OPENAI_API_KEY: "", CHATCRM_CLAIM_LEASE_MS: "2000" };
    serving = await startServing({ config: loadConfig(env), env, db: dbUrl, port: 0, host: "127.0.0.1" });
  }, 60_000);

  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await serving?.stop().catch(() => {});
    await fake?.close();
    await postgres?.destroy();
  }, 30_000);

  it("refuses with 503 while it cannot store, recovers without a restart, and answers every acknowledged delivery once", async () => {
    const base = serving.http.url;
    // One chat per delivery: replies are counted per chat, and Telegram's 1/s per-chat limit does not slow the test.
    const message = (n: number) => ({ userId: `guest-${n}`, chatId: `guest-${n}`, text: "我的积分", messageId: `outage-${n}` });
    const acknowledged = new Set<number>();
    const refused: number[] = [];
    const deliver = async (n: number) => {
      const { status: code } = await fake.sendText(base, message(n));
      // Nothing else is acceptable: 200 means stored, 503 means "redeliver"; a 500 or 4xx would lose it.
      expect([200, 503]).toContain(code);
      if (code === 200) acknowledged.add(n);
      else refused.push(n);
    };

    // Before: stored, acknowledged, answered.
    for (let n = 0; n < 3; n++) await deliver(n);
    expect([...acknowledged]).toEqual([0, 1, 2]);
    await until(() => fake.sent().length >= 3, 20_000, "the replies before the outage");
    expect(await status(`${base}/readyz`)).toBe(200);

    // The outage: deliveries keep arriving, one every ~700 ms, for the whole ten seconds.
    await postgres.stop();
    const outageEnds = Date.now() + OUTAGE_MS;
    let readyDuringOutage = 0;
    let n = 3;
    while (Date.now() < outageEnds) {
      await deliver(n++);
      if ((await status(`${base}/readyz`)) === 503) readyDuringOutage++;
      expect(await status(`${base}/healthz`)).toBe(200);
      await new Promise((r) => setTimeout(r, 700));
    }
    const duringOutage = n - 3;
    expect(duringOutage).toBeGreaterThanOrEqual(5);
    // While the database was down nothing could be stored, so nothing may have been acknowledged.
    expect(refused.length).toBe(duringOutage);
    expect(readyDuringOutage).toBe(duringOutage);

    // Back: the same process becomes ready again, without a restart.
    await postgres.start();
    await until(async () => (await status(`${base}/readyz`)) === 200, 30_000, "/readyz to answer 200 again");

    // Telegram redelivers what was refused (same update_id); now it is stored and answered.
    for (const r of [...refused]) {
      const { status: code } = await fake.sendText(base, message(r));
      expect(code).toBe(200);
      acknowledged.add(r);
    }
    // And new traffic flows as before.
    await deliver(n);
    expect(acknowledged.has(n)).toBe(true);

    await until(() => fake.sent().length >= acknowledged.size, 30_000, "a reply to every acknowledged delivery");
    // Give a duplicate the time to show up: two sender polls.
    await new Promise((r) => setTimeout(r, 2_500));
    const repliesByChat = new Map<string, number>();
    for (const reply of fake.sent()) repliesByChat.set(reply.chatId, (repliesByChat.get(reply.chatId) ?? 0) + 1);
    expect(repliesByChat.size).toBe(acknowledged.size);
    for (const k of acknowledged) expect(repliesByChat.get(`guest-${k}`), `replies to guest-${k}`).toBe(1);

    // The table agrees: each delivery stored once and handled; no reply left behind or parked.
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      const inbound = await client.query<{ status: string; count: string }>(`SELECT status, count(*) FROM "InboundMessage" GROUP BY status`);
      expect(inbound.rows).toEqual([{ status: "done", count: String(acknowledged.size) }]);
      const outbound = await client.query<{ status: string; count: string }>(`SELECT status, count(*) FROM "OutboundMessage" GROUP BY status`);
      expect(outbound.rows).toEqual([{ status: "sent", count: String(acknowledged.size) }]);
    } finally {
      await client.end();
    }
    expect(unhandled).toEqual([]);
  }, 75_000);
});
