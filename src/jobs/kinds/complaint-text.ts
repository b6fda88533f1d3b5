/** How a complaint is described to staff, in an alert and an escalation alike. */
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { say, type Lang } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { guestHistory } from "../../domain/guest/guest-history.ts";
import { recogniseGuest } from "../../domain/guest/recognise-guest.ts";
import { loyaltyStanding } from "../../domain/loyalty/loyalty-tier.ts";
import type { Venue } from "../../domain/venue/venue-schema.ts";
import { formatWhen } from "../../handlers/format.ts";

type ComplaintRow = { id: number; issue: string; customerId: number | null; bookingId: number | null; deadlineAt: Date | null };

/** "CP-2：空调坏了\n客人：张伟（L-3）· B-3 11月19日 大床房\n回头客：第3次光临，银卡" */
export async function describeComplaint(options: { db: PrismaClient; complaint: ComplaintRow; venue: Venue; lang: Lang }): Promise<string> {
  const { db, complaint, venue, lang } = options;
  const tz = venue.timeZone;
  const lines = [`${shortId("complaint", complaint.id)}${say(lang, "：", ": ")}${complaint.issue}`];
  if (complaint.customerId) {
    const customer = await db.customer.findUnique({ where: { id: complaint.customerId } });
    const booking = complaint.bookingId ? await db.booking.findUnique({ where: { id: complaint.bookingId }, include: { resource: true } }) : null;
    const where = booking ? ` · ${shortId("booking", booking.id)} ${formatWhen(booking.startAt, tz, lang, booking.kind === "table")} ${booking.resource?.name ?? ""}`.trimEnd() : "";
    lines.push(say(lang, `客人：${customer?.name ?? ""}（${shortId("customer", complaint.customerId)}）${where}`, `Guest: ${customer?.name ?? ""} (${shortId("customer", complaint.customerId)})${where}`));
    const history = await guestHistory({ db, customerId: complaint.customerId });
    const tier = loyaltyStanding({ points: history.points, tiers: venue.loyalty.tiers }).tier?.name ?? (customer?.tier === "vip" ? "VIP" : undefined);
    const known = recogniseGuest({ history, tier, lang, audience: "staff" });
    if (known) lines.push(known);
  }
  return lines.join("\n");
}
