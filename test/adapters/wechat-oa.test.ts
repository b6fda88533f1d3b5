/**
 * The WeChat Official Account adapter through its real routes and real HTTP to a fake WeChat API.
 * Callbacks are encrypted with @wecom/crypto (not the adapter's own crypto), with receiveid = appid.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/runtime/message.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import { PlatformError, type HttpRequest, type PlatformAdapter, type Route } from "../../src/adapters/types.ts";
import { wechatOaAdapter } from "../../src/adapters/wechat-oa.ts";
import { startFakeWechatApi, type FakeWechatApi } from "../fakes/fake-wechat-api.ts";
import { randomEncodingAesKey, type WeixinSecrets } from "./drivers/wecom-app.ts";
import { plainSignature, wechatDelivery, wechatEventXml, wechatTextXml } from "./drivers/wechat-oa.ts";

const log = createLogger("silent");

function request(method: "GET" | "POST", query: URLSearchParams, body = ""): HttpRequest {
  return { method, path: "/wechat/callback", query, headers: {}, body: Buffer.from(body) };
}

describe("readConfig", () => {
  const full = { WECHAT_APP_ID: "wx1", WECHAT_APP_SECRET: "s", WECHAT_TOKEN: "t", WECHAT_ENCODING_AES_KEY: "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C" };

  it("is off without WECHAT_APP_ID", () => {
    expect(wechatOaAdapter.readConfig({ WECHAT_TOKEN: "t" })).toEqual({ on: false, missing: ["WECHAT_APP_ID", "WECHAT_APP_SECRET", "WECHAT_ENCODING_AES_KEY"] });
  });

  it("names the missing variable", () => {
    const result = wechatOaAdapter.readConfig({ ...full, WECHAT_TOKEN: " " });
    expect(result.on === "invalid" && result.problem).toBe("WeChat is on (WECHAT_APP_ID is set) but WECHAT_TOKEN is missing");
  });

  it("refuses a malformed EncodingAESKey", () => {
    const result = wechatOaAdapter.readConfig({ ...full, WECHAT_ENCODING_AES_KEY: "x".repeat(44) });
    expect(result.on === "invalid" && result.problem).toMatch(/WECHAT_ENCODING_AES_KEY/);
  });

  it("reads a full config with WeChat's API by default", () => {
    expect(wechatOaAdapter.readConfig(full)).toMatchObject({ on: true, config: { appId: "wx1", apiBase: "https://api.weixin.qq.com" } });
  });
});

describe("the adapter against the fake WeChat API", () => {
  let api: FakeWechatApi;
  let secrets: WeixinSecrets;
  let adapter: PlatformAdapter;
  let delivered: Message[];
  let routes: { get: Route; post: Route };

  const routesOf = (deliver: (message: Message) => Promise<"accepted" | "duplicate">) => {
    const all = adapter.routes({ deliver, log });
    const find = (method: string) => all.find((route) => route.method === method && route.path === "/wechat/callback") as Route;
    return { get: find("GET"), post: find("POST") };
  };

  const postXml = (xml: string, openid: string, options: { wrongToken?: boolean; timestamp?: number } = {}) => {
    const delivery = wechatDelivery({ secrets, xml, openid, ...options });
    return routes.post.handle(request("POST", delivery.query, delivery.body));
  };

  beforeEach(async () => {
    api = await startFakeWechatApi();
    secrets = { token: "oa-token", encodingAesKey: randomEncodingAesKey(), receiveId: api.appId };
    const config = wechatOaAdapter.readConfig({
      WECHAT_APP_ID: api.appId,
      WECHAT_APP_SECRET: api.appSecret,
      WECHAT_TOKEN: secrets.token,
      WECHAT_ENCODING_AES_KEY: secrets.encodingAesKey,
      WECHAT_API_BASE: api.baseUrl,
    });
    if (config.on !== true) throw new Error("config should be on");
    adapter = wechatOaAdapter.create(config.config, { log });
    delivered = [];
    routes = routesOf(async (message) => (delivered.push(message), "accepted"));
  });

  afterEach(() => api.close());

  it("is a guest platform at one message a second per guest", () => {
    expect(adapter).toMatchObject({ platform: "wechat", audience: "guest", rateLimits: { perChatPerSecond: 1, globalPerSecond: 20 } });
  });

  describe("callbacks", () => {
    it("echoes echostr on the plain URL handshake, and refuses a wrong signature", async () => {
      const query = new URLSearchParams({ timestamp: "1700000000", nonce: "42", echostr: "8234791234" });
      query.set("signature", plainSignature(secrets.token, "1700000000", "42"));
      expect(await routes.get.handle(request("GET", query))).toMatchObject({ status: 200, body: "8234791234" });
      query.set("signature", plainSignature("other", "1700000000", "42"));
      expect((await routes.get.handle(request("GET", query))).status).toBe(401);
    });

    it("delivers an encrypted text message as one Message and answers success", async () => {
      const response = await postXml(wechatTextXml({ openid: "oGuest1", text: "想订周六晚上的包间", messageId: "24012345678901234567" }), "oGuest1");
      expect(response).toMatchObject({ status: 200, body: "success" });
      expect(delivered).toEqual([
        expect.objectContaining({ platform: "wechat", chatId: "oGuest1", userId: "oGuest1", messageId: "24012345678901234567", text: "想订周六晚上的包间" }),
      ]);
    });

    it("refuses a bad signature with 401 and delivers nothing", async () => {
      expect((await postXml(wechatTextXml({ openid: "oGuest1", text: "hi", messageId: "1" }), "oGuest1", { wrongToken: true })).status).toBe(401);
      expect(delivered).toEqual([]);
    });

    it("refuses a stale delivery and a message encrypted for another account", async () => {
      const old = Math.floor(Date.now() / 1000) - 3600;
      expect((await postXml(wechatTextXml({ openid: "o", text: "hi", messageId: "1" }), "o", { timestamp: old })).status).toBe(401);
      const otherAccount = wechatDelivery({ secrets: { ...secrets, receiveId: "wx_another_account" }, xml: wechatTextXml({ openid: "o", text: "hi", messageId: "2" }), openid: "o" });
      expect((await routes.post.handle(request("POST", otherAccount.query, otherAccount.body))).status).toBe(401);
      expect(delivered).toEqual([]);
    });

    it("refuses a plain-mode body, whose content no signature covers", async () => {
      const query = new URLSearchParams({ timestamp: String(Math.floor(Date.now() / 1000)), nonce: "1" });
      query.set("signature", plainSignature(secrets.token, query.get("timestamp")!, "1"));
      const response = await routes.post.handle(request("POST", query, wechatTextXml({ openid: "o", text: "hi", messageId: "1" })));
      expect(response.status).toBe(400);
      expect(delivered).toEqual([]);
    });

    it("gives a retried MsgId the same messageId, for the inbox to dedupe", async () => {
      const xml = wechatTextXml({ openid: "oGuest1", text: "hi", messageId: "5001" });
      await postXml(xml, "oGuest1");
      await postXml(xml, "oGuest1");
      expect(delivered.map((message) => message.messageId)).toEqual(["5001", "5001"]);
    });

    it("turns a subscribe event into /help keyed by FromUserName and CreateTime", async () => {
      await postXml(wechatEventXml({ openid: "oNew", event: "subscribe", createTime: 1700000123 }), "oNew");
      expect(delivered).toEqual([expect.objectContaining({ chatId: "oNew", userId: "oNew", text: "/help", messageId: "oNew:1700000123" })]);
    });

    it("reads a voice message by WeChat's speech recognition", async () => {
      const xml = `<xml><ToUserName>gh_x</ToUserName><FromUserName>oV</FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType>voice</MsgType><MediaId>m</MediaId><Format>amr</Format><Recognition><![CDATA[明天中午两位]]></Recognition><MsgId>6001</MsgId></xml>`;
      await postXml(xml, "oV");
      expect(delivered).toEqual([expect.objectContaining({ chatId: "oV", messageId: "6001", text: "明天中午两位" })]);
    });

    it("acknowledges and ignores other events", async () => {
      expect(await postXml(wechatEventXml({ openid: "oGone", event: "unsubscribe" }), "oGone")).toMatchObject({ status: 200, body: "success" });
      expect(delivered).toEqual([]);
    });

    it("answers 503 when the inbox cannot store the message", async () => {
      routes = routesOf(async () => {
        throw new Error("database unreachable");
      });
      expect((await postXml(wechatTextXml({ openid: "o", text: "hi", messageId: "1" }), "o")).status).toBe(503);
    });
  });

  describe("send", () => {
    const target = { chatId: "oGuest1", userId: "oGuest1" };

    it("sends text as a customer-service message with one stable token", async () => {
      await adapter.send(target, { kind: "text", text: "您好，已为您预订。" });
      await adapter.send(target, { kind: "text", text: "再见" });
      expect(api.sent.map(({ to, msgtype, text }) => ({ to, msgtype, text }))).toEqual([
        { to: "oGuest1", msgtype: "text", text: "您好，已为您预订。" },
        { to: "oGuest1", msgtype: "text", text: "再见" },
      ]);
      expect(api.calls.filter((call) => call.includes("stable_token"))).toEqual(["POST /cgi-bin/stable_token"]);
    });

    it("renders a choice as a numbered list in the reply's language", async () => {
      await adapter.send(target, { kind: "choice", text: "请选择时间", options: [{ label: "周六 18:00", value: "a" }, { label: "周日 12:00", value: "b" }] });
      expect(api.sent[0]!.text).toBe("请选择时间\n\n1. 周六 18:00\n2. 周日 12:00\n\n回复数字选择。");
    });

    it("uploads an image and sends it by media_id", async () => {
      await adapter.send(target, { kind: "image", png: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2]), alt: "menu" });
      expect(api.uploads).toEqual([expect.objectContaining({ contentType: "image/png" })]);
      expect(api.sent).toEqual([expect.objectContaining({ msgtype: "image", mediaId: "media-1" })]);
    });

    it("refreshes an expired token once and sends", async () => {
      await adapter.send(target, { kind: "text", text: "one" });
      api.expireTokens();
      await adapter.send(target, { kind: "text", text: "two" });
      expect(api.sent.map((sent) => sent.text)).toEqual(["one", "two"]);
      expect(api.tokensIssued).toBe(2);
    });

    it("forces a new stable token when WeChat keeps handing out the one it refuses", async () => {
      await adapter.send(target, { kind: "text", text: "one" });
      api.revokeTokens();
      await adapter.send(target, { kind: "text", text: "two" });
      expect(api.sent.map((sent) => sent.text)).toEqual(["one", "two"]);
      expect(api.calls.filter((call) => call.includes("stable_token"))).toEqual([
        "POST /cgi-bin/stable_token",
        "POST /cgi-bin/stable_token",
        "POST /cgi-bin/stable_token force_refresh",
      ]);
    });

    it("refreshes only once when the new token is refused too", async () => {
      api.failNextSends(2, { errcode: 42001 });
      await expect(adapter.send(target, { kind: "text", text: "x" })).rejects.toMatchObject({ retryable: true });
      expect(api.calls.filter((call) => call.endsWith("/custom/send"))).toHaveLength(2);
    });

    it.each([
      { name: "errcode 45009 (call limit)", failure: { errcode: 45009 }, retryable: true },
      { name: "errcode 45011 (minute quota)", failure: { errcode: 45011 }, retryable: true },
      { name: "HTTP 500", failure: { status: 500 }, retryable: true },
      { name: "errcode 45015 (outside the 48 hours)", failure: { errcode: 45015 }, retryable: false },
      { name: "errcode 48001 (no customer-service permission)", failure: { errcode: 48001 }, retryable: false },
    ])("wraps $name as a PlatformError, retryable: $retryable", async ({ failure, retryable }) => {
      api.failNextSends(1, failure);
      const error = await adapter.send(target, { kind: "text", text: "x" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({ platform: "wechat", method: "message/custom/send", retryable });
    });

    it("says why 45015 happened", async () => {
      api.failNextSends(1, { errcode: 45015 });
      await expect(adapter.send(target, { kind: "text", text: "x" })).rejects.toThrow(/48 hours/);
    });
  });

  describe("check", () => {
    it("says stable_token answers", async () => {
      expect(await adapter.check()).toMatchObject({ ok: true });
    });

    it("names the wrong secret", async () => {
      const config = wechatOaAdapter.readConfig({ WECHAT_APP_ID: api.appId, WECHAT_APP_SECRET: "no", WECHAT_TOKEN: "t", WECHAT_ENCODING_AES_KEY: secrets.encodingAesKey, WECHAT_API_BASE: api.baseUrl });
      if (config.on !== true) throw new Error("config should be on");
      const result = await wechatOaAdapter.create(config.config, { log }).check();
      expect(result).toMatchObject({ ok: false, detail: expect.stringMatching(/40125.*WECHAT_APP_SECRET/) });
    });
  });
});
