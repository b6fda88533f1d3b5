/**
 * The WeCom intelligent bot for the shared adapter suite: serve connects to the fake long-connection
 * server as it would to WeCom, and a user's message is pushed down that connection. A push has no
 * signature to forge, so there is no sendForged. What the bot sent is what completed: finished streams
 * (the opening "working on it" frame is not a reply) and actively pushed messages.
 */
import type { FakePlatform, PlatformDriver, SentReply } from "../driver.ts";
import { startFakeWecomBotServer } from "../../fakes/fake-wecom-bot-server.ts";

/** A single chat is the user; any other chat id is a group the user writes in. */
const chatTypeOf = (message: { userId: string; chatId: string }) => (message.chatId === message.userId ? undefined : message.chatId);

export const wecomBotDriver: PlatformDriver = {
  platform: "wecom-bot",
  audience: "staff",
  async startFake(): Promise<FakePlatform> {
    const fake = await startFakeWecomBotServer({ botId: "shared-suite-bot", secret: "shared-suite-secret" });
    return {
      env: { WECOM_BOT_ID: fake.botId, WECOM_BOT_SECRET: fake.secret, WECOM_BOT_WS_URL: fake.url },
      async sendText(_baseUrl, message) {
        await fake.waitForConnection();
        fake.pushText({ userId: message.userId, chatId: chatTypeOf(message), text: message.text, messageId: message.messageId });
        return { status: 200 };
      },
      async pressButton(_baseUrl, { userId, chatId, label, actionId }) {
        const withButtons = fake.completed().filter((r) => r.chatId === chatId && r.buttons).at(-1);
        const button = withButtons?.buttons?.find((b) => b.text === label);
        if (!button) throw new Error(`no button "${label}" in chat ${chatId}`);
        await fake.waitForConnection();
        fake.pushButton({ userId, chatId: chatTypeOf({ userId, chatId }), key: button.key, messageId: actionId });
        return { status: 200 };
      },
      sent(): SentReply[] {
        return fake.completed().map((r) => ({
          chatId: r.chatId,
          text: r.text,
          ...(r.buttons ? { buttons: r.buttons.map((b) => b.text) } : {}),
          ...(r.image ? { image: true } : {}),
        }));
      },
      failNextSends(count, status) {
        // WeCom answers on the socket, not with HTTP statuses: 45009 is its rate limit, -1 "system busy".
        fake.failNextReplies(count, status === 429 ? 45009 : -1);
      },
      close: () => fake.close(),
    };
  },
};
