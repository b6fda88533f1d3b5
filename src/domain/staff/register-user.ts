import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Role } from "../../intents/schema.ts";
import { customerKeys } from "../customer/search-key.ts";

export const DEFAULT_TEAM = "Default";

/**
 * Links a platform account seen for the first time: a guest gets a guest profile; a staff role gets a
 * staff member of that name (reused if one exists), placed in the default team. Used by the console
 * and scripts, and by guest platforms for unknown users.
 */
export async function registerUser(options: {
  db: PrismaClient;
  platform: string;
  platformUserId: string;
  chatId: string;
  name: string;
  role: Role;
  tz: string;
}) {
  const { db, platform, platformUserId, chatId, name, role, tz } = options;
  return db.$transaction(async (tx) => {
    if (role === "guest") {
      const customer = await tx.customer.create({
        data: { name, ...customerKeys({ name }), isGuest: true, source: platform },
      });
      return tx.identity.create({
        data: { platform, platformUserId, chatId, customerId: customer.id },
        include: { staff: true, customer: true },
      });
    }
    const team = await tx.team.upsert({ where: { name: DEFAULT_TEAM }, update: {}, create: { name: DEFAULT_TEAM } });
    const staff = await tx.staff.upsert({
      where: { name },
      update: {},
      create: { name, role, teamId: team.id, timeZone: tz, locale: /[\u3400-\u9fff]/.test(name) ? "zh" : "en" },
    });
    return tx.identity.create({
      data: { platform, platformUserId, chatId, staffId: staff.id },
      include: { staff: true, customer: true },
    });
  });
}
