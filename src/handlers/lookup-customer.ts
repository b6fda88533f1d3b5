import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { channelName, formatMoney, formatWhen, joinList, stageName, tierName } from "./format.ts";
import { customerFor, requireStaff } from "./support.ts";

/** A customer's profile on one screen: contacts, owner, open deals, last contact, next task, bookings. */
export const lookupCustomerHandler: Handler<"lookup_customer"> = async (ctx, { slots }) => {
  requireStaff(ctx);
  const found = await customerFor(ctx, slots.query);
  if (!found) return;
  const c = await ctx.db.customer.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      company: true,
      owner: true,
      deals: { where: { deletedAt: null }, orderBy: { updatedAt: "desc" }, take: 3 },
      activities: { where: { deletedAt: null }, orderBy: { occurredAt: "desc" }, take: 1 },
      tasks: { where: { status: "open" }, orderBy: { dueAt: "asc" }, take: 1 },
      bookings: { where: { status: { in: ["confirmed", "arrived"] } }, orderBy: { startAt: "asc" }, take: 2 },
    },
  });
  const zh = ctx.lang === "zh";
  const lines = [`👤 ${shortId("customer", c.id)} ${c.name}${c.company ? (zh ? `（${c.company.name}）` : ` (${c.company.name})`) : ""} · ${tierName(c.tier, ctx.lang)}`];
  const contacts = [...c.phones, ...c.emails];
  if (contacts.length) lines.push(`📞 ${contacts.join(" · ")}`);
  if (c.owner) lines.push(say(ctx.lang, `负责人：${c.owner.name}`, `Owner: ${c.owner.name}`));
  for (const deal of c.deals) {
    const what = [deal.product, deal.quantity ? `×${deal.quantity}` : "", deal.amount ? formatMoney(deal.amount, deal.currency) : ""].filter(Boolean).join(" ");
    lines.push(`💼 ${shortId("deal", deal.id)} ${what} · ${stageName(deal.stage, ctx.lang)}`);
  }
  const last = c.activities[0];
  if (last) {
    lines.push(say(ctx.lang, `上次联系：${formatWhen(last.occurredAt, ctx.tz, "zh", false)} ${channelName(last.channel, "zh")} — ${last.summary}`, `Last contact: ${formatWhen(last.occurredAt, ctx.tz, "en", false)} ${channelName(last.channel, "en")} — ${last.summary}`));
  }
  const next = c.tasks[0];
  if (next) lines.push(say(ctx.lang, `下个任务：${shortId("task", next.id)} ${formatWhen(next.dueAt, ctx.tz, "zh")} ${next.title}`, `Next task: ${shortId("task", next.id)} ${formatWhen(next.dueAt, ctx.tz, "en")} ${next.title}`));
  for (const b of c.bookings) lines.push(`🛎 ${shortId("booking", b.id)} ${formatWhen(b.startAt, ctx.tz, ctx.lang)}`);
  if (c.preferences.length) lines.push(say(ctx.lang, `偏好：${joinList(c.preferences, "zh")}`, `Preferences: ${joinList(c.preferences, "en")}`));
  if (c.birthday) lines.push(say(ctx.lang, `生日：${c.birthday}`, `Birthday: ${c.birthday}`));
  ctx.reply(lines.join("\n"));
};
