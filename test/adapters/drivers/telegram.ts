/**
 * Telegram for the shared adapter suite: the fake Bot API, and updates POSTed to serve's webhook with
 * the secret header, as Telegram does. The suite's string ids become Telegram's numeric ones.
 */
import type { FakePlatform, PlatformDriver, SentReply } from "../driver.ts";
import { callbackUpdate, startFakeTelegramApi, textUpdate } from "../../fakes/fake-telegram-api.ts";

const SECRET = "shared-suite_secret";

/** Numeric ids for the suite's names; in a private chat Telegram's chat id is the user's id, so one map serves both. */
function idMap() {
  const toNumber = new Map<string, number>();
  const toName = new Map<number, string>();
  let next = 5_000_000;
  return {
    number(name: string): number {
      if (/^-?\d+$/.test(name)) return Number(name);
      let id = toNumber.get(name);
      if (id === undefined) {
        id = next++;
        toNumber.set(name, id);
        toName.set(id, name);
      }
      return id;
    },
    name(id: unknown): string {
      return toName.get(Number(id)) ?? String(id);
    },
  };
}

async function post(baseUrl: string, update: object, secret: string): Promise<{ status: number }> {
  const response = await fetch(`${baseUrl}/telegram/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  return { status: response.status };
}

type InlineKeyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

export const telegramDriver: PlatformDriver = {
  platform: "telegram",
  audience: "guest",
  async startFake(): Promise<FakePlatform> {
    const fake = await startFakeTelegramApi();
    const ids = idMap();
    // A retried delivery repeats its update_id; the same suite messageId gets the same one.
    const updateIds = new Map<string, number>();
    const updateId = (key: string) => {
      if (!updateIds.has(key)) updateIds.set(key, 100_000 + updateIds.size);
      return updateIds.get(key)!;
    };
    const textFor = (message: { userId: string; chatId: string; text: string; messageId: string }) =>
      textUpdate({ updateId: updateId(message.messageId), chatId: ids.number(message.chatId), userId: ids.number(message.userId), text: message.text, firstName: message.userId });
    const delivered = () => fake.calls.filter((c) => c.status === 200 && (c.method === "sendMessage" || c.method === "sendPhoto"));

    return {
      env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_MODE: "webhook" },
      sendText: (baseUrl, message) => post(baseUrl, textFor(message), SECRET),
      sendForged: (baseUrl, message) => post(baseUrl, textFor(message), `${SECRET}-forged`),
      async pressButton(baseUrl, { userId, chatId, label, actionId }) {
        const chat = ids.number(chatId);
        const withButtons = delivered().filter((c) => Number(c.params.chat_id) === chat && c.params.reply_markup).at(-1);
        const button = (withButtons?.params.reply_markup as InlineKeyboard | undefined)?.inline_keyboard.flat().find((b) => b.text === label);
        if (!button) throw new Error(`no button "${label}" in chat ${chatId}`);
        const update = callbackUpdate({ updateId: updateId(`press:${actionId}`), queryId: actionId, chatId: chat, userId: ids.number(userId), data: button.callback_data });
        return post(baseUrl, update, SECRET);
      },
      sent(): SentReply[] {
        return delivered().map((c) => {
          const keyboard = c.params.reply_markup as InlineKeyboard | undefined;
          return {
            chatId: ids.name(c.params.chat_id),
            text: String(c.method === "sendPhoto" ? (c.params.caption ?? "") : c.params.text),
            ...(keyboard ? { buttons: keyboard.inline_keyboard.flat().map((b) => b.text) } : {}),
            ...(c.params.message_thread_id !== undefined ? { threadId: String(c.params.message_thread_id) } : {}),
            ...(c.method === "sendPhoto" ? { image: true } : {}),
          };
        });
      },
      chatName: (platformChatId) => ids.name(platformChatId),
      failNextSends(count, status) {
        fake.failNext(["sendMessage", "sendPhoto"], { status, count, retryAfter: 1 });
      },
      close: () => fake.close(),
    };
  },
};
