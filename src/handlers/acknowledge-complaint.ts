import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { acknowledgeComplaint } from "../domain/complaint/acknowledge-complaint.ts";
import { parseShortId, shortId } from "../domain/shared/short-id.ts";
import { requireStaff } from "./support.ts";

/** `/ack CP-2` (受理, or the alert's button): a staff member takes the complaint on. */
export async function acknowledgeComplaintCommand(ctx: Context, args: string): Promise<void> {
  const staff = requireStaff(ctx);
  const complaintId = parseShortId("complaint", args.split(/\s+/)[0] ?? "");
  if (!complaintId) {
    ctx.reply(say(ctx.lang, "请带上投诉编号，例如：/ack CP-2", "Add the complaint id, e.g. /ack CP-2"));
    return;
  }
  const id = shortId("complaint", complaintId);
  // "/ack CP-2" (the alert's button) says nothing of the language: answer in the staff member's own.
  const locale = (await ctx.db.staff.findUnique({ where: { id: staff.staffId }, select: { locale: true } }))?.locale;
  ctx.lang = locale === "en" ? "en" : "zh";
  const result = await ctx.write(({ tx, audit }) => acknowledgeComplaint({ tx, audit, complaintId, staffId: staff.staffId, now: ctx.now }));
  if (result.kind === "not_found") {
    ctx.reply(say(ctx.lang, `没有找到投诉 ${id}。`, `No complaint ${id}.`));
    return;
  }
  if (result.kind === "already") {
    const who = result.complaint.assigneeId ? await ctx.db.staff.findUnique({ where: { id: result.complaint.assigneeId }, select: { name: true } }) : null;
    ctx.reply(
      result.complaint.status === "resolved"
        ? say(ctx.lang, `${id} 已经解决了。`, `${id} is already resolved.`)
        : say(ctx.lang, `${id} 已由 ${who?.name ?? "同事"} 受理。`, `${id} was already taken on by ${who?.name ?? "a colleague"}.`),
    );
    return;
  }
  ctx.reply(say(ctx.lang, `✅ 已受理 ${id}：${result.complaint.issue}\n处理完请回复 /resolve ${id} 处理结果`, `✅ ${id} is yours: ${result.complaint.issue}\nWhen fixed, reply /resolve ${id} what was done`));
}
