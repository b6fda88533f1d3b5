/**
 * The last room cannot be sold twice: ten guests book a room type with one room at the same moment,
 * each in its own transaction on its own connection, and exactly one gets it. PostgreSQL only, since
 * PGlite has a single connection and so cannot race; the row lock in `hasRoom` is what is tested.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/databases.ts";
import type { Database } from "../../../src/store/client.ts";
import { createBooking } from "../../../src/domain/booking/create-booking.ts";
import { createAuditRecorder } from "../../../src/domain/audit/audit-recorder.ts";
import { syncVenue } from "../../../src/domain/venue/sync-venue.ts";
import { VenueSchema } from "../../../src/domain/venue/venue-schema.ts";
import { stayPeriod } from "../../../src/domain/booking/stay-period.ts";

const venue = VenueSchema.parse({ name: "One Room Inn", rooms: [{ name: "阁楼", aliases: ["attic"], count: 1, capacity: 2 }] });
const NOW = new Date("2026-11-18T10:00:00+08:00");

describe.each(testDatabases.filter((d) => d.name === "postgres"))("racing for the last room ($name)", (store) => {
  let db: Database;
  beforeAll(async () => {
    db = await store.open();
    await syncVenue({ db: db.prisma, venue });
  });
  afterAll(async () => db?.close());

  it("10 concurrent bookings for one room: exactly one is booked", async () => {
    const guests = await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.prisma.customer.create({ data: { name: `Guest ${i}`, searchKey: `guest ${i}`, isGuest: true } })),
    );
    const period = stayPeriod(venue, { year: 2026, month: 12, day: 1 }, { year: 2026, month: 12, day: 3 });
    const outcomes = await Promise.all(
      guests.map((guest, i) =>
        db.prisma.$transaction(
          (tx) => createBooking({
            tx, audit: createAuditRecorder({ tx, actor: { customerId: guest.id }, batchId: `race-${i}` }), venue, now: NOW,
            request: { customerId: guest.id, kind: "room", ...period, partySize: 2, roomType: "阁楼", preferences: [] },
          }),
          { timeout: 20_000, maxWait: 20_000 },
        ),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "booked")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "full")).toHaveLength(9);
    expect(await db.prisma.booking.count({ where: { status: "confirmed" } })).toBe(1);
  });
});

describe.each(testDatabases)("syncing the venue to resources ($name)", (store) => {
  let db: Database;
  beforeAll(async () => {
    db = await store.open();
  });
  afterAll(async () => db?.close());

  it("upserts by kind and name, and zeroes what the file no longer lists without losing its bookings", async () => {
    const first = VenueSchema.parse({ name: "Inn", rooms: [{ name: "大床房", count: 3, capacity: 2 }, { name: "阁楼", count: 1, capacity: 2 }] });
    await syncVenue({ db: db.prisma, venue: first });
    const attic = await db.prisma.resource.findFirstOrThrow({ where: { name: "阁楼" } });
    const guest = await db.prisma.customer.create({ data: { name: "Old", searchKey: "old", isGuest: true } });
    await db.prisma.booking.create({ data: { customerId: guest.id, kind: "room", resourceId: attic.id, startAt: NOW, endAt: new Date(NOW.getTime() + 86_400_000) } });

    const second = VenueSchema.parse({
      name: "Inn",
      rooms: [{ name: "大床房", aliases: ["king"], count: 5, capacity: 2, price: 500 }],
      restaurant: { openingHours: [{ open: "11:00", close: "14:00" }], tables: [{ name: "4人桌", count: 2, seats: 4 }] },
    });
    await syncVenue({ db: db.prisma, venue: second });
    const rows = await db.prisma.resource.findMany({ orderBy: { id: "asc" }, include: { _count: { select: { bookings: true } } } });
    expect(rows.map((r) => ({ kind: r.kind, name: r.name, count: r.count, capacity: r.capacity, aliases: r.aliases, bookings: r._count.bookings }))).toEqual([
      { kind: "room", name: "大床房", count: 5, capacity: 2, aliases: ["king"], bookings: 0 },
      { kind: "room", name: "阁楼", count: 0, capacity: 2, aliases: [], bookings: 1 },
      { kind: "table", name: "4人桌", count: 2, capacity: 4, aliases: [], bookings: 0 },
    ]);
    expect(Number(rows[0]!.price)).toBe(500);
  });
});
