/**
 * WeCom intelligent bot (智能机器人) over its WebSocket long connection, with the official
 * @wecom/aibot-node-sdk: the SDK connects, subscribes with the bot id and secret, keeps the heartbeat
 * and reconnects; this file turns pushed text frames into Messages and renders Replies as stream
 * replies on the same connection.
 *
 * How a reply finds its way: WeCom answers a message passively, on the req_id of the frame that brought
 * it (aibot_respond_msg). When a message is stored we open a stream on that req_id at once with a
 * "working on it" line, so the user sees the bot react within WeCom's window whatever the LLM does; the
 * first reply to that chat finishes the stream with the real text. Replies with no open stream (a second
 * reply, a reminder, a stream gone stale) are pushed actively (aibot_send_msg) as markdown.
 *
 * What "not acknowledged" means here: the long connection has no ack for a pushed message and WeCom does
 * not push it again, so a delivery the inbox could not store would simply be lost. Instead we retry
 * storing it a few times, and if the inbox stays down we tell the user on that message's req_id that it
 * was not taken and to send it again.
 */
import { createHash, randomBytes } from "node:crypto";
import { WSClient, type TemplateCard, type WsFrame, type WsFrameHeaders } from "@wecom/aibot-node-sdk";
import { z } from "zod";
import type { AdapterContext, AdapterFactory, PlatformAdapter, ReplyTarget } from "./types.ts";
import { PlatformError } from "./types.ts";
import type { Logger } from "../runtime/logger.ts";
import { detectLang, say, type Lang, type Message, type Reply } from "../runtime/message.ts";

export const WECOM_BOT_PLATFORM = "wecom-bot";
/** The SDK's own default; private deployments have their own, shown in the WeCom admin console. */
export const WECOM_BOT_DEFAULT_WS_URL = "wss://openws.work.weixin.qq.com";

export type WecomBotConfig = {
  botId: string;
  secret: string;
  wsUrl: string;
  /** base of the SDK's exponential reconnect back-off (1 s → 30 s) */
  reconnectIntervalMs?: number;
  heartbeatIntervalMs?: number;
  /** how long start() waits for the first authentication before going on (the SDK keeps trying) */
  startTimeoutMs?: number;
  /** waits between attempts to store a delivery while the inbox is down */
  deliverRetryDelaysMs?: number[];
  /** how long an opened stream waits for its reply; WeCom expires a stream not updated for 6 minutes */
  streamIdleMs?: number;
};

export const readWecomBotConfig: AdapterFactory<WecomBotConfig>["readConfig"] = (env) => {
  const botId = env.WECOM_BOT_ID?.trim();
  const secret = env.WECOM_BOT_SECRET?.trim();
  if (!botId && !secret) return { on: false, missing: ["WECOM_BOT_ID", "WECOM_BOT_SECRET"] };
  if (!botId) return { on: "invalid", problem: "WECOM_BOT_ID is not set (WECOM_BOT_SECRET is): both are needed for the WeCom bot" };
  if (!secret) return { on: "invalid", problem: "WECOM_BOT_SECRET is not set (WECOM_BOT_ID is): both are needed for the WeCom bot" };
  const wsUrl = env.WECOM_BOT_WS_URL?.trim() || WECOM_BOT_DEFAULT_WS_URL;
  if (!/^wss?:\/\/[^\s/]+/.test(wsUrl)) return { on: "invalid", problem: `WECOM_BOT_WS_URL must be a ws:// or wss:// URL, not "${wsUrl}"` };
  return { on: true, config: { botId, secret, wsUrl } };
};

/** The fields of a pushed text message we use; the rest stays in `raw`. */
const TextFrameBodySchema = z.object({
  msgid: z.string().min(1),
  chattype: z.enum(["single", "group"]).optional(),
  chatid: z.string().optional(),
  from: z.object({ userid: z.string().min(1) }),
  msgtype: z.literal("text"),
  text: z.object({ content: z.string() }),
});

/** A button press on a template card we sent: its key is the chosen option's value. */
const CardEventBodySchema = z.object({
  msgid: z.string().min(1),
  chattype: z.enum(["single", "group"]).optional(),
  chatid: z.string().optional(),
  from: z.object({ userid: z.string().min(1) }),
  event: z.object({ eventtype: z.literal("template_card_event"), event_key: z.string().min(1), task_id: z.string().optional() }),
});

type ConnectionState =
  | { kind: "idle" }
  | { kind: "connecting" }
  | { kind: "authenticated"; since: Date }
  | { kind: "disconnected"; reason: string }
  | { kind: "refused"; reason: string }
  | { kind: "replaced" };

/** A stream opened on a message's req_id, waiting for the reply that finishes it. */
type OpenStream = { frame: WsFrameHeaders; streamId: string; lang: Lang; timer: NodeJS.Timeout };

/** WeCom error codes for a req_id that can no longer be answered passively. */
const STALE_REQ_ID_CODES = new Set([846605, 846608]);
/** WeCom codes worth retrying: system busy, API frequency limits. */
const RETRYABLE_CODES = new Set([-1, 45009, 45033, 45047]);
const MAX_CARD_BUTTONS = 6;
const MAX_STREAM_BYTES = 20_480;

function chatIdOf(body: { chattype?: "single" | "group"; chatid?: string; from: { userid: string } }): string {
  // A single chat has no chatid: it is the user, which is also what aibot_send_msg takes for it.
  return body.chattype === "group" && body.chatid ? body.chatid : body.from.userid;
}

/** The reply as markdown: choices as a numbered list (also what a reply by number refers to). */
export function renderWecomMarkdown(reply: Reply): string {
  if (reply.kind === "text") return reply.text;
  if (reply.kind === "choice") return `${reply.text}\n\n${reply.options.map((o, i) => `${i + 1}. ${o.label}`).join("\n")}`;
  return reply.alt;
}

function truncateBytes(text: string, max: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= max) return text;
  // Cut on a character boundary: decoding a cut multi-byte sequence would leave a replacement char.
  let end = max - 3;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString("utf8") + "…";
}

function choiceCard(reply: Extract<Reply, { kind: "choice" }>): TemplateCard | undefined {
  const keys = new Set(reply.options.map((o) => o.value));
  // Button keys must be unique and at most 1024 bytes; beyond six buttons the numbered list does it.
  if (reply.options.length === 0 || reply.options.length > MAX_CARD_BUTTONS || keys.size !== reply.options.length) return undefined;
  if (reply.options.some((o) => Buffer.byteLength(o.value) > 1024)) return undefined;
  return {
    card_type: "button_interaction",
    main_title: { title: [...reply.text].slice(0, 26).join("") },
    // WeCom suggests labels of up to 10 characters; longer ones are its to shorten, not ours to cut.
    button_list: reply.options.map((o) => ({ text: o.label, key: o.value })),
    task_id: `choice_${Date.now()}_${randomBytes(4).toString("hex")}`,
  };
}

/** Turns whatever the SDK rejected with (an error frame, or an Error on timeout or close) into a PlatformError. */
function wrapSdkError(method: string, error: unknown): PlatformError {
  if (error && typeof error === "object" && "errcode" in error) {
    const frame = error as WsFrame;
    const code = Number(frame.errcode);
    return new PlatformError({
      platform: WECOM_BOT_PLATFORM,
      method,
      message: `errcode ${code}: ${frame.errmsg ?? ""}`,
      retryable: RETRYABLE_CODES.has(code),
      cause: error,
    });
  }
  // Ack timeouts and a connection closed under a pending reply: the next attempt may well go through.
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError({ platform: WECOM_BOT_PLATFORM, method, message, retryable: true, cause: error });
}

function isStaleReqId(error: unknown): boolean {
  return !!error && typeof error === "object" && "errcode" in error && STALE_REQ_ID_CODES.has(Number((error as WsFrame).errcode));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class WecomBotAdapter implements PlatformAdapter {
  readonly platform = WECOM_BOT_PLATFORM;
  readonly audience = "staff" as const;
  // WeCom allows about 30 messages a minute to one member; stay well under it.
  readonly rateLimits = { perChatPerSecond: 0.4, globalPerSecond: 5 };

  private client: WSClient | undefined;
  private state: ConnectionState = { kind: "idle" };
  private readonly openStreams = new Map<string, OpenStream[]>();
  private readonly config: Required<WecomBotConfig>;
  private readonly log: Logger;

  constructor(config: WecomBotConfig, options: { log: Logger }) {
    this.config = {
      reconnectIntervalMs: 1000,
      heartbeatIntervalMs: 30_000,
      startTimeoutMs: 10_000,
      deliverRetryDelaysMs: [500, 2000, 5000],
      streamIdleMs: 5 * 60_000,
      ...config,
    };
    this.log = options.log;
  }

  routes() {
    return [];
  }

  async start(context: AdapterContext): Promise<void> {
    if (this.client) return;
    const log = this.log;
    const client = new WSClient({
      botId: this.config.botId,
      secret: this.config.secret,
      wsUrl: this.config.wsUrl,
      reconnectInterval: this.config.reconnectIntervalMs,
      // A server keeps trying for as long as it runs; a refused secret is given up after the SDK's five tries.
      maxReconnectAttempts: -1,
      heartbeatInterval: this.config.heartbeatIntervalMs,
      logger: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log.warn(`wecom-bot sdk: ${message}`),
        error: (message: string) => log.error(`wecom-bot sdk: ${message}`),
      },
    });
    this.client = client;
    this.state = { kind: "connecting" };

    let refusal = "authentication refused";
    const firstOutcome = new Promise<"authenticated" | "refused">((resolve) => {
      client.on("authenticated", () => {
        this.state = { kind: "authenticated", since: new Date() };
        log.info("wecom-bot: authenticated", { wsUrl: this.config.wsUrl });
        resolve("authenticated");
      });
      client.on("error", (error: Error) => {
        if (/^Authentication failed/.test(error.message) || error.name === "WSAuthFailureError") {
          refusal = error.message;
          this.state = { kind: "refused", reason: error.message };
          resolve("refused");
        }
      });
    });
    client.on("disconnected", (reason: string) => {
      if (this.state.kind === "refused") return;
      if (/new connection/i.test(reason)) {
        // WeCom keeps one connection per bot: another process (a second serve?) took this bot over.
        this.state = { kind: "replaced" };
        log.error("wecom-bot: another connection took over this bot; this process no longer receives its messages");
        return;
      }
      this.state = { kind: "disconnected", reason };
    });
    client.on("message.text", (frame) => void this.receiveText(frame, context));
    client.on("event.template_card_event", (frame) => void this.receiveButton(frame, context));

    client.connect();
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      firstOutcome,
      new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), this.config.startTimeoutMs))),
    ]);
    clearTimeout(timer);
    if (outcome === "refused") {
      await this.stop();
      this.state = { kind: "refused", reason: refusal };
      throw new PlatformError({ platform: this.platform, method: "subscribe", message: `${refusal}: check WECOM_BOT_ID and WECOM_BOT_SECRET`, retryable: false });
    }
    if (outcome === "timeout") log.warn("wecom-bot: not authenticated yet; the SDK keeps reconnecting", { wsUrl: this.config.wsUrl });
  }

  async stop(): Promise<void> {
    for (const streams of this.openStreams.values()) for (const stream of streams) clearTimeout(stream.timer);
    this.openStreams.clear();
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners();
    // The SDK logs an error for an error event nobody listens to; closing must not.
    client.on("error", () => {});
    client.disconnect();
    this.state = { kind: "idle" };
  }

  async check(): Promise<{ ok: boolean; detail: string }> {
    // Deliberately no probe connection: WeCom keeps one connection per bot and would drop the running one.
    const s = this.state;
    switch (s.kind) {
      case "authenticated":
        return { ok: true, detail: `connected and authenticated since ${s.since.toISOString()}` };
      case "refused":
        return { ok: false, detail: `authentication refused (${s.reason}): check WECOM_BOT_ID and WECOM_BOT_SECRET` };
      case "replaced":
        return { ok: false, detail: "another connection took over this bot (WeCom keeps one per bot)" };
      case "disconnected":
        return { ok: false, detail: `disconnected (${s.reason}); reconnecting` };
      case "connecting":
        return { ok: false, detail: "connecting, not authenticated yet" };
      case "idle":
        return { ok: false, detail: "not started: the connection is opened by chatcrm serve" };
    }
  }

  async send(target: ReplyTarget, reply: Reply): Promise<void> {
    const client = this.client;
    if (!client || this.state.kind !== "authenticated") {
      throw new PlatformError({ platform: this.platform, method: "send", message: `not connected (${this.state.kind})`, retryable: true });
    }
    const stream = this.takeOpenStream(target.chatId);
    if (stream) {
      try {
        await this.finishStream(client, stream, reply);
        return;
      } catch (error) {
        if (!isStaleReqId(error)) {
          const wrapped = wrapSdkError("aibot_respond_msg", error);
          // The req_id is still good: the retry should finish the same stream, not push a second message.
          if (wrapped.retryable) this.putBackOpenStream(target.chatId, stream);
          throw wrapped;
        }
        this.log.warn("wecom-bot: req_id no longer answerable, pushing the reply instead", { chatId: target.chatId });
      }
    }
    await this.push(client, target.chatId, reply);
  }

  private async finishStream(client: WSClient, stream: OpenStream, reply: Reply): Promise<void> {
    clearTimeout(stream.timer);
    const content = truncateBytes(renderWecomMarkdown(reply), MAX_STREAM_BYTES);
    if (reply.kind === "image") {
      const png = Buffer.from(reply.png);
      const md5 = createHash("md5").update(png).digest("hex");
      await client.replyStream(stream.frame, stream.streamId, content, true, [{ msgtype: "image", image: { base64: png.toString("base64"), md5 } }]);
      return;
    }
    const card = reply.kind === "choice" ? choiceCard(reply) : undefined;
    if (card) {
      await client.replyStreamWithCard(stream.frame, stream.streamId, content, true, { templateCard: card });
      return;
    }
    await client.replyStream(stream.frame, stream.streamId, content, true);
  }

  private async push(client: WSClient, chatId: string, reply: Reply): Promise<void> {
    try {
      if (reply.kind === "image") {
        const uploaded = await client.uploadMedia(Buffer.from(reply.png), { type: "image", filename: "chart.png" });
        await client.sendMediaMessage(chatId, "image", uploaded.media_id);
        return;
      }
      const card = reply.kind === "choice" ? choiceCard(reply) : undefined;
      await client.sendMessage(chatId, { msgtype: "markdown", markdown: { content: truncateBytes(renderWecomMarkdown(reply), MAX_STREAM_BYTES) } });
      if (card) await client.sendMessage(chatId, { msgtype: "template_card", template_card: card });
    } catch (error) {
      throw wrapSdkError("aibot_send_msg", error);
    }
  }

  private async receiveText(frame: WsFrame, context: AdapterContext): Promise<void> {
    const parsed = TextFrameBodySchema.safeParse(frame.body);
    if (!parsed.success) {
      this.log.warn("wecom-bot: text frame not understood", { issue: parsed.error.issues[0]?.message });
      return;
    }
    const body = parsed.data;
    // In a group the bot is @-mentioned at the start of the text; the name says nothing to the parser.
    const text = body.chattype === "group" ? body.text.content.replace(/^\s*@\S+\s*/, "") : body.text.content;
    const message: Message = {
      platform: this.platform,
      chatId: chatIdOf(body),
      userId: body.from.userid,
      messageId: body.msgid,
      text,
      receivedAt: new Date(),
      raw: frame.body,
    };
    const lang = detectLang(text) ?? "zh";
    const outcome = await this.deliverPatiently(message, context);
    if (outcome === "accepted") this.openStream(frame, message.chatId, lang);
    else if (outcome === "failed") await this.answerNotTaken(frame, lang);
  }

  private async receiveButton(frame: WsFrame, context: AdapterContext): Promise<void> {
    const parsed = CardEventBodySchema.safeParse(frame.body);
    if (!parsed.success) return;
    const body = parsed.data;
    const message: Message = {
      platform: this.platform,
      chatId: chatIdOf(body),
      userId: body.from.userid,
      messageId: body.msgid,
      text: body.event.event_key,
      receivedAt: new Date(),
      raw: frame.body,
    };
    // An event's req_id takes no stream reply, so the answer is pushed; nothing to open here.
    const outcome = await this.deliverPatiently(message, context);
    if (outcome === "failed") this.log.error("wecom-bot: a button press could not be stored and is lost", { messageId: message.messageId });
  }

  private async deliverPatiently(message: Message, context: AdapterContext): Promise<"accepted" | "duplicate" | "failed"> {
    const delays = [0, ...this.config.deliverRetryDelaysMs];
    for (const [attempt, delay] of delays.entries()) {
      if (delay) await sleep(delay);
      if (!this.client) return "failed";
      try {
        return await context.deliver(message);
      } catch (error) {
        context.log.warn("wecom-bot: could not store a message", { messageId: message.messageId, attempt: attempt + 1, error: String(error) });
      }
    }
    return "failed";
  }

  private openStream(frame: WsFrameHeaders, chatId: string, lang: Lang): void {
    const client = this.client;
    if (!client) return;
    const streamId = `stream_${Date.now()}_${randomBytes(6).toString("hex")}`;
    const stream: OpenStream = {
      frame: { headers: { req_id: frame.headers.req_id } },
      streamId,
      lang,
      timer: setTimeout(() => this.closeIdleStream(chatId, stream), this.config.streamIdleMs),
    };
    stream.timer.unref();
    const streams = this.openStreams.get(chatId) ?? [];
    streams.push(stream);
    this.openStreams.set(chatId, streams);
    client.replyStream(stream.frame, streamId, say(lang, "正在处理…", "Working on it…"), false).catch((error: unknown) => {
      this.log.warn("wecom-bot: could not open the reply stream", { chatId, error: String(wrapSdkError("aibot_respond_msg", error).message) });
    });
  }

  /** No reply came before WeCom would expire the stream: close it so it does not spin forever. */
  private closeIdleStream(chatId: string, stream: OpenStream): void {
    const streams = this.openStreams.get(chatId);
    const index = streams?.indexOf(stream) ?? -1;
    if (!streams || index < 0) return;
    streams.splice(index, 1);
    if (streams.length === 0) this.openStreams.delete(chatId);
    this.client
      ?.replyStream(stream.frame, stream.streamId, say(stream.lang, "稍后回复你。", "I'll get back to you shortly."), true)
      .catch(() => {});
  }

  private takeOpenStream(chatId: string): OpenStream | undefined {
    const streams = this.openStreams.get(chatId);
    const stream = streams?.shift();
    if (streams && streams.length === 0) this.openStreams.delete(chatId);
    return stream;
  }

  private putBackOpenStream(chatId: string, stream: OpenStream): void {
    stream.timer = setTimeout(() => this.closeIdleStream(chatId, stream), this.config.streamIdleMs);
    stream.timer.unref();
    this.openStreams.set(chatId, [stream, ...(this.openStreams.get(chatId) ?? [])]);
  }

  private async answerNotTaken(frame: WsFrameHeaders, lang: Lang): Promise<void> {
    const streamId = `stream_${Date.now()}_${randomBytes(6).toString("hex")}`;
    const text = say(lang, "系统暂时无法接收消息，这条没有记下，请稍后再发一次。", "I couldn't take that message just now and it was not saved; please send it again in a moment.");
    await this.client?.replyStream(frame, streamId, text, true).catch((error: unknown) => {
      this.log.error("wecom-bot: could not tell the user their message was not taken", { error: String(error) });
    });
  }
}

export const wecomBotAdapter: AdapterFactory<WecomBotConfig> = {
  platform: WECOM_BOT_PLATFORM,
  variables: [
    { name: "WECOM_BOT_ID", required: true, description: "WeCom intelligent bot: the bot ID (智能机器人 → API mode: long connection)" },
    { name: "WECOM_BOT_SECRET", required: true, description: "WeCom intelligent bot: the secret shown with the bot ID" },
    { name: "WECOM_BOT_WS_URL", required: false, description: `WeCom intelligent bot: WebSocket URL (default ${WECOM_BOT_DEFAULT_WS_URL}; private deployments show theirs in the admin console)` },
  ],
  readConfig: readWecomBotConfig,
  create: (config, options) => new WecomBotAdapter(config, options),
};
