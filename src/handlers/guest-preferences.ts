import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { updateCustomer } from "../domain/customer/update-customer.ts";
import { preferencesInStatement } from "../domain/guest/statement-preferences.ts";
import { joinList } from "./format.ts";
import { requireGuest } from "./support.ts";

/**
 * `remember_preferences`, a guest telling us about themselves ("我不抽烟", "always a high floor",
 * "我对花生过敏"): the preferences go on their OWN profile and apply to their next booking. The intent has
 * no customer slot, so no name in the text is ever looked up; contact details are the front desk's.
 */
export const updateOwnPreferencesHandler: Handler<"remember_preferences"> = async (ctx, { slots }) => {
  const guest = requireGuest(ctx);
  // The message's own words first (canonical short phrases), then what the parser found.
  const stated = preferencesInStatement(ctx.message.text);
  const preferences = [...stated, ...(slots.preferences ?? []).filter((p) => !stated.length || !preferencesInStatement(p).length)];
  if (preferences.length === 0) {
    ctx.reply(say(ctx.lang, "想让我们记住您的什么偏好？例如：无烟、高楼层、对花生过敏。", "What should we remember for you? For example: non-smoking, a high floor, a peanut allergy."));
    return;
  }
  await ctx.write(({ tx, audit }) => updateCustomer({ tx, audit, customerId: guest.customerId, changes: { preferences } }));
  ctx.reply(say(ctx.lang, `好的，已记住：${joinList(preferences, "zh")}。以后的预订会自动为您安排。`, `Got it, we'll remember: ${joinList(preferences, "en")}. Your next bookings will have it arranged.`));
};
