/** The built-in endpoints of `chatcrm serve`, and what every route gets before an adapter sees it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startServing, type Serving } from "../../src/serve.ts";
import { telegramDriver } from "../adapters/drivers/telegram.ts";
import type { FakePlatform } from "../adapters/driver.ts";

describe("serve's HTTP endpoints", () => {
  let serving: Serving;
  let fake: FakePlatform;

  beforeAll(async () => {
    fake = await telegramDriver.startFake();
    const env = { ...fake.env, LOG_LEVEL: "silent" };
    serving = await startServing({ config: loadConfig(env), env, db: "memory://", port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await serving?.stop();
    await fake?.close();
  });

  it("answers health, readiness and 404", async () => {
    expect((await fetch(`${serving.http.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${serving.http.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${serving.http.url}/nope`)).status).toBe(404);
    expect((await fetch(`${serving.http.url}/telegram/webhook`)).status).toBe(405);
  });

  it("refuses a body over 1 MiB with 413 and stores nothing", async () => {
    const response = await fetch(`${serving.http.url}/telegram/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(1024 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect(await serving.app.db.prisma.inboundMessage.count()).toBe(0);
  });

  it("counts messages, replies and parse paths in Prometheus text", async () => {
    await fake.sendText(serving.http.url, { userId: "m1", chatId: "m1", text: "我的积分", messageId: "m-1" });
    const until = Date.now() + 10_000;
    while (fake.sent().length < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const text = await (await fetch(`${serving.http.url}/metrics`)).text();
    expect(text).toMatch(/chatcrm_messages_in_total\{duplicate="false",platform="telegram"\} 1/);
    expect(text).toMatch(/chatcrm_replies_sent_total\{platform="telegram"\} 1/);
    expect(text).toMatch(/chatcrm_parse_total\{path="rules_only"\} 1/);
    expect(text).toMatch(/chatcrm_ack_ms_bucket/);
  });
});
