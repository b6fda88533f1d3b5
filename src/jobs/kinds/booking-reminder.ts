/**
 * The day before arrival, the guest is reminded of their booking. Scheduled when a booking is made or
 * moved (`scheduleBookingReminder`), keyed by booking and start, so a moved booking gets a fresh one and
 * the old one finds the start changed and stays silent.
 */
import type { JobHandler } from "../types.ts";
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { guestLang } from "../../domain/guest/guest-lang.ts";
import { formatWhen } from "../../handlers/format.ts";
import { pushToGuest } from "./push-to-guest.ts";

export const bookingReminder: JobHandler = async (ctx, payload) => {
  const booking = await ctx.db.booking.findUnique({ where: { id: Number(payload.bookingId) }, include: { resource: true } });
  if (!booking || booking.status !== "confirmed") return;
  if (payload.startAt && booking.startAt.toISOString() !== payload.startAt) return;
  if (ctx.now.getTime() >= booking.startAt.getTime()) return;
  // Already reminded of this arrival (a retried job, or a second schedule of the same start).
  if (booking.reminderSentAt && booking.startAt.getTime() - booking.reminderSentAt.getTime() < 36 * 3_600_000) return;
  const tz = activeVenue().timeZone;
  const lang = await guestLang({ db: ctx.db, customerId: booking.customerId });
  const id = shortId("booking", booking.id);
  const place = booking.resource?.name ?? "";
  const text = booking.kind === "room"
    ? say(lang, `温馨提醒：您预订的 ${id} ${place}将于${formatWhen(booking.startAt, tz, "zh")}入住，期待您的光临！如需更改或取消，直接回复即可。`,
        `A reminder: your booking ${id} (${place || "room"}) checks in ${formatWhen(booking.startAt, tz, "en")}. We look forward to seeing you! Reply here to change or cancel.`)
    : say(lang, `温馨提醒：您预订的 ${id} ${formatWhen(booking.startAt, tz, "zh")} ${booking.partySize}位（${place}）已为您留好，期待您的光临！如需更改或取消，直接回复即可。`,
        `A reminder: your table ${id} for ${booking.partySize} is set for ${formatWhen(booking.startAt, tz, "en")}. See you soon! Reply here to change or cancel.`);
  const sent = await pushToGuest(ctx, { customerId: booking.customerId, reply: { kind: "text", text }, tz, latest: booking.startAt });
  if (sent) await ctx.db.booking.update({ where: { id: booking.id }, data: { reminderSentAt: ctx.now } });
};
