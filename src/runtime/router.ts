/**
 * The core every message flows through:
 * error boundary → input guard → /link → identify → conversation state → interpret (slash command /
 * pending question / parser → role check → handler). Returns the replies. Storing and deduplicating
 * deliveries is the inbox's job (inbox.ts), before a message gets here.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { IntentParser } from "../intents/parse.ts";
import { createAuditRecorder } from "../domain/audit/audit-recorder.ts";
import { compose } from "./compose.ts";
import type { Context, Handlers, SystemActions } from "./context.ts";
import type { Logger } from "./logger.ts";
import { detectLang, type Message, type Reply } from "./message.ts";
import { errorBoundary } from "./middleware/error-boundary.ts";
import { inputGuard } from "./middleware/input-guard.ts";
import { link } from "./middleware/link.ts";
import { identify, type OnUnknownUser } from "./middleware/identify.ts";
import { conversationState } from "./middleware/conversation-state.ts";
import { interpret } from "./middleware/interpret.ts";

export type RouterOptions = {
  db: PrismaClient;
  parser: IntentParser;
  handlers: Handlers;
  systemActions: SystemActions;
  log: Logger;
  /** the zone used when neither the message nor the user has one */
  defaultTz: string;
  onUnknownUser?: OnUnknownUser;
};

/** `handle` runs one message at its `receivedAt`, which is the clock its dates resolve against. */
export type Router = { handle(message: Message): Promise<Reply[]> };

export function createRouter(options: RouterOptions): Router {
  const run = compose([
    errorBoundary,
    inputGuard,
    link,
    identify({ onUnknownUser: options.onUnknownUser }),
    conversationState,
    interpret({ parser: options.parser, handlers: options.handlers, systemActions: options.systemActions }),
  ]);

  return {
    async handle(message) {
      const ctx = createContext(options, message, message.receivedAt);
      await run(ctx);
      return ctx.replies;
    },
  };
}

function createContext(options: RouterOptions, message: Message, now: Date): Context {
  const { db, log } = options;
  const replies: Reply[] = [];
  const batchId = randomUUID();
  const ctx: Context = {
    message: { ...message },
    db,
    log,
    now,
    tz: message.tz ?? options.defaultTz,
    lang: detectLang(message.text) ?? "zh",
    scope: { ownerIds: [] },
    replies,
    conversation: { key: { platform: message.platform, chatId: message.chatId, userId: message.userId } },
    reply(reply) {
      replies.push(typeof reply === "string" ? { kind: "text", text: reply } : reply);
    },
    async write(work) {
      const actor = ctx.actor;
      const auditActor = actor?.kind === "staff" ? { staffId: actor.staffId } : actor ? { customerId: actor.customerId } : {};
      const result = await db.$transaction((tx) => work({ tx, audit: createAuditRecorder({ tx, actor: auditActor, batchId }) }));
      ctx.conversation.lastBatchId = batchId;
      ctx.conversation.lastBatchAt = now;
      return result;
    },
  };
  return ctx;
}
