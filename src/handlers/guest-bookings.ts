/**
 * Bookings after they are made: a guest lists, changes and cancels their own (their customer id is in
 * every query); the front desk changes or cancels any booking named by its id ("/cancel B-3").
 */
import type { Context, Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { findUpcomingBookings } from "../domain/booking/find-bookings.ts";
import { cancelBooking } from "../domain/booking/cancel-booking.ts";
import { changeBooking } from "../domain/booking/change-booking.ts";
import { shiftStay, stayPeriod } from "../domain/booking/stay-period.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import type { Venue } from "../domain/venue/venue-schema.ts";
import { addDays, daysBetween, formatLocalDate, formatLocalDateTime, localDate, parseLocalDate, parseLocalDateTime } from "../domain/time/zoned.ts";
import { parseCount } from "../intents/rules/numbers.ts";
import { resolveDates } from "../intents/rules/datetime.ts";
import { readAsMandarin } from "../intents/rules/chinese-script.ts";
import { describeBooking, describeHours, describeStay } from "./booking-format.ts";
import { requireGuest } from "./support.ts";
import { scheduleBookingReminder } from "../domain/guest/schedule-booking-reminder.ts";

type Booking = Awaited<ReturnType<typeof findUpcomingBookings>>[number];

export const myBookingsHandler: Handler<"my_bookings"> = async (ctx) => {
  const guest = requireGuest(ctx);
  const venue = activeVenue();
  const bookings = await findUpcomingBookings({ db: ctx.db, customerId: guest.customerId, now: ctx.now });
  if (bookings.length === 0) {
    ctx.reply(say(ctx.lang, "您目前没有预订。想订房或订位，直接告诉我日期和人数就好。", "You have no upcoming bookings. Tell me a date and party size to book."));
    return;
  }
  const list = bookings.map((b) => describeBooking(ctx.lang, venue, b)).join("\n");
  ctx.reply(say(ctx.lang, `您的预订：\n${list}`, `Your bookings:\n${list}`));
};

/** "B-3" / "b3" written anywhere in the message. */
export function bookingIdIn(text: string): number | undefined {
  const match = /(?:^|[^a-z])b-?(\d{1,9})(?!\d)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * The booking a message means, and whose it may be: a guest's by id or by date (else their only one);
 * staff must name it by id. Replies and returns undefined when it is not clear.
 */
async function pickBooking(ctx: Context, date: string | undefined): Promise<{ id: number; customerId?: number } | undefined> {
  const id = bookingIdIn(ctx.message.text);
  if (ctx.actor?.kind === "staff") {
    if (id === undefined) ctx.reply(say(ctx.lang, "请告诉我预订号，例如 B-3。", "Which booking? Give me its id, e.g. B-3."));
    return id === undefined ? undefined : { id };
  }
  const guest = requireGuest(ctx);
  const venue = activeVenue();
  const bookings = await findUpcomingBookings({ db: ctx.db, customerId: guest.customerId, now: ctx.now });
  const matching = id !== undefined ? bookings.filter((b) => b.id === id)
    : date ? bookings.filter((b) => formatLocalDate(localDate(b.startAt, venue.timeZone)) === date) : bookings;
  if (matching.length === 1) return { id: matching[0]!.id, customerId: guest.customerId };
  if (matching.length === 0) {
    const what = id !== undefined ? `B-${id}` : date;
    ctx.reply(say(ctx.lang, what ? `没有找到您 ${what} 的预订。` : "您目前没有预订。", what ? `No booking of yours for ${what}.` : "You have no upcoming bookings."));
  } else {
    const list = matching.map((b: Booking) => describeBooking(ctx.lang, venue, b)).join("\n");
    ctx.reply(say(ctx.lang, `您有几个预订，请说明是哪一个（例如 B-${matching[0]!.id}）：\n${list}`, `You have several bookings; which one (e.g. B-${matching[0]!.id})?\n${list}`));
  }
  return undefined;
}

export const cancelBookingHandler: Handler<"cancel_booking"> = async (ctx, { slots }) => {
  const picked = await pickBooking(ctx, slots.date);
  if (!picked) return;
  const venue = activeVenue();
  const result = await ctx.write(({ tx, audit }) =>
    cancelBooking({ tx, audit, venue, now: ctx.now, bookingId: picked.id, customerId: picked.customerId, byStaff: ctx.actor?.kind === "staff" }),
  );
  if (result.kind === "cancelled") {
    ctx.reply(say(ctx.lang, `已取消 ${describeBooking("zh", venue, result.booking)}。期待下次光临！`, `Cancelled ${describeBooking("en", venue, result.booking)}. Hope to see you another time!`));
  } else if (result.kind === "too_late") {
    ctx.reply(say(
      ctx.lang,
      `抱歉，B-${picked.id} 距开始已不足${result.cutoffHours}小时，按本店政策不能在线取消。如有特殊情况请联系前台，我们会尽力帮您。`,
      `Sorry, B-${picked.id} starts in less than ${result.cutoffHours} hours; under our policy it can no longer be cancelled online. Please contact the front desk and we'll do our best to help.`,
    ));
  } else {
    ctx.reply(say(ctx.lang, `没有找到可取消的预订 B-${picked.id}。`, `No booking B-${picked.id} that can be cancelled.`));
  }
};

export const changeBookingHandler: Handler<"change_booking"> = async (ctx, { slots }) => {
  const picked = await pickBooking(ctx, slots.date);
  if (!picked) return;
  const venue = activeVenue();
  const current = await ctx.db.booking.findFirst({ where: { id: picked.id, ...(picked.customerId === undefined ? {} : { customerId: picked.customerId }) } });
  if (!current) {
    ctx.reply(say(ctx.lang, `没有找到预订 B-${picked.id}。`, `No booking B-${picked.id}.`));
    return;
  }
  const { startAt, endAt } = newPeriod(venue, current, slots, extraNights(ctx.message.text), namesNoDay(ctx.message.text, ctx.now, venue.timeZone));
  if (!startAt && !endAt && !slots.party_size) {
    ctx.reply(say(ctx.lang, "请告诉我要改成什么：新的日期时间、人数，或加几晚。", "What should change — a new date or time, the party size, or extra nights?"));
    return;
  }
  const result = await ctx.write(async ({ tx, audit }) => {
    const changed = await changeBooking({ tx, audit, venue, now: ctx.now, bookingId: picked.id, customerId: picked.customerId, startAt, endAt, partySize: slots.party_size });
    // A moved booking gets its day-before reminder for the new start; the old one then stays silent.
    if (changed.kind === "changed") await scheduleBookingReminder({ db: tx, booking: changed.booking, now: ctx.now });
    return changed;
  });
  switch (result.kind) {
    case "changed":
      ctx.reply(say(
        ctx.lang,
        `✅ 已修改 B-${picked.id}：${describeStay("zh", venue, result.before)} → ${describeStay("zh", venue, result.booking)}`,
        `✅ Changed B-${picked.id}: ${describeStay("en", venue, result.before)} → ${describeStay("en", venue, result.booking)}`,
      ));
      return;
    case "full":
      ctx.reply(say(ctx.lang, `抱歉，新的时间已订满，B-${picked.id} 保持不变。`, `Sorry, the new time is full; B-${picked.id} is unchanged.`));
      return;
    case "too_many":
      ctx.reply(say(ctx.lang, `抱歉，最多可安排${result.capacity}位，B-${picked.id} 保持不变。`, `Sorry, we can seat ${result.capacity} at most; B-${picked.id} is unchanged.`));
      return;
    case "past":
      ctx.reply(say(ctx.lang, `这个时间已经过去了，B-${picked.id} 保持不变。`, `That time has passed; B-${picked.id} is unchanged.`));
      return;
    case "closed":
      ctx.reply(say(ctx.lang, `抱歉，新的时间不在营业时间（当天：${describeHours("zh", result.hours)}），B-${picked.id} 保持不变。`, `Sorry, that is outside our opening hours (that day: ${describeHours("en", result.hours)}); B-${picked.id} is unchanged.`));
      return;
    default:
      ctx.reply(say(ctx.lang, `B-${picked.id} 已不能修改。`, `B-${picked.id} can no longer be changed.`));
  }
};

/** "加一晚", "多住两晚", "extra night", "2 more nights" → how many nights to add. */
export function extraNights(text: string): number | undefined {
  const zh = /(?:加|多住|延住|续住|再住)\s*([一二两三四五六七八九十\d]+)\s*晚/.exec(text);
  if (zh) return parseCount(zh[1]!);
  if (/\b(?:an? |one )?(?:extra|more|another) night\b/i.test(text)) return 1;
  const en = /\b(\d+)\s+(?:extra|more) nights?\b/i.exec(text);
  return en ? Number(en[1]) : undefined;
}

/**
 * "我们晚点到 大概9点", "we'll be in around 10": only an hour is said, so the parser dated it today; the booking keeps
 * its own day and only its hour changes.
 */
function namesNoDay(text: string, now: Date, tz: string): boolean {
  const said = resolveDates(readAsMandarin(text), now, tz);
  return said.length > 0 && said.every((d) => d.assumedDate);
}

/** The new period a change asks for, keeping what it does not mention (a table's time of day, a stay's nights, its day). */
function newPeriod(venue: Venue, booking: { kind: "room" | "table"; startAt: Date; endAt: Date }, slots: { start?: string; end?: string }, extra: number | undefined, hourOnly = false): { startAt?: Date; endAt?: Date } {
  const tz = venue.timeZone;
  if (booking.kind === "table") {
    if (!slots.start) return {};
    const bookedDay = formatLocalDateTime(booking.startAt, tz).slice(0, 10);
    const text = !slots.start.includes("T") ? `${slots.start}T${formatLocalDateTime(booking.startAt, tz).slice(11)}` : hourOnly ? `${bookedDay}T${slots.start.slice(11)}` : slots.start;
    const startAt = parseLocalDateTime(text, tz);
    return startAt ? { startAt, endAt: new Date(startAt.getTime() + (booking.endAt.getTime() - booking.startAt.getTime())) } : {};
  }
  const arrival = localDate(booking.startAt, tz);
  const departure = localDate(booking.endAt, tz);
  if (extra) return { endAt: stayPeriod(venue, arrival, addDays(departure, extra)).endAt };
  const newArrival = slots.start ? parseLocalDate(slots.start.slice(0, 10)) : undefined;
  const newDeparture = slots.end ? parseLocalDate(slots.end.slice(0, 10)) : undefined;
  // "退房改到23号" reads as start = end = the 23rd: a new departure, not a zero-night stay.
  if (newDeparture && (!newArrival || formatLocalDate(newArrival) === formatLocalDate(newDeparture))) {
    return { endAt: stayPeriod(venue, arrival, newDeparture).endAt };
  }
  if (newArrival && newDeparture) return stayPeriod(venue, newArrival, newDeparture);
  if (newArrival) {
    const days = daysBetween(arrival, newArrival);
    const moved = shiftStay(venue, booking.startAt, booking.endAt, days);
    return { startAt: moved.startAt, endAt: moved.endAt };
  }
  return {};
}
