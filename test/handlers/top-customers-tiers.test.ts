import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { topCustomersHandler } from "../../src/handlers/top-customers.ts";
import { pyramidCommand } from "../../src/handlers/pyramid.ts";
import { parseSlashCommand } from "../../src/runtime/slash-commands.ts";
import type { Actor, Context, Scope } from "../../src/runtime/context.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import type { Lang, Reply } from "../../src/runtime/message.ts";
import { parseLocalDateTime } from "../../src/domain/time/zoned.ts";
import type { Database, PrismaClient } from "../../src/store/client.ts";
import { testDatabases } from "../support/databases.ts";

const tz = "Asia/Shanghai";
const now = new Date("2026-11-18T10:00:00+08:00");
const at = (local: string) => parseLocalDateTime(local, tz)!;

type Ids = { mia: number; alice: number; zed: number };

/**
 * Mia's rep Alice has ten customers: Acme ¥600k, Beta ¥250k, Gamma ¥100k, Delta ¥50k, six without a deal.
 * Zed (Olga's team) sells ¥500k to one customer: it counts in the company-wide tiers, not in Mia's pyramid.
 */
async function seed(db: PrismaClient): Promise<Ids> {
  const mia = (await db.staff.create({ data: { name: "Mia", role: "manager" } })).id;
  const olga = (await db.staff.create({ data: { name: "Olga", role: "manager" } })).id;
  const alice = (await db.staff.create({ data: { name: "Alice", role: "sales", managerId: mia } })).id;
  const zed = (await db.staff.create({ data: { name: "Zed", role: "sales", managerId: olga } })).id;
  const customer = async (name: string, ownerId: number) => (await db.customer.create({ data: { name, searchKey: name, ownerId } })).id;
  const won = (customerId: number, ownerId: number, amount: number) =>
    db.deal.create({ data: { customerId, ownerId, amount: String(amount), stage: "won", closedAt: at("2026-10-01T12:00") } });
  for (const [name, amount] of [["Acme", 600_000], ["Beta", 250_000], ["Gamma", 100_000], ["Delta", 50_000]] as const) {
    await won(await customer(name, alice), alice, amount);
  }
  for (let i = 1; i <= 6; i++) await customer(`Quiet ${i}`, alice);
  await won(await customer("Zed Corp", zed), zed, 500_000);
  return { mia, alice, zed };
}

function contextFor(db: PrismaClient, actor: Actor, lang: Lang, scope: Scope): Context {
  const replies: Reply[] = [];
  return {
    message: { platform: "test", chatId: "chat", userId: "user", messageId: "m1", text: "", receivedAt: now },
    db,
    log: createLogger("silent"),
    now,
    tz,
    lang,
    actor,
    scope,
    replies,
    reply: (reply) => void replies.push(typeof reply === "string" ? { kind: "text", text: reply } : reply),
    write: () => Promise.reject(new Error("reports never write")),
    conversation: { key: { platform: "test", chatId: "chat", userId: "user" } },
  };
}

describe.each(testDatabases)("customer tiers in replies on $name", ({ open }) => {
  let database: Database;
  let ids: Ids;
  const manager = (lang: Lang) =>
    contextFor(database.prisma, { kind: "staff", staffId: ids.mia, name: "Mia", role: "manager", tz }, lang, { ownerIds: [ids.mia, ids.alice] });

  beforeAll(async () => {
    database = await open();
    ids = await seed(database.prisma);
  });
  afterAll(() => database?.close());

  it("answers /pyramid and /分层", () => {
    expect(parseSlashCommand("/pyramid")?.command).toEqual({ action: "pyramid" });
    expect(parseSlashCommand("/分层")?.command).toEqual({ action: "pyramid" });
  });

  it("lists top customers without a tier before segmentation has run", async () => {
    const ctx = manager("en");
    await topCustomersHandler(ctx, { intent: "top_customers", slots: { limit: 2 } });
    expect(ctx.replies).toEqual([{ kind: "text", text: ["Top 2 customers by won deals · all time", "1. Acme ¥600,000 (1 deal) · Alice", "2. Beta ¥250,000 (1 deal) · Alice"].join("\n") }]);
  });

  it("computes the tiers on the first /pyramid, then draws the pyramid of the manager's scope", async () => {
    const ctx = manager("zh");
    await pyramidCommand(ctx);
    expect(ctx.replies.map((r) => r.kind)).toEqual(["text", "image"]);
    // Tiers are company-wide: 11 customers, ¥1.5M. VIP at most 1 (5%), major at most 3 (20%). Acme
    // starts at 0%: VIP. Zed Corp (40%) and Beta (73%) are major; Gamma (90%) ordinary; Delta (97%) small.
    // Mia sees only her own ten.
    const first = ctx.replies[0]!;
    expect(first.kind === "text" && first.text).toBe("客户分层：10 位客户中，VIP 和重要客户 2 位（20%）贡献了近12个月 85% 的成交额（共 ¥100万）。");
    const image = ctx.replies[1]!;
    expect(image.kind === "image" && image.alt).toBe(
      [
        "客户分层 · 分层计算于 2026-11-18 10:00",
        "层级 | 客户 | 成交额 | 占比",
        "VIP | 1 | ¥60万 | 60%",
        "重要 | 1 | ¥25万 | 25%",
        "普通 | 1 | ¥10万 | 10%",
        "小客户 | 7 | ¥5万 | 5%",
        "合计 | 10 | ¥100万 | 100%",
      ].join("\n"),
    );
  });

  it("shows each top customer's tier once computed", async () => {
    const zh = manager("zh");
    await topCustomersHandler(zh, { intent: "top_customers", slots: { limit: 2 } });
    expect(zh.replies[0]).toEqual({ kind: "text", text: ["成交额前 2 的客户 · 至今", "1. Acme【VIP】¥60万（1 单） · Alice", "2. Beta【重要】¥25万（1 单） · Alice"].join("\n") });
    const en = manager("en");
    await topCustomersHandler(en, { intent: "top_customers", slots: { limit: 1 } });
    expect(en.replies[0]).toEqual({ kind: "text", text: ["Top 1 customer by won deals · all time", "1. Acme [VIP] ¥600,000 (1 deal) · Alice"].join("\n") });
  });

  it("refuses the pyramid to a sales rep", async () => {
    const ctx = contextFor(database.prisma, { kind: "staff", staffId: ids.alice, name: "Alice", role: "sales", tz }, "en", { ownerIds: [ids.alice] });
    await pyramidCommand(ctx);
    expect(ctx.replies).toHaveLength(1);
    expect(ctx.replies[0]!.kind === "text" && ctx.replies[0]!.text).toMatch(/^Sorry, team reports are for managers\./);
  });
});
