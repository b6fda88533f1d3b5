import type { PrismaClient } from "../../generated/prisma/client.ts";

/** A guest's upcoming (not cancelled, not finished) bookings, soonest first. */
export async function findUpcomingBookings(options: { db: PrismaClient; customerId: number; now: Date }) {
  return options.db.booking.findMany({
    where: { customerId: options.customerId, status: { in: ["confirmed", "arrived"] }, endAt: { gt: options.now } },
    include: { resource: true },
    orderBy: { startAt: "asc" },
  });
}
