import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { slackAdapter, type SlackConfig } from "../../src/adapters/slack.ts";
import { PlatformError, type AdapterContext, type Deliver, type HttpRequest, type PlatformAdapter, type Route } from "../../src/adapters/types.ts";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { FakeSlackApi } from "../fakes/fake-slack-api.ts";
import { plainText } from "../../src/adapters/slack/inbound.ts";
import { slackDriver } from "./drivers/slack.ts";

const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const BOT_TOKEN = "xoxb-test-token";
const log = createLogger("silent");

/** A request signed the way Slack signs: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
function signedRequest(options: { body: string; contentType: string; timestamp?: number; secret?: string; headers?: Record<string, string> }): HttpRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${options.body}`).digest("hex")}`;
  return {
    method: "POST",
    path: "/slack/events",
    query: new URLSearchParams(),
    headers: { "content-type": options.contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature, ...options.headers },
    body: Buffer.from(options.body, "utf8"),
  };
}

const jsonRequest = (payload: unknown, extra: Partial<Parameters<typeof signedRequest>[0]> = {}) =>
  signedRequest({ body: JSON.stringify(payload), contentType: "application/json", ...extra });
const formRequest = (fields: Record<string, string>, extra: Partial<Parameters<typeof signedRequest>[0]> = {}) =>
  signedRequest({ body: new URLSearchParams(fields).toString(), contentType: "application/x-www-form-urlencoded", ...extra });

function eventCallback(event: Record<string, unknown>, eventId = "Ev01DM") {
  return {
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  };
}

const dm = (text: string, extra: Record<string, unknown> = {}) => ({ type: "message", channel: "D100", channel_type: "im", user: "U1", text, ts: "1700000000.000200", event_ts: "1700000000.000200", ...extra });

function config(api: FakeSlackApi, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: api.apiUrl, ...overrides };
}

let api: FakeSlackApi;
beforeAll(async () => {
  api = await new FakeSlackApi({ botToken: BOT_TOKEN }).start();
});
afterAll(async () => {
  await api.close();
});

describe("slack routes", () => {
  let adapter: PlatformAdapter;
  let route: Route;
  let delivered: Message[];
  let deliver: ReturnType<typeof vi.fn<Deliver>>;
  const seen = new Set<string>();

  beforeEach(() => {
    delivered = [];
    seen.clear();
    deliver = vi.fn<Deliver>(async (message) => {
      delivered.push(message);
      if (seen.has(message.messageId)) return "duplicate";
      seen.add(message.messageId);
      return "accepted";
    });
    adapter = slackAdapter.create(config(api), { log });
    const context: AdapterContext = { deliver, log };
    [route] = adapter.routes(context) as [Route];
  });

  it("mounts one POST route at /slack/events, for staff", () => {
    expect(route).toMatchObject({ method: "POST", path: "/slack/events" });
    expect(adapter.audience).toBe("staff");
    expect(adapter.rateLimits).toEqual({ perChatPerSecond: 1, globalPerSecond: 20 });
  });

  it("answers url_verification with the challenge", async () => {
    const response = await route.handle(jsonRequest({ token: "x", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" }));
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
    expect(deliver).not.toHaveBeenCalled();
  });

  it("turns a DM into one Message through deliver, then acknowledges", async () => {
    const response = await route.handle(jsonRequest(eventCallback(dm("find Mr Wang"))));
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ platform: "slack", chatId: "D100", userId: "U1", messageId: "Ev01DM", text: "find Mr Wang", threadId: undefined });
    expect(delivered[0]!.receivedAt).toEqual(new Date(1_700_000_000_000));
  });

  it("makes no Web API call on the way from request to acknowledgement", async () => {
    const before = api.calls.length;
    await route.handle(jsonRequest(eventCallback(dm("hello"))));
    expect(api.calls.length).toBe(before);
  });

  it("answers a DM written in a thread in that thread", async () => {
    await route.handle(jsonRequest(eventCallback(dm("and tomorrow?", { thread_ts: "1699999999.000100" }))));
    expect(delivered[0]!.threadId).toBe("1699999999.000100");
  });

  it("takes a channel mention without the mention, answered under it", async () => {
    const mention = { type: "app_mention", channel: "C200", user: "U2", text: "<@UBOT> log a call with Li Lei", ts: "1700000001.000300", event_ts: "1700000001.000300" };
    await route.handle(jsonRequest(eventCallback(mention, "Ev02MENTION")));
    expect(delivered[0]).toMatchObject({ chatId: "C200", userId: "U2", messageId: "Ev02MENTION", text: "log a call with Li Lei", threadId: "1700000001.000300" });
  });

  it("keeps a mention inside a thread in that thread", async () => {
    const mention = { type: "app_mention", channel: "C200", user: "U2", text: "what about <@UBOT> here", ts: "1700000002.000300", thread_ts: "1700000000.000001" };
    await route.handle(jsonRequest(eventCallback(mention, "Ev03")));
    expect(delivered[0]).toMatchObject({ text: "what about here", threadId: "1700000000.000001" });
  });

  it.each([
    { name: "a bot's message", event: dm("I am a bot", { bot_id: "B9", subtype: "bot_message" }) },
    { name: "our own reply", event: dm("reply", { bot_id: "B1" }) },
    { name: "an edit", event: dm("", { subtype: "message_changed" }) },
    { name: "a deletion", event: dm("", { subtype: "message_deleted" }) },
    { name: "a channel message (mentions come as app_mention)", event: dm("hi all", { channel: "C1", channel_type: "channel" }) },
  ])("acknowledges $name without delivering it", async ({ event }) => {
    const response = await route.handle(jsonRequest(eventCallback(event)));
    expect(response.status).toBe(200);
    expect(deliver).not.toHaveBeenCalled();
  });

  it("refuses a forged signature with 401 and delivers nothing", async () => {
    const response = await route.handle(jsonRequest(eventCallback(dm("forged")), { secret: "not-the-secret" }));
    expect(response.status).toBe(401);
    expect(deliver).not.toHaveBeenCalled();
  });

  it("refuses a body changed after signing", async () => {
    const request = jsonRequest(eventCallback(dm("original")));
    request.body = Buffer.from(JSON.stringify(eventCallback(dm("tampered"))));
    expect((await route.handle(request)).status).toBe(401);
    expect(deliver).not.toHaveBeenCalled();
  });

  it("refuses a request without signature headers", async () => {
    const request = jsonRequest(eventCallback(dm("unsigned")));
    delete request.headers["x-slack-signature"];
    expect((await route.handle(request)).status).toBe(401);
  });

  it.each([
    { name: "six minutes old", offsetSeconds: -6 * 60 },
    { name: "six minutes in the future", offsetSeconds: 6 * 60 },
  ])("refuses a correctly signed request $name (replay)", async ({ offsetSeconds }) => {
    const response = await route.handle(jsonRequest(eventCallback(dm("replayed")), { timestamp: Math.floor(Date.now() / 1000) + offsetSeconds }));
    expect(response.status).toBe(401);
    expect(deliver).not.toHaveBeenCalled();
  });

  it("accepts a request four minutes old", async () => {
    const response = await route.handle(jsonRequest(eventCallback(dm("slow network")), { timestamp: Math.floor(Date.now() / 1000) - 4 * 60 }));
    expect(response.status).toBe(200);
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it("passes Slack's retries of one event with the same messageId, acknowledging each", async () => {
    const payload = eventCallback(dm("book a table"), "Ev0RETRY");
    const first = await route.handle(jsonRequest(payload));
    const retry1 = await route.handle(jsonRequest(payload, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } }));
    const retry2 = await route.handle(jsonRequest(payload, { headers: { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" } }));
    expect([first.status, retry1.status, retry2.status]).toEqual([200, 200, 200]);
    expect(delivered.map((m) => m.messageId)).toEqual(["Ev0RETRY", "Ev0RETRY", "Ev0RETRY"]);
    expect(await Promise.all(deliver.mock.results.map((r) => r.value))).toEqual(["accepted", "duplicate", "duplicate"]);
  });

  it("answers 503 when deliver rejects, so Slack retries", async () => {
    deliver.mockRejectedValueOnce(new Error("database unreachable"));
    const response = await route.handle(jsonRequest(eventCallback(dm("lost?"), "Ev0FAIL")));
    expect(response.status).toBe(503);
    // Slack's retry then goes through.
    const retry = await route.handle(jsonRequest(eventCallback(dm("lost?"), "Ev0FAIL"), { headers: { "x-slack-retry-num": "1" } }));
    expect(retry.status).toBe(200);
    expect(delivered.at(-1)!.messageId).toBe("Ev0FAIL");
  });

  const command = (overrides: Record<string, string> = {}) => ({
    token: "legacy",
    team_id: "T1",
    channel_id: "C300",
    channel_name: "sales",
    user_id: "U3",
    user_name: "meimei",
    command: "/crm",
    text: "  top customers this month ",
    api_app_id: "A1",
    response_url: "https://hooks.slack.com/commands/T1/1/abc",
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    ...overrides,
  });

  it("takes the /crm slash command (form-encoded) as a Message", async () => {
    const response = await route.handle(formRequest(command()));
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ chatId: "C300", userId: "U3", text: "top customers this month", messageId: "command:13345224609.738474920.8088930838d88f008e0", sender: { name: "meimei" } });
  });

  it("gives a slash command without trigger_id a stable id from its payload", async () => {
    const { trigger_id: _, ...withoutTrigger } = command();
    await route.handle(formRequest(withoutTrigger));
    await route.handle(formRequest(withoutTrigger));
    expect(delivered[0]!.messageId).toMatch(/^command:[0-9a-f]{64}$/);
    expect(delivered[1]!.messageId).toBe(delivered[0]!.messageId);
  });

  it("tells the person to try again when a slash command cannot be stored (Slack never retries commands)", async () => {
    deliver.mockRejectedValueOnce(new Error("database unreachable"));
    const response = await route.handle(formRequest(command()));
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toMatchObject({ response_type: "ephemeral" });
  });

  it("answers Slack's ssl_check", async () => {
    expect((await route.handle(formRequest({ ssl_check: "1", token: "x" }))).status).toBe(200);
    expect(deliver).not.toHaveBeenCalled();
  });

  const buttonPress = (actionTs: string) => ({
    type: "block_actions",
    user: { id: "U4", username: "lei", name: "lei", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    container: { type: "message", message_ts: "1700000005.000100", channel_id: "C400", is_ephemeral: false, thread_ts: "1700000004.000100" },
    trigger_id: "111.222.abc",
    team: { id: "T1", domain: "hotel" },
    channel: { id: "C400", name: "sales" },
    message: { type: "message", ts: "1700000005.000100", thread_ts: "1700000004.000100", text: "Which Wang?" },
    response_url: "https://hooks.slack.com/actions/T1/1/xyz",
    actions: [{ action_id: "crm_choice:1", block_id: "b1", text: { type: "plain_text", text: "Wang Fang (VIP)" }, value: "customer:c_42", type: "button", action_ts: actionTs }],
  });

  it("turns a button press into a Message whose text is the option's value", async () => {
    const response = await route.handle(formRequest({ payload: JSON.stringify(buttonPress("1700000006.123456")) }));
    expect(response.status).toBe(200);
    expect(delivered[0]).toMatchObject({ chatId: "C400", userId: "U4", text: "customer:c_42", threadId: "1700000004.000100", messageId: "action:crm_choice:1:1700000006.123456" });
  });

  it("replaces the pressed card's buttons with the choice made, through its response_url", async () => {
    const press = {
      ...buttonPress("1700000008.5"),
      response_url: `${api.baseUrl}/response/T1/1/xyz`,
      message: {
        type: "message", ts: "1700000005.000100", text: "Which Wang?\n1) Wang Wei\n2) Wang Fang (VIP)",
        blocks: [
          { type: "section", block_id: "q", text: { type: "mrkdwn", text: "Which Wang?" } },
          { type: "actions", block_id: "b1", elements: [{ type: "button", action_id: "crm_choice:0", text: { type: "plain_text", text: "Wang Wei" }, value: "customer:c_41" }] },
        ],
      },
    };
    const before = api.responses.length;
    expect((await route.handle(formRequest({ payload: JSON.stringify(press) }))).status).toBe(200);
    await vi.waitFor(() => expect(api.responses.length).toBe(before + 1));
    const { body } = api.responses.at(-1)!;
    expect(body).toMatchObject({ replace_original: true });
    expect(body["blocks"]).toEqual([
      { type: "section", block_id: "q", text: { type: "mrkdwn", text: "Which Wang?" } },
      { type: "context", elements: [{ type: "plain_text", text: "✓ Wang Fang (VIP)", emoji: true }] },
    ]);
  });

  it("answers 503 to a button press it could not store", async () => {
    deliver.mockRejectedValueOnce(new Error("database unreachable"));
    expect((await route.handle(formRequest({ payload: JSON.stringify(buttonPress("1700000007.1")) })) ).status).toBe(503);
  });

  it("refuses an unreadable body after a valid signature with 400", async () => {
    expect((await route.handle(signedRequest({ body: "{not json", contentType: "application/json" }))).status).toBe(400);
  });
});

describe("slack send", () => {
  let adapter: PlatformAdapter;
  beforeEach(() => {
    adapter = slackAdapter.create(config(api), { log });
  });

  it("sends text with chat.postMessage in the thread, escaping Slack's markup characters", async () => {
    await adapter.send({ chatId: "C1", userId: "U1", threadId: "1700000000.000100" }, { kind: "text", text: "Deal <Wang & Co> won" });
    const call = api.callsOf("chat.postMessage").at(-1)!;
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100", text: "Deal &lt;Wang &amp; Co&gt; won" });
  });

  it("renders a choice as a section and buttons carrying each option's value, with a text fallback", async () => {
    await adapter.send({ chatId: "D1", userId: "U1" }, { kind: "choice", text: "Which Wang?", options: [{ label: "Wang Fang", value: "customer:1" }, { label: "Wang Wei", value: "customer:2" }] });
    const posted = api.posted.at(-1)!;
    expect(posted.buttons).toEqual([
      { label: "Wang Fang", value: "customer:1", actionId: "crm_choice:0" },
      { label: "Wang Wei", value: "customer:2", actionId: "crm_choice:1" },
    ]);
    expect(posted.text).toBe("Which Wang?\n1) Wang Fang\n2) Wang Wei");
    expect(posted.threadTs).toBeUndefined();
  });

  it("uploads an image into the chat and thread", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await adapter.send({ chatId: "C2", userId: "U1", threadId: "1700000000.000900" }, { kind: "image", png, alt: "Revenue by month" });
    expect(api.callsOf("files.getUploadURLExternal").at(-1)!.args).toMatchObject({ filename: "chart.png", length: String(png.length), alt_text: "Revenue by month" });
    const posted = api.posted.at(-1)!;
    expect(posted).toMatchObject({ channel: "C2", threadTs: "1700000000.000900", image: { bytes: png.length, title: "Revenue by month" } });
  });

  it("maps 429 to a retryable PlatformError with Retry-After in ms", async () => {
    api.failNext(1, { status: 429, retryAfterSeconds: 7 });
    const error = await adapter.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: "slack", method: "chat.postMessage", retryable: true, retryAfterMs: 7000 });
  });

  it("does not retry inside the client: one 429 is one call, and the next send goes through", async () => {
    const before = api.callsOf("chat.postMessage").length;
    api.failNext(1, { status: 429, retryAfterSeconds: 1 });
    await expect(adapter.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "a" })).rejects.toBeInstanceOf(PlatformError);
    await adapter.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "b" });
    expect(api.callsOf("chat.postMessage").length - before).toBe(2);
  });

  it("maps a 500 to a retryable PlatformError", async () => {
    api.failNext(1, { status: 500 });
    await expect(adapter.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "hi" })).rejects.toMatchObject({ retryable: true, retryAfterMs: undefined });
  });

  it("maps a failed image upload to a PlatformError too", async () => {
    api.failNext(1, { status: 429, retryAfterSeconds: 3 });
    await expect(adapter.send({ chatId: "C1", userId: "U1" }, { kind: "image", png: new Uint8Array([1]), alt: "x" })).rejects.toMatchObject({ method: "files.uploadV2", retryable: true, retryAfterMs: 3000 });
  });

  it.each(["not_in_channel", "channel_not_found"])("answers in the person's DM when Slack says %s for the channel (/crm where the bot was never invited)", async (slackError) => {
    api.failNext(1, { error: slackError });
    await adapter.send({ chatId: "C9", userId: "U7", threadId: "1700000000.000100" }, { kind: "text", text: "Lead L-12 saved: Wang Fang" });
    expect(api.callsOf("conversations.open").at(-1)!.args).toMatchObject({ users: "U7" });
    expect(api.posted.at(-1)).toMatchObject({ channel: "DU7", text: "(I'm not in that channel, so here is my answer in private.)\nLead L-12 saved: Wang Fang" });
    expect(api.posted.at(-1)!.threadTs).toBeUndefined();
  });

  it("says so in Chinese for a Chinese answer, and keeps a choice's buttons", async () => {
    api.failNext(1, { error: "not_in_channel" });
    await adapter.send({ chatId: "C9", userId: "U7" }, { kind: "choice", text: "哪个王总？", options: [{ label: "王芳", value: "customer:1" }] });
    expect(api.posted.at(-1)).toMatchObject({ channel: "DU7", buttons: [{ label: "王芳", value: "customer:1", actionId: "crm_choice:0" }] });
    expect(api.posted.at(-1)!.text).toMatch(/^（我不在那个频道里，所以私信回复你。）\n哪个王总？/);
  });

  it("does not move a reply whose DM itself is missing", async () => {
    api.failNext(1, { error: "channel_not_found" });
    await expect(adapter.send({ chatId: "D404", userId: "U7" }, { kind: "text", text: "hi" })).rejects.toMatchObject({ retryable: false, message: "slack.chat.postMessage: channel_not_found" });
  });

  it.each(["invalid_auth", "not_authed", "token_revoked"])("maps %s to a PlatformError that is not retryable", async (slackError) => {
    api.failNext(1, { error: slackError });
    const error = await adapter.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "hi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PlatformError", retryable: false, message: `slack.chat.postMessage: ${slackError}` });
  });

  it("gets invalid_auth from the API itself for a wrong token, not retryable", async () => {
    const wrong = slackAdapter.create(config(api, { botToken: "xoxb-revoked" }), { log });
    await expect(wrong.send({ chatId: "C1", userId: "U1" }, { kind: "text", text: "hi" })).rejects.toMatchObject({ retryable: false, message: "slack.chat.postMessage: invalid_auth" });
  });

  it("checks the credentials with auth.test", async () => {
    expect(await adapter.check()).toEqual({ ok: true, detail: "connected to Fake Hotel as @chatcrm" });
    const wrong = slackAdapter.create(config(api, { botToken: "xoxb-revoked" }), { log });
    expect(await wrong.check()).toMatchObject({ ok: false, detail: expect.stringContaining("invalid_auth") });
  });
});

describe("slack message text", () => {
  it.each([
    { text: "call <tel:+8613800138000|13800138000> tomorrow", expected: "call 13800138000 tomorrow" },
    { text: "mail <mailto:wang@example.com|wang@example.com>", expected: "mail wang@example.com" },
    { text: "see <https://example.com/a?b=1&amp;c=2>", expected: "see https://example.com/a?b=1&c=2" },
    { text: "Wang &amp; Co &lt;VIP&gt;", expected: "Wang & Co <VIP>" },
    { text: "ask <@U123> about it", expected: "ask <@U123> about it" },
    { text: "post in <#C1|sales>", expected: "post in #sales" },
  ])("$text", ({ text, expected }) => {
    expect(plainText(text)).toBe(expected);
  });

  it("delivers a DM's text as typed", async () => {
    const delivered: Message[] = [];
    const [route] = slackAdapter.create(config(api), { log }).routes({ deliver: async (m) => (delivered.push(m), "accepted"), log }) as [Route];
    await route.handle(jsonRequest(eventCallback(dm("new lead Li &amp; Sons, <tel:13900001111|13900001111>"))));
    expect(delivered[0]!.text).toBe("new lead Li & Sons, 13900001111");
  });
});

describe("slack config", () => {
  it.each([
    { env: {}, expected: { on: false } },
    { env: { SLACK_SIGNING_SECRET: "s" }, expected: { on: "invalid", problem: expect.stringContaining("SLACK_BOT_TOKEN is missing") } },
    { env: { SLACK_BOT_TOKEN: "xoxb-1" }, expected: { on: "invalid", problem: expect.stringContaining("SLACK_SIGNING_SECRET is missing") } },
    { env: { SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xapp-1" }, expected: { on: "invalid", problem: expect.stringContaining("xoxb-") } },
    { env: { SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }, expected: { on: "invalid", problem: expect.stringContaining("SLACK_APP_TOKEN") } },
    { env: { SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }, expected: { on: true, config: { signingSecret: "s", botToken: "xoxb-1", appToken: undefined, apiUrl: "https://slack.com/api/" } } },
    { env: { SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: "http://127.0.0.1:9/api" }, expected: { on: true, config: { appToken: "xapp-1", apiUrl: "http://127.0.0.1:9/api/" } } },
  ])("reads $env", ({ env, expected }) => {
    expect(slackAdapter.readConfig(env)).toMatchObject(expected);
  });
});

describe("the shared-suite driver, over real HTTP", () => {
  it("delivers signed DMs and button presses to the route, and reads back what was sent", async () => {
    const fake = await slackDriver.startFake();
    const read = slackAdapter.readConfig(fake.env);
    if (read.on !== true) throw new Error("driver env does not turn Slack on");
    const adapter = slackAdapter.create(read.config, { log });
    const delivered: Message[] = [];
    const [route] = adapter.routes({ deliver: async (m) => (delivered.push(m), "accepted"), log }) as [Route];
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? "/", "http://x");
      const answer = await route.handle({ method: req.method ?? "POST", path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, answer.headers).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const message = { userId: "U7", chatId: "D7", text: "who is Wang?", messageId: "m-1" };
      expect(await fake.sendText(baseUrl, message)).toEqual({ status: 200 });
      expect(await fake.sendForged!(baseUrl, message)).toEqual({ status: 401 });
      expect(delivered).toMatchObject([{ chatId: "D7", userId: "U7", text: "who is Wang?", messageId: "m-1" }]);

      await adapter.send({ chatId: "D7", userId: "U7" }, { kind: "choice", text: "Which one?", options: [{ label: "Wang Fang", value: "c:1" }, { label: "Wang Wei", value: "c:2" }] });
      expect(await fake.pressButton!(baseUrl, { userId: "U7", chatId: "D7", label: "Wang Wei", actionId: "1700000100.000001" })).toEqual({ status: 200 });
      expect(delivered.at(-1)).toMatchObject({ chatId: "D7", userId: "U7", text: "c:2" });

      await adapter.send({ chatId: "D7", userId: "U7" }, { kind: "image", png: new Uint8Array([1, 2, 3]), alt: "chart" });
      fake.failNextSends(1, 429);
      await expect(adapter.send({ chatId: "D7", userId: "U7" }, { kind: "text", text: "a & b" })).rejects.toMatchObject({ retryAfterMs: 1000 });
      await adapter.send({ chatId: "D7", userId: "U7" }, { kind: "text", text: "a & b" });
      expect(fake.sent()).toEqual([
        { chatId: "D7", text: "Which one?", buttons: ["Wang Fang", "Wang Wei"] },
        { chatId: "D7", text: "chart", image: true },
        { chatId: "D7", text: "a & b" },
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await fake.close();
    }
  });
});

describe("slack Socket Mode", () => {
  const APP_TOKEN = "xapp-1-test";
  let socketApi: FakeSlackApi;
  beforeAll(async () => {
    socketApi = await new FakeSlackApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN }).start();
  });
  afterAll(async () => {
    await socketApi.close();
  });

  it("acknowledges an envelope only after deliver stored it, and leaves it unacked when deliver fails", async () => {
    const delivered: Message[] = [];
    let failNext = false;
    const adapter = slackAdapter.create(config(socketApi, { appToken: APP_TOKEN }), { log });
    const deliver: Deliver = async (message) => {
      if (failNext) {
        failNext = false;
        throw new Error("database unreachable");
      }
      delivered.push(message);
      return "accepted";
    };
    await adapter.start!({ deliver, log });
    try {
      expect(socketApi.callsOf("apps.connections.open")[0]!.token).toBe(APP_TOKEN);
      expect(await socketApi.pushEvent(eventCallback(dm("over the socket"), "EvSOCK1"), { envelopeId: "env-1" })).toBe("acked");
      expect(delivered).toMatchObject([{ messageId: "EvSOCK1", text: "over the socket", chatId: "D100" }]);

      failNext = true;
      expect(await socketApi.pushEvent(eventCallback(dm("not stored"), "EvSOCK2"), { envelopeId: "env-2", timeoutMs: 500 })).toBe("not acked");
      // Slack redelivers the unacknowledged event; this time it is stored and acknowledged.
      expect(await socketApi.pushEvent(eventCallback(dm("not stored"), "EvSOCK2"), { envelopeId: "env-3", retryAttempt: 1 })).toBe("acked");
      expect(delivered.map((m) => m.messageId)).toEqual(["EvSOCK1", "EvSOCK2"]);
    } finally {
      await adapter.stop!();
    }
  });
});
