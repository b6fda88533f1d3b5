/** How bookings, alternatives and opening hours read in replies; shared by the guest and desk handlers. */
import type { Lang } from "../runtime/message.ts";
import { say } from "../runtime/message.ts";
import type { Venue } from "../domain/venue/venue-schema.ts";
import type { Alternative } from "../domain/booking/find-alternatives.ts";
import type { Service } from "../domain/venue/opening-hours.ts";
import { nightsOf } from "../domain/booking/stay-period.ts";
import { formatLocalDateTime } from "../domain/time/zoned.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatWhen } from "./format.ts";

type BookingLike = { kind: "room" | "table"; startAt: Date; endAt: Date; partySize: number; resource?: { name: string } | null };

/** "大床房 11月20日(周五)入住 2晚" / "11月19日(周四) 19:00 4人桌 4位", without the id. */
export function describeStay(lang: Lang, venue: Venue, b: BookingLike): string {
  const tz = venue.timeZone;
  const name = b.resource?.name ?? "";
  if (b.kind === "room") {
    const nights = nightsOf(venue, b.startAt, b.endAt);
    return say(lang, `${name} ${formatWhen(b.startAt, tz, "zh", false)}入住 ${nights}晚`, `${name}, ${nights} night(s) from ${formatWhen(b.startAt, tz, "en", false)}`);
  }
  return say(lang, `${formatWhen(b.startAt, tz, "zh")} ${name} ${b.partySize}位`, `${formatWhen(b.startAt, tz, "en")}, ${name} for ${b.partySize}`);
}

/** "B-3 大床房 11月20日(周五)入住 2晚". */
export function describeBooking(lang: Lang, venue: Venue, b: BookingLike & { id: number }): string {
  return `${shortId("booking", b.id)} ${describeStay(lang, venue, b)}`;
}

/**
 * A `/book …` text that books an alternative exactly: the option value of a choice. The rules parser
 * reads these dates, sizes and room names, so it works as a button and typed by hand alike.
 */
export function alternativeCommand(lang: Lang, venue: Venue, alt: Alternative, guest?: { name: string; phone?: string }): string {
  const when = formatLocalDateTime(alt.startAt, venue.timeZone);
  const date = when.slice(0, 10);
  const base = alt.kind === "table"
    ? say(lang, `/book ${date} ${when.slice(11)} ${alt.partySize}位`, `/book ${date} ${when.slice(11)} for ${alt.partySize}`)
    : say(lang, `/book ${date} 入住 ${nightsOf(venue, alt.startAt, alt.endAt)}晚 ${alt.resourceName} ${alt.partySize}位`, `/book ${date} ${nightsOf(venue, alt.startAt, alt.endAt)} nights ${englishName(alt)} for ${alt.partySize}`);
  if (!guest) return base;
  // Staff book for someone: the phone finds the same guest again; without one, the name does.
  if (guest.phone) return `${base} ${guest.phone}`;
  return say(lang, `${base} 姓名:${guest.name}`, `${base}, guest ${guest.name}`);
}

/** A Chinese room name would turn an English guest's reply Chinese: an English alias says the same. */
function englishName(alt: Alternative): string {
  return alt.resourceAliases.find((a) => /^[\x20-\x7e]+$/.test(a)) ?? alt.resourceName;
}

/** The choice reply offering alternatives, or a plain apology when there are none. */
export function alternativesReply(options: { lang: Lang; venue: Venue; text: string; alternatives: Alternative[]; guest?: { name: string; phone?: string } }) {
  const { lang, venue, alternatives } = options;
  if (alternatives.length === 0) {
    return { kind: "text" as const, text: `${options.text}${say(lang, "附近的时间也都满了，换一天试试？", " Nearby times are full too; another day?")}` };
  }
  return {
    kind: "choice" as const,
    text: `${options.text}${say(lang, "可以改订：", " You could book instead:")}`,
    options: alternatives.map((alt) => ({ label: describeStay(lang, venue, { ...alt, resource: { name: alt.resourceName } }), value: alternativeCommand(lang, venue, alt, options.guest) })),
  };
}

/** "11:00–14:00、17:00–22:00", or that the restaurant is closed that day. */
export function describeHours(lang: Lang, hours: Service[]): string {
  if (hours.length === 0) return say(lang, "当天不营业", "closed that day");
  return hours.map((h) => `${h.open}–${h.close}`).join(say(lang, "、", ", "));
}
