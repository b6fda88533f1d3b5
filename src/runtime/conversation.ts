/** Per chat and user: the pending draft, the last write (for undo) and the customer last talked about. */
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { IntentSchema } from "../intents/schema.ts";

export const DRAFT_TTL_MS = 10 * 60_000;
export const UNDO_WINDOW_MS = 10 * 60_000;

const DraftSchema = z.object({
  intent: IntentSchema,
  /** "slot": waiting for `slot`; "confirm": waiting for yes / no / edit */
  awaiting: z.enum(["slot", "confirm"]),
  slot: z.string().optional(),
  lang: z.enum(["zh", "en"]),
});
export type Draft = z.infer<typeof DraftSchema>;

export type ConversationState = {
  key: { platform: string; chatId: string; userId: string };
  draft?: Draft;
  lastCustomerId?: number;
  lastBatchId?: string;
  lastBatchAt?: Date;
};

export async function loadConversation(db: PrismaClient, key: ConversationState["key"], now: Date): Promise<ConversationState> {
  const row = await db.conversation.findUnique({ where: { platform_chatId_userId: key } });
  if (!row) return { key };
  const parsed = DraftSchema.safeParse(row.draft);
  const fresh = parsed.success && row.draftExpiresAt && row.draftExpiresAt > now;
  return {
    key,
    draft: fresh ? parsed.data : undefined,
    lastCustomerId: row.lastCustomerId ?? undefined,
    lastBatchId: row.lastBatchId ?? undefined,
    lastBatchAt: row.lastBatchAt ?? undefined,
  };
}

export async function saveConversation(db: PrismaClient, state: ConversationState, now: Date): Promise<void> {
  const data = {
    draft: state.draft ? (state.draft as Prisma.InputJsonValue) : Prisma.DbNull,
    draftExpiresAt: state.draft ? new Date(now.getTime() + DRAFT_TTL_MS) : null,
    lastCustomerId: state.lastCustomerId ?? null,
    lastBatchId: state.lastBatchId ?? null,
    lastBatchAt: state.lastBatchAt ?? null,
  };
  await db.conversation.upsert({ where: { platform_chatId_userId: state.key }, update: data, create: { ...state.key, ...data } });
}
