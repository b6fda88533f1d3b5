import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";

const ROLE_NAMES: Record<string, string> = { admin: "管理员", manager: "经理", sales: "销售", frontdesk: "前台", guest: "客人" };

export async function whoami(ctx: Context): Promise<void> {
  const actor = ctx.actor!;
  const role = actor.kind === "guest" ? "guest" : actor.role;
  const where = `${ctx.message.platform}:${ctx.message.userId}`;
  ctx.reply(say(ctx.lang, `你是 ${actor.name}（${ROLE_NAMES[role]}），账号 ${where}。`, `You are ${actor.name} (${role}), account ${where}.`));
}
