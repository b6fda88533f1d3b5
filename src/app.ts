/** Wires one running chatcrm: the store, the parser and the router, from the config. */
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./store/client.ts";
import { createIntentParser, type IntentParser, type ParserMode } from "./intents/parse.ts";
import { createRouter, type Router } from "./runtime/router.ts";
import { createLogger, type Logger } from "./runtime/logger.ts";
import type { Message, Reply } from "./runtime/message.ts";
import { acceptDelivery, claimDelivery, completeDelivery } from "./runtime/inbox.ts";
import { handlers } from "./handlers/index.ts";
import { systemActions } from "./handlers/system-actions.ts";
import { ensureVenue } from "./domain/booking/ensure-venue.ts";
import { loadVenue } from "./domain/venue/load-venue.ts";
import type { OnUnknownUser } from "./runtime/middleware/identify.ts";

export type App = {
  db: Database;
  router: Router;
  parser: IntentParser;
  log: Logger;
  /**
   * Handles a message now and returns its replies (the console chat and tests): stored in the inbox
   * first like any delivery, so a repeated message id is answered once.
   */
  receive(message: Message): Promise<Reply[]>;
  close(): Promise<void>;
};

export async function startApp(options: {
  config: Config;
  db?: string;
  parser?: ParserMode;
  onUnknownUser?: OnUnknownUser;
  log?: Logger;
}): Promise<App> {
  const { config } = options;
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  // Read the venue before opening the database, so a broken venue file stops start-up at once.
  const venue = loadVenue();
  const db = await openDatabase({ db: options.db });
  await ensureVenue({ db: db.prisma, venue });
  const parser = createIntentParser({
    mode: options.parser ?? "auto",
    log,
    llm: config.OPENAI_API_KEY
      ? { apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS }
      : undefined,
  });
  const router = createRouter({ db: db.prisma, parser, handlers, systemActions, log, defaultTz: config.CHATCRM_TZ, onUnknownUser: options.onUnknownUser });
  return {
    db,
    router,
    parser,
    log,
    async receive(message) {
      const id = await acceptDelivery(db.prisma, message);
      if (id === undefined) return [];
      const delivery = await claimDelivery(db.prisma, { id });
      if (!delivery) return [];
      // The stored copy, not the original: what a later process would see is what is tested here.
      const replies = await router.handle({ ...delivery.message, receivedAt: message.receivedAt });
      await completeDelivery(db.prisma, delivery, replies, { queueReplies: false });
      return replies;
    },
    close: () => db.close(),
  };
}
