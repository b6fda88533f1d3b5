/** `chatcrm telegram set-webhook URL | webhook-info`: tells Telegram where to deliver, with the secret. */
import { Api } from "grammy";
import { ConfigError } from "../../config.ts";
import { readTelegramConfig, type TelegramConfig } from "./config.ts";
import { ALLOWED_UPDATES, WEBHOOK_PATH } from "./inbound.ts";
import { toPlatformError } from "./outbound.ts";

/** A bare origin ("https://crm.example.com") gets the webhook path; a full URL is used as given. */
export function webhookUrl(url: string): string {
  if (!URL.canParse(url)) throw new ConfigError(`"${url}" is not a URL.`);
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") throw new ConfigError("Telegram delivers only to https:// URLs.");
  if (parsed.pathname === "/" || parsed.pathname === "") parsed.pathname = WEBHOOK_PATH;
  return parsed.toString();
}

/** Calls setWebhook with the secret Telegram must send back, and only the update kinds we read. */
export async function setTelegramWebhook(options: { config: TelegramConfig; url: string }): Promise<{ url: string }> {
  const { config } = options;
  if (config.mode !== "webhook" || !config.webhookSecret) {
    throw new ConfigError("TELEGRAM_MODE is polling: serve deletes any webhook when it starts polling. Unset TELEGRAM_MODE and set TELEGRAM_WEBHOOK_SECRET to use a webhook.");
  }
  const url = webhookUrl(options.url);
  const api = new Api(config.token, { apiRoot: config.apiRoot, timeoutSeconds: 30 });
  try {
    await api.setWebhook(url, { secret_token: config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
  } catch (error) {
    throw toPlatformError("setWebhook", error);
  }
  return { url };
}

function configFrom(env: NodeJS.ProcessEnv): TelegramConfig {
  const read = readTelegramConfig(env);
  if (read.on === false) throw new ConfigError("TELEGRAM_BOT_TOKEN is not set.");
  if (read.on === "invalid") throw new ConfigError(read.problem);
  return read.config;
}

const USAGE = `Usage:
  chatcrm telegram set-webhook URL    point the bot at URL (https; a bare origin gets ${WEBHOOK_PATH})
  chatcrm telegram webhook-info       where Telegram delivers now, and its last error`;

/** The `chatcrm telegram …` command; returns the exit code. */
export async function telegramCommand(args: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream): Promise<number> {
  const [action, url] = args;
  switch (action) {
    case "set-webhook": {
      if (!url) throw new ConfigError(`set-webhook needs the public URL.\n${USAGE}`);
      const result = await setTelegramWebhook({ config: configFrom(env), url });
      out.write(`Telegram now delivers to ${result.url} with the secret token.\n`);
      return 0;
    }
    case "webhook-info": {
      const config = configFrom(env);
      const api = new Api(config.token, { apiRoot: config.apiRoot, timeoutSeconds: 30 });
      const info = await api.getWebhookInfo().catch((error: unknown) => {
        throw toPlatformError("getWebhookInfo", error);
      });
      out.write(`url: ${info.url || "(none)"}\npending updates: ${info.pending_update_count}\n`);
      if (info.last_error_message) out.write(`last error: ${info.last_error_message} at ${new Date((info.last_error_date ?? 0) * 1000).toISOString()}\n`);
      return 0;
    }
    default:
      out.write(`${USAGE}\n`);
      return 2;
  }
}
