import type { Middleware } from "../compose.ts";
import { say } from "../message.ts";
import { redeemInvite } from "../../domain/staff/invite-staff.ts";

/** `/link CODE` (or `/绑定 CODE`) links this account to a staff member; it works before anyone knows who you are. */
export const link: Middleware = async (ctx, next) => {
  const match = /^[/／]\s*(?:link|绑定)(?:@\S+)?\s+([A-Za-z0-9]{4,16})\s*$/i.exec(ctx.message.text);
  if (!match) return next();
  const { platform, userId, chatId } = ctx.message;
  const staff = await redeemInvite({ db: ctx.db, code: match[1]!, platform, platformUserId: userId, chatId, now: ctx.now });
  ctx.reply(
    staff
      ? say(ctx.lang, `✅ 已关联到员工账号 ${staff.name}（${staff.role}）。发送“帮助”开始使用。`, `✅ Linked to staff account ${staff.name} (${staff.role}). Send "help" to start.`)
      : say(ctx.lang, "这个邀请码无效或已过期，请向管理员要一个新的。", "That code is unknown, used or expired; ask an admin for a new one."),
  );
};
