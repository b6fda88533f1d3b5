import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCustomers } from "../../../src/domain/customer/find-customers.ts";
import { buildSearchKey, customerKeys } from "../../../src/domain/customer/search-key.ts";
import type { Database } from "../../../src/store/client.ts";
import { testDatabases } from "../../support/databases.ts";

type Seed = { name: string; company?: string; phones?: string[]; emails?: string[]; owner: "repA" | "repB" | "repC"; deleted?: boolean };

// repA and repB are in the manager's team; repC is not.
const customers: Seed[] = [
  { name: "张伟", company: "阿里巴巴", phones: ["+86 138-0013-8000"], owner: "repA" },
  { name: "李娜", company: "字节跳动", phones: ["139 1234 5678"], owner: "repA" },
  { name: "欧阳娜娜", owner: "repA" },
  { name: "John Smith", company: "Acme Trading", emails: ["john.smith@acme.com"], owner: "repA" },
  { name: "Maria Garcia", company: "Globex", phones: ["(555) 010-0142"], owner: "repA" },
  { name: "王芳", phones: ["13700001111"], owner: "repA", deleted: true },
  // A homophone of 张伟, someone else's customer.
  { name: "张薇", company: "腾讯", owner: "repB" },
  { name: "Robert Johnson", company: "Initech", phones: ["+1 415 555 2671"], owner: "repB" },
  { name: "Chen Jing", company: "Umbrella", owner: "repC" },
  // Names and companies that sit close to the ones above.
  { name: "张伟明", owner: "repA" },
  { name: "Kevin King", company: "Acme Foods", owner: "repA" },
];

// What rep A types, and whom it must find first.
const queries: { query: string; expected: string }[] = [
  { query: "张伟", expected: "张伟" },
  { query: "zhang wei", expected: "张伟" },
  { query: "zhangwei", expected: "张伟" },
  { query: "zw", expected: "张伟" },
  { query: "zhang wie", expected: "张伟" },
  { query: "Zhang Wei", expected: "张伟" },
  { query: "张玮", expected: "张伟" },
  { query: "阿里巴巴", expected: "张伟" },
  { query: "alibaba", expected: "张伟" },
  { query: "8000", expected: "张伟" },
  { query: "138 0013 8000", expected: "张伟" },
  { query: "+8613800138000", expected: "张伟" },
  { query: "李娜", expected: "李娜" },
  { query: "lina", expected: "李娜" },
  { query: "li na", expected: "李娜" },
  { query: "字节跳动", expected: "李娜" },
  { query: "zijie tiaodong", expected: "李娜" },
  { query: "5678", expected: "李娜" },
  { query: "ouyang nana", expected: "欧阳娜娜" },
  { query: "oynn", expected: "欧阳娜娜" },
  { query: "John Smith", expected: "John Smith" },
  { query: "Jon Smith", expected: "John Smith" },
  { query: "john smth", expected: "John Smith" },
  { query: "smith", expected: "John Smith" },
  { query: "acme", expected: "John Smith" },
  { query: "john.smith", expected: "John Smith" },
  { query: "Maria Garsia", expected: "Maria Garcia" },
  { query: "globex", expected: "Maria Garcia" },
  { query: "0142", expected: "Maria Garcia" },
  // the closest company first, though another shares a word with it
  { query: "Acme Tradng", expected: "John Smith" },
  { query: "acme foods", expected: "Kevin King" },
  // a letter missing from a short name takes similarity below pg_trgm's default
  { query: "Kevn King", expected: "Kevin King" },
  { query: "张伟明", expected: "张伟明" },
  { query: "zhangweiming", expected: "张伟明" },
  { query: "zhang wei ming", expected: "张伟明" },
  { query: "欧阳", expected: "欧阳娜娜" },
  { query: "ouyang", expected: "欧阳娜娜" },
];

describe.each(testDatabases)("$name", ({ open }) => {
  let db: Database;
  const staff: Record<"repA" | "repB" | "repC" | "manager", number> = { repA: 0, repB: 0, repC: 0, manager: 0 };
  const repA = () => ({ ownerIds: [staff.repA] });
  const find = (query: string, scope: { ownerIds: number[] | "all" } = repA()) =>
    findCustomers({ db: db.prisma, query, scope });

  beforeAll(async () => {
    db = await open();
    for (const [key, role] of [["manager", "manager"], ["repA", "sales"], ["repB", "sales"], ["repC", "sales"]] as const) {
      staff[key] = (await db.prisma.staff.create({ data: { name: key, role } })).id;
    }
    for (const seed of customers) {
      const company = seed.company
        ? await db.prisma.company.create({ data: { name: seed.company, searchKey: buildSearchKey({ name: seed.company }) } })
        : undefined;
      await db.prisma.customer.create({
        data: {
          name: seed.name,
          ...customerKeys({ name: seed.name, company: seed.company, phones: seed.phones, emails: seed.emails }),
          phones: seed.phones ?? [],
          emails: seed.emails ?? [],
          companyId: company?.id,
          ownerId: staff[seed.owner],
          deletedAt: seed.deleted ? new Date() : null,
        },
      });
    }
  });
  afterAll(() => db.close());

  it.each(queries)("finds $expected by “$query”", async ({ query, expected }) => {
    const [best] = await find(query);
    expect(best?.name).toBe(expected);
  });

  it("returns the fields a reply needs, exact name first with score 1", async () => {
    const [best, ...rest] = await find("张伟", { ownerIds: "all" });
    expect(best).toEqual({
      id: expect.any(Number),
      name: "张伟",
      companyName: "阿里巴巴",
      phones: ["+86 138-0013-8000"],
      ownerId: staff.repA,
      score: 1,
    });
    // An exact name answers on its own: the homophone 张薇 is found by fuzzy matching only when nobody
    // has the name as typed (the exact stage is what keeps lookups fast at a million customers).
    expect(rest).toEqual([]);
    const [homophone] = await find("张玮", { ownerIds: "all" });
    expect(homophone!.score).toBeLessThan(1);
  });

  it("ranks a full phone above a partial one", async () => {
    const [full] = await find("+86 138 0013 8000");
    const [suffix] = await find("8000");
    expect(full?.score).toBe(1);
    expect(suffix!.score).toBeLessThan(1);
    expect(suffix!.score).toBeGreaterThan(0.9);
  });

  it("keeps similar names apart by score", async () => {
    const matches = await find("zhang wei", { ownerIds: "all" });
    // both whose whole name reads zhang wei; 张伟明's only starts so, and shows when they are not there
    expect(matches.map((match) => match.name).sort()).toEqual(["张伟", "张薇"]);
    expect((await find("zhang wei", { ownerIds: [staff.repC] }))).toEqual([]);
    expect((await find("zhang wei m")).map((match) => match.name)).toEqual(["张伟明"]);
  });

  it("finds by the start of a name word and by a surname alone", async () => {
    expect((await find("Mari"))[0]?.name).toBe("Maria Garcia");
    expect((await find("zhang")).map((match) => match.name).sort()).toEqual(["张伟", "张伟明"]);
  });

  it("never shows rep A another rep's customer, whatever the query", async () => {
    for (const query of ["Robert Johnson", "robert", "initech", "2671", "腾讯", "tengxun", "Chen Jing", "umbrella"]) {
      expect(await find(query), query).toEqual([]);
    }
    // 张薇 sounds like rep A's own 张伟, who may show up; 张薇 never does.
    for (const query of ["张薇", "zhang wei", "zw", ...queries.map((row) => row.query)]) {
      const owners = (await find(query)).map((match) => match.ownerId);
      expect(owners.every((owner) => owner === staff.repA), query).toBe(true);
    }
  });

  it("lets a manager find the team's customers but not another team's", async () => {
    const team = { ownerIds: [staff.manager, staff.repA, staff.repB] };
    expect((await find("Robert Jonson", team))[0]?.name).toBe("Robert Johnson");
    expect((await find("zhang wei", team)).map((match) => match.name).sort()).toEqual(["张伟", "张薇"]);
    expect(await find("Chen Jing", team)).toEqual([]);
    expect((await find("Chen Jing", { ownerIds: "all" }))[0]?.name).toBe("Chen Jing");
  });

  it("does not find soft-deleted customers", async () => {
    for (const query of ["王芳", "wang fang", "wangfang", "1111", "13700001111"]) {
      expect(await find(query, { ownerIds: "all" }), query).toEqual([]);
    }
  });

  it.each(["xyzzy qwerty", "0000", "12", "  ", "Zebediah Quuxworth"])("finds nobody for “%s”", async (query) => {
    expect(await find(query, { ownerIds: "all" })).toEqual([]);
  });

  it("finds nobody for an empty scope", async () => {
    expect(await find("张伟", { ownerIds: [] })).toEqual([]);
  });

  it("respects the limit", async () => {
    const matches = await findCustomers({ db: db.prisma, query: "a", scope: { ownerIds: "all" }, limit: 2 });
    expect(matches.length).toBeLessThanOrEqual(2);
  });
});
