import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeSegments } from "../../../src/domain/segment/recompute-segments.ts";
import { customerPyramid } from "../../../src/domain/segment/pyramid.ts";
import { parseLocalDateTime } from "../../../src/domain/time/zoned.ts";
import type { Database, PrismaClient } from "../../../src/store/client.ts";
import { testDatabases } from "../../support/databases.ts";

const tz = "Asia/Shanghai";
// Wednesday 18 Nov 2026 10:00 Shanghai: the revenue window is 18 Nov 2025 10:00 up to now.
const now = new Date("2026-11-18T10:00:00+08:00");
const at = (local: string) => parseLocalDateTime(local.includes("T") ? local : `${local}T12:00`, tz)!;

type Seeded = { ids: Record<string, number>; mia: number; olga: number; alice: number; bob: number; zed: number; guest: number; deleted: number };

/**
 * Sixteen customers. Revenue in the window is ¥1,000,000: A 400k, B 200k, C 150k, D 100k, E 60k, F 40k,
 * G 30k, H 15k, I 5k; J–P have none. Mia's team (Alice: A–E, Bob: F–I) against Olga's rep Zed (J–P).
 * What must not count: a guest's and a deleted customer's million, J's deal older than a year, K's deal
 * closing after `now`, H's lost deal, I's deleted deal and L's deleted activity.
 */
async function seed(db: PrismaClient): Promise<Seeded> {
  const staff = async (name: string, role: "manager" | "sales", managerId?: number) =>
    (await db.staff.create({ data: { name, role, managerId } })).id;
  const mia = await staff("Mia", "manager");
  const olga = await staff("Olga", "manager");
  const alice = await staff("Alice", "sales", mia);
  const bob = await staff("Bob", "sales", mia);
  const zed = await staff("Zed", "sales", olga);
  const ownerOf = (name: string) => ("ABCDE".includes(name) ? alice : "FGHI".includes(name) ? bob : zed);

  const ids: Record<string, number> = {};
  for (const name of "ABCDEFGHIJKLMNOP") {
    ids[name] = (await db.customer.create({ data: { name, searchKey: name, ownerId: ownerOf(name) } })).id;
  }
  const guest = (await db.customer.create({ data: { name: "Guest", searchKey: "guest", ownerId: alice, isGuest: true } })).id;
  const deleted = (await db.customer.create({ data: { name: "Gone", searchKey: "gone", ownerId: alice, deletedAt: at("2026-11-01") } })).id;

  const won = (customerId: number, ownerId: number, amount: number, closed: string, extra: { stage?: "lost"; deleted?: boolean } = {}) =>
    db.deal.create({
      data: {
        customerId,
        ownerId,
        amount: String(amount),
        stage: extra.stage ?? "won",
        closedAt: at(closed),
        deletedAt: extra.deleted ? at(closed) : null,
      },
    });
  const deals: [string, number, string][] = [
    ["A", 400_000, "2026-03-01"],
    ["B", 200_000, "2026-04-01"],
    ["C", 150_000, "2026-06-01"],
    ["D", 100_000, "2026-05-01"],
    ["E", 60_000, "2026-02-01"],
    ["F", 40_000, "2026-09-15"],
    ["G", 30_000, "2026-01-10"],
    ["H", 15_000, "2025-12-20"],
    ["I", 5_000, "2026-07-01"],
    ["J", 500_000, "2025-10-01"],
    ["K", 300_000, "2026-11-20"],
  ];
  for (const [name, amount, closed] of deals) await won(ids[name]!, ownerOf(name), amount, closed);
  await won(ids.H!, bob, 90_000, "2026-11-16", { stage: "lost" });
  await won(ids.I!, bob, 800_000, "2026-11-17", { deleted: true });
  await won(guest, alice, 1_000_000, "2026-11-01");
  await won(deleted, alice, 1_000_000, "2026-10-01");

  const activity = (name: string, when: string, deleted = false) =>
    db.activity.create({
      data: { customerId: ids[name]!, staffId: ownerOf(name), summary: "call", occurredAt: at(when), deletedAt: deleted ? at(when) : null },
    });
  for (const when of ["2026-11-17", "2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"]) await activity("A", when);
  for (const when of ["2026-11-10", "2026-08-01"]) await activity("B", when);
  for (const when of ["2026-11-15", "2026-11-01", "2026-10-01"]) await activity("D", when);
  await activity("E", "2026-10-01");
  await activity("J", "2025-09-01");
  for (const when of ["2026-11-01", "2026-08-15"]) await activity("K", when);
  await activity("L", "2026-11-17", true);
  await activity("M", "2026-03-15");
  return { ids, mia, olga, alice, bob, zed, guest, deleted };
}

describe.each(testDatabases)("customer segments on $name", ({ open }) => {
  let database: Database;
  let seeded: Seeded;

  beforeAll(async () => {
    database = await open();
    seeded = await seed(database.prisma);
  });
  afterAll(() => database?.close());

  it("places every customer in the pyramid and scores RFM in one pass", async () => {
    expect(await recomputeSegments({ db: database.prisma, now })).toEqual({ customers: 16 });
    const rows = await database.prisma.customer.findMany({
      where: { isGuest: false, deletedAt: null },
      select: { name: true, tier: true, rfmRecency: true, rfmFrequency: true, rfmMonetary: true, tierUpdatedAt: true },
      orderBy: { name: "asc" },
    });
    const got = Object.fromEntries(rows.map((r) => [r.name, `${r.tier} ${r.rfmRecency}${r.rfmFrequency}${r.rfmMonetary}`]));
    expect(got).toEqual({
      // A alone makes 40%: VIP. B starts below 50% too, but VIPs are at most 5% of 16 customers, so one.
      A: "vip 555",
      // B, C, D start below 80% (D at 75%) and are within the top 20% (4 of 16).
      B: "major 555",
      C: "major 325",
      D: "major 554",
      // E and F start below 95% (85%, 91%); G starts at exactly 95%: the tail.
      E: "ordinary 444",
      F: "ordinary 423",
      G: "small 223",
      H: "small 222",
      I: "small 322",
      // No revenue in the window: small, monetary 1. J's year-old deal still dates its last contact.
      J: "small 211",
      K: "small 441",
      L: "small 111",
      M: "small 321",
      N: "small 111",
      O: "small 111",
      P: "small 111",
    });
    for (const row of rows) expect(row.tierUpdatedAt).toEqual(now);
  });

  it("leaves guests and deleted customers alone", async () => {
    const untouched = await database.prisma.customer.findMany({
      where: { id: { in: [seeded.guest, seeded.deleted] } },
      select: { tier: true, rfmRecency: true, tierUpdatedAt: true },
    });
    expect(untouched).toEqual([
      { tier: "ordinary", rfmRecency: null, tierUpdatedAt: null },
      { tier: "ordinary", rfmRecency: null, tierUpdatedAt: null },
    ]);
  });

  it("counts and sums the pyramid within a manager's scope only", async () => {
    const mia = await customerPyramid({ db: database.prisma, scope: { ownerIds: [seeded.mia, seeded.alice, seeded.bob] }, now });
    expect(mia).toEqual({
      levels: [
        { tier: "vip", customers: 1, revenue: 400_000, share: 0.4 },
        { tier: "major", customers: 3, revenue: 450_000, share: 0.45 },
        { tier: "ordinary", customers: 2, revenue: 100_000, share: 0.1 },
        { tier: "small", customers: 3, revenue: 50_000, share: 0.05 },
      ],
      customers: 9,
      revenue: 1_000_000,
      computedAt: now,
    });
    const olga = await customerPyramid({ db: database.prisma, scope: { ownerIds: [seeded.olga, seeded.zed] }, now });
    expect(olga.levels.map((l) => [l.tier, l.customers, l.revenue])).toEqual([
      ["vip", 0, 0],
      ["major", 0, 0],
      ["ordinary", 0, 0],
      ["small", 7, 0],
    ]);
    const rep = await customerPyramid({ db: database.prisma, scope: { ownerIds: [seeded.bob] }, now });
    // Bob's: F ordinary; G, H, I small.
    expect(rep.levels.map((l) => l.customers)).toEqual([0, 0, 1, 3]);
    const all = await customerPyramid({ db: database.prisma, scope: { ownerIds: "all" }, now });
    expect(all.customers).toBe(16);
  });

  it("moves customers as time passes: a year on, the old deals fall out of the window", async () => {
    const later = new Date("2027-11-18T10:00:00+08:00");
    await recomputeSegments({ db: database.prisma, now: later });
    const k = await database.prisma.customer.findUniqueOrThrow({ where: { id: seeded.ids.K! } });
    // K's ¥300k deal (20 Nov 2026) is now the only revenue in the window: all of it, so K is VIP.
    expect([k.tier, k.rfmMonetary]).toEqual(["vip", 5]);
    const a = await database.prisma.customer.findUniqueOrThrow({ where: { id: seeded.ids.A! } });
    expect([a.tier, a.rfmMonetary, a.rfmFrequency]).toEqual(["small", 1, 1]);
    await recomputeSegments({ db: database.prisma, now });
  });
});
