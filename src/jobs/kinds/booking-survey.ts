/**
 * After checkout, one question: how was it, 1 to 5. The answer comes back as a bare digit and is read by
 * `answerSurvey` (src/handlers/answer-survey.ts) while the survey is pending.
 */
import type { JobHandler } from "../types.ts";
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { guestLang } from "../../domain/guest/guest-lang.ts";
import { pushToGuest } from "./push-to-guest.ts";

export const bookingSurvey: JobHandler = async (ctx, payload) => {
  const booking = await ctx.db.booking.findUnique({ where: { id: Number(payload.bookingId) } });
  // Undone or already asked: nothing to ask.
  if (!booking || booking.status !== "completed" || booking.surveySentAt) return;
  const venue = activeVenue();
  const lang = await guestLang({ db: ctx.db, customerId: booking.customerId });
  const id = shortId("booking", booking.id);
  const reply = {
    kind: "choice" as const,
    text: say(lang, `感谢您光临${venue.name}（${id}）！请为本次体验打分：1-5 分，5 分为非常满意。直接回复数字即可。`,
      `Thank you for visiting ${venue.name} (${id})! How was it, from 1 to 5 (5 = excellent)? Just reply with the number.`),
    options: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: String(n) })),
  };
  const sent = await pushToGuest(ctx, { customerId: booking.customerId, reply, tz: venue.timeZone });
  if (sent) await ctx.db.booking.update({ where: { id: booking.id }, data: { surveySentAt: ctx.now } });
};
