import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { resolveComplaint } from "../domain/complaint/resolve-complaint.ts";
import { parseShortId, shortId } from "../domain/shared/short-id.ts";
import { requireStaff } from "./support.ts";

/** `/resolve CP-2 换了新空调` (解决): records the resolution; the guest is told (a queued message). */
export async function resolveComplaintCommand(ctx: Context, args: string): Promise<void> {
  const staff = requireStaff(ctx);
  const match = /^(?:CP-?)?(\d{1,9})[\s:：,，]*([\s\S]*)$/i.exec(args.trim());
  const complaintId = match ? parseShortId("complaint", `CP-${match[1]}`) : undefined;
  const resolution = match?.[2]?.trim().slice(0, 500) ?? "";
  if (!complaintId || !resolution) {
    ctx.reply(say(ctx.lang, "请带上投诉编号和处理结果，例如：/resolve CP-2 已更换空调", "Add the complaint id and what was done, e.g. /resolve CP-2 replaced the AC"));
    return;
  }
  const id = shortId("complaint", complaintId);
  const result = await ctx.write(({ tx, audit }) => resolveComplaint({ tx, audit, complaintId, staffId: staff.staffId, resolution, now: ctx.now }));
  if (result.kind === "not_found") {
    ctx.reply(say(ctx.lang, `没有找到投诉 ${id}。`, `No complaint ${id}.`));
    return;
  }
  if (result.kind === "already") {
    ctx.reply(say(ctx.lang, `${id} 已经解决：${result.complaint.resolution ?? ""}`, `${id} was already resolved: ${result.complaint.resolution ?? ""}`));
    return;
  }
  const told = result.complaint.customerId ? say(ctx.lang, "，已通知客人", "; the guest will be told") : "";
  ctx.reply(say(ctx.lang, `✅ 已解决 ${id}：${resolution}${told}。`, `✅ Resolved ${id}: ${resolution}${told}.`));
}
