import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSummary, type Figures } from "../../../src/domain/report/build-summary.ts";
import { periodRange } from "../../../src/domain/report/period-range.ts";
import { parseLocalDateTime } from "../../../src/domain/time/zoned.ts";
import type { Database, PrismaClient } from "../../../src/store/client.ts";
import { testDatabases } from "../../support/databases.ts";

const tz = "Asia/Shanghai";
// Wednesday 18 Nov 2026, 10:00 in Shanghai: this week is 16–22 Nov, last week 9–15 Nov.
const now = new Date("2026-11-18T10:00:00+08:00");
const at = (local: string) => parseLocalDateTime(local, tz)!;
const thisWeek = periodRange({ period: "this_week", now, tz });

type Seeded = { mia: number; alice: number; bob: number; zed: number; olga: number };

/**
 * Two teams: manager Mia with reps Alice and Bob, and manager Olga with rep Zed, whose big numbers
 * must never leak into Mia's summary. Dates are Shanghai local; "this week" is 16–22 Nov.
 */
async function seedSummaryData(db: PrismaClient): Promise<Seeded> {
  const staff = async (name: string, role: "manager" | "sales", managerId?: number) =>
    (await db.staff.create({ data: { name, role, managerId } })).id;
  const mia = await staff("Mia", "manager");
  const olga = await staff("Olga", "manager");
  const alice = await staff("Alice Wang", "sales", mia);
  const bob = await staff("Bob Li", "sales", mia);
  const zed = await staff("Zed", "sales", olga);

  const customer = async (name: string, ownerId: number | null, created: string, extra: { isGuest?: boolean; deleted?: boolean } = {}) =>
    (
      await db.customer.create({
        data: {
          name,
          searchKey: name.toLowerCase(),
          ownerId,
          isGuest: extra.isGuest ?? false,
          createdAt: at(created),
          deletedAt: extra.deleted ? at(created) : null,
        },
      })
    ).id;
  // Leads: Alice 2 this week, 1 last; Bob 1 this week, 2 last; Zed 3 this week.
  const c1 = await customer("Acme", alice, "2026-11-16T09:00");
  const c2 = await customer("Beta", alice, "2026-11-17T09:00");
  await customer("Gamma", alice, "2026-11-10T09:00");
  const c4 = await customer("Delta", bob, "2026-11-18T09:00");
  const c5 = await customer("Epsilon", bob, "2026-11-12T09:00");
  await customer("Zeta", bob, "2026-11-15T23:59");
  // Not leads: a guest, a deleted customer, and (for Mia) an unowned lead.
  const guest = await customer("Guest Gu", alice, "2026-11-16T12:00", { isGuest: true });
  await customer("Deleted", alice, "2026-11-16T12:00", { deleted: true });
  const unownedGuest = await customer("Walk-in", null, "2026-11-16T12:00", { isGuest: true });
  await customer("Unowned lead", null, "2026-11-17T12:00");
  const z1 = await customer("Zed One", zed, "2026-11-16T09:00");
  await customer("Zed Two", zed, "2026-11-16T10:00");
  await customer("Zed Three", zed, "2026-11-16T11:00");

  const activity = (staffId: number, customerId: number, when: string, deleted = false) =>
    db.activity.create({
      data: { staffId, customerId, summary: "call", occurredAt: at(when), deletedAt: deleted ? at(when) : null },
    });
  // Follow-ups: Alice 3 / 1, Bob 1 / 2 (+1 deleted), Zed 5.
  for (const when of ["2026-11-16T10:00", "2026-11-17T10:00", "2026-11-18T08:00", "2026-11-11T10:00"]) {
    await activity(alice, c1, when);
  }
  for (const when of ["2026-11-17T10:00", "2026-11-09T00:00", "2026-11-15T23:30"]) await activity(bob, c4, when);
  await activity(bob, c4, "2026-11-17T11:00", true);
  for (let i = 0; i < 5; i++) await activity(zed, z1, "2026-11-17T10:00");

  const task = (ownerId: number, due: string, status: "open" | "done" | "cancelled") =>
    db.task.create({ data: { ownerId, title: "follow up", dueAt: at(due), status } });
  // Alice: 3 due so far this week, all done, one more due Friday; 1 due and done last week.
  await task(alice, "2026-11-16T10:00", "done");
  await task(alice, "2026-11-17T10:00", "done");
  await task(alice, "2026-11-18T09:00", "done");
  await task(alice, "2026-11-20T10:00", "open");
  await task(alice, "2026-11-10T10:00", "done");
  // Bob: one overdue open task this week, one cancelled; 2 done last week.
  await task(bob, "2026-11-16T10:00", "open");
  await task(bob, "2026-11-17T10:00", "cancelled");
  await task(bob, "2026-11-12T10:00", "done");
  await task(bob, "2026-11-13T10:00", "done");
  await task(zed, "2026-11-10T10:00", "open");
  await task(zed, "2026-11-17T10:00", "done");

  const deal = (
    ownerId: number,
    customerId: number,
    stage: "new" | "qualified" | "proposal" | "negotiation" | "won" | "lost",
    amount: string | null,
    closed?: string,
    deleted = false,
  ) =>
    db.deal.create({
      data: {
        ownerId,
        customerId,
        stage,
        amount,
        closedAt: closed ? at(closed) : null,
        deletedAt: deleted ? at("2026-11-17T00:00") : null,
      },
    });
  await deal(alice, c1, "won", "50000", "2026-11-16T15:00");
  await deal(alice, c2, "won", "30000.50", "2026-11-18T09:00");
  await deal(alice, c1, "lost", "20000", "2026-11-17T15:00");
  await deal(alice, c2, "won", "80000", "2026-11-10T15:00");
  await deal(alice, c1, "proposal", "100000");
  await deal(alice, c2, "negotiation", "60000");
  await deal(alice, c1, "won", "99999", "2026-11-01T15:00");
  await deal(alice, c1, "won", "70000", "2026-11-17T15:00", true);
  await deal(bob, c4, "won", "40000", "2026-11-17T15:00");
  await deal(bob, c5, "lost", "10000", "2026-11-12T15:00");
  await deal(bob, c5, "lost", null, "2026-11-11T15:00");
  await deal(bob, c4, "new", "5000");
  await deal(bob, c5, "qualified", null);
  await deal(zed, z1, "won", "1000000", "2026-11-17T15:00");
  await deal(zed, z1, "proposal", "500000");

  const booking = (customerId: number, created: string, createdById: number | null) =>
    db.booking.create({
      data: {
        customerId,
        kind: "room",
        startAt: at("2026-12-01T14:00"),
        endAt: at("2026-12-02T12:00"),
        createdAt: at(created),
        createdById,
      },
    });
  await booking(guest, "2026-11-16T12:00", null); // Alice's guest
  await booking(unownedGuest, "2026-11-17T12:00", bob); // made by Bob
  await booking(unownedGuest, "2026-11-17T13:00", null); // a guest booked it: the venue's, in every manager's figures
  await booking(c4, "2026-11-12T12:00", null); // Bob, last week
  await booking(z1, "2026-11-17T12:00", zed);

  const complaint = (data: {
    customerId?: number;
    assigneeId?: number;
    created: string;
    status: "open" | "acknowledged" | "resolved";
    resolved?: string;
  }) =>
    db.complaint.create({
      data: {
        issue: "noise",
        customerId: data.customerId,
        assigneeId: data.assigneeId,
        status: data.status,
        createdAt: at(data.created),
        resolvedAt: data.resolved ? at(data.resolved) : null,
      },
    });
  await complaint({ customerId: c1, created: "2026-11-16T09:00", status: "open" });
  await complaint({ customerId: c4, created: "2026-11-12T09:00", status: "resolved", resolved: "2026-11-16T09:00" });
  await complaint({ assigneeId: bob, created: "2026-11-17T09:00", status: "acknowledged" });
  await complaint({ customerId: z1, created: "2026-11-17T09:00", status: "open" });
  await complaint({ customerId: c2, created: "2026-10-01T09:00", status: "resolved", resolved: "2026-10-02T09:00" });
  await complaint({ customerId: c5, created: "2026-11-13T09:00", status: "open" });

  return { mia, alice, bob, zed, olga };
}

const c = (current: number, previous: number) => ({ current, previous, delta: Math.round((current - previous) * 100) / 100 });

describe.each(testDatabases)("buildSummary on $name", ({ open }) => {
  let database: Database;
  let ids: Seeded;
  const summaryFor = (ownerIds: number[] | "all", staffId?: number) =>
    buildSummary({ db: database.prisma, scope: { ownerIds }, range: thisWeek, staffId, now });

  beforeAll(async () => {
    database = await open();
    ids = await seedSummaryData(database.prisma);
  });
  afterAll(() => database?.close());

  it("counts the team of a manager, with last week's figures and deltas", async () => {
    const summary = await summaryFor([ids.mia, ids.alice, ids.bob]);
    expect(summary.previous.label.en).toBe("last week");
    const team = summary.team;
    expect(team).toEqual<Figures>({
      newLeads: c(3, 3),
      followUps: c(4, 3),
      tasksDue: c(4, 3),
      tasksDone: c(3, 3),
      won: { count: c(3, 1), amount: c(120000.5, 80000) },
      lost: { count: c(1, 2), amount: c(20000, 10000) },
      conversion: { current: 0.75, previous: 1 / 3, delta: 0.75 - 1 / 3 },
      averageWon: { current: 40000.17, previous: 80000, delta: 40000.17 - 80000 },
      bookings: c(3, 1), // the guest's own booking is the venue's: every manager counts it
      complaintsOpened: c(2, 2),
      complaintsResolved: c(1, 0),
      complaintsOpen: 3,
      overdueTasks: 1,
      pipeline: [
        { stage: "new", count: 1, amount: 5000 },
        { stage: "qualified", count: 1, amount: 0 },
        { stage: "proposal", count: 1, amount: 100000 },
        { stage: "negotiation", count: 1, amount: 60000 },
      ],
      pipelineTotal: { count: 4, amount: 165000 },
    });
  });

  it("breaks the team down per rep and names who is behind", async () => {
    const summary = await summaryFor([ids.mia, ids.alice, ids.bob]);
    expect(summary.reps.map((r) => r.name)).toEqual(["Alice Wang", "Bob Li"]);
    const [alice, bob] = summary.reps;
    expect(alice!.figures).toMatchObject({
      newLeads: c(2, 1),
      followUps: c(3, 1),
      tasksDue: c(3, 1),
      tasksDone: c(3, 1),
      won: { count: c(2, 1), amount: c(80000.5, 80000) },
      lost: { count: c(1, 0), amount: c(20000, 0) },
      conversion: { current: 2 / 3, previous: 1 },
      bookings: c(1, 0),
      complaintsOpened: c(1, 0),
      complaintsOpen: 1,
      overdueTasks: 0,
      pipelineTotal: { count: 2, amount: 160000 },
    });
    expect(bob!.figures).toMatchObject({
      newLeads: c(1, 2),
      followUps: c(1, 2),
      tasksDue: c(1, 2),
      tasksDone: c(0, 2),
      won: { count: c(1, 0), amount: c(40000, 0) },
      lost: { count: c(0, 2), amount: c(0, 10000) },
      conversion: { current: 1, previous: 0, delta: 1 },
      averageWon: { current: 40000, previous: null, delta: null },
      bookings: c(1, 1),
      complaintsOpened: c(1, 2),
      complaintsResolved: c(1, 0),
      complaintsOpen: 2,
      overdueTasks: 1,
      pipelineTotal: { count: 2, amount: 5000 },
    });
    expect(alice!.behind).toEqual([]);
    expect(bob!.behind).toEqual(["few_followups", "overdue_tasks"]);
    expect(summary.behind.map((r) => r.name)).toEqual(["Bob Li"]);
  });

  it("never lets the other team's numbers in, and keeps them to that team", async () => {
    const mine = await summaryFor([ids.mia, ids.alice, ids.bob]);
    expect(mine.reps.some((r) => r.staffId === ids.zed)).toBe(false);
    expect(mine.team.won.amount.current).toBeLessThan(1_000_000);

    const theirs = await summaryFor([ids.olga, ids.zed]);
    expect(theirs.reps.map((r) => r.name)).toEqual(["Zed"]);
    expect(theirs.team).toMatchObject({
      newLeads: c(3, 0),
      followUps: c(5, 0),
      tasksDue: c(1, 1),
      tasksDone: c(1, 0),
      won: { count: c(1, 0), amount: c(1000000, 0) },
      bookings: c(2, 0),
      complaintsOpened: c(1, 0),
      complaintsOpen: 1,
      overdueTasks: 1,
      pipelineTotal: { count: 1, amount: 500000 },
    });
  });

  it("counts everything, unowned records included, for an admin", async () => {
    const all = await summaryFor("all");
    expect(all.reps.map((r) => r.name)).toEqual(["Alice Wang", "Bob Li", "Zed"]);
    expect(all.team).toMatchObject({
      newLeads: c(7, 3),
      followUps: c(9, 3),
      won: { count: c(4, 1), amount: c(1120000.5, 80000) },
      bookings: c(4, 1),
      complaintsOpened: c(3, 2),
      complaintsOpen: 4,
      pipelineTotal: { count: 5, amount: 665000 },
    });
  });

  it("narrows to one rep, judged against the whole team", async () => {
    const bob = await summaryFor([ids.mia, ids.alice, ids.bob], ids.bob);
    expect(bob.reps.map((r) => r.name)).toEqual(["Bob Li"]);
    expect(bob.team.won.amount).toEqual(c(40000, 0));
    expect(bob.behind.map((r) => r.behind)).toEqual([["few_followups", "overdue_tasks"]]);

    const outside = await summaryFor([ids.mia, ids.alice, ids.bob], ids.zed);
    expect(outside.reps).toEqual([]);
    expect(outside.team.won.count.current).toBe(0);
    expect(outside.team.followUps.current).toBe(0);
  });

  it("uses the range it is given", async () => {
    const range = periodRange({ period: "custom", from: "2026-11-01", to: "2026-11-01", now, tz });
    const summary = await buildSummary({ db: database.prisma, scope: { ownerIds: [ids.alice] }, range, now });
    expect(summary.team.won).toEqual({ count: c(1, 0), amount: c(99999, 0) });
    expect(summary.previous.label.en).toBe("Oct 31");
  });
});
