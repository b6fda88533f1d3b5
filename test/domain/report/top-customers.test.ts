import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTopCustomers } from "../../../src/domain/report/top-customers.ts";
import { periodRange } from "../../../src/domain/report/period-range.ts";
import type { Database } from "../../../src/store/client.ts";
import { testDatabases } from "../../support/databases.ts";

const tz = "Asia/Shanghai";
const now = new Date("2026-11-18T10:00:00+08:00");
const thisMonth = periodRange({ period: "this_month", now, tz });

describe.each(testDatabases)("findTopCustomers on $name", ({ open }) => {
  let database: Database;
  let ids: { alice: number; bob: number; zed: number };

  beforeAll(async () => {
    database = await open();
    const db = database.prisma;
    const staff = async (name: string) => (await db.staff.create({ data: { name, role: "sales" } })).id;
    ids = { alice: await staff("Alice"), bob: await staff("Bob"), zed: await staff("Zed") };
    const company = await db.company.create({ data: { name: "Acme Ltd", searchKey: "acme" } });
    const customer = async (name: string, ownerId: number, extra: { companyId?: number; deleted?: boolean } = {}) =>
      (
        await db.customer.create({
          data: { name, searchKey: name, ownerId, companyId: extra.companyId, deletedAt: extra.deleted ? now : null },
        })
      ).id;
    const acme = await customer("Acme", ids.alice, { companyId: company.id });
    const beta = await customer("Beta", ids.bob);
    const gamma = await customer("Gamma", ids.alice);
    const noAmount = await customer("No amount", ids.bob);
    const gone = await customer("Gone", ids.alice, { deleted: true });
    const zeds = await customer("Zed's big one", ids.zed);
    const won = (ownerId: number, customerId: number, amount: string | null, closed: string, stage: "won" | "proposal" = "won") =>
      db.deal.create({ data: { ownerId, customerId, amount, stage, closedAt: new Date(closed) } });
    await won(ids.alice, acme, "50000", "2026-11-03T02:00:00Z");
    await won(ids.alice, acme, "30000", "2026-10-03T02:00:00Z");
    // Bob sold to Alice's customer: it counts for the deal owner's scope.
    await won(ids.bob, acme, "10000", "2026-11-04T02:00:00Z");
    await won(ids.bob, beta, "70000", "2026-11-05T02:00:00Z");
    await won(ids.alice, gamma, "70000", "2026-11-06T02:00:00Z");
    await won(ids.alice, gamma, "1", "2026-11-07T02:00:00Z", "proposal");
    await won(ids.bob, noAmount, null, "2026-11-08T02:00:00Z");
    await won(ids.alice, gone, "999999", "2026-11-08T02:00:00Z");
    await won(ids.zed, zeds, "5000000", "2026-11-08T02:00:00Z");
  });
  afterAll(() => database?.close());

  it("ranks by won amount, then number of deals, with owner and company", async () => {
    const top = await findTopCustomers({ db: database.prisma, scope: { ownerIds: [ids.alice, ids.bob] } });
    expect(top.map((t) => [t.name, t.wonAmount, t.wonCount, t.ownerName])).toEqual([
      ["Acme", 90000, 3, "Alice"],
      ["Beta", 70000, 1, "Bob"],
      ["Gamma", 70000, 1, "Alice"],
      ["No amount", 0, 1, "Bob"],
    ]);
    expect(top[0]!.companyName).toBe("Acme Ltd");
  });

  it("keeps to the range, the limit and the scope", async () => {
    const db = database.prisma;
    const inMonth = await findTopCustomers({ db, scope: { ownerIds: [ids.alice, ids.bob] }, range: thisMonth, limit: 2 });
    expect(inMonth.map((t) => [t.name, t.wonAmount])).toEqual([
      ["Beta", 70000],
      ["Gamma", 70000],
    ]);
    const alice = await findTopCustomers({ db, scope: { ownerIds: [ids.alice] }, range: thisMonth });
    expect(alice.map((t) => [t.name, t.wonAmount])).toEqual([
      ["Gamma", 70000],
      ["Acme", 50000],
    ]);
    const all = await findTopCustomers({ db, scope: { ownerIds: "all" }, limit: 1 });
    expect(all.map((t) => t.name)).toEqual(["Zed's big one"]);
    expect(await findTopCustomers({ db, scope: { ownerIds: [] } })).toEqual([]);
  });
});
