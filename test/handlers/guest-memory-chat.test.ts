/**
 * Guest memory through the real router, on both stores: preferences said in chat and applied to the next
 * booking with the reply saying so, the returning guest recognised, points, surveys, /ack and /resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openChat, type TestChat } from "../support/chat.ts";

const kinds = [{ name: "pglite" as const }, { name: "postgres" as const }];

describe.each(kinds)("guest memory in chat on $name", ({ name }) => {
  let chat: TestChat;
  beforeAll(async () => {
    chat = await openChat(name);
  });
  afterAll(() => chat.close());
  const db = () => chat.app.db.prisma;
  const profileOf = (user: string) => db().customer.findFirstOrThrow({ where: { identities: { some: { platformUserId: user } } } });

  it("remembers what a guest says about themselves, on their own profile", async () => {
    expect((await chat.send("mei", "我不抽烟", { role: "guest" })).join("\n")).toMatch(/已记住：无烟/);
    expect((await chat.send("mei", "我对花生过敏")).join("\n")).toMatch(/已记住：花生过敏/);
    expect((await chat.send("mei", "always a high floor")).join("\n")).toMatch(/remember: high floor/);
    expect((await profileOf("mei")).preferences).toEqual(["无烟", "花生过敏", "high floor"]);
  });

  it("applies them to the next booking and says so", async () => {
    const [reply] = await chat.send("mei", "12月1日订一间大床房住一晚");
    expect(reply).toMatch(/B-\d+/);
    expect(reply).toMatch(/已为您安排无烟、花生过敏、high floor的大床房，按您之前说的/);
    const booking = await db().booking.findFirstOrThrow({ where: { customer: { identities: { some: { platformUserId: "mei" } } } } });
    expect(booking.preferencesApplied).toEqual(["无烟", "花生过敏", "high floor"]);
    // and the day-before reminder is queued
    expect(await db().job.count({ where: { kind: "booking-reminder", payload: { path: ["bookingId"], equals: booking.id } } })).toBe(1);
  });

  it("applies only the preferences that fit a table to a table", async () => {
    const [reply] = await chat.send("mei", "12月2日晚上7点 2位");
    expect(reply).toMatch(/已为您安排无烟、花生过敏的2人桌/);
    expect(reply).not.toMatch(/high floor/);
  });

  it("greets a returning guest and arranges the room like last time", async () => {
    await chat.send("jun", "11月25日订一间大床房住两晚，无烟", { role: "guest" });
    const first = await db().booking.findFirstOrThrow({ where: { customer: { identities: { some: { platformUserId: "jun" } } } } });
    await db().booking.update({ where: { id: first.id }, data: { status: "completed", spend: 916 } });
    const [reply] = await chat.send("jun", "12月20日再订一间大床房住一晚", { now: "2026-11-28T10:00:00+08:00" });
    expect(reply).toMatch(/已为您安排无烟大床房，和上次一样/);
    expect(reply).toMatch(/欢迎回来！这是您第2次光临/);
  });

  it("shows points, the tier and what the next tier needs", async () => {
    const jun = await profileOf("jun");
    await db().loyaltyEntry.create({ data: { customerId: jun.id, points: 1016, reason: "spend" } });
    const [reply] = await chat.send("jun", "我的积分");
    expect(reply).toMatch(/您目前有 1016 积分，银卡会员/);
    expect(reply).toMatch(/再累积 3984 积分即可升级为金卡/);
  });

  it("refuses to touch anyone else's profile", async () => {
    const before = await db().auditLog.count();
    const replies = await chat.send("mei", "把张伟的电话改成13900000000");
    expect(replies.join("\n")).not.toMatch(/已更新|已记住/);
    expect(await db().auditLog.count()).toBe(before);
  });

  it("takes a bare digit as the survey answer, and a low score opens a complaint", async () => {
    const jun = await profileOf("jun");
    const completed = await db().booking.findFirstOrThrow({ where: { customerId: jun.id, status: "completed" } });
    await db().booking.update({ where: { id: completed.id }, data: { surveySentAt: new Date("2026-11-28T04:00:00Z") } });
    const [reply] = await chat.send("jun", "2", { now: "2026-11-28T15:00:00+08:00" });
    expect(reply).toMatch(/非常抱歉.*CP-\d+/);
    const complaint = await db().complaint.findFirstOrThrow({ where: { customerId: jun.id } });
    expect(complaint.bookingId).toBe(completed.id);
    expect((await db().booking.findUniqueOrThrow({ where: { id: completed.id } })).surveyScore).toBe(2);
    // With the survey answered, a bare digit is no longer an answer.
    expect((await chat.send("jun", "5", { now: "2026-11-28T15:05:00+08:00" })).join("\n")).not.toMatch(/感谢您的评分/);
  });

  it("lets staff acknowledge and resolve a complaint, and not a guest", async () => {
    // The rules are unsure of a bare complaint, so it is confirmed first.
    await chat.send("mei", "房间空调坏了", { now: "2026-12-01T20:00:00+08:00" });
    const [logged] = await chat.send("mei", "确认", { now: "2026-12-01T20:00:00+08:00" });
    const id = /CP-\d+/.exec(logged!)![0];
    expect(logged).toMatch(/非常抱歉/);
    expect((await chat.send("mei", `/resolve ${id} 没事了`)).join("\n")).toMatch(/只对员工开放/);
    expect((await chat.send("小李", `/ack ${id}`, { role: "frontdesk", now: "2026-12-01T20:05:00+08:00" })).join("\n")).toMatch(new RegExp(`已受理 ${id}`));
    expect((await chat.send("王经理", `受理 ${id}`, { role: "manager" })).join("\n")).toMatch(/已由 小李 受理/);
    expect((await chat.send("小李", `解决 ${id} 已更换空调`)).join("\n")).toMatch(new RegExp(`已解决 ${id}：已更换空调，已通知客人`));
    const complaint = await db().complaint.findFirstOrThrow({ where: { id: Number(id.slice(3)) } });
    expect(complaint).toMatchObject({ status: "resolved", resolution: "已更换空调" });
    expect(await db().job.count({ where: { kind: "complaint-resolved", payload: { path: ["complaintId"], equals: complaint.id } } })).toBe(1);
    // An English-speaking colleague pressing the button is answered in English.
    const [other] = await chat.send("mei", "the shower is broken, please fix", { now: "2026-12-01T20:10:00+08:00" });
    const second = /CP-\d+/.exec(other ?? "")?.[0] ?? /CP-\d+/.exec((await chat.send("mei", "yes"))[0]!)![0];
    expect((await chat.send("sam", `/ack ${second}`, { role: "frontdesk" })).join("\n")).toMatch(new RegExp(`${second} is yours`));
  });

  it("tells the front desk booking for a returning guest who they are", async () => {
    await chat.send("小王", "/book 12月5日 大床房 住一晚 13812345678", { role: "frontdesk" });
    const first = await db().booking.findFirstOrThrow({ where: { customer: { phones: { has: "13812345678" } } } });
    await db().booking.update({ where: { id: first.id }, data: { status: "completed", spend: 500 } });
    const [reply] = await chat.send("小王", "/book 12月20日 大床房 住一晚 13812345678", { now: "2026-12-10T10:00:00+08:00" });
    expect(reply).toMatch(/预订成功 B-\d+/);
    expect(reply).toMatch(/回头客：第2次光临，累计消费¥500/);
  });

  it("keeps one preference said in two languages once, and lists it once", async () => {
    await chat.send("lin", "table for 2 on Dec 3 at 7pm, window seat please", { role: "guest" });
    await chat.send("lin", "12月4日晚上7点 2位 靠窗");
    expect((await profileOf("lin")).preferences).toEqual(["window seat"]);
    const [reply] = await chat.send("lin", "table for 2 on Dec 5 at 7pm");
    expect(reply).toMatch(/window seat/);
    expect(reply).not.toMatch(/靠窗/);
  });
});
