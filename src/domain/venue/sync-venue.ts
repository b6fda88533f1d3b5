import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Venue } from "./venue-schema.ts";

/** The venue's rooms and tables as Resource rows: a table's seats are its capacity. */
export function venueResources(venue: Venue) {
  return [
    ...venue.rooms.map((r) => ({ kind: "room" as const, name: r.name, aliases: r.aliases, count: r.count, capacity: r.capacity, price: r.price ?? null })),
    ...(venue.restaurant?.tables ?? []).map((t) => ({ kind: "table" as const, name: t.name, aliases: t.aliases, count: t.count, capacity: t.seats, price: null })),
  ];
}

/**
 * Makes the Resource rows match the venue: upserted by kind and name. A row the file no longer lists
 * keeps its bookings (history and spend stay true) but gets count 0, so nothing new is booked on it.
 */
export async function syncVenue(options: { db: PrismaClient; venue: Venue }): Promise<void> {
  const { db, venue } = options;
  const wanted = venueResources(venue);
  await db.$transaction(async (tx) => {
    for (const r of wanted) {
      await tx.resource.upsert({
        where: { kind_name: { kind: r.kind, name: r.name } },
        create: r,
        update: { aliases: r.aliases, count: r.count, capacity: r.capacity, price: r.price },
      });
    }
    const gone = await tx.resource.findMany({ where: { count: { gt: 0 } } });
    for (const row of gone) {
      if (!wanted.some((r) => r.kind === row.kind && r.name === row.name)) await tx.resource.update({ where: { id: row.id }, data: { count: 0 } });
    }
  });
}
