import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summaryHandler } from "../../src/handlers/summary.ts";
import { topCustomersHandler } from "../../src/handlers/top-customers.ts";
import type { Actor, Context, Scope } from "../../src/runtime/context.ts";
import { createLogger } from "../../src/runtime/logger.ts";
import type { Lang, Reply } from "../../src/runtime/message.ts";
import { parseLocalDateTime } from "../../src/domain/time/zoned.ts";
import type { Database, PrismaClient } from "../../src/store/client.ts";
import { testDatabases } from "../support/databases.ts";

const tz = "Asia/Shanghai";
// Wednesday 18 Nov 2026 10:00: this week is 16–22 Nov, last week 9–15 Nov.
const now = new Date("2026-11-18T10:00:00+08:00");
const at = (local: string) => parseLocalDateTime(local, tz)!;

type Ids = { mia: number; alice: number; bob: number; zed: number; olga: number };

/** Manager Mia with reps Alice and Bob; Olga's rep Zed sells a million that Mia must never see. */
async function seed(db: PrismaClient): Promise<Ids> {
  const staff = async (name: string, role: "manager" | "sales", managerId?: number) =>
    (await db.staff.create({ data: { name, role, managerId } })).id;
  const mia = await staff("Mia", "manager");
  const olga = await staff("Olga", "manager");
  const alice = await staff("Alice Wang", "sales", mia);
  const bob = await staff("Bob Li", "sales", mia);
  const zed = await staff("Zed", "sales", olga);
  const customer = async (name: string, ownerId: number, created: string) =>
    (await db.customer.create({ data: { name, searchKey: name, ownerId, createdAt: at(created) } })).id;
  const acme = await customer("Acme", alice, "2026-11-16T09:00");
  await customer("Beta", alice, "2026-11-17T09:00");
  const gamma = await customer("Gamma", bob, "2026-11-10T09:00");
  const zeds = await customer("Zed Corp", zed, "2026-11-16T09:00");

  const deal = (ownerId: number, customerId: number, stage: "won" | "lost" | "proposal", amount: string, closed?: string) =>
    db.deal.create({ data: { ownerId, customerId, stage, amount, closedAt: closed ? at(closed) : null } });
  await deal(alice, acme, "won", "50000", "2026-11-16T15:00");
  await deal(alice, acme, "won", "30000", "2026-11-17T15:00");
  await deal(alice, acme, "won", "20000", "2026-11-11T15:00");
  await deal(alice, acme, "lost", "8000", "2026-11-17T16:00");
  await deal(alice, acme, "proposal", "100000");
  await deal(bob, gamma, "won", "40000", "2026-11-18T09:00");
  await deal(zed, zeds, "won", "1000000", "2026-11-17T15:00");

  for (const when of ["2026-11-16T10:00", "2026-11-17T10:00", "2026-11-18T09:00"]) {
    await db.activity.create({ data: { staffId: alice, customerId: acme, summary: "call", occurredAt: at(when) } });
  }
  await db.activity.create({ data: { staffId: bob, customerId: gamma, summary: "call", occurredAt: at("2026-11-12T10:00") } });
  await db.activity.create({ data: { staffId: zed, customerId: zeds, summary: "call", occurredAt: at("2026-11-17T10:00") } });

  const task = (ownerId: number, due: string, status: "open" | "done") =>
    db.task.create({ data: { ownerId, title: "follow up", dueAt: at(due), status } });
  await task(alice, "2026-11-16T10:00", "done");
  await task(alice, "2026-11-17T10:00", "done");
  await task(bob, "2026-11-16T10:00", "open");
  return { mia, alice, bob, zed, olga };
}

/** A hand-built Context on the real database that records what the handler replied. */
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

/** What the manager reads: the text replies (the charts that follow are checked on their own). */
const text = (ctx: Context) => ctx.replies.flatMap((r) => (r.kind === "image" ? [] : [r.text])).join("\n");
const images = (ctx: Context) => ctx.replies.flatMap((r) => (r.kind === "image" ? [r] : []));

describe.each(testDatabases)("summary and top_customers handlers on $name", ({ open }) => {
  let database: Database;
  let ids: Ids;
  const manager = (lang: Lang) =>
    contextFor(
      database.prisma,
      { kind: "staff", staffId: ids.mia, name: "Mia", role: "manager", tz },
      lang,
      { ownerIds: [ids.mia, ids.alice, ids.bob] },
    );

  beforeAll(async () => {
    database = await open();
    ids = await seed(database.prisma);
  });
  afterAll(() => database?.close());

  it("sums up the team this week in English", async () => {
    const ctx = manager("en");
    await summaryHandler(ctx, { intent: "summary", slots: {} });
    expect(text(ctx)).toBe(
      [
        "Team · this week (vs last week)",
        "New leads 2 ↑1 · Follow-ups 3 ↑2 · Tasks done 2/3",
        "Won 3 ↑2 (¥120,000 ↑¥100,000) · Lost 1 ↑1 · Win rate 75% · Avg ¥40,000",
        "Pipeline 1 deal ¥100,000: proposal 1",
        "Behind: Bob Li (few follow-ups done 0/1, 1 overdue task)",
        "Alice Wang: won 2 ¥80,000, 3 follow-ups | Bob Li: won 1 ¥40,000, 0 follow-ups",
      ].join("\n"),
    );
  });

  it("sums up the team this week in Chinese, amounts in 万", async () => {
    const ctx = manager("zh");
    await summaryHandler(ctx, { intent: "summary", slots: { period: "this_week" } });
    expect(text(ctx)).toBe(
      [
        "团队汇总 · 本周（对比上周）",
        "新线索 2 ↑1 · 跟进 3 ↑2 · 任务完成 2/3",
        "成交 3单 ↑2（¥12万 ↑¥10万） · 丢单 1 ↑1 · 赢单率 75% · 单均 ¥4万",
        "在谈 1 单 ¥10万：已报价 1",
        "需关注：Bob Li（完成跟进偏少 0/1，逾期任务 1 个）",
        "Alice Wang 成交2单 ¥8万 跟进3｜Bob Li 成交1单 ¥4万 跟进0",
      ].join("\n"),
    );
    expect(text(ctx)).not.toMatch(/100万|1,000,000|Zed/);
  });

  it("follows the summary with the pipeline and won-trend charts, each with a table as alt text", async () => {
    const ctx = manager("zh");
    await summaryHandler(ctx, { intent: "summary", slots: {} });
    expect(ctx.replies.map((r) => r.kind)).toEqual(["text", "image", "image"]);
    const [pipeline, trend] = images(ctx);
    for (const image of [pipeline!, trend!]) expect([...image.png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(pipeline!.alt).toBe(
      ["在谈商机", "阶段 | 单数 | 金额", "新建 | 0 | ¥0", "已确认 | 0 | ¥0", "已报价 | 1 | ¥10万", "谈判 | 0 | ¥0", "合计 | 1 | ¥10万"].join("\n"),
    );
    // Twelve weeks to this one (16 Nov): Alice's ¥20,000 on 11 Nov, ¥80,000 and Bob's ¥40,000 this week.
    const rows = trend!.alt.split("\n");
    expect(rows.slice(0, 2)).toEqual(["近 12 周成交额", "周 | 单数 | 金额"]);
    expect(rows.slice(2)).toHaveLength(12);
    expect(rows.slice(-3)).toEqual(["11/2 | 0 | ¥0", "11/9 | 1 | ¥2万", "11/16 | 3 | ¥12万"]);
    expect(trend!.alt).not.toMatch(/100万/);
  });

  it("charts one rep's own figures when the summary is for one rep", async () => {
    const ctx = manager("en");
    await summaryHandler(ctx, { intent: "summary", slots: { person: "bob" } });
    const [pipeline, trend] = images(ctx);
    expect(pipeline!.alt.split("\n")[0]).toBe("Bob Li · Open pipeline");
    expect(pipeline!.alt).toContain("Total | 0 | ¥0");
    expect(trend!.alt.split("\n").slice(-1)).toEqual(["11/16 | 1 | ¥40,000"]);
  });

  it("reports on one rep found by part of the name, any case", async () => {
    const ctx = manager("en");
    await summaryHandler(ctx, { intent: "summary", slots: { person: "bob" } });
    const reply = text(ctx);
    expect(reply.split("\n")[0]).toBe("Bob Li · this week (vs last week)");
    expect(reply).toContain("Won 1 ↑1 (¥40,000 ↑¥40,000)");
    expect(reply).toContain("Needs attention: few follow-ups done 0/1, 1 overdue task");
    expect(reply).not.toContain("Alice");
  });

  it("compares last week with the week before", async () => {
    const ctx = manager("en");
    await summaryHandler(ctx, { intent: "summary", slots: { period: "last_week" } });
    expect(text(ctx)).toContain("Team · last week (vs Nov 2 – Nov 8)");
    expect(text(ctx)).toContain("Won 1 ↑1 (¥20,000 ↑¥20,000)");
  });

  it("finds a rep whatever the spacing and punctuation", async () => {
    const ctx = manager("zh");
    await summaryHandler(ctx, { intent: "summary", slots: { person: "bobli" } });
    expect(text(ctx).split("\n")[0]).toBe("Bob Li汇总 · 本周（对比上周）");
  });

  it("says who was not found, in scope only", async () => {
    const en = manager("en");
    await summaryHandler(en, { intent: "summary", slots: { person: "Zed" } });
    expect(text(en)).toBe('I couldn\'t find "Zed" on your team.');
    const zh = manager("zh");
    await summaryHandler(zh, { intent: "summary", slots: { person: "小王" } });
    expect(text(zh)).toBe("你的团队里没有找到“小王”。");
  });

  it("asks which one when several reps match", async () => {
    const ctx = manager("en");
    await summaryHandler(ctx, { intent: "summary", slots: { person: "li" } });
    expect(text(ctx)).toBe('Several people match "li": Alice Wang, Bob Li. Which one?');
  });

  it("explains a custom period it cannot read", async () => {
    const ctx = manager("zh");
    await summaryHandler(ctx, { intent: "summary", slots: { period: "custom", from: "2026-02-30", to: "2026-03-02" } });
    expect(text(ctx)).toContain("没看懂这个时间段");
  });

  it.each([
    { lang: "en" as const, want: "Sorry, team reports are for managers." },
    { lang: "zh" as const, want: "抱歉，团队汇总和客户排行只对经理开放。" },
  ])("politely refuses a sales rep ($lang)", async ({ lang, want }) => {
    const ctx = contextFor(
      database.prisma,
      { kind: "staff", staffId: ids.alice, name: "Alice Wang", role: "sales", tz },
      lang,
      { ownerIds: [ids.alice] },
    );
    await summaryHandler(ctx, { intent: "summary", slots: {} });
    await topCustomersHandler(ctx, { intent: "top_customers", slots: {} });
    expect(ctx.replies).toHaveLength(2);
    for (const reply of ctx.replies) expect(reply.kind === "text" && reply.text.startsWith(want)).toBe(true);
  });

  it("lets an admin see everyone", async () => {
    const ctx = contextFor(
      database.prisma,
      { kind: "staff", staffId: ids.olga, name: "Olga", role: "admin", tz },
      "en",
      { ownerIds: "all" },
    );
    await summaryHandler(ctx, { intent: "summary", slots: {} });
    expect(text(ctx)).toContain("Won 4 ↑3 (¥1,120,000 ↑¥1,100,000)");
    expect(text(ctx)).toContain("Zed: won 1 ¥1,000,000");
  });

  it("lists the top customers in scope", async () => {
    const en = manager("en");
    await topCustomersHandler(en, { intent: "top_customers", slots: { limit: 5 } });
    expect(text(en)).toBe(
      ["Top 2 customers by won deals · all time", "1. Acme ¥100,000 (3 deals) · Alice Wang", "2. Gamma ¥40,000 (1 deal) · Bob Li"].join("\n"),
    );
    const zh = manager("zh");
    await topCustomersHandler(zh, { intent: "top_customers", slots: { period: "this_week", limit: 1 } });
    expect(text(zh)).toBe(["成交额前 1 的客户 · 本周", "1. Acme ¥8万（2 单） · Alice Wang"].join("\n"));
    const empty = manager("en");
    await topCustomersHandler(empty, { intent: "top_customers", slots: { period: "last_month" } });
    expect(text(empty)).toBe("No won deals yet (last month).");
  });
});
