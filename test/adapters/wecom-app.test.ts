/**
 * The WeCom self-built app adapter through its real routes and real HTTP to a fake WeCom API. Callbacks
 * are WeCom's published sample, or built with @wecom/crypto (not the adapter's own crypto).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { PlatformError, type HttpRequest, type PlatformAdapter, type Route } from "../../src/adapters/types.ts";
import { wecomAppAdapter, type WecomAppConfig } from "../../src/adapters/wecom-app.ts";
import { splitUtf8 } from "../../src/adapters/weixin-common.ts";
import { startFakeWecomApi, type FakeWecomApi } from "../fakes/fake-wecom-api.ts";
import { encryptedDelivery, randomEncodingAesKey, wecomCardEventXml, wecomTextXml, type WeixinSecrets } from "./drivers/wecom-app.ts";

const log = createLogger("silent");

// WeCom's published sample (加解密方案说明 and the official WXBizMsgCrypt samples).
const SAMPLE = {
  corpId: "wx5823bf96d3bd56c7",
  token: "QDG6eK",
  encodingAesKey: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
  verify: {
    query: "msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D",
    echo: "1616140317555161061",
  },
  post: {
    query: "msg_signature=477715d11cdb4164915debcba66cb864d751f3e6&timestamp=1409659813&nonce=1372623149",
    body:
      "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>",
  },
};

function request(method: "GET" | "POST", query: string | URLSearchParams, body = ""): HttpRequest {
  return { method, path: "/wecom/callback", query: new URLSearchParams(query), headers: {}, body: Buffer.from(body) };
}

function routesOf(adapter: PlatformAdapter, deliver: (message: Message) => Promise<"accepted" | "duplicate"> = async () => "accepted") {
  const routes = adapter.routes({ deliver, log });
  const find = (method: string) => routes.find((route) => route.method === method && route.path === "/wecom/callback") as Route;
  return { get: find("GET"), post: find("POST") };
}

describe("readConfig", () => {
  const full = { WECOM_CORP_ID: "ww1", WECOM_AGENT_ID: "1000002", WECOM_SECRET: "s", WECOM_TOKEN: "t", WECOM_ENCODING_AES_KEY: SAMPLE.encodingAesKey };

  it("is off without WECOM_CORP_ID", () => {
    expect(wecomAppAdapter.readConfig({})).toEqual({ on: false, missing: ["WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_SECRET", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY"] });
  });

  it("names every missing variable", () => {
    const result = wecomAppAdapter.readConfig({ WECOM_CORP_ID: "ww1", WECOM_AGENT_ID: "1000002" });
    expect(result.on).toBe("invalid");
    expect(result.on === "invalid" && result.problem).toMatch(/WECOM_SECRET, WECOM_TOKEN, WECOM_ENCODING_AES_KEY are missing/);
  });

  it.each([
    { name: "a non-numeric agent id", env: { WECOM_AGENT_ID: "abc" }, problem: /WECOM_AGENT_ID/ },
    { name: "a short AES key", env: { WECOM_ENCODING_AES_KEY: "abc" }, problem: /WECOM_ENCODING_AES_KEY must be 43/ },
    { name: "a bad API base", env: { WECOM_API_BASE: "not a url" }, problem: /WECOM_API_BASE/ },
  ])("refuses $name", ({ env, problem }) => {
    const result = wecomAppAdapter.readConfig({ ...full, ...env });
    expect(result.on === "invalid" && result.problem).toMatch(problem);
  });

  it("reads a full config with WeCom's API by default", () => {
    expect(wecomAppAdapter.readConfig(full)).toEqual({
      on: true,
      config: { corpId: "ww1", agentId: 1000002, secret: "s", token: "t", encodingAesKey: SAMPLE.encodingAesKey, apiBase: "https://qyapi.weixin.qq.com" },
    });
  });
});

describe("callbacks with WeCom's published sample", () => {
  const sampleConfig = (now: number): WecomAppConfig => ({
    corpId: SAMPLE.corpId,
    agentId: 218,
    secret: "unused",
    token: SAMPLE.token,
    encodingAesKey: SAMPLE.encodingAesKey,
    apiBase: "http://127.0.0.1:9",
    now: () => now,
  });

  it("answers URL verification with the decrypted echostr", async () => {
    const { get } = routesOf(wecomAppAdapter.create(sampleConfig(1409659589_000), { log }));
    const response = await get.handle(request("GET", SAMPLE.verify.query));
    expect(response).toMatchObject({ status: 200, body: SAMPLE.verify.echo });
  });

  it("refuses URL verification with a wrong signature", async () => {
    const { get } = routesOf(wecomAppAdapter.create(sampleConfig(1409659589_000), { log }));
    const response = await get.handle(request("GET", SAMPLE.verify.query.replace("5c45ff", "5c45fe")));
    expect(response.status).toBe(401);
    expect(response.body ?? "").not.toContain(SAMPLE.verify.echo);
  });

  it("turns the sample POST into one Message, the 64-bit MsgId intact", async () => {
    const delivered: Message[] = [];
    const { post } = routesOf(wecomAppAdapter.create(sampleConfig(1409659813_000), { log }), async (message) => (delivered.push(message), "accepted"));
    const response = await post.handle(request("POST", SAMPLE.post.query, SAMPLE.post.body));
    expect(response.status).toBe(200);
    expect(response.body).toBe("");
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      platform: "wecom",
      chatId: "mycreate",
      userId: "mycreate",
      messageId: "4561255354251345929",
      text: "hello",
      receivedAt: new Date(1409659813_000),
    });
  });

  it("refuses the sample POST eleven minutes later as a replay", async () => {
    const delivered: Message[] = [];
    const { post } = routesOf(wecomAppAdapter.create(sampleConfig((1409659813 + 11 * 60) * 1000), { log }), async (message) => (delivered.push(message), "accepted"));
    expect((await post.handle(request("POST", SAMPLE.post.query, SAMPLE.post.body))).status).toBe(401);
    expect(delivered).toEqual([]);
  });

  it("refuses the sample POST for another corp that shares the key", async () => {
    const delivered: Message[] = [];
    const adapter = wecomAppAdapter.create({ ...sampleConfig(1409659813_000), corpId: "ww0000000000000000" }, { log });
    const { post } = routesOf(adapter, async (message) => (delivered.push(message), "accepted"));
    expect((await post.handle(request("POST", SAMPLE.post.query, SAMPLE.post.body))).status).toBe(401);
    expect(delivered).toEqual([]);
  });
});

describe("the adapter against the fake WeCom API", () => {
  let api: FakeWecomApi;
  let secrets: WeixinSecrets;
  let adapter: PlatformAdapter;
  let delivered: Message[];
  let routes: ReturnType<typeof routesOf>;

  const deliverText = (message: { userId: string; text: string; messageId: string; chatId?: string }, options: { wrongToken?: boolean } = {}) => {
    const delivery = encryptedDelivery({ secrets, xml: wecomTextXml({ corpId: api.corpId, ...message }), toUserName: api.corpId, ...options });
    return routes.post.handle(request("POST", delivery.query, delivery.body));
  };

  beforeEach(async () => {
    api = await startFakeWecomApi();
    secrets = { token: "tok3n", encodingAesKey: randomEncodingAesKey(), receiveId: api.corpId };
    const config = wecomAppAdapter.readConfig({
      WECOM_CORP_ID: api.corpId,
      WECOM_AGENT_ID: "1000002",
      WECOM_SECRET: api.secret,
      WECOM_TOKEN: secrets.token,
      WECOM_ENCODING_AES_KEY: secrets.encodingAesKey,
      WECOM_API_BASE: `${api.baseUrl}/`,
    });
    if (config.on !== true) throw new Error("config should be on");
    adapter = wecomAppAdapter.create(config.config, { log });
    delivered = [];
    routes = routesOf(adapter, async (message) => (delivered.push(message), "accepted"));
  });

  afterEach(() => api.close());

  it("is a staff platform limited to 30 messages a minute per member", () => {
    expect(adapter).toMatchObject({ platform: "wecom", audience: "staff", rateLimits: { perChatPerSecond: 0.5, globalPerSecond: 20 } });
  });

  describe("callbacks", () => {
    it("delivers an encrypted text message as one Message", async () => {
      const response = await deliverText({ userId: "zhangsan", text: "明天下午三点见王总 <b>&", messageId: "7001" });
      expect(response.status).toBe(200);
      expect(delivered).toEqual([expect.objectContaining({ platform: "wecom", chatId: "zhangsan", userId: "zhangsan", messageId: "7001", text: "明天下午三点见王总 <b>&" })]);
    });

    it("takes an app group chat's ChatId as the chat", async () => {
      await deliverText({ userId: "zhangsan", chatId: "wrGroup1", text: "hi", messageId: "7002" });
      expect(delivered[0]).toMatchObject({ chatId: "wrGroup1", userId: "zhangsan" });
    });

    it("refuses a bad signature with 401 and delivers nothing", async () => {
      expect((await deliverText({ userId: "zhangsan", text: "hi", messageId: "7003" }, { wrongToken: true })).status).toBe(401);
      const unsigned = encryptedDelivery({ secrets, xml: wecomTextXml({ corpId: api.corpId, userId: "u", text: "hi", messageId: "1" }), toUserName: api.corpId });
      unsigned.query.delete("msg_signature");
      expect((await routes.post.handle(request("POST", unsigned.query, unsigned.body))).status).toBe(401);
      expect(delivered).toEqual([]);
    });

    it("refuses a body that is not an encrypted callback, and an oversized one", async () => {
      expect((await routes.post.handle(request("POST", "msg_signature=x&timestamp=1&nonce=1", "<xml><Content>hi</Content></xml>"))).status).toBe(400);
      expect((await routes.post.handle(request("POST", "", "x".repeat(300 * 1024)))).status).toBe(413);
      expect(delivered).toEqual([]);
    });

    it("gives a retried MsgId the same messageId, for the inbox to dedupe", async () => {
      await deliverText({ userId: "zhangsan", text: "hi", messageId: "8001" });
      await deliverText({ userId: "zhangsan", text: "hi", messageId: "8001" });
      expect(delivered.map((message) => message.messageId)).toEqual(["8001", "8001"]);
    });

    it("turns a template card button press into a Message whose text is the button key", async () => {
      const xml = wecomCardEventXml({ corpId: api.corpId, userId: "zhangsan", key: "confirm:abc", taskId: "crm-1", createTime: 1700000000 });
      const delivery = encryptedDelivery({ secrets, xml, toUserName: api.corpId });
      expect((await routes.post.handle(request("POST", delivery.query, delivery.body))).status).toBe(200);
      expect(delivered).toEqual([expect.objectContaining({ chatId: "zhangsan", userId: "zhangsan", text: "confirm:abc", messageId: "zhangsan:1700000000:crm-1:confirm:abc" })]);
    });

    it("acknowledges and ignores other events and media", async () => {
      const now = Math.floor(Date.now() / 1000);
      for (const xml of [
        `<xml><ToUserName>${api.corpId}</ToUserName><FromUserName>zhangsan</FromUserName><CreateTime>${now}</CreateTime><MsgType>event</MsgType><Event>enter_agent</Event><EventKey></EventKey><AgentID>1000002</AgentID></xml>`,
        `<xml><ToUserName>${api.corpId}</ToUserName><FromUserName>zhangsan</FromUserName><CreateTime>${now}</CreateTime><MsgType>image</MsgType><PicUrl>http://x</PicUrl><MediaId>m</MediaId><MsgId>9</MsgId><AgentID>1000002</AgentID></xml>`,
      ]) {
        const delivery = encryptedDelivery({ secrets, xml, toUserName: api.corpId });
        expect((await routes.post.handle(request("POST", delivery.query, delivery.body))).status).toBe(200);
      }
      expect(delivered).toEqual([]);
    });

    it("acknowledges only after the inbox stored the message, and answers 503 when it cannot", async () => {
      let store!: () => void;
      const stored = new Promise<void>((resolve) => (store = resolve));
      let answered = false;
      const slow = routesOf(adapter, async () => (await stored, "accepted"));
      const delivery = encryptedDelivery({ secrets, xml: wecomTextXml({ corpId: api.corpId, userId: "u", text: "hi", messageId: "1" }), toUserName: api.corpId });
      const pending = slow.post.handle(request("POST", delivery.query, delivery.body)).then((response) => ((answered = true), response));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(answered).toBe(false);
      store();
      expect((await pending).status).toBe(200);

      const down = routesOf(adapter, async () => {
        throw new Error("database unreachable");
      });
      expect((await down.post.handle(request("POST", delivery.query, delivery.body))).status).toBe(503);
    });

    it("verifies the callback URL with an echostr encrypted for this corp", async () => {
      const delivery = encryptedDelivery({ secrets, xml: "echo-123", toUserName: api.corpId });
      const query = new URLSearchParams(delivery.query);
      const encrypt = /<Encrypt><!\[CDATA\[(.*?)\]\]>/.exec(delivery.body)![1]!;
      query.set("echostr", encrypt);
      expect(await routes.get.handle(request("GET", query))).toMatchObject({ status: 200, body: "echo-123" });
      expect((await routes.get.handle(request("GET", new URLSearchParams({ timestamp: "1", nonce: "1" })))).status).toBe(400);
    });
  });

  describe("send", () => {
    const target = { chatId: "zhangsan", userId: "zhangsan" };

    it("sends text through message/send with one cached token", async () => {
      await adapter.send(target, { kind: "text", text: "hello" });
      await adapter.send(target, { kind: "text", text: "again" });
      expect(api.sent.map(({ to, via, msgtype, text }) => ({ to, via, msgtype, text }))).toEqual([
        { to: "zhangsan", via: "message/send", msgtype: "text", text: "hello" },
        { to: "zhangsan", via: "message/send", msgtype: "text", text: "again" },
      ]);
      expect(api.sent[0]!.body).toMatchObject({ agentid: 1000002 });
      expect(api.tokensIssued).toBe(1);
    });

    it("fetches one token for concurrent sends", async () => {
      await Promise.all([1, 2, 3].map((n) => adapter.send(target, { kind: "text", text: `m${n}` })));
      expect(api.tokensIssued).toBe(1);
    });

    it("splits text past 2048 bytes", async () => {
      const long = Array.from({ length: 300 }, (_, i) => `第${i}行内容`).join("\n");
      await adapter.send(target, { kind: "text", text: long });
      expect(api.sent.length).toBeGreaterThan(1);
      for (const sent of api.sent) expect(Buffer.byteLength(sent.text)).toBeLessThanOrEqual(2048);
      expect(api.sent.map((sent) => sent.text).join("\n")).toBe(long);
    });

    it("refreshes an expired token once and sends", async () => {
      await adapter.send(target, { kind: "text", text: "one" });
      api.expireTokens();
      await adapter.send(target, { kind: "text", text: "two" });
      expect(api.sent.map((sent) => sent.text)).toEqual(["one", "two"]);
      expect(api.tokensIssued).toBe(2);
    });

    it("refreshes only once when the new token is refused too, and says to retry later", async () => {
      api.failNextSends(2, { errcode: 42001 });
      const error = await adapter.send(target, { kind: "text", text: "x" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({ platform: "wecom", method: "message/send", retryable: true });
      expect(api.tokensIssued).toBe(2);
      expect(api.calls.filter((call) => call.endsWith("/message/send"))).toHaveLength(2);
    });

    it.each([
      { name: "errcode 45009 (rate limit)", failure: { errcode: 45009 }, retryable: true },
      { name: "errcode 45033 (concurrency)", failure: { errcode: 45033 }, retryable: true },
      { name: "errcode -1 (system busy)", failure: { errcode: -1 }, retryable: true },
      { name: "HTTP 500", failure: { status: 500 }, retryable: true },
      { name: "errcode 81013 (user out of range)", failure: { errcode: 81013 }, retryable: false },
    ])("wraps $name as a PlatformError, retryable: $retryable", async ({ failure, retryable }) => {
      api.failNextSends(1, failure);
      const error = await adapter.send(target, { kind: "text", text: "x" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({ platform: "wecom", method: "message/send", retryable });
      await adapter.send(target, { kind: "text", text: "then it works" });
      expect(api.sent.map((sent) => sent.text)).toEqual(["then it works"]);
    });

    it("passes on an HTTP 429's Retry-After", async () => {
      api.failNextSends(1, { status: 429, retryAfterSeconds: 2 });
      await expect(adapter.send(target, { kind: "text", text: "x" })).rejects.toMatchObject({ retryable: true, retryAfterMs: 2000 });
    });

    it("renders a choice as a button card whose press comes back as the option's value", async () => {
      await adapter.send(target, {
        kind: "choice",
        text: "Which Wang?",
        options: [
          { label: "Wang Wei (Acme)", value: "pick:c1" },
          { label: "Wang Fang", value: "pick:c2" },
        ],
      });
      const card = api.sent[0]!;
      expect(card).toMatchObject({ msgtype: "template_card", text: "Which Wang?", buttons: [{ text: "Wang Wei (Acme)", key: "pick:c1" }, { text: "Wang Fang", key: "pick:c2" }] });
      expect(card.body.template_card).toMatchObject({ card_type: "button_interaction" });
      expect(card.taskId).toMatch(/^[A-Za-z0-9_\-@]{1,128}$/);

      const xml = wecomCardEventXml({ corpId: api.corpId, userId: "zhangsan", key: card.buttons![1]!.key, taskId: card.taskId! });
      const delivery = encryptedDelivery({ secrets, xml, toUserName: api.corpId });
      await routes.post.handle(request("POST", delivery.query, delivery.body));
      expect(delivered.map((message) => message.text)).toEqual(["pick:c2"]);
    });

    it("sends a long question as text before a card titled to choose", async () => {
      const question = "这个客户有好几位联系人，他们分别在不同的部门，请问您说的是哪一位？我们可以稍后再确认细节。";
      await adapter.send(target, { kind: "choice", text: question, options: [{ label: "是", value: "yes" }] });
      expect(api.sent.map((sent) => [sent.msgtype, sent.text])).toEqual([
        ["text", question],
        ["template_card", "请选择"],
      ]);
    });

    it("falls back to numbered markdown past six options and in an app group chat", async () => {
      const options = Array.from({ length: 7 }, (_, i) => ({ label: `Option ${i + 1}`, value: `v${i + 1}` }));
      await adapter.send(target, { kind: "choice", text: "Pick one", options });
      await adapter.send({ chatId: "wrGroup1", userId: "zhangsan" }, { kind: "choice", text: "选哪个", options: options.slice(0, 2) });
      expect(api.sent[0]).toMatchObject({ via: "message/send", msgtype: "markdown" });
      expect(api.sent[0]!.text).toContain("7. Option 7");
      expect(api.sent[0]!.text).toContain("Reply with a number.");
      expect(api.sent[1]).toMatchObject({ to: "wrGroup1", via: "appchat/send", msgtype: "markdown" });
      expect(api.sent[1]!.text).toContain("回复数字选择");
    });

    it("uploads an image and sends it by media_id", async () => {
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
      await adapter.send(target, { kind: "image", png, alt: "pipeline chart" });
      expect(api.uploads).toEqual([expect.objectContaining({ contentType: "image/png" })]);
      expect(api.sent).toEqual([expect.objectContaining({ msgtype: "image", mediaId: "media-1" })]);
    });
  });

  describe("check", () => {
    it("says gettoken answers", async () => {
      expect(await adapter.check()).toMatchObject({ ok: true });
    });

    it("names the wrong secret", async () => {
      const config = wecomAppAdapter.readConfig({
        WECOM_CORP_ID: api.corpId,
        WECOM_AGENT_ID: "1000002",
        WECOM_SECRET: "wrong",
        WECOM_TOKEN: "t",
        WECOM_ENCODING_AES_KEY: secrets.encodingAesKey,
        WECOM_API_BASE: api.baseUrl,
      });
      if (config.on !== true) throw new Error("config should be on");
      const result = await wecomAppAdapter.create(config.config, { log }).check();
      expect(result.ok).toBe(false);
      expect(result.detail).toMatch(/40001.*WECOM_SECRET/);
    });
  });
});

describe("splitUtf8", () => {
  it.each([
    { name: "short text whole", text: "hello", max: 10, parts: ["hello"] },
    { name: "at a line break", text: "aaaa\nbbbb\ncc", max: 10, parts: ["aaaa\nbbbb", "cc"] },
    { name: "multi-byte characters without breaking them", text: "长长长长", max: 7, parts: ["长长", "长长"] },
  ])("keeps $name", ({ text, max, parts }) => {
    expect(splitUtf8(text, max)).toEqual(parts);
  });
});
