import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";

/** What the venue knows of a guest's past: enough to greet a regular as one. */
export type GuestHistory = {
  /** completed bookings (stays and meals) */
  visits: number;
  /** when the latest completed booking started */
  lastVisitAt: Date | undefined;
  /** sum of Booking.spend over completed bookings, in yuan */
  lifetimeSpend: number;
  points: number;
};

/**
 * A guest's visit count, last visit, lifetime spend and points, as three aggregate queries: the history
 * of a twentieth-time regular costs the same as a first-timer's.
 */
export async function guestHistory(options: { db: PrismaClient | Tx; customerId: number }): Promise<GuestHistory> {
  const { db, customerId } = options;
  const [visits, points] = await Promise.all([
    db.booking.aggregate({
      where: { customerId, status: "completed" },
      _count: { _all: true },
      _max: { startAt: true },
      _sum: { spend: true },
    }),
    db.loyaltyEntry.aggregate({ where: { customerId }, _sum: { points: true } }),
  ]);
  return {
    visits: visits._count._all,
    lastVisitAt: visits._max.startAt ?? undefined,
    lifetimeSpend: Number(visits._sum.spend?.toString() ?? 0),
    points: points._sum.points ?? 0,
  };
}
