import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { logFollowup } from "../domain/followup/log-followup.ts";
import { createTask } from "../domain/task/create-task.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { channelName, formatWhen } from "./format.ts";
import { customerFor, requireStaff, slotInstant } from "./support.ts";

export const logFollowupHandler: Handler<"log_followup"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const customer = await customerFor(ctx, slots.customer);
  if (!customer) return;
  const dueAt = slots.next_due ? slotInstant(slots.next_due, ctx.tz, 9) : undefined;
  const summary = slots.summary ?? ctx.message.text.trim().slice(0, 500);
  const { activity, task } = await ctx.write(async ({ tx, audit }) => {
    const logged = await logFollowup({
      tx, audit, staffId: staff.staffId, customerId: customer.id, channel: slots.channel, summary, occurredAt: ctx.now,
      inboundMessageId: ctx.message.inboxId,
    });
    const next = dueAt
      ? await createTask({
          tx, audit, ownerId: staff.staffId, customerId: customer.id,
          title: say(ctx.lang, `跟进 ${customer.name}`, `Follow up ${customer.name}`), dueAt, origin: "followup",
        })
      : undefined;
    return { activity: logged.activity, task: next };
  });
  const lines = [
    say(
      ctx.lang,
      `📝 已记录跟进 ${shortId("activity", activity.id)}：${customer.name}（${channelName(activity.channel, "zh")}）`,
      `📝 Follow-up ${shortId("activity", activity.id)} logged: ${customer.name} (${channelName(activity.channel, "en")})`,
    ),
  ];
  if (task) {
    lines.push(say(ctx.lang, `⏰ 下次跟进 ${shortId("task", task.id)}：${formatWhen(task.dueAt, ctx.tz, "zh")}`, `⏰ Next follow-up ${shortId("task", task.id)}: ${formatWhen(task.dueAt, ctx.tz, "en")}`));
  }
  ctx.reply(lines.join("\n"));
};
