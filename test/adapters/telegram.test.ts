import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlatformError, type Deliver, type HttpRequest, type PlatformAdapter, type Route } from "../../src/adapters/types.ts";
import { createTelegramAdapter, setTelegramWebhook, telegramAdapter, telegramCommand, type TelegramConfig } from "../../src/adapters/telegram.ts";
import { splitText } from "../../src/adapters/telegram/outbound.ts";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { callbackUpdate, startFakeTelegramApi, textUpdate, type FakeTelegramApi } from "../fakes/fake-telegram-api.ts";

const SECRET = "s3cret_webhook-token";
const log = createLogger("silent");

function configFor(fake: FakeTelegramApi, overrides: Partial<TelegramConfig> = {}): TelegramConfig {
  return { token: fake.token, mode: "webhook", webhookSecret: SECRET, apiRoot: fake.apiRoot, ...overrides };
}

/** A deliver that stores in memory, answering "duplicate" for a messageId seen before, as the inbox does. */
function memoryInbox() {
  const messages: Message[] = [];
  const deliver: Deliver = async (message) => {
    const seen = messages.some((m) => m.messageId === message.messageId);
    messages.push(message);
    return seen ? "duplicate" : "accepted";
  };
  return { messages, deliver };
}

function post(route: Route, update: object | string, secret: string | null = SECRET) {
  const request: HttpRequest = {
    method: "POST",
    path: "/telegram/webhook",
    query: new URLSearchParams(),
    headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) },
    body: Buffer.from(typeof update === "string" ? update : JSON.stringify(update)),
  };
  return route.handle(request);
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

let fake: FakeTelegramApi;
beforeEach(async () => {
  fake = await startFakeTelegramApi();
});
afterEach(async () => {
  await fake.close();
});

describe("telegram config", () => {
  const token = "123:abc-DEF_1";
  it.each([
    { name: "off without a token", env: {}, on: false },
    { name: "off with an empty token", env: { TELEGRAM_BOT_TOKEN: "" }, on: false },
    { name: "webhook needs the secret", env: { TELEGRAM_BOT_TOKEN: token }, on: "invalid" },
    { name: "a secret with a space is refused", env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: "a b" }, on: "invalid" },
    { name: "an unknown mode is refused", env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: "push" }, on: "invalid" },
    { name: "a token without a colon is refused", env: { TELEGRAM_BOT_TOKEN: "nonsense", TELEGRAM_WEBHOOK_SECRET: SECRET }, on: "invalid" },
    { name: "polling needs no secret", env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: "polling" }, on: true },
    { name: "webhook with a secret", env: { TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: SECRET }, on: true },
  ])("$name", ({ env, on }) => {
    expect(telegramAdapter.readConfig(env).on).toBe(on);
  });

  it("defaults to Telegram's API and drops a trailing slash from a custom root", () => {
    const plain = telegramAdapter.readConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: SECRET });
    expect(plain).toMatchObject({ on: true, config: { mode: "webhook", apiRoot: "https://api.telegram.org" } });
    const custom = telegramAdapter.readConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" });
    expect(custom).toMatchObject({ on: true, config: { apiRoot: "http://127.0.0.1:8081" } });
  });
});

describe("telegram webhook", () => {
  let adapter: PlatformAdapter;
  let inbox: ReturnType<typeof memoryInbox>;
  let route: Route;
  beforeEach(() => {
    adapter = telegramAdapter.create(configFor(fake), { log });
    inbox = memoryInbox();
    route = adapter.routes({ deliver: inbox.deliver, log })[0]!;
  });

  it("mounts POST /telegram/webhook and says who writes", () => {
    expect(route).toMatchObject({ method: "POST", path: "/telegram/webhook" });
    expect(adapter).toMatchObject({ platform: "telegram", audience: "guest", rateLimits: { perChatPerSecond: 1, globalPerSecond: 30 } });
  });

  it("turns a text message into one Message", async () => {
    const date = 1_760_000_000;
    const response = await post(route, textUpdate({ updateId: 501, chatId: 42, userId: 42, text: "hello there", firstName: "Ann", lastName: "Lee", date }));
    expect(response.status).toBe(200);
    expect(inbox.messages).toHaveLength(1);
    expect(inbox.messages[0]).toMatchObject({
      platform: "telegram", chatId: "42", userId: "42", messageId: "501", text: "hello there",
      receivedAt: new Date(date * 1000), sender: { name: "Ann Lee" },
    });
    expect(inbox.messages[0]!.threadId).toBeUndefined();
  });

  it.each([
    { name: "a wrong secret", secret: "not-the-secret" },
    { name: "a missing secret", secret: null },
    { name: "a secret differing in its last character", secret: SECRET.slice(0, -1) + "X" },
    { name: "an empty secret", secret: "" },
  ])("refuses $name with 401 and delivers nothing", async ({ secret }) => {
    const response = await post(route, textUpdate({ updateId: 502, chatId: 42, userId: 42, text: "forged" }), secret);
    expect(response.status).toBe(401);
    expect(inbox.messages).toHaveLength(0);
    expect(fake.calls).toHaveLength(0);
  });

  it("gives a retried update the same messageId, so the inbox can drop it", async () => {
    const update = textUpdate({ updateId: 503, chatId: 42, userId: 42, text: "twice" });
    expect((await post(route, update)).status).toBe(200);
    expect((await post(route, update)).status).toBe(200);
    expect(inbox.messages.map((m) => m.messageId)).toEqual(["503", "503"]);
  });

  it("reads a button press as its value and answers the callback query after storing it", async () => {
    let release!: () => void;
    const stored: Message[] = [];
    const gated = adapter.routes({
      deliver: async (message) => {
        await new Promise<void>((resolve) => (release = resolve));
        stored.push(message);
        return "accepted";
      },
      log,
    })[0]!;
    const pending = post(gated, callbackUpdate({ updateId: 504, queryId: "9100200300", chatId: 42, userId: 42, data: "yes" }));
    await waitFor(() => release !== undefined);
    expect(fake.callsTo("answerCallbackQuery")).toHaveLength(0);
    release();
    expect((await pending).status).toBe(200);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ platform: "telegram", chatId: "42", userId: "42", text: "yes", messageId: "callback:9100200300" });
    expect(fake.callsTo("answerCallbackQuery").map((c) => c.params.callback_query_id)).toEqual(["9100200300"]);
  });

  it("strips this bot's name from a group command, so /link works in groups", async () => {
    await post(route, textUpdate({ updateId: 505, chatId: -1001, userId: 42, text: "/link@chatcrm_test_bot ABC123" }));
    await post(route, textUpdate({ updateId: 506, chatId: -1001, userId: 42, text: "/link@other_bot XYZ" }));
    expect(inbox.messages.map((m) => [m.chatId, m.text])).toEqual([["-1001", "/link ABC123"], ["-1001", "/link@other_bot XYZ"]]);
  });

  it("keeps a forum topic as the thread", async () => {
    const update = textUpdate({ updateId: 507, chatId: -1002, userId: 42, text: "in a topic" });
    Object.assign(update.message, { is_topic_message: true, message_thread_id: 77 });
    await post(route, update);
    expect(inbox.messages[0]).toMatchObject({ chatId: "-1002", threadId: "77" });
  });

  it.each([
    { name: "an edited message", update: { update_id: 510, edited_message: { ...textUpdate({ updateId: 510, chatId: 42, userId: 42, text: "edit" }).message, edit_date: 1 } } },
    { name: "a photo without text", update: { update_id: 511, message: { message_id: 5, from: { id: 42, is_bot: false, first_name: "A" }, chat: { id: 42, type: "private" }, date: 1, photo: [] } } },
    { name: "a member update", update: { update_id: 512, my_chat_member: { chat: { id: 42, type: "private" }, from: { id: 42, is_bot: false, first_name: "A" }, date: 1, old_chat_member: { status: "member", user: { id: 1, is_bot: true, first_name: "b" } }, new_chat_member: { status: "kicked", until_date: 0, user: { id: 1, is_bot: true, first_name: "b" } } } } },
  ])("ignores $name with 200", async ({ update }) => {
    expect((await post(route, update)).status).toBe(200);
    expect(inbox.messages).toHaveLength(0);
  });

  it("answers 503 when the inbox cannot store, so Telegram retries, and does not answer the button", async () => {
    const failing = adapter.routes({ deliver: () => Promise.reject(new Error("database down")), log })[0]!;
    expect((await post(failing, textUpdate({ updateId: 520, chatId: 42, userId: 42, text: "hi" }))).status).toBe(503);
    expect((await post(failing, callbackUpdate({ updateId: 521, queryId: "77", chatId: 42, userId: 42, data: "no" }))).status).toBe(503);
    expect(fake.callsTo("answerCallbackQuery")).toHaveLength(0);
  });

  it("answers 503 while getMe fails, then works once it answers", async () => {
    fake.failNext(["getMe"], { status: 500 });
    const update = textUpdate({ updateId: 522, chatId: 42, userId: 42, text: "hi" });
    expect((await post(route, update)).status).toBe(503);
    expect((await post(route, update)).status).toBe(200);
    expect(inbox.messages).toHaveLength(1);
  });

  it("refuses a body that is not an update with 400", async () => {
    expect((await post(route, "not json")).status).toBe(400);
    expect((await post(route, { message: {} })).status).toBe(400);
    expect(inbox.messages).toHaveLength(0);
  });

  it("has no webhook route in polling mode", () => {
    const polling = telegramAdapter.create(configFor(fake, { mode: "polling", webhookSecret: undefined }), { log });
    expect(polling.routes({ deliver: inbox.deliver, log })).toEqual([]);
  });
});

describe("telegram send", () => {
  let adapter: PlatformAdapter;
  beforeEach(() => {
    adapter = telegramAdapter.create(configFor(fake), { log });
  });

  it("sends text with sendMessage", async () => {
    await adapter.send({ chatId: "42", userId: "42" }, { kind: "text", text: "Booked for 7pm." });
    expect(fake.callsTo("sendMessage").map((c) => c.params)).toEqual([{ chat_id: 42, text: "Booked for 7pm." }]);
  });

  it("sends a choice as an inline keyboard whose callback data are the values", async () => {
    await adapter.send({ chatId: "42", userId: "42" }, { kind: "choice", text: "Save this?", options: [{ label: "确认", value: "yes" }, { label: "Cancel", value: "no" }] });
    const [call] = fake.callsTo("sendMessage");
    expect(call!.params).toMatchObject({
      chat_id: 42,
      text: "Save this?",
      reply_markup: { inline_keyboard: [[{ text: "确认", callback_data: "yes" }], [{ text: "Cancel", callback_data: "no" }]] },
    });
  });

  it("falls back to a numbered list when a value does not fit in 64 bytes of callback data", async () => {
    await adapter.send({ chatId: "42", userId: "42" }, { kind: "choice", text: "Which?", options: [{ label: "A", value: "x".repeat(65) }, { label: "B", value: "b" }] });
    const [call] = fake.callsTo("sendMessage");
    expect(call!.params).toEqual({ chat_id: 42, text: "Which?\n1) A\n2) B" });
  });

  it("uploads an image with sendPhoto, the PNG bytes and its description as caption", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await adapter.send({ chatId: "42", userId: "42" }, { kind: "image", png, alt: "Sales by week" });
    const [call] = fake.callsTo("sendPhoto");
    expect(call!.params).toMatchObject({ chat_id: "42", caption: "Sales by week" });
    expect(call!.files.photo?.filename).toBe("image.png");
    expect(call!.files.photo?.bytes.equals(Buffer.from(png))).toBe(true);
  });

  it("sends to a forum topic when the target has a thread", async () => {
    await adapter.send({ chatId: "-1002", userId: "42", threadId: "77" }, { kind: "text", text: "in topic" });
    expect(fake.callsTo("sendMessage")[0]!.params).toMatchObject({ chat_id: -1002, message_thread_id: 77 });
  });

  it("splits text over 4096 characters at line breaks", async () => {
    const line = "a".repeat(99) + "\n";
    const text = line.repeat(60);
    await adapter.send({ chatId: "42", userId: "42" }, { kind: "text", text });
    const sent = fake.callsTo("sendMessage").map((c) => String(c.params.text));
    expect(sent.length).toBe(2);
    expect(sent.every((part) => part.length <= 4096)).toBe(true);
    expect(sent.join("\n")).toBe(text);
    expect(splitText("x".repeat(5000)).map((p) => p.length)).toEqual([4096, 904]);
  });

  const sendError = async () => {
    try {
      await adapter.send({ chatId: "42", userId: "42" }, { kind: "text", text: "hi" });
    } catch (error) {
      return error as PlatformError;
    }
    throw new Error("send did not fail");
  };

  it("maps 429 to a retryable error that carries retry_after", async () => {
    fake.failNext(["sendMessage"], { status: 429, retryAfter: 3 });
    const error = await sendError();
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: "telegram", method: "sendMessage", retryable: true, retryAfterMs: 3000 });
  });

  it.each([
    { status: 500 as const, retryable: true },
    { status: 400 as const, retryable: false },
    { status: 401 as const, retryable: false },
    { status: 403 as const, retryable: false },
  ])("maps $status to retryable: $retryable", async ({ status, retryable }) => {
    fake.failNext(["sendMessage", "sendPhoto"], { status, description: status === 403 ? "Forbidden: bot was blocked by the user" : undefined });
    const error = await sendError();
    expect(error).toBeInstanceOf(PlatformError);
    expect(error.retryable).toBe(retryable);
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.message).toContain(String(status));
    expect(error.message).not.toContain(fake.token);
  });

  it("maps an API that does not answer to a retryable error", async () => {
    await fake.close();
    const error = await sendError();
    expect(error).toMatchObject({ retryable: true, method: "sendMessage" });
    fake = await startFakeTelegramApi();
  });

  it("checks the API with getMe, and says when no webhook is set", async () => {
    const check = await adapter.check();
    expect(check.ok).toBe(true);
    expect(check.detail).toContain("@chatcrm_test_bot");
    expect(check.detail).toContain("set-webhook");
    const wrongToken = telegramAdapter.create(configFor(fake, { token: "999:wrong" }), { log });
    expect(await wrongToken.check()).toMatchObject({ ok: false });
  });
});

describe("telegram long polling", () => {
  it("delivers scripted updates and confirms each only after it was stored", async () => {
    const inbox = memoryInbox();
    const adapter = createTelegramAdapter(configFor(fake, { mode: "polling", webhookSecret: undefined }), { log, polling: { retryDelayMs: 20, pollTimeoutSeconds: 1 } });
    fake.pushUpdates(
      textUpdate({ updateId: 900, chatId: 42, userId: 42, text: "first" }),
      { update_id: 901, edited_message: textUpdate({ updateId: 901, chatId: 42, userId: 42, text: "x" }).message },
      callbackUpdate({ updateId: 902, queryId: "555", chatId: 42, userId: 42, data: "edit" }),
    );
    await adapter.start!({ deliver: inbox.deliver, log });
    await waitFor(() => inbox.messages.length === 2 && fake.callsTo("answerCallbackQuery").length === 1);
    await waitFor(() => fake.callsTo("getUpdates").some((c) => c.params.offset === 903));
    await adapter.stop!();

    expect(inbox.messages.map((m) => [m.messageId, m.text])).toEqual([["900", "first"], ["callback:555", "edit"]]);
    expect(fake.callsTo("deleteWebhook")).toHaveLength(1);
    expect(fake.callsTo("getUpdates")[0]!.params).toMatchObject({ allowed_updates: ["message", "callback_query"] });
  });

  it("asks again for an update the inbox failed to store, instead of skipping it", async () => {
    const stored: Message[] = [];
    let failures = 2;
    const deliver: Deliver = async (message) => {
      if (failures-- > 0) throw new Error("database down");
      stored.push(message);
      return "accepted";
    };
    const adapter = createTelegramAdapter(configFor(fake, { mode: "polling", webhookSecret: undefined }), { log, polling: { retryDelayMs: 20, pollTimeoutSeconds: 1 } });
    fake.pushUpdates(textUpdate({ updateId: 910, chatId: 42, userId: 42, text: "keep me" }));
    await adapter.start!({ deliver, log });
    await waitFor(() => stored.length === 1);
    await adapter.stop!();

    expect(stored[0]).toMatchObject({ messageId: "910", text: "keep me" });
    const offsets = fake.callsTo("getUpdates").map((c) => c.params.offset);
    // never past 910 before it was stored
    expect(offsets.slice(0, 3)).toEqual([undefined, undefined, undefined]);
  });

  it("stops promptly while a long poll is open", async () => {
    const adapter = createTelegramAdapter(configFor(fake, { mode: "polling", webhookSecret: undefined }), { log, polling: { pollTimeoutSeconds: 20 } });
    await adapter.start!({ deliver: memoryInbox().deliver, log });
    await waitFor(() => fake.callsTo("getUpdates").length === 1);
    const started = Date.now();
    await adapter.stop!();
    // Long before the 20 s poll would end on its own: stop cancelled it.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("telegram set-webhook", () => {
  it("sets the webhook with the secret token and only the update kinds read", async () => {
    const result = await setTelegramWebhook({ config: configFor(fake), url: "https://crm.example.com/telegram/webhook" });
    expect(result.url).toBe("https://crm.example.com/telegram/webhook");
    expect(fake.callsTo("setWebhook")[0]!.params).toMatchObject({
      url: "https://crm.example.com/telegram/webhook",
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query"],
    });
  });

  it("adds the webhook path to a bare origin, and refuses http", async () => {
    await setTelegramWebhook({ config: configFor(fake), url: "https://crm.example.com" });
    expect(fake.webhook).toMatchObject({ url: "https://crm.example.com/telegram/webhook", secretToken: SECRET });
    await expect(setTelegramWebhook({ config: configFor(fake), url: "http://crm.example.com" })).rejects.toThrow(/https/);
  });

  it("runs as chatcrm telegram set-webhook URL", async () => {
    const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot };
    let output = "";
    const out = { write: (chunk: string) => ((output += chunk), true) } as unknown as NodeJS.WritableStream;
    expect(await telegramCommand(["set-webhook", "https://crm.example.com/telegram/webhook"], env, out)).toBe(0);
    expect(output).toContain("https://crm.example.com/telegram/webhook");
    expect(fake.callsTo("setWebhook")[0]!.params.secret_token).toBe(SECRET);
    expect(await telegramCommand(["webhook-info"], env, out)).toBe(0);
    expect(output).toContain("url: https://crm.example.com/telegram/webhook");
    await expect(telegramCommand(["set-webhook", "https://x.example"], { ...env, TELEGRAM_MODE: "polling" }, out)).rejects.toThrow(/polling/);
  });
});
