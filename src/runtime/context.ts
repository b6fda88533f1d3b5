import type { PrismaClient } from "../generated/prisma/client.ts";
import type { IntentName, IntentOf, Role } from "../intents/schema.ts";
import type { SystemAction } from "./slash-commands.ts";
import type { AuditRecorder, Tx } from "../domain/audit/audit-recorder.ts";
import type { Lang, Message, Reply } from "./message.ts";
import type { Logger } from "./logger.ts";
import type { ConversationState } from "./conversation.ts";

/** Who is acting. Staff act within a scope of owners; a guest only ever on their own customer record. */
export type Actor =
  | { kind: "staff"; staffId: number; name: string; role: Exclude<Role, "guest">; tz: string }
  | { kind: "guest"; customerId: number; name: string; tz: string };

/** Whose customers an actor may see: "all" for admins, else the owner staff ids (self, plus team for managers). */
export type Scope = { ownerIds: number[] | "all" };

/** What a write gets: the transaction and the audit recorder of this user action. */
export type WriteTools = { tx: Tx; audit: AuditRecorder };

/** Built once per message and passed to every middleware and handler. */
export interface Context {
  readonly message: Message;
  readonly db: PrismaClient;
  readonly log: Logger;
  /** the message's clock: the script's `now` or the time it was received */
  readonly now: Date;
  readonly tz: string;
  lang: Lang;
  actor?: Actor;
  scope: Scope;
  readonly replies: Reply[];
  reply(reply: Reply | string): void;
  /** Runs one user action's writes in a transaction with an audit batch that /undo can revert. */
  write<T>(work: (tools: WriteTools) => Promise<T>): Promise<T>;
  /**
   * This chat's state: the pending draft, the last write (for undo) and the customer last talked about,
   * which is what "him", "那个客户" and "the deal" refer to. Saved after the message is handled.
   */
  readonly conversation: ConversationState;
}

export type Handler<N extends IntentName> = (ctx: Context, intent: IntentOf<N>) => Promise<void>;
export type Handlers = { [N in IntentName]: Handler<N> };

/** A command that is not an intent, with the text after the command word. */
export type SystemActionHandler = (ctx: Context, args: string) => Promise<void>;
export type SystemActions = Record<SystemAction, SystemActionHandler>;
