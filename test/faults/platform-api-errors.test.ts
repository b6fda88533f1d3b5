/**
 * The platform's send API answering 429 and 500: replies are retried with backoff, a 429's retry-after
 * is honoured (the next attempt not before it), and each reply arrives once. `serve` in process; the
 * fake Telegram Bot API (retry_after in the JSON body) and the fake Slack Web API (Retry-After header),
 * each behind a tap that records when every attempt arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startServing, type Serving } from "../../src/serve.ts";
import { startFakeTelegramApi, textUpdate, type FakeTelegramApi } from "../fakes/fake-telegram-api.ts";
import { FakeSlackApi } from "../fakes/fake-slack-api.ts";
import { slackDriver } from "../adapters/drivers/slack.ts";
import type { FakePlatform } from "../adapters/driver.ts";
import { startHttpTap, type HttpTap } from "../support/http-tap.ts";

const SECRET = "platform-errors-secret";
// Timers may fire a millisecond or so early; the bounds below are lower bounds with that slack.
const SLACK_MS = 20;

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("platform API returning 429 and 500", () => {
  let telegram: FakeTelegramApi;
  let telegramTap: HttpTap;
  let slack: FakePlatform;
  let slackApi: FakeSlackApi;
  let slackTap: HttpTap;
  let serving: Serving;

  beforeAll(async () => {
    telegram = await startFakeTelegramApi();
    telegramTap = await startHttpTap(telegram.apiRoot);
    slack = await slackDriver.startFake();
    // The driver's fake is reached through its env; a second one of our own lets the tap sit in front.
    slackApi = await new FakeSlackApi({ botToken: slack.env.SLACK_BOT_TOKEN! }).start();
    slackTap = await startHttpTap(slackApi.apiUrl);
    const env = {
      LOG_LEVEL: "silent",
      OPENAI_API_KEY: "",
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: telegramTap.url,
      TELEGRAM_MODE: "webhook",
      SLACK_SIGNING_SECRET: slack.env.SLACK_SIGNING_SECRET!,
      SLACK_BOT_TOKEN: slack.env.SLACK_BOT_TOKEN!,
      SLACK_API_URL: `${slackTap.url}/`,
    };
    serving = await startServing({ config: loadConfig(env), env, db: "memory://", port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await serving?.stop();
    await telegramTap?.close();
    await telegram?.close();
    await slackTap?.close();
    await slackApi?.close();
    await slack?.close();
  });

  const sendTelegram = async (chatId: number, updateId: number, text = "我的积分") => {
    const response = await fetch(`${serving.http.url}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(textUpdate({ updateId, chatId, userId: chatId, text })),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const sendsTo = (chatId: number) => telegram.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === chatId);
  const tappedSends = () => telegramTap.calls.filter((c) => c.path.endsWith("/sendMessage"));

  it("retries a reply through 429 (retry_after 1 s) and two 500s, waiting as told, and delivers it once", async () => {
    telegram.failNext(["sendMessage"], { status: 429, retryAfter: 1 });
    telegram.failNext(["sendMessage"], { status: 500, count: 2 });
    const tappedBefore = tappedSends().length;
    expect(await sendTelegram(6_000_001, 700_001)).toBe(200);

    await until(() => sendsTo(6_000_001).some((c) => c.status === 200), 20_000, "the reply to get through");
    await new Promise((r) => setTimeout(r, 1_200));
    expect(sendsTo(6_000_001).map((c) => c.status)).toEqual([429, 500, 500, 200]);

    const attempts = tappedSends().slice(tappedBefore);
    expect(attempts.map((a) => a.status)).toEqual([429, 500, 500, 200]);
    const gaps = attempts.slice(1).map((a, i) => a.arrivedAt - attempts[i]!.answeredAt!);
    // retry_after 1: not a moment sooner.
    expect(gaps[0]).toBeGreaterThanOrEqual(1_000 - SLACK_MS);
    // Backoff after each 500: half a second doubling (1 s after the second attempt, 2 s after the third).
    expect(gaps[1]).toBeGreaterThanOrEqual(1_000 - SLACK_MS);
    expect(gaps[2]).toBeGreaterThanOrEqual(2_000 - SLACK_MS);

    const outbox = await serving.app.db.prisma.outboundMessage.findMany({ where: { platform: "telegram", chatId: "6000001" } });
    expect(outbox.map((row) => [row.status, row.attempts])).toEqual([["sent", 4]]);
  }, 30_000);

  it("delivers several replies once each while the API fails several calls in a row", async () => {
    const chats = [6_000_011, 6_000_012, 6_000_013, 6_000_014];
    telegram.failNext(["sendMessage"], { status: 500, count: 3 });
    telegram.failNext(["sendMessage"], { status: 429, retryAfter: 1, count: 2 });
    for (const [i, chat] of chats.entries()) expect(await sendTelegram(chat, 700_100 + i)).toBe(200);

    await until(() => chats.every((chat) => sendsTo(chat).some((c) => c.status === 200)), 25_000, "every reply");
    await new Promise((r) => setTimeout(r, 1_200));
    for (const chat of chats) expect(sendsTo(chat).filter((c) => c.status === 200), `chat ${chat}`).toHaveLength(1);
    // All five scripted failures were met, and retried.
    expect(telegram.calls.filter((c) => c.method === "sendMessage" && chats.includes(Number(c.params.chat_id)) && c.status !== 200)).toHaveLength(5);
    expect(await serving.app.db.prisma.outboundMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  }, 30_000);

  it("honours Slack's Retry-After header on a 429, then a 500, and posts once", async () => {
    slackApi.failNext(1, { status: 429, retryAfterSeconds: 1 });
    slackApi.failNext(1, { status: 500 });
    const before = slackApi.posted.length;
    const tappedBefore = slackTap.calls.length;
    // An unlinked Slack user is answered with how to link: a reply is all this needs.
    expect((await slack.sendText(serving.http.url, { userId: "U-429", chatId: "D-429", text: "hello", messageId: "Ev429" })).status).toBe(200);

    await until(() => slackApi.posted.length > before, 20_000, "the Slack post");
    await new Promise((r) => setTimeout(r, 1_200));
    expect(slackApi.posted.length).toBe(before + 1);
    const attempts = slackTap.calls.slice(tappedBefore).filter((c) => c.path.includes("chat.postMessage"));
    expect(attempts.map((a) => a.status)).toEqual([429, 500, 200]);
    expect(attempts[1]!.arrivedAt - attempts[0]!.answeredAt!).toBeGreaterThanOrEqual(1_000 - SLACK_MS);
  }, 30_000);
});
