import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Venue } from "../venue/venue-schema.ts";
import { addDays, localDate, startOfDate } from "../time/zoned.ts";

/**
 * Today's arrivals and tables on the venue's calendar, with what the desk should know of each guest
 * before they walk in: preferences, phone, earlier completed visits and what they spent.
 */
export async function listArrivals(options: { db: PrismaClient; venue: Venue; now: Date }) {
  const { db, venue, now } = options;
  const today = localDate(now, venue.timeZone);
  const from = startOfDate(today, venue.timeZone);
  const to = startOfDate(addDays(today, 1), venue.timeZone);
  const bookings = await db.booking.findMany({
    where: { startAt: { gte: from, lt: to }, status: { in: ["confirmed", "arrived"] } },
    include: { resource: true, customer: true },
    orderBy: [{ kind: "asc" }, { startAt: "asc" }, { id: "asc" }],
  });
  const customerIds = [...new Set(bookings.map((b) => b.customerId))];
  const history = await db.booking.groupBy({
    by: ["customerId"],
    where: { customerId: { in: customerIds }, status: "completed" },
    _count: { _all: true },
    _sum: { spend: true },
    _max: { startAt: true },
  });
  const byCustomer = new Map(history.map((h) => [h.customerId, { visits: h._count._all, spend: Number(h._sum.spend ?? 0), lastVisit: h._max.startAt ?? undefined }]));
  return bookings.map((booking) => ({ booking, history: byCustomer.get(booking.customerId) ?? { visits: 0, spend: 0, lastVisit: undefined } }));
}
