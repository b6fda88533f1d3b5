/**
 * WeCom (企业微信) self-built app: staff write to the app, WeCom calls `/wecom/callback` with encrypted XML,
 * and replies go out through the active send API (message/send, or appchat/send for an app group chat)
 * with a cached access token. Choices become a button card (template_card button_interaction) whose
 * button press comes back as an event carrying the button key.
 */
import { randomBytes } from "node:crypto";
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import { detectLang, say, type Message, type Reply } from "../runtime/message.ts";
import type { Logger } from "../runtime/logger.ts";
import { PlatformError, type AdapterContext, type AdapterFactory, type HttpRequest, type HttpResponse, type PlatformAdapter, type ReplyTarget } from "./types.ts";
import { createMessageCrypto, openCallback } from "./wechat-crypto.ts";
import { envelopeParser, messageParser, EnvelopeSchema, MediaResponseSchema, text, safeParse, createWeixinApi, numberedChoice, splitUtf8, truncate, type Payload, CallbackBaseSchema, callbackTime, readWeixinVariables } from "./weixin-common.ts";

export const WECOM_PLATFORM = "wecom";
const DEFAULT_API_BASE = "https://qyapi.weixin.qq.com";

export type WecomAppConfig = {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  encodingAesKey: string;
  apiBase: string;
  /** the clock that judges stale callbacks (milliseconds); tests set it to replay WeCom's 2014 sample */
  now?: () => number;
};

/** Callbacks are a few kilobytes; anything far larger is not WeCom. */
const MAX_BODY_BYTES = 256 * 1024;
/** message/send and markdown cut text at 2048 bytes; longer replies go out in parts. */
const MAX_TEXT_BYTES = 2048;
/** a button card holds at most 6 buttons; more options become a numbered list */
const MAX_CARD_BUTTONS = 6;
const TITLE_CHARS = 26;
const SUBTITLE_CHARS = 112;

/** 42001 access_token expired, 40014 invalid access_token: fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([42001, 40014]);
/** -1 system busy, 45009 frequency limit, 45033 concurrency limit: later may work. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45033]);
const HINTS: Record<number, string> = {
  40001: "WECOM_SECRET is wrong (use the app's Secret, not the corp's)",
  40013: "WECOM_CORP_ID is wrong",
  60020: "this server's IP is not in the app's trusted IPs (企业可信IP)",
  81013: "the user is not in the app's visible range",
  82001: "the user is not in the app's visible range",
};

const ENV = {
  corpId: "WECOM_CORP_ID",
  agentId: "WECOM_AGENT_ID",
  secret: "WECOM_SECRET",
  token: "WECOM_TOKEN",
  encodingAesKey: "WECOM_ENCODING_AES_KEY",
  apiBase: "WECOM_API_BASE",
} as const;

const CallbackSchema = z.object({
  xml: CallbackBaseSchema.extend({
    /** set when the message was written in an app group chat (appchat) */
    ChatId: z.string().optional(),
    EventKey: z.string().optional(),
    TaskId: z.string().optional(),
  }),
});
type Callback = z.infer<typeof CallbackSchema>["xml"];

/** The neutral Message for a callback, or undefined for what chatcrm does not act on (media, most events). */
export function wecomCallbackToMessage(callback: Callback): Message | undefined {
  const receivedAt = callbackTime(callback.CreateTime);
  const from = callback.FromUserName;
  if (callback.MsgType === "text" && callback.MsgId && callback.Content !== undefined) {
    return { platform: WECOM_PLATFORM, chatId: callback.ChatId || from, userId: from, messageId: callback.MsgId, text: callback.Content, receivedAt, raw: callback };
  }
  if (callback.MsgType === "event" && callback.Event === "template_card_event" && callback.EventKey) {
    // Events have no MsgId; a retry repeats the same sender, time, card and button.
    const messageId = `${from}:${callback.CreateTime}:${callback.TaskId ?? ""}:${callback.EventKey}`;
    return { platform: WECOM_PLATFORM, chatId: callback.ChatId || from, userId: from, messageId, text: callback.EventKey, receivedAt, raw: callback };
  }
  return undefined;
}

export function createWecomAppAdapter(config: WecomAppConfig, options: { log: Logger }): PlatformAdapter {
  const crypto = createMessageCrypto({ token: config.token, encodingAesKey: config.encodingAesKey, receiveId: config.corpId });
  const api = createWeixinApi({
    platform: WECOM_PLATFORM,
    apiBase: config.apiBase,
    tokenErrors: TOKEN_ERRORS,
    retryableErrors: RETRYABLE_ERRORS,
    hints: HINTS,
    // gettoken has no "force": while a token is valid it returns it, and a new one once it is not.
    tokenRequest: () => ({ method: "gettoken", path: "cgi-bin/gettoken", query: { corpid: config.corpId, corpsecret: config.secret } }),
  });
  const now = config.now ?? Date.now;
  const log = options.log;

  async function verifyUrl(request: HttpRequest): Promise<HttpResponse> {
    const echostr = request.query.get("echostr");
    if (!echostr) return text(400, "missing echostr");
    const opened = openCallback({ crypto, query: request.query, encrypt: echostr.replace(/ /g, "+"), nowMs: now() });
    if (!opened.ok) {
      log.warn("wecom: URL verification refused", { reason: opened.reason });
      return text(opened.status);
    }
    return text(200, opened.plain);
  }

  async function receive(request: HttpRequest, context: AdapterContext): Promise<HttpResponse> {
    if (request.body.length > MAX_BODY_BYTES) return text(413);
    const envelope = EnvelopeSchema.safeParse(safeParse(envelopeParser, request.body.toString("utf8")));
    if (!envelope.success) return text(400, "not an encrypted WeCom callback");
    const opened = openCallback({ crypto, query: request.query, encrypt: envelope.data.xml.Encrypt, nowMs: now() });
    if (!opened.ok) {
      log.warn("wecom: callback refused", { reason: opened.reason });
      return text(opened.status);
    }
    const callback = CallbackSchema.safeParse(safeParse(messageParser, opened.plain));
    if (!callback.success) {
      log.warn("wecom: callback without the fields of a message or event; ignored");
      return text(200);
    }
    const message = wecomCallbackToMessage(callback.data.xml);
    if (!message) return text(200);
    try {
      await context.deliver(message);
    } catch (error) {
      log.error("wecom: could not store the delivery; WeCom will retry", { error: String(error) });
      return text(503);
    }
    // An empty 200 tells WeCom there is no passive reply: the answer goes out through message/send.
    return text(200);
  }

  async function uploadImage(png: Uint8Array): Promise<string> {
    const form = new FormData();
    form.append("media", new Blob([Buffer.from(png)], { type: "image/png" }), "chart.png");
    const json = await api.call("media/upload", "cgi-bin/media/upload", { form }, { type: "image" });
    const parsed = MediaResponseSchema.safeParse(json);
    if (!parsed.success) throw new PlatformError({ platform: WECOM_PLATFORM, method: "media/upload", message: "the answer has no media_id", retryable: false });
    return parsed.data.media_id;
  }

  async function post(target: ReplyTarget, payload: Payload): Promise<void> {
    if (target.chatId !== target.userId) {
      await api.call("appchat/send", "cgi-bin/appchat/send", { json: { chatid: target.chatId, ...payload } });
      return;
    }
    const json = await api.call("message/send", "cgi-bin/message/send", { json: { touser: target.userId, agentid: config.agentId, ...payload } });
    // With one recipient WeCom may still answer errcode 0 and list them as invalid: nothing was delivered.
    if (typeof json.invaliduser === "string" && json.invaliduser !== "") {
      throw new PlatformError({ platform: WECOM_PLATFORM, method: "message/send", message: `invalid user ${json.invaliduser} (${HINTS[81013]})`, retryable: false });
    }
  }

  const sendText = async (target: ReplyTarget, content: string) => {
    for (const part of splitUtf8(content, MAX_TEXT_BYTES)) await post(target, { msgtype: "text", text: { content: part } });
  };

  async function sendChoice(target: ReplyTarget, reply: Extract<Reply, { kind: "choice" }>): Promise<void> {
    // appchat/send has no template cards, and a card holds six buttons at most.
    if (target.chatId !== target.userId || reply.options.length === 0 || reply.options.length > MAX_CARD_BUTTONS) {
      for (const part of splitUtf8(numberedChoice(reply), MAX_TEXT_BYTES)) await post(target, { msgtype: "markdown", markdown: { content: part } });
      return;
    }
    const [first = "", ...rest] = reply.text.split("\n");
    const subtitle = rest.join("\n").trim();
    const fits = [...first].length <= TITLE_CHARS && [...subtitle].length <= SUBTITLE_CHARS;
    if (!fits) await sendText(target, reply.text);
    const lang = detectLang(reply.text) ?? "en";
    const card = {
      card_type: "button_interaction",
      main_title: { title: fits ? first : say(lang, "请选择", "Choose one") },
      ...(fits && subtitle ? { sub_title_text: subtitle } : {}),
      // Unique per app, letters, digits and _-@ only, at most 128 bytes.
      task_id: `crm-${Date.now()}-${randomBytes(6).toString("hex")}`,
      button_list: reply.options.map((option) => ({ text: truncate(option.label, 20), style: 1, key: option.value })),
    };
    await post(target, { msgtype: "template_card", template_card: card });
  }

  return {
    platform: WECOM_PLATFORM,
    audience: "staff",
    rateLimits: { perChatPerSecond: 0.5, globalPerSecond: 20 },
    routes: (context) => [
      { method: "GET", path: "/wecom/callback", handle: verifyUrl },
      { method: "POST", path: "/wecom/callback", handle: (request) => receive(request, context) },
    ],
    async send(target, reply) {
      if (reply.kind === "text") return sendText(target, reply.text);
      if (reply.kind === "choice") return sendChoice(target, reply);
      const mediaId = await uploadImage(reply.png);
      await post(target, { msgtype: "image", image: { media_id: mediaId } });
    },
    async check() {
      try {
        await api.fetchToken();
        return { ok: true, detail: `gettoken answers for corp ${config.corpId} (agent ${config.agentId})` };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export const wecomAppAdapter: AdapterFactory<WecomAppConfig> = {
  platform: WECOM_PLATFORM,
  variables: [
    { name: ENV.corpId, required: true, description: "WeCom corp id (我的企业 → 企业ID); setting it turns WeCom on" },
    { name: ENV.agentId, required: true, description: "the self-built app's AgentId" },
    { name: ENV.secret, required: true, description: "the self-built app's Secret" },
    { name: ENV.token, required: true, description: "the Token of the app's 接收消息 (API receive) settings" },
    { name: ENV.encodingAesKey, required: true, description: "the EncodingAESKey of the app's 接收消息 settings (43 characters)" },
    { name: ENV.apiBase, required: false, description: `WeCom API base URL (default ${DEFAULT_API_BASE})` },
  ],
  readConfig(env) {
    const read = readWeixinVariables(env, {
      label: "WeCom", switchVar: ENV.corpId, required: [ENV.agentId, ENV.secret, ENV.token, ENV.encodingAesKey],
      encodingAesKeyVar: ENV.encodingAesKey, apiBaseVar: ENV.apiBase, defaultApiBase: DEFAULT_API_BASE,
    });
    if (read.on !== true) return read;
    const { value, encodingAesKey, apiBase } = read;
    if (!/^\d+$/.test(value(ENV.agentId))) return { on: "invalid", problem: `${ENV.agentId} must be the app's numeric AgentId` };
    return { on: true, config: { corpId: value(ENV.corpId), agentId: Number(value(ENV.agentId)), secret: value(ENV.secret), token: value(ENV.token), encodingAesKey, apiBase } };
  },
  create: (config, options) => createWecomAppAdapter(config, options),
};
