/** Replies out: text, inline keyboards for choices, PNG photos; failures wrapped as PlatformError. */
import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Reply } from "../../runtime/message.ts";
import type { Logger } from "../../runtime/logger.ts";
import { PlatformError, type ReplyTarget } from "../types.ts";
import { TELEGRAM_PLATFORM } from "./inbound.ts";

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;

/** Wraps a grammY failure: 429 and 5xx (and no answer at all) are worth retrying; 4xx are not. */
export function toPlatformError(method: string, error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof GrammyError) {
    const code = error.error_code;
    const retryAfter = error.parameters.retry_after;
    const migrated = error.parameters.migrate_to_chat_id;
    return new PlatformError({
      platform: TELEGRAM_PLATFORM,
      method,
      message: `${code} ${error.description}${migrated ? ` (the group is now chat ${migrated})` : ""}`,
      retryable: code === 429 || code >= 500,
      retryAfterMs: code === 429 && retryAfter !== undefined ? retryAfter * 1000 : undefined,
      cause: error,
    });
  }
  if (error instanceof HttpError) {
    return new PlatformError({ platform: TELEGRAM_PLATFORM, method, message: `no answer: ${error.message}`, retryable: true, cause: error });
  }
  return new PlatformError({ platform: TELEGRAM_PLATFORM, method, message: String(error), retryable: false, cause: error });
}

/** Telegram takes numeric chat ids as numbers, and @channel names as strings. */
function chatIdOf(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

/** Splits text over Telegram's 4096-character limit, at a line break where there is one. */
export function splitText(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT) {
    const cut = rest.lastIndexOf("\n", MAX_TEXT);
    const at = cut > MAX_TEXT / 2 ? cut : MAX_TEXT;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  parts.push(rest);
  return parts;
}

function numberedList(reply: Extract<Reply, { kind: "choice" }>): string {
  return `${reply.text}\n${reply.options.map((o, i) => `${i + 1}) ${o.label}`).join("\n")}`;
}

/** Renders and sends one reply. Plain text, no parse_mode: nothing in a reply needs escaping. */
export async function sendReply(options: { api: Api; target: ReplyTarget; reply: Reply; log: Logger }): Promise<void> {
  const { api, target, reply, log } = options;
  const chatId = chatIdOf(target.chatId);
  const thread = target.threadId ? { message_thread_id: Number(target.threadId) } : {};

  const call = async <T>(method: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toPlatformError(method, error);
    }
  };

  if (reply.kind === "image") {
    const caption = reply.alt ? reply.alt.slice(0, MAX_CAPTION) : undefined;
    await call("sendPhoto", () => api.sendPhoto(chatId, new InputFile(reply.png, "image.png"), { caption, ...thread }));
    return;
  }

  let text = reply.text;
  let keyboard: InlineKeyboardButton[][] | undefined;
  if (reply.kind === "choice") {
    const fits = reply.options.every((o) => {
      const bytes = Buffer.byteLength(o.value, "utf8");
      return bytes >= 1 && bytes <= MAX_CALLBACK_DATA_BYTES;
    });
    if (fits && reply.options.length > 0) {
      // One button a row: labels are words, often long in Chinese or English alike.
      keyboard = reply.options.map((o) => [{ text: o.label, callback_data: o.value }]);
      if (!text.trim()) text = "…";
    } else {
      // callback_data holds at most 64 bytes; a longer value could not come back, so the user types the choice.
      log.warn("telegram: a choice value is over 64 bytes; sent as a numbered list", { chatId: target.chatId });
      text = numberedList(reply);
    }
  }
  if (!text.trim()) return;

  const parts = splitText(text);
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    await call("sendMessage", () =>
      api.sendMessage(chatId, part, { ...thread, ...(last && keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}) }),
    );
  }
}
