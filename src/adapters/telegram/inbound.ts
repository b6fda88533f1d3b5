/**
 * Telegram updates in: the webhook route and the long-polling loop both end in `receive`, which lets
 * grammY read the update, hands the neutral Message to the inbox, and only then answers a button press.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Api, Bot, GrammyError, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Message } from "../../runtime/message.ts";
import type { Logger } from "../../runtime/logger.ts";
import type { Deliver, HttpRequest, HttpResponse, Route } from "../types.ts";
import type { TelegramConfig } from "./config.ts";

export const TELEGRAM_PLATFORM = "telegram";
export const WEBHOOK_PATH = "/telegram/webhook";
const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** The only update kinds we read; asking for no others saves Telegram sending them. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

type Inbound = { message: Message; callbackQueryId?: string };

/** Reads updates with grammY: its filter queries decide what is a text message and what is a button press. */
export class TelegramInbound {
  private readonly bot: Bot;
  private readonly found = new WeakMap<Update, Inbound>();
  private initializing?: Promise<void>;

  constructor(bot: Bot, private readonly log: Logger) {
    this.bot = bot;
    bot.on("message:text", (ctx) => this.remember(ctx, textMessage(ctx, bot.botInfo.username)));
    bot.on("callback_query:data", (ctx) => this.remember(ctx, buttonPress(ctx)));
  }

  private remember(ctx: Context, inbound: Inbound | undefined): void {
    if (inbound) this.found.set(ctx.update, inbound);
  }

  /**
   * grammY needs getMe before it handles an update. Not `bot.init()`: it retries for up to an hour,
   * holding the webhook request open; one try here, and a failure answers 503 for Telegram to retry.
   */
  private init(): Promise<void> {
    if (this.bot.isInited()) return Promise.resolve();
    this.initializing ??= this.bot.api
      .getMe()
      .then((me) => {
        this.bot.botInfo = me;
      })
      .finally(() => (this.initializing = undefined));
    return this.initializing;
  }

  /**
   * Delivers one update: "ignored" for kinds we do not read. Rejects when the inbox or getMe fails, so
   * the caller leaves the update unacknowledged and Telegram (or the next poll) brings it again.
   */
  async receive(update: Update, deliver: Deliver): Promise<"delivered" | "ignored"> {
    await this.init();
    await this.bot.handleUpdate(update);
    const inbound = this.found.get(update);
    if (!inbound) return "ignored";
    await deliver(inbound.message);
    if (inbound.callbackQueryId) {
      // Only stops the button's spinner: the press is already stored, so a failure here is not worth a retry.
      await this.bot.api.answerCallbackQuery(inbound.callbackQueryId).catch((error: unknown) => {
        this.log.warn("telegram: answerCallbackQuery failed", { error: String(error) });
      });
    }
    return "delivered";
  }
}

function senderName(user: { first_name: string; last_name?: string }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ");
}

/** Forum topics are Telegram's threads: replies go back to the topic the message came from. */
function topicOf(message: { is_topic_message?: boolean; message_thread_id?: number } | undefined): string | undefined {
  return message?.is_topic_message && message.message_thread_id !== undefined ? String(message.message_thread_id) : undefined;
}

/**
 * grammY trusts an update's shape; a signed update without the ids we answer to (or its date) would
 * throw here or fail to store, answered 503 and redelivered forever. It is ignored instead.
 */
const isId = (value: unknown): value is number => Number.isSafeInteger(value);

function textMessage(ctx: Context, botUsername: string): Inbound | undefined {
  const message = ctx.message;
  // A message sent on behalf of a channel or group has no user to link or answer.
  if (!message?.text || !message.from) return undefined;
  if (typeof message.text !== "string" || !isId(message.from.id) || !isId(message.chat?.id) || !Number.isFinite(message.date)) return undefined;
  return {
    message: {
      platform: TELEGRAM_PLATFORM,
      chatId: String(message.chat.id),
      threadId: topicOf(message),
      userId: String(message.from.id),
      // update_id is what Telegram repeats when it retries a delivery.
      messageId: String(ctx.update.update_id),
      text: withoutBotMention(message.text, botUsername),
      receivedAt: new Date(message.date * 1000),
      sender: { name: senderName(message.from) },
      raw: ctx.update,
    },
  };
}

function buttonPress(ctx: Context): Inbound | undefined {
  const query = ctx.callbackQuery;
  if (!query?.data) return undefined;
  const origin = query.message;
  if (typeof query.data !== "string" || typeof query.id !== "string" || !isId(query.from?.id) || (origin !== undefined && !isId(origin.chat?.id))) return undefined;
  return {
    callbackQueryId: query.id,
    message: {
      platform: TELEGRAM_PLATFORM,
      // A button on an inline-mode message has no chat; the private chat with the user has the user's id.
      chatId: String(origin?.chat.id ?? query.from.id),
      threadId: topicOf(origin),
      userId: String(query.from.id),
      // Prefixed so a query id can never meet an update_id in the inbox's (platform, messageId) key.
      messageId: `callback:${query.id}`,
      text: query.data,
      receivedAt: new Date(),
      sender: { name: senderName(query.from) },
      raw: ctx.update,
    },
  };
}

/** In groups Telegram writes commands as "/link@MyBot CODE"; the runtime knows them as "/link CODE". */
function withoutBotMention(text: string, botUsername: string): string {
  const match = /^(\/[A-Za-z0-9_]+)@([A-Za-z0-9_]+)/.exec(text);
  if (!match || match[2]!.toLowerCase() !== botUsername.toLowerCase()) return text;
  return match[1]! + text.slice(match[0].length);
}

/** Constant time whatever the header holds: both sides are hashed to one length before comparing. */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(header), digest(secret));
}

function parseUpdate(body: Buffer): Update | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value === "object" && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id)) return value as Update;
  } catch {
    // not JSON: answered 400 below
  }
  return undefined;
}

/** POST /telegram/webhook: the secret first, then the inbox, and only then 200. */
export function webhookRoute(options: { inbound: TelegramInbound; secret: string; deliver: Deliver; log: Logger }): Route {
  const { inbound, secret, deliver, log } = options;
  return {
    method: "POST",
    path: WEBHOOK_PATH,
    async handle(request: HttpRequest): Promise<HttpResponse> {
      if (!secretMatches(request.headers[SECRET_HEADER], secret)) return { status: 401, body: "bad secret token" };
      const update = parseUpdate(request.body);
      if (!update) return { status: 400, body: "not a Telegram update" };
      try {
        await inbound.receive(update, deliver);
        return { status: 200 };
      } catch (error) {
        log.error("telegram: update not stored; Telegram will retry", { updateId: update.update_id, error: String(error) });
        return { status: 503, body: "try again" };
      }
    },
  };
}

/**
 * Long polling. Not grammY's `bot.start()`: it confirms an update's offset even when handling it failed
 * (and on stop, the one still being handled), which would lose a message the inbox never stored. Here
 * the offset moves past an update only after `deliver` resolved; a redelivery after a crash is a
 * duplicate the inbox ignores.
 */
export class TelegramPoller {
  private controller?: AbortController;
  private running?: Promise<void>;

  constructor(private readonly options: { config: TelegramConfig; inbound: TelegramInbound; log: Logger; retryDelayMs?: number; pollTimeoutSeconds?: number }) {}

  start(deliver: Deliver): void {
    if (this.running) return;
    const controller = new AbortController();
    this.controller = controller;
    this.running = this.loop(deliver, controller.signal).catch((error: unknown) => {
      this.options.log.error("telegram: long polling stopped", { error: String(error) });
    });
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    await this.running;
    this.running = undefined;
  }

  private async loop(deliver: Deliver, signal: AbortSignal): Promise<void> {
    const { config, inbound, log } = this.options;
    const pollTimeout = this.options.pollTimeoutSeconds ?? 25;
    // Its own client: a long poll needs a longer timeout than sending does.
    const api = new Api(config.token, { apiRoot: config.apiRoot, timeoutSeconds: pollTimeout + 15 });
    // grammY's types name the abort-controller polyfill's signal; Node's own works at run time (node-fetch accepts it).
    const abort = signal as unknown as Parameters<Api["getUpdates"]>[1];
    const firstDelay = this.options.retryDelayMs ?? 500;
    let delay = firstDelay;
    const backOff = async (ms: number) => {
      await sleep(ms, undefined, { signal }).catch(() => undefined);
      delay = Math.min(delay * 2, 30_000);
    };

    let webhookDeleted = false;
    let offset: number | undefined;
    while (!signal.aborted) {
      try {
        // getUpdates answers 409 while a webhook is set.
        if (!webhookDeleted) webhookDeleted = await api.deleteWebhook({ drop_pending_updates: false }, abort);
        const updates = await api.getUpdates({ offset, timeout: pollTimeout, allowed_updates: [...ALLOWED_UPDATES] }, abort);
        for (const update of updates) {
          if (signal.aborted) return;
          await inbound.receive(update, deliver);
          offset = update.update_id + 1;
        }
        delay = firstDelay;
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof GrammyError && error.error_code === 401) throw error;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        log.warn("telegram: polling failed; trying again", { error: String(error), offset });
        await backOff(retryAfter ? retryAfter * 1000 : delay);
      }
    }
  }
}
