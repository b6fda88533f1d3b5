/**
 * The durable inbox. A delivery is stored before the platform is acknowledged; processing claims it
 * from the table, so a message acknowledged is handled even if the process dies right after, and
 * several processes on one PostgreSQL never handle one delivery twice.
 */
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Message, Reply } from "./message.ts";

/** A claim older than this belongs to a process that died: another may take the delivery over. */
export const CLAIM_LEASE_MS = 60_000;

export type StoredDelivery = {
  id: number; message: Message; attempts: number;
  /** the claim's time: the fencing token that proves the claim is still this process's when it completes */
  claimedAt: Date;
};

/** Stores a delivery; undefined when the same (platform, messageId) was stored before. */
export async function acceptDelivery(db: PrismaClient, delivered: Message): Promise<number | undefined> {
  // Cleaned as a whole: the worker handles the stored copy, so its sender name and raw fields are safe too.
  const message = storable(delivered) as Message;
  const { platform, messageId, chatId, userId, text, receivedAt } = message;
  const rows = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "InboundMessage" (platform, "messageId", "chatId", "userId", text, raw, "receivedAt", status, attempts)
    VALUES (${platform}, ${messageId}, ${chatId}, ${userId}, ${text}, ${JSON.stringify(message)}::jsonb, ${receivedAt}, 'received', 0)
    ON CONFLICT (platform, "messageId") DO NOTHING
    RETURNING id`;
  return rows[0]?.id;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A delivery as PostgreSQL can store it. Text and jsonb hold no NUL, and jsonb refuses the escape of a
 * lone UTF-16 surrogate (which JSON from a platform may carry): NULs are dropped, lone surrogates become
 * U+FFFD, in every string and key. Neither carries meaning in a chat message. (Removing "\\u0000" from
 * the JSON text instead would also cut a typed backslash-u0000 in two and break the JSON.)
 */
function storable(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\ufffd");
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [storable(key) as string, storable(inner)]));
  }
  return value;
}

/**
 * Claims one delivery to process: the given one, or the oldest waiting. Waiting means received, or
 * claimed by a process whose lease ran out. SKIP LOCKED lets processes claim side by side.
 */
export async function claimDelivery(db: PrismaClient, options: { id?: number; now?: Date; leaseMs?: number } = {}): Promise<StoredDelivery | undefined> {
  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - (options.leaseMs ?? CLAIM_LEASE_MS));
  const only = options.id === undefined ? Prisma.empty : Prisma.sql`AND id = ${options.id}`;
  const rows = await db.$queryRaw<{ id: number; raw: unknown; attempts: number }[]>`
    UPDATE "InboundMessage" SET status = 'processing', "lockedAt" = ${now}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM "InboundMessage"
      WHERE (status = 'received' OR (status = 'processing' AND "lockedAt" < ${staleBefore})) ${only}
      ORDER BY id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, raw, attempts`;
  const row = rows[0];
  return row ? { id: row.id, message: { ...reviveMessage(row.raw), inboxId: row.id }, attempts: row.attempts, claimedAt: now } : undefined;
}

/**
 * Marks a delivery done and queues its replies for sending, in one transaction: either both happen or
 * neither, so a crash never leaves a handled message without its replies or replies sent twice. False
 * when the claim is no longer this one's (its lease ran out and another process took the delivery over):
 * then nothing is written, and the replies are the new owner's to give.
 */
export async function completeDelivery(db: PrismaClient, delivery: StoredDelivery, replies: Reply[], options: { queueReplies: boolean }): Promise<boolean> {
  const { message } = delivery;
  return db.$transaction(async (tx) => {
    const { count } = await tx.inboundMessage.updateMany({
      where: { id: delivery.id, status: "processing", lockedAt: delivery.claimedAt },
      data: { status: "done", processedAt: new Date(), lockedAt: null },
    });
    if (count === 0) return false;
    if (options.queueReplies && replies.length) {
      await tx.outboundMessage.createMany({
        data: replies.map((reply) => ({
          platform: message.platform,
          chatId: message.chatId,
          userId: message.userId,
          threadId: message.threadId,
          reply: serialiseReply(reply),
          inboundId: delivery.id,
        })),
      });
    }
    return true;
  });
}

/** Gives a delivery up after an error that retrying will not fix; it stays in the table to look at. */
export async function failDelivery(db: PrismaClient, id: number, error: unknown): Promise<void> {
  await db.inboundMessage.update({ where: { id }, data: { status: "failed", error: String(error).slice(0, 1000), lockedAt: null } });
}

function reviveMessage(raw: unknown): Message {
  const stored = raw as Message & { receivedAt: string };
  return { ...stored, receivedAt: new Date(stored.receivedAt) };
}

export function serialiseReply(reply: Reply): Prisma.InputJsonValue {
  return reply.kind === "image" ? { kind: "image", alt: reply.alt, pngBase64: Buffer.from(reply.png).toString("base64") } : reply;
}

export function reviveReply(stored: unknown): Reply {
  const value = stored as Reply | { kind: "image"; alt: string; pngBase64: string };
  if (value.kind === "image" && "pngBase64" in value) return { kind: "image", alt: value.alt, png: Buffer.from(value.pngBase64, "base64") };
  return value as Reply;
}
