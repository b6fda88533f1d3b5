import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { pendingSurvey, recordSurveyAnswer } from "../domain/guest/record-survey-answer.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { guestLang } from "../domain/guest/guest-lang.ts";

/**
 * A bare digit 1–5 from a guest with a satisfaction survey out is its answer. Returns false, having done
 * nothing, for anything else, so the message goes on to the parser.
 */
export async function answerSurvey(ctx: Context): Promise<boolean> {
  if (ctx.actor?.kind !== "guest") return false;
  const match = /^\s*([1-5])\s*(?:分|分。|points?|\/\s*5)?\s*[!！。.]?\s*$/i.exec(ctx.message.text.normalize("NFKC"));
  if (!match) return false;
  const score = Number(match[1]);
  const customerId = ctx.actor.customerId;
  // Read first: a digit with no survey out must not open a write (it would replace what /undo reverts).
  const booking = await pendingSurvey({ db: ctx.db, customerId, now: ctx.now });
  if (!booking) return false;
  // A bare digit says nothing of the language: answer in the one the guest last wrote in.
  ctx.lang = await guestLang({ db: ctx.db, customerId });
  const result = await ctx.write(({ tx, audit }) =>
    recordSurveyAnswer({ tx, audit, bookingId: booking.id, score, now: ctx.now, policy: activeVenue().complaints }),
  );
  if (result.complaint) {
    const id = shortId("complaint", result.complaint.id);
    ctx.reply(say(ctx.lang, `非常抱歉这次没能让您满意！已记录（编号 ${id}），值班经理会尽快联系您。`, `We're very sorry we let you down. We've recorded it as ${id}; the duty manager will contact you soon.`));
  } else {
    ctx.reply(say(ctx.lang, `感谢您的评分（${score}分）！期待再次为您服务。`, `Thank you for rating us ${score}/5! We hope to see you again.`));
  }
  return true;
}
