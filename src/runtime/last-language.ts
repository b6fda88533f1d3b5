import type { PrismaClient } from "../generated/prisma/client.ts";
import { detectLang, type Lang } from "./message.ts";

type PlatformUser = { platform: string; platformUserId: string };

/**
 * The language someone last wrote to the bot in: the newest of their recent messages that says one. A message with
 * no words ("1", "👍") is answered in it, and so is what the bot sends them unasked. Undefined when nothing they
 * wrote says.
 */
export async function lastWrittenLang(db: PrismaClient, users: PlatformUser[]): Promise<Lang | undefined> {
  if (users.length === 0) return undefined;
  const latest = await db.inboundMessage.findMany({
    where: { OR: users.map((u) => ({ platform: u.platform, userId: u.platformUserId })) },
    orderBy: { id: "desc" },
    take: 5,
    select: { text: true },
  });
  for (const message of latest) {
    // "/done T-4" is no sign of English: short ids are not words.
    const lang = detectLang(message.text.replace(/\b[A-Z]{1,2}-\d+\b/gi, ""));
    if (lang) return lang;
  }
  return undefined;
}
