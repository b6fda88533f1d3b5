/** A guest's own bookings: list, change and cancel. The guest's customer id is in every query. */
import type { Context, Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { findUpcomingBookings } from "../domain/booking/find-bookings.ts";
import { cancelBooking } from "../domain/booking/cancel-booking.ts";
import { changeBooking } from "../domain/booking/change-booking.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatLocalDate, formatLocalDateTime, localDate, parseLocalDate, parseLocalDateTime, zonedInstant } from "../domain/time/zoned.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { clockMinutes } from "../domain/venue/venue-schema.ts";
import { formatWhen } from "./format.ts";
import { requireGuest } from "./support.ts";

type Booking = Awaited<ReturnType<typeof findUpcomingBookings>>[number];

function describe(ctx: Context, b: Booking): string {
  const table = b.kind === "table";
  return say(
    ctx.lang,
    `${shortId("booking", b.id)} ${formatWhen(b.startAt, ctx.tz, "zh", table)} ${b.resource?.name ?? ""} ${table ? `${b.partySize}位` : ""}`.trim(),
    `${shortId("booking", b.id)} ${formatWhen(b.startAt, ctx.tz, "en", table)} ${b.resource?.name ?? ""} ${table ? `for ${b.partySize}` : ""}`.trim(),
  );
}

export const myBookingsHandler: Handler<"my_bookings"> = async (ctx) => {
  const guest = requireGuest(ctx);
  const bookings = await findUpcomingBookings({ db: ctx.db, customerId: guest.customerId, now: ctx.now });
  if (bookings.length === 0) {
    ctx.reply(say(ctx.lang, "您目前没有预订。想订房或订位，直接告诉我日期和人数就好。", "You have no upcoming bookings. Tell me a date and party size to book."));
    return;
  }
  ctx.reply(say(ctx.lang, `您的预订：\n${bookings.map((b) => describe(ctx, b)).join("\n")}`, `Your bookings:\n${bookings.map((b) => describe(ctx, b)).join("\n")}`));
};

/** The booking a message means: the one on the date given, else the only upcoming one. */
async function pickBooking(ctx: Context, customerId: number, date: string | undefined): Promise<Booking | undefined> {
  const bookings = await findUpcomingBookings({ db: ctx.db, customerId, now: ctx.now });
  const onDate = date ? bookings.filter((b) => formatLocalDate(localDate(b.startAt, ctx.tz)) === date) : bookings;
  if (onDate.length === 1) return onDate[0];
  if (onDate.length === 0) {
    ctx.reply(say(ctx.lang, date ? `没有找到您 ${date} 的预订。` : "您目前没有预订。", date ? `No booking of yours on ${date}.` : "You have no upcoming bookings."));
  } else {
    ctx.reply(say(ctx.lang, `您有几个预订，请说明是哪天的：\n${onDate.map((b) => describe(ctx, b)).join("\n")}`, `You have several bookings; which date?\n${onDate.map((b) => describe(ctx, b)).join("\n")}`));
  }
  return undefined;
}

export const cancelBookingHandler: Handler<"cancel_booking"> = async (ctx, { slots }) => {
  const guest = requireGuest(ctx);
  const booking = await pickBooking(ctx, guest.customerId, slots.date);
  if (!booking) return;
  await ctx.write(({ tx, audit }) => cancelBooking({ tx, audit, bookingId: booking.id, customerId: guest.customerId }));
  ctx.reply(say(ctx.lang, `已取消 ${describe(ctx, booking)}。期待下次光临！`, `Cancelled ${describe(ctx, booking)}. Hope to see you another time!`));
};

export const changeBookingHandler: Handler<"change_booking"> = async (ctx, { slots }) => {
  const guest = requireGuest(ctx);
  const booking = await pickBooking(ctx, guest.customerId, slots.date);
  if (!booking) return;
  let startAt: Date | undefined;
  let endAt: Date | undefined;
  if (booking.kind === "table" && slots.start) {
    // A new date alone keeps the booking's time of day.
    const text = slots.start.includes("T") ? slots.start : `${slots.start}T${formatLocalDateTime(booking.startAt, ctx.tz).slice(11)}`;
    startAt = parseLocalDateTime(text, ctx.tz);
    endAt = startAt ? new Date(startAt.getTime() + (booking.endAt.getTime() - booking.startAt.getTime())) : undefined;
  } else if (booking.kind === "room") {
    const arrival = slots.start ? parseLocalDate(slots.start.slice(0, 10)) : undefined;
    const departure = slots.end ? parseLocalDate(slots.end.slice(0, 10)) : undefined;
    const stay = booking.endAt.getTime() - booking.startAt.getTime();
    if (arrival) startAt = zonedInstant({ ...arrival, hour: Math.floor(clockMinutes(activeVenue().checkInTime) / 60), minute: clockMinutes(activeVenue().checkInTime) % 60, second: 0 }, ctx.tz);
    if (departure) endAt = zonedInstant({ ...departure, hour: Math.floor(clockMinutes(activeVenue().checkOutTime) / 60), minute: clockMinutes(activeVenue().checkOutTime) % 60, second: 0 }, ctx.tz);
    else if (startAt) endAt = new Date(startAt.getTime() + stay);
  }
  if (!startAt && !endAt && !slots.party_size) {
    ctx.reply(say(ctx.lang, "请告诉我要改成什么时间或几位。", "What should it change to — a new time or party size?"));
    return;
  }
  const result = await ctx.write(({ tx, audit }) =>
    changeBooking({ tx, audit, bookingId: booking.id, customerId: guest.customerId, startAt, endAt, partySize: slots.party_size }),
  );
  if (result.kind === "changed") {
    ctx.reply(say(ctx.lang, `✅ 已改为：${describe(ctx, result.booking)}`, `✅ Changed to: ${describe(ctx, result.booking)}`));
  } else if (result.kind === "full") {
    ctx.reply(say(ctx.lang, "抱歉，新的时间已订满，原预订保持不变。", "Sorry, the new time is full; your booking is unchanged."));
  } else if (result.kind === "too_many") {
    ctx.reply(say(ctx.lang, `这张桌最多坐${result.capacity}位，请重新预订更大的桌。`, `That table seats ${result.capacity} at most; please book a bigger one.`));
  } else {
    ctx.reply(say(ctx.lang, "这个预订已不能修改。", "That booking can no longer be changed."));
  }
};
