/** The guest is told how their complaint was resolved. */
import type { JobHandler } from "../types.ts";
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { guestLang } from "../../domain/guest/guest-lang.ts";
import { pushToGuest } from "./push-to-guest.ts";

export const complaintResolved: JobHandler = async (ctx, payload) => {
  const complaint = await ctx.db.complaint.findUnique({ where: { id: Number(payload.complaintId) } });
  if (!complaint?.customerId || complaint.status !== "resolved") return;
  const lang = await guestLang({ db: ctx.db, customerId: complaint.customerId });
  const id = shortId("complaint", complaint.id);
  const text = say(lang, `您反馈的问题（${id}）已处理：${complaint.resolution ?? ""}。再次向您致歉，感谢您的耐心！`,
    `Your complaint ${id} has been resolved: ${complaint.resolution ?? ""}. We apologise again and thank you for your patience!`);
  await pushToGuest(ctx, { customerId: complaint.customerId, reply: { kind: "text", text }, tz: activeVenue().timeZone });
};
