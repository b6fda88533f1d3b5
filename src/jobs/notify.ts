/**
 * Pushes a message to a person through the outbox: one row per chat they are linked in, sent by the
 * sender like any reply (rate limits, retries, dead letters). Nothing is sent here.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import { serialiseReply } from "../runtime/inbox.ts";
import type { Reply } from "../runtime/message.ts";
import type { Recipient } from "./types.ts";

export type NotifyOptions = {
  db: PrismaClient;
  /** the clock the message is stamped with (the script's clock under `advance_to`) */
  now: () => Date;
  /**
   * platforms that can deliver here; chats elsewhere are skipped (serve does not run the console, so a
   * console identity would only make a dead letter). Undefined: every platform.
   */
  platforms?: ReadonlySet<string>;
};

/**
 * Builds what `JobContext.notify` calls: queues `reply` for each of the recipient's chats; false when
 * there is none. With a `dedupeKey`, a message already queued under that key is not queued again.
 */
export function createNotify(options: NotifyOptions) {
  const { db, platforms } = options;
  return async (recipient: Recipient, reply: Reply, queued: { dedupeKey?: string } = {}): Promise<boolean> => {
    const chats = await chatsOf(db, recipient);
    const open = chats.filter((chat) => !platforms || platforms.has(chat.platform));
    if (open.length === 0) return false;
    const now = options.now();
    await db.outboundMessage.createMany({
      data: open.map((chat) => ({
        ...chat, reply: serialiseReply(reply), createdAt: now, nextAttemptAt: now,
        dedupeKey: queued.dedupeKey && `${queued.dedupeKey}:${chat.platform}:${chat.chatId}`,
      })),
      skipDuplicates: true,
    });
    return true;
  };
}

async function chatsOf(db: PrismaClient, recipient: Recipient): Promise<{ platform: string; chatId: string; userId: string }[]> {
  if ("platform" in recipient) return [{ platform: recipient.platform, chatId: recipient.chatId, userId: recipient.userId ?? recipient.chatId }];
  const identities = await db.identity.findMany({
    where: "staffId" in recipient ? { staffId: recipient.staffId } : { customerId: recipient.customerId },
    orderBy: { id: "asc" },
  });
  // A platform user with no stored chat is written to directly (Telegram and WeCom address users by id).
  return identities.map((identity) => ({ platform: identity.platform, chatId: identity.chatId ?? identity.platformUserId, userId: identity.platformUserId }));
}
