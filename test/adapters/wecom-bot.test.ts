/**
 * The WeCom intelligent bot adapter against a fake long-connection server: the official SDK connects,
 * subscribes, receives pushed frames and streams replies over a real WebSocket on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWecomBotConfig, wecomBotAdapter, type WecomBotConfig } from "../../src/adapters/wecom-bot.ts";
import type { AdapterContext, PlatformAdapter } from "../../src/adapters/types.ts";
import { PlatformError } from "../../src/adapters/types.ts";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { startFakeWecomBotServer, type FakeWecomBotServer } from "../fakes/fake-wecom-bot-server.ts";

const log = createLogger("silent");

/** An inbox that stores by (platform, messageId), like the real one, and can be made to fail. */
function fakeInbox() {
  const stored = new Map<string, Message>();
  const received: Message[] = [];
  let failing = 0;
  const context: AdapterContext = {
    log,
    deliver: async (message) => {
      received.push(message);
      if (failing > 0) {
        failing--;
        throw new Error("database unreachable");
      }
      const key = `${message.platform}:${message.messageId}`;
      if (stored.has(key)) return "duplicate";
      stored.set(key, message);
      return "accepted";
    },
  };
  return { context, stored, received, failNext: (count: number) => (failing = count) };
}

async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("readWecomBotConfig", () => {
  it("is off without either variable and names both", () => {
    expect(readWecomBotConfig({})).toEqual({ on: false, missing: ["WECOM_BOT_ID", "WECOM_BOT_SECRET"] });
  });
  it.each([
    { env: { WECOM_BOT_ID: "b" }, missing: "WECOM_BOT_SECRET" },
    { env: { WECOM_BOT_SECRET: "s" }, missing: "WECOM_BOT_ID" },
  ])("names $missing when only the other is set", ({ env, missing }) => {
    const result = readWecomBotConfig(env);
    expect(result.on).toBe("invalid");
    expect(result.on === "invalid" && result.problem).toContain(missing);
  });
  it("defaults the URL to the SDK's and checks a given one", () => {
    expect(readWecomBotConfig({ WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s" })).toEqual({
      on: true,
      config: { botId: "b", secret: "s", wsUrl: "wss://openws.work.weixin.qq.com" },
    });
    expect(readWecomBotConfig({ WECOM_BOT_ID: "b", WECOM_BOT_SECRET: "s", WECOM_BOT_WS_URL: "http://x" }).on).toBe("invalid");
  });
});

describe("wecom-bot adapter", () => {
  let server: FakeWecomBotServer;
  const adapters: PlatformAdapter[] = [];

  const config = (overrides: Partial<WecomBotConfig> = {}): WecomBotConfig => ({
    botId: server.botId,
    secret: server.secret,
    wsUrl: server.url,
    reconnectIntervalMs: 100,
    startTimeoutMs: 5000,
    deliverRetryDelaysMs: [20, 20],
    ...overrides,
  });
  const startAdapter = async (inbox = fakeInbox(), overrides: Partial<WecomBotConfig> = {}) => {
    const adapter = wecomBotAdapter.create(config(overrides), { log });
    adapters.push(adapter);
    await adapter.start!(inbox.context);
    return { adapter, inbox };
  };

  beforeAll(async () => {
    server = await startFakeWecomBotServer();
  });
  afterEach(async () => {
    await Promise.all(adapters.splice(0).map((a) => a.stop!()));
  });
  afterAll(async () => {
    await server.close();
  });

  it("connects, subscribes with the bot id and secret, and says so in check()", async () => {
    const before = server.subscribes.length;
    const { adapter } = await startAdapter();
    expect(server.subscribes.slice(before)).toEqual([{ botId: server.botId, secret: server.secret, ok: true }]);
    expect(await adapter.check()).toMatchObject({ ok: true });
    expect(adapter.audience).toBe("staff");
    expect(adapter.routes({ deliver: async () => "accepted", log })).toEqual([]);
  });

  it("delivers a pushed text message as one Message", async () => {
    const { inbox } = await startAdapter();
    server.pushText({ userId: "zhangsan", text: "查一下王总", messageId: "msg-1" });
    const [message] = await until(() => inbox.stored.size === 1 && [...inbox.stored.values()], "the message");
    expect(message).toMatchObject({ platform: "wecom-bot", chatId: "zhangsan", userId: "zhangsan", messageId: "msg-1", text: "查一下王总" });
  });

  it("uses the group's chat id, and drops the leading @mention, in a group", async () => {
    const { inbox } = await startAdapter();
    server.pushText({ userId: "lisi", chatId: "group-9", text: "@CRM助手 明天下午三点见李总", messageId: "msg-group" });
    const [message] = await until(() => inbox.stored.size === 1 && [...inbox.stored.values()], "the message");
    expect(message).toMatchObject({ chatId: "group-9", userId: "lisi", text: "明天下午三点见李总" });
  });

  it("gives the same msgid the same messageId, so the inbox stores it once and opens one stream", async () => {
    const { inbox } = await startAdapter();
    server.pushText({ userId: "u-dup", text: "hello", messageId: "msg-dup" });
    server.pushText({ userId: "u-dup", text: "hello", messageId: "msg-dup" });
    await until(() => inbox.received.length === 2, "both deliveries");
    expect(inbox.received.map((m) => m.messageId)).toEqual(["msg-dup", "msg-dup"]);
    expect(inbox.stored.size).toBe(1);
    await until(() => server.streams().some((s) => s.chatId === "u-dup"), "the opened stream");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.streams().filter((s) => s.chatId === "u-dup")).toHaveLength(1);
  });

  it("streams the reply on the message's req_id: opened at once, finished with the text", async () => {
    const { adapter } = await startAdapter();
    const reqId = server.pushText({ userId: "wangwu", text: "本周跟进", messageId: "msg-stream" });
    const opened = await until(() => server.streams().find((s) => s.reqId === reqId), "the opened stream");
    expect(opened).toMatchObject({ finish: false, content: "正在处理…" });

    await adapter.send({ chatId: "wangwu", userId: "wangwu" }, { kind: "text", text: "本周有 3 个跟进" });
    const stream = server.streams().find((s) => s.reqId === reqId)!;
    expect(stream).toMatchObject({ finish: true, content: "本周有 3 个跟进", updates: 2, chatId: "wangwu" });

    // A second reply to the same message has no open stream left: it is pushed as markdown.
    await adapter.send({ chatId: "wangwu", userId: "wangwu" }, { kind: "text", text: "还有别的吗？" });
    expect(server.pushes().at(-1)).toMatchObject({ chatId: "wangwu", msgtype: "markdown", content: "还有别的吗？" });
  });

  it("renders a choice as a numbered list with a button card, and a pressed button comes back as its value", async () => {
    const { adapter, inbox } = await startAdapter();
    const reqId = server.pushText({ userId: "zhao", text: "删除客户王总", messageId: "msg-choice" });
    await until(() => server.streams().find((s) => s.reqId === reqId), "the opened stream");
    await adapter.send(
      { chatId: "zhao", userId: "zhao" },
      { kind: "choice", text: "确定删除王总吗？", options: [{ label: "确定", value: "confirm:1" }, { label: "取消", value: "cancel:1" }] },
    );
    const stream = server.streams().find((s) => s.reqId === reqId)!;
    expect(stream.content).toBe("确定删除王总吗？\n\n1. 确定\n2. 取消");
    expect(stream.buttons).toEqual([{ text: "确定", key: "confirm:1" }, { text: "取消", key: "cancel:1" }]);

    server.pushButton({ userId: "zhao", key: "confirm:1", messageId: "evt-1" });
    const pressed = await until(() => inbox.stored.get("wecom-bot:evt-1"), "the button press");
    expect(pressed).toMatchObject({ chatId: "zhao", userId: "zhao", text: "confirm:1" });
  });

  it("sends an image as a picture in the finished stream, and by upload when no stream is open", async () => {
    const { adapter } = await startAdapter();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const reqId = server.pushText({ userId: "img", text: "chart", messageId: "msg-img" });
    await until(() => server.streams().find((s) => s.reqId === reqId), "the opened stream");
    await adapter.send({ chatId: "img", userId: "img" }, { kind: "image", png, alt: "sales chart" });
    expect(server.streams().find((s) => s.reqId === reqId)).toMatchObject({ finish: true, images: 1, content: "sales chart" });

    await adapter.send({ chatId: "img", userId: "img" }, { kind: "image", png, alt: "sales chart" });
    expect(server.pushes().at(-1)).toMatchObject({ chatId: "img", msgtype: "image" });
  });

  it("throws a retryable PlatformError on a busy answer, and the retry finishes the same stream", async () => {
    const { adapter } = await startAdapter();
    const reqId = server.pushText({ userId: "busy", text: "hi", messageId: "msg-busy" });
    await until(() => server.streams().find((s) => s.reqId === reqId), "the opened stream");
    server.failNextReplies(1, 45009);
    const error = await adapter.send({ chatId: "busy", userId: "busy" }, { kind: "text", text: "hello" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ retryable: true, platform: "wecom-bot" });
    await adapter.send({ chatId: "busy", userId: "busy" }, { kind: "text", text: "hello" });
    expect(server.streams().find((s) => s.reqId === reqId)).toMatchObject({ finish: true, content: "hello" });
    expect(server.pushes().filter((p) => p.chatId === "busy")).toEqual([]);
  });

  it("retries storing while the inbox is down, and tells the user when it stays down", async () => {
    const inbox = fakeInbox();
    await startAdapter(inbox);
    inbox.failNext(1);
    server.pushText({ userId: "flaky", text: "记一下", messageId: "msg-flaky" });
    await until(() => inbox.stored.get("wecom-bot:msg-flaky"), "the message stored on the second try");

    inbox.failNext(10);
    const reqId = server.pushText({ userId: "down", text: "记一下", messageId: "msg-down" });
    const stream = await until(() => server.streams().find((s) => s.reqId === reqId && s.finish), "the not-taken answer");
    expect(stream.content).toContain("请稍后再发一次");
    expect(inbox.stored.has("wecom-bot:msg-down")).toBe(false);
  });

  it("reconnects after the server drops the connection, and receives again", async () => {
    const { adapter, inbox } = await startAdapter();
    const before = server.subscribes.filter((s) => s.ok).length;
    server.dropConnections();
    await server.waitForSubscribes(before + 1, 5000);
    await until(async () => (await adapter.check()).ok, "check() ok again");
    expect((await adapter.check()).ok).toBe(true);
    server.pushText({ userId: "back", text: "again", messageId: "msg-after-reconnect" });
    await until(() => inbox.stored.get("wecom-bot:msg-after-reconnect"), "the message after reconnecting");
  });

  it("says in check() when another connection took the bot over, as WeCom allows one per bot", async () => {
    const { adapter: first } = await startAdapter();
    const { adapter: second, inbox } = await startAdapter();
    await until(async () => !(await first.check()).ok, "the first connection pushed out");
    expect((await first.check()).detail).toMatch(/another connection/);
    expect((await second.check()).ok).toBe(true);
    server.pushText({ userId: "solo", text: "hi", messageId: "msg-solo" });
    await until(() => inbox.stored.get("wecom-bot:msg-solo"), "the message on the new connection");
  });

  it("fails to start with a wrong secret, and check() says authentication was refused", async () => {
    const adapter = wecomBotAdapter.create(config({ secret: "wrong" }), { log });
    adapters.push(adapter);
    const error = await adapter.start!(fakeInbox().context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).retryable).toBe(false);
    expect(server.subscribes.at(-1)).toMatchObject({ secret: "wrong", ok: false });
    const check = await adapter.check();
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/authentication refused/);
  });

  it("refuses to send while not connected, retryably", async () => {
    const adapter = wecomBotAdapter.create(config(), { log });
    const error = await adapter.send({ chatId: "x", userId: "x" }, { kind: "text", text: "hi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: true });
    expect((await adapter.check()).ok).toBe(false);
  });
});
