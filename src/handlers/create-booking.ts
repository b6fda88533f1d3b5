import type { Context, Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { invalidInput } from "../runtime/errors.ts";
import { createBooking } from "../domain/booking/create-booking.ts";
import { buildSearchKey } from "../domain/customer/search-key.ts";
import { normalisePhone } from "../domain/customer/phone.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatWhen, joinList } from "./format.ts";
import { bookingKind, bookingPeriod } from "./booking-times.ts";

/** A guest books for themselves; staff book on a guest's behalf (the guest is found or created by name/phone). */
export const createBookingHandler: Handler<"create_booking"> = async (ctx, intent) => {
  const { slots } = intent;
  const kind = bookingKind(slots);
  const period = kind ? bookingPeriod(kind, slots, ctx.tz) : undefined;
  if (!kind || !period) throw invalidInput("请告诉我日期和时间（订房请说住几晚）。", "Please tell me the date and time (for a room, how many nights).");
  if (period.startAt.getTime() < ctx.now.getTime() - 15 * 60_000) {
    throw invalidInput("这个时间已经过去了，请换一个时间。", "That time has already passed; please pick another.");
  }
  const partySize = slots.party_size ?? (kind === "room" ? 1 : 2);

  const result = await ctx.write(async ({ tx, audit }) => {
    const guest = await guestFor(ctx, slots.name, slots.phone, tx, audit);
    const profile = await tx.customer.findUniqueOrThrow({ where: { id: guest.id } });
    const asked = slots.preferences ?? [];
    const remembered = profile.preferences.filter((p) => !asked.some((a) => a.toLowerCase() === p.toLowerCase()));
    const booked = await createBooking({
      tx, audit,
      request: {
        customerId: guest.id, kind, startAt: period.startAt, endAt: period.endAt, partySize,
        roomType: slots.room_type, preferences: [...asked, ...remembered],
        createdById: ctx.actor?.kind === "staff" ? ctx.actor.staffId : undefined,
      },
    });
    // What a guest asks for once is remembered for next time.
    if (booked.kind === "booked" && asked.length) {
      const learned = [...profile.preferences, ...asked.filter((a) => !profile.preferences.includes(a))];
      const after = await tx.customer.update({ where: { id: guest.id }, data: { preferences: learned } });
      await audit.updated("customer", profile, after);
    }
    return { ...booked, remembered, guest };
  });

  if (result.kind === "no_such_resource") {
    ctx.reply(say(ctx.lang, `抱歉，我们没有“${slots.room_type ?? partySize + "人"}”这样的${kind === "room" ? "房型" : "桌位"}。`, `Sorry, we have no ${kind === "room" ? "room type" : "table"} like "${slots.room_type ?? partySize}".`));
    return;
  }
  if (result.kind === "full") {
    ctx.reply(say(ctx.lang, `抱歉，${formatWhen(period.startAt, ctx.tz, "zh", kind === "table")} 已订满。换个时间试试？`, `Sorry, ${formatWhen(period.startAt, ctx.tz, "en", kind === "table")} is fully booked. Another time?`));
    return;
  }
  const { booking, remembered } = result;
  const what = kind === "room"
    ? say(ctx.lang, `${booking.resource?.name ?? ""} ${period.nights}晚，${formatWhen(booking.startAt, ctx.tz, "zh", false)}入住`, `${booking.resource?.name ?? "room"}, ${period.nights} night(s) from ${formatWhen(booking.startAt, ctx.tz, "en", false)}`)
    : say(ctx.lang, `${formatWhen(booking.startAt, ctx.tz, "zh")} ${booking.partySize}位（${booking.resource?.name ?? ""}）`, `${formatWhen(booking.startAt, ctx.tz, "en")}, ${booking.partySize} people (${booking.resource?.name ?? "table"})`);
  const lines = [say(ctx.lang, `✅ 预订成功 ${shortId("booking", booking.id)}：${what}`, `✅ Booked ${shortId("booking", booking.id)}: ${what}`)];
  if (booking.preferencesApplied.length) {
    lines.push(
      remembered.length
        ? say(ctx.lang, `已按您的偏好安排：${joinList(booking.preferencesApplied, "zh")}`, `Arranged as you like it: ${joinList(booking.preferencesApplied, "en")}`)
        : say(ctx.lang, `已备注：${joinList(booking.preferencesApplied, "zh")}`, `Noted: ${joinList(booking.preferencesApplied, "en")}`),
    );
  }
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
    data: { name: guestName, isGuest: true, phones: digits ? [digits] : [], searchKey: buildSearchKey({ name: guestName, phones: digits ? [digits] : [] }), source: "staff", createdById: actor.staffId },
  });
  await audit.created("customer", created);
  return created;
}
