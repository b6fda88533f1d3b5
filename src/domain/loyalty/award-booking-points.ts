import type { Booking } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { pointsBalance } from "./points-balance.ts";
import { pointsForBooking, type LoyaltyRule } from "./loyalty-rule.ts";
import { tierCrossed, type LoyaltyTier } from "./loyalty-tier.ts";

export type AwardedPoints = { points: number; balance: number; tierReached: LoyaltyTier | undefined };

/**
 * Writes the ledger lines a completed booking earns and says whether they lift the guest into a new
 * tier. A booking earns once: completing it again (after an undo, or a repeated command) adds nothing.
 */
export async function awardBookingPoints(options: {
  tx: Tx;
  audit: AuditRecorder;
  booking: Pick<Booking, "id" | "customerId" | "kind" | "spend">;
  rule: LoyaltyRule;
  tiers: LoyaltyTier[];
}): Promise<AwardedPoints> {
  const { tx, audit, booking, rule, tiers } = options;
  const before = await pointsBalance({ db: tx, customerId: booking.customerId });
  if ((await tx.loyaltyEntry.count({ where: { bookingId: booking.id, points: { gt: 0 } } })) > 0) {
    return { points: 0, balance: before, tierReached: undefined };
  }
  const spend = booking.spend === null ? undefined : Number(booking.spend.toString());
  const lines = pointsForBooking({ rule, kind: booking.kind, spend });
  let points = 0;
  for (const line of lines) {
    const entry = await tx.loyaltyEntry.create({ data: { customerId: booking.customerId, bookingId: booking.id, points: line.points, reason: line.reason } });
    await audit.created("loyaltyEntry", entry);
    points += line.points;
  }
  const balance = before + points;
  return { points, balance, tierReached: tierCrossed({ before, after: balance, tiers }) };
}
