import type { Config } from "../config.ts";
import { RoleSchema } from "../intents/schema.ts";
import { openDatabase } from "../store/client.ts";
import { inviteStaff } from "../domain/staff/invite-staff.ts";

/** `chatcrm staff invite NAME --role ROLE`: prints the one-time code the person sends as `/link CODE`. */
export async function staffCommand(options: { action?: string; name?: string; role?: string; config: Config; db?: string; out: NodeJS.WritableStream }): Promise<number> {
  const { out } = options;
  const role = RoleSchema.exclude(["guest"]).safeParse(options.role ?? "sales");
  if (options.action !== "invite" || !options.name || !role.success) {
    out.write("Usage: chatcrm staff invite NAME --role admin|manager|sales|frontdesk [--db PATH_OR_URL]\n");
    return 2;
  }
  const db = await openDatabase({ db: options.db });
  try {
    const invite = await inviteStaff({ db: db.prisma, name: options.name, role: role.data, now: new Date(), tz: options.config.CHATCRM_TZ });
    out.write(`Invite for ${invite.staff.name} (${invite.staff.role}): send  /link ${invite.code}  to the bot from Slack, WeCom, Telegram or WeChat. Valid until ${invite.expiresAt.toISOString()}.\n`);
    return 0;
  } finally {
    await db.close();
  }
}
