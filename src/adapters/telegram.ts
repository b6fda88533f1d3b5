/**
 * Telegram through grammY: guests (and staff, once linked with /link CODE) write to the bot; updates
 * arrive at POST /telegram/webhook or by long polling, and replies go out through the Bot API.
 */
import { Bot } from "grammy";
import type { AdapterFactory, PlatformAdapter } from "./types.ts";
import type { Logger } from "../runtime/logger.ts";
import { readTelegramConfig, TELEGRAM_VARIABLES, type TelegramConfig } from "./telegram/config.ts";
import { TELEGRAM_PLATFORM, TelegramInbound, TelegramPoller, webhookRoute, WEBHOOK_PATH } from "./telegram/inbound.ts";
import { sendReply, toPlatformError } from "./telegram/outbound.ts";

export type { TelegramConfig } from "./telegram/config.ts";
export { setTelegramWebhook, telegramCommand } from "./telegram/command.ts";

/** Builds the adapter; `polling` tunes the poller (tests shorten its waits). */
export function createTelegramAdapter(config: TelegramConfig, options: { log: Logger; polling?: { retryDelayMs?: number; pollTimeoutSeconds?: number } }): PlatformAdapter {
  const { log } = options;
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot, timeoutSeconds: 30 } });
  const inbound = new TelegramInbound(bot, log);
  const poller = config.mode === "polling" ? new TelegramPoller({ config, inbound, log, ...options.polling }) : undefined;

  return {
    platform: TELEGRAM_PLATFORM,
    audience: "guest",
    // Telegram: about one message a second in a chat, thirty a second overall.
    rateLimits: { perChatPerSecond: 1, globalPerSecond: 30 },

    routes({ deliver }) {
      if (config.mode !== "webhook" || !config.webhookSecret) return [];
      return [webhookRoute({ inbound, secret: config.webhookSecret, deliver, log })];
    },

    async start({ deliver }) {
      poller?.start(deliver);
    },

    async stop() {
      await poller?.stop();
    },

    send(target, reply) {
      return sendReply({ api: bot.api, target, reply, log });
    },

    async check() {
      try {
        const me = await bot.api.getMe();
        if (config.mode === "polling") return { ok: true, detail: `@${me.username}, long polling` };
        const webhook = await bot.api.getWebhookInfo();
        if (!webhook.url) return { ok: true, detail: `@${me.username}; no webhook set yet: run chatcrm telegram set-webhook https://YOUR-HOST${WEBHOOK_PATH}` };
        const lastError = webhook.last_error_message ? `; last delivery error: ${webhook.last_error_message}` : "";
        return { ok: true, detail: `@${me.username}, webhook ${webhook.url}, ${webhook.pending_update_count} pending${lastError}` };
      } catch (error) {
        return { ok: false, detail: toPlatformError("getMe", error).message };
      }
    },
  };
}

export const telegramAdapter: AdapterFactory<TelegramConfig> = {
  platform: TELEGRAM_PLATFORM,
  variables: TELEGRAM_VARIABLES,
  readConfig: readTelegramConfig,
  create: (config, options) => createTelegramAdapter(config, options),
};
