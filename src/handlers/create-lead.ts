import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { createLead } from "../domain/customer/create-lead.ts";
import { createTask } from "../domain/task/create-task.ts";
import { createCadenceTasks } from "../domain/followup/create-cadence-tasks.ts";
import { localParts } from "../domain/time/zoned.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatMoney, formatWhen } from "./format.ts";
import { requireStaff, slotInstant } from "./support.ts";

export const createLeadHandler: Handler<"create_lead"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const dueAt = slots.next_due ? slotInstant(slots.next_due, ctx.tz, 9) : undefined;
  const result = await ctx.write(async ({ tx, audit }) => {
    const lead = await createLead({ tx, audit, ownerId: staff.staffId, lead: slots, source: ctx.message.platform, at: ctx.now });
    const title = say(ctx.lang, `跟进 ${lead.customer.name}`, `Follow up ${lead.customer.name}`);
    const common = { tx, audit, ownerId: staff.staffId, customerId: lead.customer.id, dealId: lead.deal?.id, title };
    const task = dueAt ? await createTask({ ...common, dueAt, origin: "lead" }) : undefined;
    // The rep's own date wins; a new lead without one follows the team's cadence.
    const cadence = !dueAt && !lead.duplicateOf ? await createCadenceTasks({ ...common, start: ctx.now, tz: ctx.tz }) : [];
    return { ...lead, task, cadence };
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
  if (result.cadence.length > 0) {
    const dates = result.cadence.map((t) => `${shortId("task", t.id)} ${shortDate(t.dueAt, ctx.tz, ctx.lang)}`);
    lines.push(say(ctx.lang, `⏰ 跟进节奏：${dates.join("、")}`, `⏰ Follow-ups: ${dates.join(", ")}`));
  }
  lines.push(say(ctx.lang, "发送“撤销”可撤回。", 'Send "undo" to revert.'));
  ctx.reply(lines.join("\n"));
};

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "11月21日" / "Nov 21": a cadence is a rhythm of days, the hour adds nothing. */
function shortDate(instant: Date, tz: string, lang: "zh" | "en"): string {
  const p = localParts(instant, tz);
  return lang === "zh" ? `${p.month}月${p.day}日` : `${MONTHS_EN[p.month - 1]} ${p.day}`;
}
