/**
 * The front desk's booking commands: today's arrivals and tables with each guest's profile, and marking
 * a booking arrived, no-show or completed with its spend. For frontdesk, managers and admins.
 */
import type { Context } from "../runtime/context.ts";
import { forbidden } from "../runtime/errors.ts";
import { say } from "../runtime/message.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { listArrivals } from "../domain/booking/list-arrivals.ts";
import { markBooking } from "../domain/booking/mark-booking.ts";
import { completeBooking } from "../domain/booking/complete-booking.ts";
import { formatLocalDate, localDate } from "../domain/time/zoned.ts";
import { parseMoney } from "../intents/rules/numbers.ts";
import { describeBooking } from "./booking-format.ts";
import { formatMoney, formatWhen, joinList } from "./format.ts";
import { bookingIdIn } from "./guest-bookings.ts";
import type { StaffActor } from "./support.ts";

const DESK_ROLES = new Set(["frontdesk", "manager", "admin"]);

function requireDesk(ctx: Context): StaffActor {
  if (ctx.actor?.kind !== "staff" || !DESK_ROLES.has(ctx.actor.role)) {
    throw forbidden("这个操作只对前台和经理开放。", "That is for the front desk and managers.");
  }
  return ctx.actor;
}

const STATUS_NAMES: Record<string, { zh: string; en: string }> = {
  confirmed: { zh: "已确认", en: "confirmed" },
  cancelled: { zh: "已取消", en: "cancelled" },
  arrived: { zh: "已到店", en: "arrived" },
  no_show: { zh: "未到店", en: "no-show" },
  completed: { zh: "已完成", en: "completed" },
};

/** `/arrivals` `/今日到店`: today's rooms and tables, each with what the desk should know of the guest. */
export async function arrivalsCommand(ctx: Context): Promise<void> {
  requireDesk(ctx);
  const venue = activeVenue();
  const rows = await listArrivals({ db: ctx.db, venue, now: ctx.now });
  const day = formatWhen(ctx.now, venue.timeZone, ctx.lang, false);
  if (rows.length === 0) {
    ctx.reply(say(ctx.lang, `今天（${day}）没有到店的预订。`, `No arrivals today (${day}).`));
    return;
  }
  const line = ({ booking: b, history }: (typeof rows)[number]) => {
    const c = b.customer;
    const facts = [
      history.visits ? say(ctx.lang, `第${history.visits + 1}次光临，累计消费${formatMoney(history.spend)}`, `visit ${history.visits + 1}, spent ${formatMoney(history.spend)} so far`) : say(ctx.lang, "首次光临", "first visit"),
      history.lastVisit ? say(ctx.lang, `上次 ${formatWhen(history.lastVisit, venue.timeZone, "zh", false)}`, `last ${formatWhen(history.lastVisit, venue.timeZone, "en", false)}`) : undefined,
      c.tier === "vip" ? "VIP" : undefined,
      c.preferences.length ? say(ctx.lang, `偏好：${joinList(c.preferences, "zh")}`, `likes: ${joinList(c.preferences, "en")}`) : undefined,
      c.phones[0] ? `☎${c.phones[0]}` : undefined,
      b.status === "arrived" ? say(ctx.lang, "已到店", "arrived") : undefined,
    ].filter(Boolean);
    return `${describeBooking(ctx.lang, venue, b)} · ${c.name} · ${facts.join(" · ")}`;
  };
  const rooms = rows.filter((r) => r.booking.kind === "room").map(line);
  const tables = rows.filter((r) => r.booking.kind === "table").map(line);
  const parts = [say(ctx.lang, `今日到店（${day}）：`, `Arrivals today (${day}):`)];
  if (rooms.length) parts.push(say(ctx.lang, "客房：", "Rooms:"), ...rooms);
  if (tables.length) parts.push(say(ctx.lang, "餐位：", "Tables:"), ...tables);
  ctx.reply(parts.join("\n"));
}

/** `/arrived B-3` and `/noshow B-3`. */
export async function markBookingCommand(ctx: Context, args: string, status: "arrived" | "no_show"): Promise<void> {
  requireDesk(ctx);
  const id = bookingIdIn(args);
  if (id === undefined) {
    ctx.reply(say(ctx.lang, `请写上预订号，例如 /${status === "arrived" ? "arrived" : "noshow"} B-3`, `Which booking? e.g. /${status === "arrived" ? "arrived" : "noshow"} B-3`));
    return;
  }
  const venue = activeVenue();
  const result = await ctx.write(({ tx, audit }) => markBooking({ tx, audit, bookingId: id, status }));
  if (result.kind === "not_found") {
    ctx.reply(say(ctx.lang, `没有找到预订 B-${id}。`, `No booking B-${id}.`));
  } else if (result.kind === "wrong_status") {
    const now = STATUS_NAMES[result.status] ?? { zh: result.status, en: result.status };
    ctx.reply(say(ctx.lang, `B-${id} 当前是“${now.zh}”，不能改为${STATUS_NAMES[status]!.zh}。`, `B-${id} is ${now.en}; it can't be marked ${STATUS_NAMES[status]!.en}.`));
  } else {
    const b = result.booking;
    const early = formatLocalDate(localDate(b.startAt, venue.timeZone)) !== formatLocalDate(localDate(ctx.now, venue.timeZone));
    ctx.reply(say(
      ctx.lang,
      `✅ ${describeBooking("zh", venue, b)}（${b.customer.name}）已标记为${STATUS_NAMES[status]!.zh}${early ? "（注意：不是今天的预订）" : ""}`,
      `✅ ${describeBooking("en", venue, b)} (${b.customer.name}) marked ${STATUS_NAMES[status]!.en}${early ? " (note: not today's booking)" : ""}`,
    ));
  }
}

/** `/complete B-3 680`: the stay or meal is over and cost ¥680. */
export async function completeBookingCommand(ctx: Context, args: string): Promise<void> {
  requireDesk(ctx);
  const id = bookingIdIn(args);
  if (id === undefined) {
    ctx.reply(say(ctx.lang, "请写上预订号和消费金额，例如 /complete B-3 680", "Which booking, and what did it cost? e.g. /complete B-3 680"));
    return;
  }
  const rest = args.replace(/(?:^|[^a-z])b-?\d+/i, " ").trim();
  const spend = rest ? parseMoney(rest) : undefined;
  if (rest && spend === undefined) {
    ctx.reply(say(ctx.lang, `没看懂金额“${rest}”，例如 /complete B-${id} 680`, `I couldn't read the amount "${rest}"; e.g. /complete B-${id} 680`));
    return;
  }
  const venue = activeVenue();
  const result = await ctx.write(({ tx, audit }) => completeBooking({ tx, audit, bookingId: id, spend }));
  if (result.kind === "not_found") {
    ctx.reply(say(ctx.lang, `没有找到预订 B-${id}。`, `No booking B-${id}.`));
  } else if (result.kind === "wrong_status") {
    const now = STATUS_NAMES[result.status] ?? { zh: result.status, en: result.status };
    ctx.reply(say(ctx.lang, `B-${id} 当前是“${now.zh}”，不能标记完成。`, `B-${id} is ${now.en}; it can't be completed.`));
  } else {
    const b = result.booking;
    const cost = b.spend === null ? "" : say(ctx.lang, `，消费${formatMoney(b.spend)}`, `, spend ${formatMoney(b.spend)}`);
    ctx.reply(say(ctx.lang, `✅ ${describeBooking("zh", venue, b)}（${b.customer.name}）已完成${cost}`, `✅ ${describeBooking("en", venue, b)} (${b.customer.name}) completed${cost}`));
  }
}
