/** Points on completion by the venue's rule, tiers, and the tier message and survey that follow, on both stores. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/client.ts";
import { ensureVenue } from "../../../src/domain/booking/ensure-venue.ts";
import { DEFAULT_VENUE } from "../../../src/domain/venue/default-venue.ts";
import type { Venue } from "../../../src/domain/venue/venue-schema.ts";
import { onBookingCompleted } from "../../../src/domain/booking/on-booking-completed.ts";
import { loyaltyStanding, tierCrossed } from "../../../src/domain/loyalty/loyalty-tier.ts";
import { pointsForBooking } from "../../../src/domain/loyalty/loyalty-rule.ts";
import { pointsBalance } from "../../../src/domain/loyalty/points-balance.ts";
import { runDueJobs } from "../../../src/jobs/scheduler.ts";
import { createNotify } from "../../../src/jobs/notify.ts";
import { loadJobSettings } from "../../../src/jobs/settings.ts";
import { JOB_KINDS } from "../../../src/jobs/kinds/index.ts";
import { createLogger } from "../../../src/runtime/logger.ts";
import { testDatabases } from "../../support/databases.ts";
import { makeBooking, makeGuest, pushedTo, write } from "../guest/fixtures.ts";

const at = (iso: string) => new Date(iso);
const tiers = [
  { name: "银卡", minPoints: 1000, offer: "免费升级房型" },
  { name: "金卡", minPoints: 5000 },
];
const venue: Venue = { ...DEFAULT_VENUE, loyalty: { pointsPerYuan: 1, pointsPerStay: 100, pointsPerMeal: 20, tiers } };

describe("the loyalty rule and tiers", () => {
  it("earns per yuan (whole points) and per stay or meal", () => {
    expect(pointsForBooking({ rule: venue.loyalty, kind: "room", spend: 458.9 })).toEqual([{ points: 458, reason: "spend" }, { points: 100, reason: "stay" }]);
    expect(pointsForBooking({ rule: venue.loyalty, kind: "table", spend: undefined })).toEqual([{ points: 20, reason: "meal" }]);
    expect(pointsForBooking({ rule: { pointsPerYuan: 0, pointsPerStay: 0, pointsPerMeal: 0 }, kind: "room", spend: 500 })).toEqual([]);
  });
  it("places a balance between tiers", () => {
    expect(loyaltyStanding({ points: 0, tiers })).toEqual({ tier: undefined, next: { tier: tiers[0], missing: 1000 } });
    expect(loyaltyStanding({ points: 1200, tiers })).toEqual({ tier: tiers[0], next: { tier: tiers[1], missing: 3800 } });
    expect(loyaltyStanding({ points: 9000, tiers })).toEqual({ tier: tiers[1], next: undefined });
  });
  it("finds the highest tier crossed", () => {
    expect(tierCrossed({ before: 900, after: 6000, tiers })).toBe(tiers[1]);
    expect(tierCrossed({ before: 1100, after: 1200, tiers })).toBeUndefined();
  });
});

describe.each(testDatabases)("points on completion on $name", ({ open }) => {
  let database: Database;
  const log = createLogger("silent");
  const settings = loadJobSettings({});
  beforeAll(async () => {
    database = await open();
    await ensureVenue({ db: database.prisma, venue });
  });
  afterAll(() => database.close());
  const db = () => database.prisma;
  const runJobs = (now: Date) => runDueJobs({ db: db(), now, handlers: JOB_KINDS, notify: createNotify({ db: db(), now: () => now }), log, settings });

  it("writes ledger lines once, and a tier reached is told to the guest with its offer after checkout", async () => {
    const guest = await makeGuest(db());
    await db().loyaltyEntry.create({ data: { customerId: guest.id, points: 600, reason: "import" } });
    const stay = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-20T06:00:00Z"), nights: 1, status: "completed", spend: 458 });
    const awarded = await write(db(), ({ tx, audit }) => onBookingCompleted({ tx, audit, booking: stay, venue }));
    expect(awarded).toMatchObject({ points: 558, balance: 1158, tierReached: { name: "银卡" } });
    const again = await write(db(), ({ tx, audit }) => onBookingCompleted({ tx, audit, booking: stay, venue }));
    expect(again.points).toBe(0);
    expect(await pointsBalance({ db: db(), customerId: guest.id })).toBe(1158);
    expect(await db().auditLog.count({ where: { entity: "loyaltyEntry", after: { path: ["bookingId"], equals: stay.id } } })).toBe(2);

    // Before checkout nothing is sent; at checkout (before quiet hours) the tier news and the survey go out.
    await runJobs(at("2026-11-21T05:00:00Z"));
    expect(await pushedTo(db(), guest.userId)).toEqual([]);
    await runJobs(at("2026-11-21T06:00:00Z"));
    const pushed = await pushedTo(db(), guest.userId);
    expect(pushed.some((t) => /恭喜您升级为银卡会员.*免费升级房型/.test(t))).toBe(true);
    expect(pushed.some((t) => /请为本次体验打分：1-5/.test(t))).toBe(true);
    expect((await db().booking.findUniqueOrThrow({ where: { id: stay.id } })).surveySentAt).toEqual(at("2026-11-21T06:00:00Z"));
  });

  it("earns per meal without spend, and reaches no tier", async () => {
    const guest = await makeGuest(db());
    const meal = await makeBooking(db(), { customerId: guest.id, kind: "table", startAt: at("2026-11-20T11:00:00Z"), status: "completed" });
    const awarded = await write(db(), ({ tx, audit }) => onBookingCompleted({ tx, audit, booking: meal, venue }));
    expect(awarded).toEqual({ points: 20, balance: 20, tierReached: undefined });
    expect(await db().job.count({ where: { kind: "loyalty-tier-reached", payload: { path: ["customerId"], equals: guest.id } } })).toBe(0);
  });

  it("sends no survey for a completion undone before checkout, and none at night", async () => {
    const guest = await makeGuest(db());
    const undone = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-22T06:00:00Z"), status: "completed", spend: 100 });
    await write(db(), ({ tx, audit }) => onBookingCompleted({ tx, audit, booking: undone, venue }));
    await db().booking.update({ where: { id: undone.id }, data: { status: "arrived" } });
    // Checkout at 23:00 Shanghai: quiet hours, so the survey of the other stay waits for 08:00.
    const late = await makeBooking(db(), { customerId: guest.id, startAt: at("2026-11-22T15:00:00Z"), status: "completed", spend: 100 });
    await write(db(), ({ tx, audit }) => onBookingCompleted({ tx, audit, booking: late, venue }));
    await runJobs(at("2026-11-23T15:00:00Z"));
    expect(await pushedTo(db(), guest.userId)).toEqual([]);
    await runJobs(at("2026-11-24T00:00:00Z"));
    const pushed = await pushedTo(db(), guest.userId);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toContain(`B-${late.id}`);
  });
});
