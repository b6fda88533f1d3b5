/** A guest whose completed booking lifted them into a tier hears of it, with the tier's offer. */
import type { JobHandler } from "../types.ts";
import { say } from "../../runtime/message.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { guestLang } from "../../domain/guest/guest-lang.ts";
import { pointsBalance } from "../../domain/loyalty/points-balance.ts";
import { pushToGuest } from "./push-to-guest.ts";

export const loyaltyTierReached: JobHandler = async (ctx, payload) => {
  const customerId = Number(payload.customerId);
  const venue = activeVenue();
  const tier = venue.loyalty.tiers.find((t) => t.name === payload.tier);
  // The completion may have been undone since: only a tier still held is announced.
  if (!tier || (await pointsBalance({ db: ctx.db, customerId })) < tier.minPoints) return;
  const lang = await guestLang({ db: ctx.db, customerId });
  const offer = tier.offer ? say(lang, `专属礼遇：${tier.offer}。`, ` Your member offer: ${tier.offer}.`) : "";
  const text = say(lang, `🎉 恭喜您升级为${tier.name}会员！${offer}`, `🎉 Congratulations, you are now a ${tier.name} member!${offer}`);
  await pushToGuest(ctx, { customerId, reply: { kind: "text", text }, tz: venue.timeZone });
};
