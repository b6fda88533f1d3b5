import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { createLead } from "../domain/customer/create-lead.ts";
import { createTask } from "../domain/task/create-task.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatMoney, formatWhen } from "./format.ts";
import { requireStaff, slotInstant } from "./support.ts";

export const createLeadHandler: Handler<"create_lead"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const dueAt = slots.next_due ? slotInstant(slots.next_due, ctx.tz, 9) : undefined;
  const result = await ctx.write(async ({ tx, audit }) => {
    const lead = await createLead({ tx, audit, ownerId: staff.staffId, lead: slots, source: ctx.message.platform });
    const task = dueAt
      ? await createTask({
          tx, audit, ownerId: staff.staffId, customerId: lead.customer.id, dealId: lead.deal?.id,
          title: say(ctx.lang, `跟进 ${lead.customer.name}`, `Follow up ${lead.customer.name}`), dueAt, origin: "lead",
        })
      : undefined;
    return { ...lead, task };
  });
  ctx.conversation.lastCustomerId = result.customer.id;

  const { customer, deal, task } = result;
  const who = `${customer.name}${result.company ? (ctx.lang === "zh" ? `（${result.company.name}）` : ` (${result.company.name})`) : ""}`;
  const lines = [
    result.duplicateOf
      ? say(ctx.lang, `${shortId("customer", customer.id)} ${who} 已在你的客户里，没有重复建档。`, `${shortId("customer", customer.id)} ${who} is already one of your customers; no duplicate made.`)
      : say(ctx.lang, `✅ 已记录线索 ${shortId("customer", customer.id)} ${who}`, `✅ Lead ${shortId("customer", customer.id)} saved: ${who}`),
  ];
  if (slots.phone || slots.email) lines.push([slots.phone, slots.email].filter(Boolean).join(" · "));
  if (deal) {
    const what = [deal.product, deal.quantity ? `×${deal.quantity}` : "", deal.amount ? formatMoney(deal.amount, deal.currency) : ""].filter(Boolean).join(" ");
    lines.push(say(ctx.lang, `商机 ${shortId("deal", deal.id)}：${what}`, `Deal ${shortId("deal", deal.id)}: ${what}`));
  }
  if (task) {
    lines.push(say(ctx.lang, `⏰ 提醒 ${shortId("task", task.id)}：${formatWhen(task.dueAt, ctx.tz, "zh")} 跟进`, `⏰ Reminder ${shortId("task", task.id)}: follow up ${formatWhen(task.dueAt, ctx.tz, "en")}`));
  }
  lines.push(say(ctx.lang, "发送“撤销”可撤回。", 'Send "undo" to revert.'));
  ctx.reply(lines.join("\n"));
};
