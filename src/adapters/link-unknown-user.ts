import type { OnUnknownUser } from "../runtime/middleware/identify.ts";
import { registerUser } from "../domain/staff/register-user.ts";
import { CONSOLE_PLATFORM, linkConsoleUser } from "./console.ts";
import type { Audience } from "./types.ts";

/**
 * What happens to someone writing for the first time: on a guest platform (WeChat OA, Telegram) they
 * become a guest; on a staff platform (Slack, WeCom) they stay unknown until they `/link` a code; on the
 * console the command line says who they are.
 */
export function linkUnknownUser(audiences: ReadonlyMap<string, Audience>): OnUnknownUser {
  return async (ctx) => {
    const { platform, userId, chatId, sender } = ctx.message;
    if (platform === CONSOLE_PLATFORM) return linkConsoleUser(ctx);
    if (audiences.get(platform) !== "guest") return undefined;
    return registerUser({ db: ctx.db, platform, platformUserId: userId, chatId, name: sender?.name?.slice(0, 100) || userId, role: "guest", tz: ctx.tz });
  };
}
