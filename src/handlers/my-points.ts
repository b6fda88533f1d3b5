import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { pointsBalance } from "../domain/loyalty/points-balance.ts";
import { requireGuest } from "./support.ts";

export const myPointsHandler: Handler<"my_points"> = async (ctx) => {
  const guest = requireGuest(ctx);
  const points = await pointsBalance({ db: ctx.db, customerId: guest.customerId });
  ctx.reply(say(ctx.lang, `您目前有 ${points} 积分。`, `You have ${points} points.`));
};
