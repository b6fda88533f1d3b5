/** "Who are our biggest customers this year?" — a short ranked list for managers and admins. */
import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { findTopCustomers } from "../domain/report/top-customers.ts";
import { formatYuan, rangeOrSay, refuseUnlessManager } from "./summary.ts";
import { TIER_NAMES } from "./pyramid.ts";

const DEFAULT_LIMIT = 10;
/** A chat message, not a report: more than this is cut. */
const MAX_LIMIT = 30;

export const topCustomersHandler: Handler<"top_customers"> = async (ctx, intent) => {
  if (!refuseUnlessManager(ctx)) return;
  const { period, limit } = intent.slots;
  // No period means all time; "overdue" means nothing for customers, so it is read as all time too.
  const range = period && period !== "overdue" ? rangeOrSay(ctx, { period }) : undefined;
  if (period && period !== "overdue" && !range) return;

  const top = await findTopCustomers({
    db: ctx.db,
    scope: ctx.scope,
    range,
    limit: Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT),
  });
  const when = range ? { zh: range.label.zh, en: range.label.en } : { zh: "至今", en: "all time" };
  if (top.length === 0) {
    ctx.reply(say(ctx.lang, `${when.zh}还没有成交的客户。`, `No won deals yet (${when.en}).`));
    return;
  }
  // The stored tier, shown only once segmentation has run: before that every customer has the default.
  const tiers = await ctx.db.customer.findMany({
    where: { id: { in: top.map((c) => c.customerId) }, tierUpdatedAt: { not: null } },
    select: { id: true, tier: true },
  });
  const tierOf = new Map(tiers.map((c) => [c.id, TIER_NAMES[c.tier][ctx.lang]]));
  const lines = top.map((c, i) => {
    const company = c.companyName && !c.name.includes(c.companyName) ? c.companyName : undefined;
    const amount = formatYuan(c.wonAmount, ctx.lang);
    const owner = c.ownerName ? ` · ${c.ownerName}` : "";
    const tier = tierOf.get(c.customerId);
    return say(
      ctx.lang,
      `${i + 1}. ${c.name}${company ? `（${company}）` : ""}${tier ? `【${tier}】` : " "}${amount}（${c.wonCount} 单）${owner}`,
      `${i + 1}. ${c.name}${company ? ` (${company})` : ""}${tier ? ` [${tier}]` : ""} ${amount} (${c.wonCount} deal${c.wonCount === 1 ? "" : "s"})${owner}`,
    );
  });
  const header = say(ctx.lang, `成交额前 ${top.length} 的客户 · ${when.zh}`, `Top ${top.length} customer${top.length === 1 ? "" : "s"} by won deals · ${when.en}`);
  ctx.reply([header, ...lines].join("\n"));
};
