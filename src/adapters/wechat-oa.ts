/**
 * WeChat Official Account (公众号) in safe mode: guests write to the account, WeChat calls
 * `/wechat/callback` with encrypted XML, and replies go out as customer-service messages
 * (message/custom/send), which WeChat accepts within 48 hours of the guest's last message. Custom
 * messages have no buttons, so a choice is a numbered list the guest answers with a number.
 */
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import type { Message, Reply } from "../runtime/message.ts";
import type { Logger } from "../runtime/logger.ts";
import { PlatformError, type AdapterContext, type AdapterFactory, type HttpRequest, type HttpResponse, type PlatformAdapter, type ReplyTarget } from "./types.ts";
import { createMessageCrypto, openCallback } from "./wechat-crypto.ts";
import { envelopeParser, messageParser, EnvelopeSchema, MediaResponseSchema, text, safeParse, createWeixinApi, numberedChoice, splitUtf8, CallbackBaseSchema, callbackTime, readWeixinVariables } from "./weixin-common.ts";

export const WECHAT_PLATFORM = "wechat";
const DEFAULT_API_BASE = "https://api.weixin.qq.com";

export type WechatOaConfig = {
  appId: string;
  appSecret: string;
  token: string;
  encodingAesKey: string;
  apiBase: string;
  /** the clock that judges stale callbacks (milliseconds), for tests */
  now?: () => number;
};

const MAX_BODY_BYTES = 256 * 1024;
/** Custom text messages are cut at 2048 bytes; longer replies go out in parts. */
const MAX_TEXT_BYTES = 2048;

/** 40001 invalid credential, 40014 invalid token, 42001 expired: fetch a new token and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** -1 system busy, 45009 and 45011 call-frequency limits: later may work. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45011]);
const HINTS: Record<number, string> = {
  40013: "WECHAT_APP_ID is wrong",
  40125: "WECHAT_APP_SECRET is wrong",
  40164: "this server's IP is not in the account's IP whitelist (IP白名单)",
  45015: "the guest has not written in the last 48 hours, so customer-service messages are refused",
  45047: "too many customer-service messages since the guest last wrote",
  48001: "the account lacks the customer-service message API (it needs a verified account)",
  40003: "the openid is not a follower of this account",
};

const ENV = {
  appId: "WECHAT_APP_ID",
  appSecret: "WECHAT_APP_SECRET",
  token: "WECHAT_TOKEN",
  encodingAesKey: "WECHAT_ENCODING_AES_KEY",
  apiBase: "WECHAT_API_BASE",
} as const;

const CallbackSchema = z.object({
  xml: CallbackBaseSchema.extend({
    /** the text of a voice message, when the account turned speech recognition on */
    Recognition: z.string().optional(),
  }),
});
type Callback = z.infer<typeof CallbackSchema>["xml"];

/** The neutral Message for a callback, or undefined for what chatcrm does not act on. */
export function wechatCallbackToMessage(callback: Callback): Message | undefined {
  const openid = callback.FromUserName;
  const receivedAt = callbackTime(callback.CreateTime);
  const base = { platform: WECHAT_PLATFORM, chatId: openid, userId: openid, receivedAt, raw: callback };
  if (callback.MsgType === "text" && callback.MsgId && callback.Content !== undefined) {
    return { ...base, messageId: callback.MsgId, text: callback.Content };
  }
  if (callback.MsgType === "voice" && callback.MsgId && callback.Recognition) {
    return { ...base, messageId: callback.MsgId, text: callback.Recognition };
  }
  if (callback.MsgType === "event" && callback.Event === "subscribe") {
    // Events have no MsgId; WeChat's retries repeat the sender and the time.
    return { ...base, messageId: `${openid}:${callback.CreateTime}`, text: "/help" };
  }
  return undefined;
}

export function createWechatOaAdapter(config: WechatOaConfig, options: { log: Logger }): PlatformAdapter {
  const crypto = createMessageCrypto({ token: config.token, encodingAesKey: config.encodingAesKey, receiveId: config.appId });
  const now = config.now ?? Date.now;
  const log = options.log;
  const api = createWeixinApi({
    platform: WECHAT_PLATFORM,
    apiBase: config.apiBase,
    tokenErrors: TOKEN_ERRORS,
    retryableErrors: RETRYABLE_ERRORS,
    hints: HINTS,
    // stable_token, unlike cgi-bin/token, does not void the token another serve process holds.
    tokenRequest: (force) => ({
      method: "stable_token",
      path: "cgi-bin/stable_token",
      json: { grant_type: "client_credential", appid: config.appId, secret: config.appSecret, force_refresh: force },
    }),
  });

  /** The plain handshake WeChat makes when the URL is saved, safe mode or not: echo echostr if signed. */
  async function verifyUrl(request: HttpRequest): Promise<HttpResponse> {
    const signature = request.query.get("signature");
    const timestamp = request.query.get("timestamp");
    const nonce = request.query.get("nonce");
    const echostr = request.query.get("echostr");
    if (!echostr) return text(400, "missing echostr");
    if (!signature || !timestamp || !nonce || !crypto.verifySignature({ signature, timestamp, nonce })) {
      log.warn("wechat: URL verification refused", { reason: "bad signature" });
      return text(401);
    }
    return text(200, echostr);
  }

  async function receive(request: HttpRequest, context: AdapterContext): Promise<HttpResponse> {
    if (request.body.length > MAX_BODY_BYTES) return text(413);
    const envelope = EnvelopeSchema.safeParse(safeParse(envelopeParser, request.body.toString("utf8")));
    if (!envelope.success) {
      // Plain mode signs only the query, not the body, so its messages are refused.
      log.warn("wechat: callback without Encrypt refused; set 消息加解密方式 to 安全模式 (safe mode)");
      return text(400, "not an encrypted WeChat callback");
    }
    const opened = openCallback({ crypto, query: request.query, encrypt: envelope.data.xml.Encrypt, nowMs: now() });
    if (!opened.ok) {
      log.warn("wechat: callback refused", { reason: opened.reason });
      return text(opened.status);
    }
    const callback = CallbackSchema.safeParse(safeParse(messageParser, opened.plain));
    const message = callback.success ? wechatCallbackToMessage(callback.data.xml) : undefined;
    if (message) {
      try {
        await context.deliver(message);
      } catch (error) {
        log.error("wechat: could not store the delivery; WeChat will retry", { error: String(error) });
        return text(503);
      }
    }
    // "success" tells WeChat there is no passive reply (without it the guest sees "service unavailable").
    return text(200, "success");
  }

  async function post(target: ReplyTarget, payload: Record<string, unknown>): Promise<void> {
    await api.call("message/custom/send", "cgi-bin/message/custom/send", { json: { touser: target.chatId, ...payload } });
  }

  const sendText = async (target: ReplyTarget, content: string) => {
    for (const part of splitUtf8(content, MAX_TEXT_BYTES)) await post(target, { msgtype: "text", text: { content: part } });
  };

  async function uploadImage(png: Uint8Array): Promise<string> {
    const form = new FormData();
    form.append("media", new Blob([Buffer.from(png)], { type: "image/png" }), "chart.png");
    const json = await api.call("media/upload", "cgi-bin/media/upload", { form }, { type: "image" });
    const parsed = MediaResponseSchema.safeParse(json);
    if (!parsed.success) throw new PlatformError({ platform: WECHAT_PLATFORM, method: "media/upload", message: "the answer has no media_id", retryable: false });
    return parsed.data.media_id;
  }

  return {
    platform: WECHAT_PLATFORM,
    audience: "guest",
    rateLimits: { perChatPerSecond: 1, globalPerSecond: 20 },
    routes: (context) => [
      { method: "GET", path: "/wechat/callback", handle: verifyUrl },
      { method: "POST", path: "/wechat/callback", handle: (request) => receive(request, context) },
    ],
    async send(target, reply: Reply) {
      if (reply.kind === "text") return sendText(target, reply.text);
      if (reply.kind === "choice") return sendText(target, numberedChoice(reply));
      const mediaId = await uploadImage(reply.png);
      await post(target, { msgtype: "image", image: { media_id: mediaId } });
    },
    async check() {
      try {
        await api.fetchToken();
        return { ok: true, detail: `stable_token answers for appid ${config.appId}` };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export const wechatOaAdapter: AdapterFactory<WechatOaConfig> = {
  platform: WECHAT_PLATFORM,
  variables: [
    { name: ENV.appId, required: true, description: "the Official Account's AppID (开发 → 基本配置); setting it turns WeChat on" },
    { name: ENV.appSecret, required: true, description: "the Official Account's AppSecret" },
    { name: ENV.token, required: true, description: "the Token of the server configuration (服务器配置)" },
    { name: ENV.encodingAesKey, required: true, description: "the EncodingAESKey of the server configuration, in safe mode (安全模式)" },
    { name: ENV.apiBase, required: false, description: `WeChat API base URL (default ${DEFAULT_API_BASE})` },
  ],
  readConfig(env) {
    const read = readWeixinVariables(env, {
      label: "WeChat", switchVar: ENV.appId, required: [ENV.appSecret, ENV.token, ENV.encodingAesKey],
      encodingAesKeyVar: ENV.encodingAesKey, apiBaseVar: ENV.apiBase, defaultApiBase: DEFAULT_API_BASE,
    });
    if (read.on !== true) return read;
    const { value, encodingAesKey, apiBase } = read;
    return { on: true, config: { appId: value(ENV.appId), appSecret: value(ENV.appSecret), token: value(ENV.token), encodingAesKey, apiBase } };
  },
  create: (config, options) => createWechatOaAdapter(config, options),
};
