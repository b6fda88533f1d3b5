/**
 * Personal WeChat through wechaty: optional and off by default. It is on only when WECHATY_PUPPET names
 * a puppet, and wechaty itself is loaded with a dynamic import so chatcrm runs without it installed.
 * Personal accounts are not an official API: which puppet to use (and its risks) is the user's choice.
 */
import type { AdapterContext, AdapterFactory, PlatformAdapter, ReplyTarget } from "./types.ts";
import { PlatformError } from "./types.ts";
import type { Logger } from "../runtime/logger.ts";
import type { Message, Reply } from "../runtime/message.ts";
// Types only: erased at run time, so they do not make wechaty a dependency.
import type { Message as WechatyMessage, Wechaty as Bot } from "wechaty";

export const WECHATY_PLATFORM = "wechaty";

type WechatyModule = typeof import("wechaty");

export type WechatyConfig = {
  /** a puppet's package name (WECHATY_PUPPET), or a puppet instance (tests hand one in with its mocker) */
  puppet: string | object;
  token?: string;
};

export const readWechatyConfig: AdapterFactory<WechatyConfig>["readConfig"] = (env) => {
  const puppet = env.WECHATY_PUPPET?.trim();
  if (!puppet) return { on: false };
  const token = env.WECHATY_PUPPET_TOKEN?.trim() || undefined;
  return { on: true, config: { puppet, ...(token ? { token } : {}) } };
};

/** Loads wechaty, or says plainly which package to install. */
async function loadWechaty(): Promise<WechatyModule> {
  try {
    return await import("wechaty");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" && /wechaty/.test(String(error))) {
      throw new PlatformError({
        platform: WECHATY_PLATFORM,
        method: "import",
        message: 'WECHATY_PUPPET is set but the "wechaty" package is not installed: run `npm install wechaty` and the puppet\'s package',
        retryable: false,
        cause: error,
      });
    }
    throw error;
  }
}

/** Plain text: a choice becomes a numbered list, an image its description (puppets differ on files). */
export function renderWechatyText(reply: Reply): string {
  if (reply.kind === "text") return reply.text;
  if (reply.kind === "choice") return `${reply.text}\n${reply.options.map((o, i) => `${i + 1}. ${o.label}`).join("\n")}`;
  return `[${reply.alt}]`;
}

class WechatyAdapter implements PlatformAdapter {
  readonly platform = WECHATY_PLATFORM;
  readonly audience = "guest" as const;
  // A personal account that sends fast gets limited or banned: keep well under a human's pace.
  readonly rateLimits = { perChatPerSecond: 0.5, globalPerSecond: 1 };

  private bot: Bot | undefined;
  private loggedInAs: string | undefined;
  private problem: string | undefined;

  constructor(
    private readonly config: WechatyConfig,
    private readonly log: Logger,
  ) {}

  routes() {
    return [];
  }

  async start(context: AdapterContext): Promise<void> {
    if (this.bot) return;
    const { WechatyBuilder, types } = await loadWechaty();
    const { puppet, token } = this.config;
    // A name is resolved (and imported) by wechaty itself; an instance is used as is.
    const bot =
      typeof puppet === "string"
        ? WechatyBuilder.build({ puppet: puppet as never, ...(token ? { puppetOptions: { token } } : {}) })
        : WechatyBuilder.build({ puppet: puppet as never });
    this.bot = bot;

    bot.on("scan", (qrcode, status) => {
      this.log.warn("wechaty: scan the QR code with the WeChat account to log in", { status, qrcode: `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}` });
    });
    bot.on("login", (user) => {
      this.loggedInAs = user.id;
      this.problem = undefined;
      this.log.info("wechaty: logged in", { userId: user.id });
    });
    bot.on("logout", () => {
      this.loggedInAs = undefined;
      this.log.warn("wechaty: logged out");
    });
    bot.on("error", (error) => {
      this.problem = String(error);
      this.log.error("wechaty: error", { error: String(error) });
    });
    bot.on("message", (message) => void this.receive(message, types.Message.Text, context));

    try {
      await bot.start();
    } catch (error) {
      this.bot = undefined;
      const message = String(error);
      throw new PlatformError({
        platform: this.platform,
        method: "start",
        message:
          typeof puppet === "string" && /cannot find|not found|ERR_MODULE_NOT_FOUND/i.test(message)
            ? `the puppet "${puppet}" (WECHATY_PUPPET) could not be loaded: install it with \`npm install ${puppet}\``
            : message,
        retryable: false,
        cause: error,
      });
    }
  }

  private async receive(message: WechatyMessage, textType: number, context: AdapterContext): Promise<void> {
    if (message.self() || message.type() !== textType) return;
    const talker = message.talker();
    const room = message.room();
    const delivery: Message = {
      platform: this.platform,
      chatId: room?.id ?? talker.id,
      userId: talker.id,
      messageId: message.id,
      text: message.text(),
      receivedAt: new Date(),
      sender: { name: talker.name() || undefined },
    };
    try {
      await context.deliver(delivery);
    } catch (error) {
      // A puppet's push is not redelivered: all there is to do is to say it was lost.
      context.log.error("wechaty: could not store a message; it is lost", { messageId: delivery.messageId, error: String(error) });
    }
  }

  async stop(): Promise<void> {
    const bot = this.bot;
    this.bot = undefined;
    this.loggedInAs = undefined;
    if (bot) await bot.stop();
  }

  async send(target: ReplyTarget, reply: Reply): Promise<void> {
    const bot = this.bot;
    if (!bot || !this.loggedInAs) {
      throw new PlatformError({ platform: this.platform, method: "send", message: "not logged in", retryable: true });
    }
    try {
      // The chat id is a room id or a contact id, which is what the puppet sends to.
      await bot.puppet.messageSendText(target.chatId, renderWechatyText(reply));
    } catch (error) {
      throw new PlatformError({ platform: this.platform, method: "messageSendText", message: String(error), retryable: true, cause: error });
    }
  }

  async check(): Promise<{ ok: boolean; detail: string }> {
    if (!this.bot) {
      try {
        await loadWechaty();
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
      return { ok: false, detail: "not started: the bot logs in when chatcrm serve runs" };
    }
    if (this.problem && !this.loggedInAs) return { ok: false, detail: this.problem };
    return this.loggedInAs ? { ok: true, detail: `logged in as ${this.loggedInAs}` } : { ok: false, detail: "waiting for the QR code to be scanned" };
  }
}

export const wechatyAdapter: AdapterFactory<WechatyConfig> = {
  platform: WECHATY_PLATFORM,
  variables: [
    { name: "WECHATY_PUPPET", required: false, description: "Personal WeChat (optional): the wechaty puppet package to use; setting it turns the platform on" },
    { name: "WECHATY_PUPPET_TOKEN", required: false, description: "Personal WeChat: the puppet's token, for puppets that need one" },
  ],
  readConfig: readWechatyConfig,
  create: (config, options) => new WechatyAdapter(config, options.log),
};
