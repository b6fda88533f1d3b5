import { randomInt } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Role } from "../../intents/schema.ts";
import { DEFAULT_TEAM } from "./register-user.ts";

export const INVITE_TTL_MS = 7 * 86_400_000;
// No 0/O, 1/I/L: codes are read off one screen and typed into another.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Creates (or finds) the staff member and a one-time code they send as `/link CODE` from their messenger. */
export async function inviteStaff(options: { db: PrismaClient; name: string; role: Exclude<Role, "guest">; now: Date; tz: string }) {
  const { db, name, role, now, tz } = options;
  const team = await db.team.upsert({ where: { name: DEFAULT_TEAM }, update: {}, create: { name: DEFAULT_TEAM } });
  const staff = await db.staff.upsert({ where: { name }, update: {}, create: { name, role, teamId: team.id, timeZone: tz } });
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  const invite = await db.staffInvite.create({ data: { code, staffId: staff.id, expiresAt: new Date(now.getTime() + INVITE_TTL_MS) } });
  return { staff, code: invite.code, expiresAt: invite.expiresAt };
}

/**
 * Links a platform account to the invited staff member, once. An account that was a guest before
 * becomes the staff member's. Undefined when the code is unknown, used or expired.
 */
export async function redeemInvite(options: { db: PrismaClient; code: string; platform: string; platformUserId: string; chatId: string; now: Date }) {
  const { db, code, platform, platformUserId, chatId, now } = options;
  return db.$transaction(async (tx) => {
    const claimed = await tx.staffInvite.updateMany({
      where: { code: code.toUpperCase(), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return undefined;
    const invite = await tx.staffInvite.findUniqueOrThrow({ where: { code: code.toUpperCase() }, include: { staff: true } });
    await tx.identity.upsert({
      where: { platform_platformUserId: { platform, platformUserId } },
      update: { staffId: invite.staffId, customerId: null, chatId },
      create: { platform, platformUserId, chatId, staffId: invite.staffId },
    });
    return invite.staff;
  });
}
