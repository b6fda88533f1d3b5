/** Telegram's variables: the bot token turns it on; webhook mode also needs the secret Telegram echoes back. */
import type { PlatformConfigReader } from "../types.ts";

export type TelegramConfig = {
  token: string;
  mode: "webhook" | "polling";
  /** required in webhook mode: Telegram sends it in X-Telegram-Bot-Api-Secret-Token on every delivery */
  webhookSecret?: string;
  /** without a trailing slash: grammY refuses one */
  apiRoot: string;
};

export const TELEGRAM_VARIABLES = [
  { name: "TELEGRAM_BOT_TOKEN", required: true, description: "Bot token from @BotFather (123456:ABC…); turns Telegram on" },
  { name: "TELEGRAM_WEBHOOK_SECRET", required: false, description: "Secret Telegram sends with every webhook delivery (1-256 of A-Z a-z 0-9 _ -); required when TELEGRAM_MODE=webhook" },
  { name: "TELEGRAM_MODE", required: false, description: "webhook (default: Telegram calls POST /telegram/webhook) or polling (long polling, no public URL needed)" },
  { name: "TELEGRAM_API_ROOT", required: false, description: "Bot API server, default https://api.telegram.org (a local telegram-bot-api server, or a fake in tests)" },
];

// Telegram's own rule for secret_token; checked here so a bad secret fails at start-up, not at set-webhook.
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;
const TOKEN_PATTERN = /^\d+:[A-Za-z0-9_-]+$/;

export const readTelegramConfig: PlatformConfigReader<TelegramConfig> = (env) => {
  // An empty variable means "not set", as in config.ts.
  const get = (name: string) => (env[name] === "" ? undefined : env[name]?.trim());
  const token = get("TELEGRAM_BOT_TOKEN");
  if (!token) return { on: false, missing: ["TELEGRAM_BOT_TOKEN"] };
  if (!TOKEN_PATTERN.test(token)) return { on: "invalid", problem: "TELEGRAM_BOT_TOKEN does not look like a bot token from @BotFather (digits, a colon, then letters)." };

  const mode = get("TELEGRAM_MODE") ?? "webhook";
  if (mode !== "webhook" && mode !== "polling") return { on: "invalid", problem: `TELEGRAM_MODE must be webhook or polling, not "${mode}".` };

  const webhookSecret = get("TELEGRAM_WEBHOOK_SECRET");
  if (mode === "webhook" && !webhookSecret) {
    return { on: "invalid", problem: "TELEGRAM_WEBHOOK_SECRET is required in webhook mode (or set TELEGRAM_MODE=polling)." };
  }
  if (webhookSecret && !SECRET_PATTERN.test(webhookSecret)) {
    return { on: "invalid", problem: "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)." };
  }

  const apiRoot = (get("TELEGRAM_API_ROOT") ?? "https://api.telegram.org").replace(/\/+$/, "");
  if (!URL.canParse(apiRoot) || !/^https?:$/.test(new URL(apiRoot).protocol)) {
    return { on: "invalid", problem: `TELEGRAM_API_ROOT must be an http(s) URL, not "${apiRoot}".` };
  }
  return { on: true, config: { token, mode, webhookSecret, apiRoot } };
};
