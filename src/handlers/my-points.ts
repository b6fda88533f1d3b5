import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { pointsBalance } from "../domain/loyalty/points-balance.ts";
import { loyaltyStanding } from "../domain/loyalty/loyalty-tier.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { requireGuest } from "./support.ts";

/** A guest's balance, the tier it reaches, and how far the next tier is. */
export const myPointsHandler: Handler<"my_points"> = async (ctx) => {
  const guest = requireGuest(ctx);
  const points = await pointsBalance({ db: ctx.db, customerId: guest.customerId });
  const { tier, next } = loyaltyStanding({ points, tiers: activeVenue().loyalty.tiers });
  const lines = [say(ctx.lang, `您目前有 ${points} 积分${tier ? `，${tier.name}会员` : ""}。`, `You have ${points} points${tier ? ` (${tier.name} member)` : ""}.`)];
  if (next) {
    lines.push(say(ctx.lang, `再累积 ${next.missing} 积分即可升级为${next.tier.name}${next.tier.offer ? `（${next.tier.offer}）` : ""}。`,
      `${next.missing} more points to ${next.tier.name}${next.tier.offer ? ` (${next.tier.offer})` : ""}.`));
  }
  ctx.reply(lines.join("\n"));
};
