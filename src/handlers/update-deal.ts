import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { updateDeal } from "../domain/deal/update-deal.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatMoney, stageName } from "./format.ts";
import { customerFor, requireStaff } from "./support.ts";

export const updateDealHandler: Handler<"update_deal"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const customer = await customerFor(ctx, slots.customer);
  if (!customer) return;
  const { deal, previousStage } = await ctx.write(({ tx, audit }) =>
    updateDeal({ tx, audit, staffId: staff.staffId, customerId: customer.id, stage: slots.stage, amount: slots.amount, at: ctx.now }),
  );
  const amount = deal.amount ? ` ${formatMoney(deal.amount, deal.currency)}` : "";
  const moved = slots.stage && slots.stage !== previousStage;
  const icon = deal.stage === "won" ? "🎉" : deal.stage === "lost" ? "😞" : "📈";
  ctx.reply(
    say(
      ctx.lang,
      `${icon} ${shortId("deal", deal.id)} ${customer.name}${deal.product ? ` ${deal.product}` : ""}：${moved ? `${stageName(previousStage, "zh")} → ` : ""}${stageName(deal.stage, "zh")}${amount}`,
      `${icon} ${shortId("deal", deal.id)} ${customer.name}${deal.product ? ` ${deal.product}` : ""}: ${moved ? `${stageName(previousStage, "en")} → ` : ""}${stageName(deal.stage, "en")}${amount}`,
    ),
  );
};
