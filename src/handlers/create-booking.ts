import type { Context, Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { invalidInput } from "../runtime/errors.ts";
import { createBooking } from "../domain/booking/create-booking.ts";
import { customerKeys } from "../domain/customer/search-key.ts";
import { normalisePhone } from "../domain/customer/phone.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { scheduleBookingReminder } from "../domain/guest/schedule-booking-reminder.ts";
import { bookedBefore, preferencesLine, recognitionLine } from "./booking-memory.ts";
import { formatWhen, joinList } from "./format.ts";
import { bookingKind, bookingPeriod } from "./booking-times.ts";
import { alternativesReply, describeBooking, describeHours } from "./booking-format.ts";
import { distinctPreferences, samePreference } from "../domain/guest/same-preference.ts";

/** A guest books for themselves; staff book on a guest's behalf (the guest is found or created by name/phone). */
export const createBookingHandler: Handler<"create_booking"> = async (ctx, intent) => {
  const { slots } = intent;
  const venue = activeVenue();
  const kind = bookingKind(slots);
  const period = kind ? bookingPeriod(kind, slots, venue) : undefined;
  if (!kind || !period) throw invalidInput("请告诉我日期和时间（订房请说住几晚）。", "Please tell me the date and time (for a room, how many nights).");
  const partySize = slots.party_size ?? (kind === "room" ? 1 : 2);

  const result = await ctx.write(async ({ tx, audit }) => {
    const guest = await guestFor(ctx, slots.name, slots.phone, tx, audit);
    const profile = await tx.customer.findUniqueOrThrow({ where: { id: guest.id } });
    const asked = slots.preferences ?? [];
    const remembered = distinctPreferences(profile.preferences.filter((p) => !asked.some((a) => samePreference(a, p)) && fitsKind(p, kind)));
    const booked = await createBooking({
      tx, audit, venue, now: ctx.now,
      request: {
        customerId: guest.id, kind, startAt: period.startAt, endAt: period.endAt, partySize,
        roomType: slots.room_type, preferences: [...asked, ...remembered],
        createdById: ctx.actor?.kind === "staff" ? ctx.actor.staffId : undefined,
      },
    });
    // What a guest asks for once is remembered for next time, once even if said in two languages (same-preference.ts).
    const learned = [...profile.preferences, ...distinctPreferences(asked.filter((a) => !profile.preferences.some((p) => samePreference(a, p))))];
    if (booked.kind === "booked" && learned.length > profile.preferences.length) {
      const after = await tx.customer.update({ where: { id: guest.id }, data: { preferences: learned } });
      await audit.updated("customer", profile, after);
    }
    if (booked.kind === "booked") await scheduleBookingReminder({ db: tx, booking: booked.booking, now: ctx.now });
    return { outcome: booked, remembered, guest: { name: profile.name, phone: profile.phones[0] } };
  });

  const { outcome, remembered, guest } = result;
  const when = formatWhen(period.startAt, venue.timeZone, ctx.lang, kind === "table");
  // Staff alternatives must book for the same guest, not for the staff member.
  const forGuest = ctx.actor?.kind === "staff" ? guest : undefined;
  switch (outcome.kind) {
    case "past":
      ctx.reply(say(ctx.lang, `${when} 已经过去了，请换一个时间。`, `${when} has already passed; please pick another time.`));
      return;
    case "closed":
      ctx.reply(say(ctx.lang, `抱歉，${when} 不在餐厅营业时间。当天营业：${describeHours("zh", outcome.hours)}。`, `Sorry, ${when} is outside our opening hours. That day: ${describeHours("en", outcome.hours)}.`));
      return;
    case "no_such_resource":
      ctx.reply(say(ctx.lang, `抱歉，我们没有“${slots.room_type ?? partySize + "人"}”这样的${kind === "room" ? "房型" : "桌位"}。`, `Sorry, we have no ${kind === "room" ? "room type" : "table"} like "${slots.room_type ?? partySize}".`));
      return;
    case "too_big":
      ctx.reply(alternativesReply({
        lang: ctx.lang, venue, alternatives: outcome.alternatives, guest: forGuest,
        text: say(ctx.lang, `抱歉，${slots.room_type ?? ""}最多住/坐${outcome.largest}位，${partySize}位放不下。`, `Sorry, ${slots.room_type ?? "that"} takes ${outcome.largest} at most, not ${partySize}.`),
      }));
      return;
    case "full":
      ctx.reply(alternativesReply({
        lang: ctx.lang, venue, alternatives: outcome.alternatives, guest: forGuest,
        text: say(ctx.lang, `抱歉，${when}${slots.room_type ? ` ${slots.room_type}` : ""} 已订满。`, `Sorry, ${when}${slots.room_type ? ` (${slots.room_type})` : ""} is fully booked.`),
      }));
      return;
  }
  const { booking } = outcome;
  const lines = [say(ctx.lang, `✅ 预订成功 ${describeBooking("zh", venue, booking)}`, `✅ Booked ${describeBooking("en", venue, booking)}`)];
  if (forGuest) lines.push(say(ctx.lang, `客人：${guest.name}${guest.phone ? ` ${guest.phone}` : ""}`, `Guest: ${guest.name}${guest.phone ? ` ${guest.phone}` : ""}`));
  // The guest memory's lines (booking-memory.ts): preferences from the profile, and a returning guest.
  const before = await bookedBefore({ db: ctx.db, customerId: booking.customerId, bookingId: booking.id });
  const prefs = preferencesLine({ lang: ctx.lang, applied: booking.preferencesApplied, remembered, place: booking.resource?.name, before });
  if (prefs) lines.push(prefs);
  const known = await recognitionLine({ db: ctx.db, customerId: booking.customerId, lang: ctx.lang, audience: forGuest ? "staff" : "guest" });
  if (known) lines.push(known);
  ctx.reply(lines.join("\n"));
};

type WriteTools = Parameters<Parameters<Context["write"]>[0]>[0];

/** The guest the booking is for: the guest themselves, or for staff the guest named (created if new). */
async function guestFor(ctx: Context, name: string | undefined, phone: string | undefined, tx: WriteTools["tx"], audit: WriteTools["audit"]) {
  const actor = ctx.actor!;
  if (actor.kind === "guest") return { id: actor.customerId, name: actor.name };
  if (!name && !phone) throw invalidInput("请告诉我客人的姓名或电话。", "Whose booking is it? Give me the guest's name or phone.");
  const digits = phone ? normalisePhone(phone) : undefined;
  const existing = await tx.customer.findFirst({
    where: { deletedAt: null, isGuest: true, OR: [...(digits ? [{ phones: { has: digits } }] : []), ...(name ? [{ name }] : [])] },
  });
  if (existing) return existing;
  const guestName = name ?? digits!;
  const created = await tx.customer.create({
    data: { name: guestName, isGuest: true, phones: digits ? [digits] : [], ...customerKeys({ name: guestName, phones: digits ? [digits] : [] }), source: "staff", createdById: actor.staffId },
  });
  await audit.created("customer", created);
  return created;
}

// Words that only make sense for a room (a high floor, a twin bed) or only for a table (a window seat,
// a booth): a remembered preference of the other kind is not applied.
const ROOM_ONLY = /楼层|高层|低层|床|浴缸|枕|电梯|floor|bed|bath|pillow|elevator|lift|crib|婴儿床/i;
const TABLE_ONLY = /卡座|包间|包厢|宝宝椅|儿童椅|booth|high chair|private room/i;

function fitsKind(preference: string, kind: "room" | "table"): boolean {
  return kind === "room" ? !TABLE_ONLY.test(preference) : !ROOM_ONLY.test(preference);
}
