/**
 * What a booking reply says about the guest being known: the preferences applied from their profile
 * ("已为您安排无烟大床房，和上次一样") and the returning-guest line ("欢迎回来！这是您第5次光临（金卡会员）").
 * Kept apart from create-booking.ts so the booking flow and the guest memory can change independently.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Lang } from "../runtime/message.ts";
import { guestHistory } from "../domain/guest/guest-history.ts";
import { recogniseGuest } from "../domain/guest/recognise-guest.ts";
import { loyaltyStanding } from "../domain/loyalty/loyalty-tier.ts";
import { activeVenue } from "../domain/venue/active-venue.ts";
import { joinList } from "./format.ts";

/**
 * The preferences line: those from the profile said as arranged like last time, those just asked for
 * as noted. `place` is the room type or table booked; `before` says whether the guest has booked before
 * (else the profile's preferences came from what they told us, not from a previous stay).
 */
export function preferencesLine(options: { lang: Lang; applied: string[]; remembered: string[]; place?: string; before: boolean }): string | undefined {
  const { lang, applied, remembered, place, before } = options;
  const fromProfile = applied.filter((p) => remembered.includes(p));
  const asked = applied.filter((p) => !remembered.includes(p));
  const parts: string[] = [];
  if (fromProfile.length) {
    if (lang === "zh") {
      const what = place ? (fromProfile.length === 1 && fromProfile[0]!.length <= 4 ? `${fromProfile[0]}${place}` : `${joinList(fromProfile, "zh")}的${place}`) : joinList(fromProfile, "zh");
      parts.push(`已为您安排${what}，${before ? "和上次一样" : "按您之前说的"}`);
    } else {
      parts.push(`${before ? "Arranged as last time" : "Arranged as you told us"}: ${joinList(fromProfile, "en")}${place ? ` (${place})` : ""}`);
    }
  }
  if (asked.length) parts.push(lang === "zh" ? `已备注：${joinList(asked, "zh")}` : `Noted: ${joinList(asked, "en")}`);
  return parts.length ? parts.join(lang === "zh" ? "；" : "; ") : undefined;
}

/** The returning-guest line for the guest or for staff; undefined for a first visit. */
export async function recognitionLine(options: { db: PrismaClient; customerId: number; lang: Lang; audience: "guest" | "staff" }): Promise<string | undefined> {
  const { db, customerId, lang, audience } = options;
  const history = await guestHistory({ db, customerId });
  if (history.visits === 0) return undefined;
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { tier: true } });
  const tier = loyaltyStanding({ points: history.points, tiers: activeVenue().loyalty.tiers }).tier?.name ?? (customer?.tier === "vip" ? "VIP" : undefined);
  return recogniseGuest({ history, tier, lang, audience });
}

/** Has the guest booked before this booking (any status but cancelled)? */
export async function bookedBefore(options: { db: PrismaClient; customerId: number; bookingId: number }): Promise<boolean> {
  const { db, customerId, bookingId } = options;
  return (await db.booking.count({ where: { customerId, id: { lt: bookingId }, status: { not: "cancelled" } } })) > 0;
}
