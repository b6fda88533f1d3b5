import type { PrismaClient } from "../../generated/prisma/client.ts";
import { detectLang, type Lang } from "../../runtime/message.ts";

/**
 * The language to write to a guest in when they have not just written (a reminder, a survey): the one
 * of their latest message to us, else Chinese. The profile has no language field, and what the guest
 * last wrote is the best evidence there is.
 */
export async function guestLang(options: { db: PrismaClient; customerId: number }): Promise<Lang> {
  const { db, customerId } = options;
  const identities = await db.identity.findMany({ where: { customerId }, select: { platform: true, platformUserId: true } });
  if (identities.length === 0) return "zh";
  const latest = await db.inboundMessage.findMany({
    where: { OR: identities.map((i) => ({ platform: i.platform, userId: i.platformUserId })) },
    orderBy: { receivedAt: "desc" },
    take: 5,
    select: { text: true },
  });
  for (const message of latest) {
    const lang = detectLang(message.text);
    if (lang) return lang;
  }
  return "zh";
}
