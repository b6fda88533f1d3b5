/**
 * One suite over every platform, through the real `chatcrm serve` (in process) and each platform's fake
 * API on localhost: real signed or encrypted deliveries in, rendered replies out. Covers the first
 * message of a new user, a reply, three deliveries of one message, forged requests, 429 then success,
 * and a confirm card answered by button. The LLM is a fake OpenAI server, so the card is real.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startServing, type Serving } from "../../src/serve.ts";
import { inviteStaff } from "../../src/domain/staff/invite-staff.ts";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../fakes/fake-openai-server.ts";
import { DRIVERS } from "./drivers/index.ts";
import type { FakePlatform, SentReply } from "./driver.ts";

/** Waits until the fake has recorded `count` replies (bounded), and returns them. */
async function sentAtLeast(fake: FakePlatform, count: number, timeoutMs = 10_000): Promise<SentReply[]> {
  const until = Date.now() + timeoutMs;
  while (fake.sent().length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return fake.sent();
}

/**
 * Waits (bounded) for a reply after index `after` that matches `pattern`, and returns it. Looking past other
 * replies rather than taking the next one: on a loaded CI machine a slow reply of an earlier test can land in
 * between, and the test is about what the button does, not about the order of unrelated replies.
 */
async function replyAfter(fake: FakePlatform, after: number, pattern: RegExp, timeoutMs = 15_000): Promise<SentReply | undefined> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.sent().slice(after + 1).find((reply) => pattern.test(reply.text));
    if (found || Date.now() >= until) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}

let sequence = 0;
const nextId = () => `${Date.now()}${++sequence}`;

describe.each(DRIVERS)("$platform through chatcrm serve", (driver) => {
  let fake: FakePlatform;
  let model: FakeOpenAiServer;
  let serving: Serving;
  const user = { userId: "U100", chatId: "C100" };

  beforeAll(async () => {
    fake = await driver.startFake();
    model = await startFakeOpenAiServer();
    const env = { ...fake.env, LOG_LEVEL: "silent", OPENAI_API_KEY: "test", OPENAI_BASE_URL: model.baseURL, OPENAI_TIMEOUT_MS: "1500" };
    serving = await startServing({ config: loadConfig(env), env, db: "memory://", port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await serving?.stop();
    await fake?.close();
    await model?.close();
  });

  const send = (text: string, messageId = nextId()) => fake.sendText(serving.http.url, { ...user, text, messageId });

  it("answers a first message as the platform's audience expects, and links staff by code", async () => {
    expect((await send("help")).status).toBe(200);
    const [first] = await sentAtLeast(fake, 1);
    if (driver.audience === "staff") {
      expect(first!.text).toMatch(/link/i);
      const { code } = await inviteStaff({ db: serving.app.db.prisma, name: `rep-${driver.platform}`, role: "sales", now: new Date(), tz: "Asia/Shanghai" });
      await send(`/link ${code}`);
      expect((await sentAtLeast(fake, 2))[1]!.text).toMatch(/已关联|Linked/);
    } else {
      expect(first!.text).toMatch(/book|预订|订/i);
    }
  });

  it("handles three deliveries of one message once, with one reply", async () => {
    const before = fake.sent().length;
    const id = nextId();
    for (let i = 0; i < 3; i++) expect((await send("/whoami", id)).status).toBe(200);
    await sentAtLeast(fake, before + 1);
    await new Promise((r) => setTimeout(r, 700));
    expect(fake.sent().length).toBe(before + 1);
    const stored = await serving.app.db.prisma.inboundMessage.count({ where: { platform: driver.platform === "wecom-app" ? "wecom" : undefined } });
    expect(stored).toBeGreaterThan(0);
  });

  it("refuses a forged delivery and stores nothing", async () => {
    if (!fake.sendForged) return;
    const before = await serving.app.db.prisma.inboundMessage.count();
    const { status } = await fake.sendForged(serving.http.url, { ...user, text: "/lead 伪造 13800000000", messageId: nextId() });
    expect([401, 403]).toContain(status);
    expect(await serving.app.db.prisma.inboundMessage.count()).toBe(before);
  });

  it("retries a reply the platform rate-limits, and delivers it once", async () => {
    const before = fake.sent().length;
    fake.failNextSends(1, 429);
    await send("/whoami");
    const sent = await sentAtLeast(fake, before + 1, 15_000);
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)!.text).toMatch(/你是|You are/);
  }, 20_000);

  it("shows an uncertain write as a confirm card, confirmed by button where there are buttons", async () => {
    const intent = driver.audience === "staff"
      ? { intent: "create_lead", slots: { name: "老周" } }
      : { intent: "create_booking", slots: { kind: "table", start: "2030-12-24T19:00", party_size: 2 } };
    model.script({ kind: "json", value: intent });
    const before = fake.sent().length;
    await send("嗯 那个事情你看着办吧");
    const card = await replyAfter(fake, before - 1, /请确认|confirm/i);
    expect(card, JSON.stringify(fake.sent().slice(before))).toBeDefined();
    const cardAt = fake.sent().indexOf(card!);
    if (fake.pressButton && card!.buttons?.length) {
      expect(card!.buttons.length).toBe(3);
      await fake.pressButton(serving.http.url, { ...user, label: card!.buttons[0]!, actionId: nextId() });
    } else {
      await send("1");
    }
    const done = await replyAfter(fake, cardAt, driver.audience === "staff" ? /L-\d+ 老周/ : /B-\d+/);
    expect(done, JSON.stringify(fake.sent().slice(before))).toBeDefined();
  }, 40_000);
});
