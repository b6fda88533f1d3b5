import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { logComplaint } from "../domain/complaint/log-complaint.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { customerFor } from "./support.ts";

/**
 * A guest's complaint is theirs; staff log one for a named customer (or none, for a general issue).
 * Either way the duty staff are alerted and the manager hears of it if it stays unresolved (jobs queued
 * by `logComplaint`).
 */
export const logComplaintHandler: Handler<"log_complaint"> = async (ctx, { slots }) => {
  const actor = ctx.actor!;
  const issue = slots.issue ?? ctx.message.text.trim().slice(0, 500);
  let customerId: number | undefined;
  if (actor.kind === "guest") customerId = actor.customerId;
  else if (slots.customer) {
    const customer = await customerFor(ctx, slots.customer);
    if (!customer) return;
    customerId = customer.id;
  }
  const complaint = await ctx.write(({ tx, audit }) =>
    logComplaint({ tx, audit, customerId, issue, reportedById: actor.kind === "staff" ? actor.staffId : undefined, now: ctx.now, policy: activeVenue().complaints }),
  );
  const id = shortId("complaint", complaint.id);
  ctx.reply(
    actor.kind === "guest"
      ? say(ctx.lang, `非常抱歉给您带来不便！已记录您的反馈（编号 ${id}），值班同事会尽快处理并回复您。`, `We're very sorry about that. Your complaint is recorded as ${id}; the staff on duty will fix it and get back to you soon.`)
      : say(ctx.lang, `已登记投诉 ${id}：${issue}（已通知值班同事）`, `Complaint ${id} logged: ${issue} (duty staff alerted)`),
  );
};
