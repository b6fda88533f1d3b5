import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Lang } from "../../runtime/message.ts";
import { lastWrittenLang } from "../../runtime/last-language.ts";

/**
 * The language to write to a guest in when they have not just written (a reminder, a survey): the one
 * of their latest message to us, else Chinese. The profile has no language field, and what the guest
 * last wrote is the best evidence there is.
 */
export async function guestLang(options: { db: PrismaClient; customerId: number }): Promise<Lang> {
  const { db, customerId } = options;
  const identities = await db.identity.findMany({ where: { customerId }, select: { platform: true, platformUserId: true } });
  return (await lastWrittenLang(db, identities)) ?? "zh";
}
