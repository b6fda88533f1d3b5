/**
 * Booking by chat against the default venue (restaurant 11:00–14:00 and 17:00–22:00; 包间 ×2 for 12;
 * 套房 ×2), on both stores: availability, alternatives that book by their option value, change, cancel
 * with the cut-off, and the desk's commands. The clock is fixed: Wed 2026-11-18 10:00 Shanghai.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openChat, DEFAULT_NOW, type TestChat } from "../support/chat.ts";
import type { Reply } from "../../src/runtime/message.ts";
import type { Role } from "../../src/intents/schema.ts";

describe.each(["pglite", "postgres"] as const)("booking by chat (%s)", (kind) => {
  let chat: TestChat;
  beforeAll(async () => {
    chat = await openChat(kind);
    await chat.send("desk", "/whoami", { role: "frontdesk" });
    await chat.send("rep", "/whoami", { role: "sales" });
  });
  afterAll(async () => chat?.close());

  /** The raw replies, to read a choice's option values. */
  const receive = async (user: string, text: string, role: Role = "guest", now = DEFAULT_NOW): Promise<Reply[]> =>
    chat.app.receive({ platform: "console", chatId: user, userId: user, messageId: randomUUID(), text, receivedAt: new Date(now), tz: "Asia/Shanghai", sender: { name: user, role } });
  const say = async (user: string, text: string, role: Role = "guest", now?: string) => (await chat.send(user, text, { role, now })).join("\n");
  const idOf = (text: string) => /B-\d+/.exec(text)![0];

  it("books a table and shows the id and what was booked", async () => {
    expect(await say("amy", "/book 明晚7点 4位")).toMatch(/✅ 预订成功 B-\d+ 11月19日\(周四\) 19:00 4人桌 4位/);
  });

  it("refuses a table outside opening hours with the day's hours", async () => {
    expect(await say("amy", "/book 明天下午3点 2位")).toMatch(/不在餐厅营业时间。当天营业：11:00–14:00、17:00–22:00/);
  });

  it("refuses a past time and a past date", async () => {
    expect(await say("amy", "/book 2026-11-17 19:00 2位")).toMatch(/已经过去了/);
    expect(await say("amy", "/book 2026-11-16 入住 2晚 大床房")).toMatch(/已经过去了/);
  });

  it("refuses a party bigger than any table", async () => {
    expect(await say("amy", "/book 明晚7点 20位")).toMatch(/最多住\/坐12位/);
  });

  it("counts overlapping bookings against the count, and offers the nearest times as bookable choices", async () => {
    // Two private rooms: 18:00 and 19:00 overlap 19:30; a third party at 19:30 finds none.
    expect(await say("ben", "/book 2026-11-20 18:00 10位")).toMatch(/包间 10位/);
    expect(await say("cat", "/book 2026-11-20 19:00 10位")).toMatch(/包间 10位/);
    // 20:00 overlaps only 19:00–21:00 (18:00–20:00 ends as it starts): one room free again.
    const [full] = await receive("dan", "/book 2026-11-20 19:30 10位");
    expect(full?.kind).toBe("choice");
    if (full?.kind !== "choice") return;
    expect(full.text).toMatch(/11月20日\(周五\) 19:30 已订满。可以改订：/);
    expect(full.options.map((o) => o.label)).toEqual(["11月20日(周五) 20:00 包间 10位", "11月20日(周五) 20:30 包间 10位", "11月20日(周五) 21:00 包间 10位"]);
    expect(full.options[0]!.value).toBe("/book 2026-11-20 20:00 10位");
    const booked = await say("dan", full.options[0]!.value);
    expect(booked).toMatch(/✅ 预订成功 B-\d+ 11月20日\(周五\) 20:00 包间 10位/);
    // That took the last room at 20:00.
    expect(await say("eli", "/book 2026-11-20 20:00 10位")).toMatch(/已订满/);
  });

  it("offers other room types and later dates when a room type is full, in English too", async () => {
    await say("eve", "/book 2026-11-25 入住 2晚 套房");
    await say("fay", "/book 2026-11-25 入住 2晚 套房");
    const [full] = await receive("gus", "/book 2026-11-25 2 nights suite");
    expect(full?.kind).toBe("choice");
    if (full?.kind !== "choice") return;
    expect(full.text).toMatch(/Sorry, Wed Nov 25 \(suite\) is fully booked\. You could book instead:/);
    expect(full.options.map((o) => o.label)).toEqual([
      "大床房, 2 night(s) from Wed Nov 25",
      "双床房, 2 night(s) from Wed Nov 25",
      "套房, 2 night(s) from Fri Nov 27",
    ]);
    expect(full.options[2]!.value).toBe("/book 2026-11-27 2 nights suite for 1");
    expect(await say("gus", full.options[2]!.value)).toMatch(/Booked B-\d+ 套房, 2 night\(s\) from Fri Nov 27/);
  });

  it("changes the time and party size, saying what was applied", async () => {
    const id = idOf(await say("hal", "/book 2026-11-21 12:00 2位"));
    expect(await say("hal", `/change ${id} 改到11月21日 19:30`)).toMatch(new RegExp(`✅ 已修改 ${id}：11月21日\\(周六\\) 12:00 2人桌 2位 → 11月21日\\(周六\\) 19:30 2人桌 2位`));
    // Outgrowing a 2-top moves the party to a bigger free table.
    expect(await say("hal", "11月21日的改成6位")).toMatch(new RegExp(`✅ 已修改 ${id}：.*→ 11月21日\\(周六\\) 19:30 6人桌 6位`));
    expect(await say("hal", `/change ${id} 改到11月21日 15:00`)).toMatch(/不在营业时间.*保持不变/);
  });

  it("moves only the hour when a late arrival names no day", async () => {
    const id = idOf(await say("jon", "/book 2026-11-21 19:00 3位"));
    expect(await say("jon", "我们晚点到 大概9点")).toMatch(new RegExp(`✅ 已修改 ${id}：11月21日\\(周六\\) 19:00 .* → 11月21日\\(周六\\) 21:00`));
  });

  it("adds an extra night to a stay", async () => {
    const id = idOf(await say("ivy", "/book 2026-11-22 入住 2晚 大床房"));
    expect(await say("ivy", `/change ${id} 加一晚`)).toMatch(new RegExp(`✅ 已修改 ${id}：大床房 11月22日\\(周日\\)入住 2晚 → 大床房 11月22日\\(周日\\)入住 3晚`));
  });

  it("cancels before the cut-off, refuses inside it, and staff can still cancel", async () => {
    const later = idOf(await say("jon", "/book 2026-11-26 19:00 2位"));
    expect(await say("jon", `/cancel ${later}`)).toMatch(new RegExp(`已取消 ${later} 11月26日\\(周四\\) 19:00`));
    const soon = idOf(await say("jon", "/book 今晚7点 2位"));
    expect(await say("jon", `/取消 ${soon}`)).toMatch(new RegExp(`抱歉，${soon} 距开始已不足24小时，按本店政策不能在线取消`));
    expect(await say("desk", `/取消 ${soon}`, "frontdesk")).toMatch(new RegExp(`已取消 ${soon}`));
    // A guest cannot touch someone else's booking.
    const other = idOf(await say("kim", "/book 2026-11-27 19:00 2位"));
    expect(await say("jon", `/取消 ${other}`)).toMatch(new RegExp(`没有找到您 ${other} 的预订`));
  });

  it("books on a guest's behalf, lists today's arrivals with the profile, and marks arrived, no-show and completed", async () => {
    const first = await say("desk", "/book 今晚6点 4位 13900001111", "frontdesk");
    expect(first).toMatch(/✅ 预订成功 B-\d+ 11月18日\(周三\) 18:00 4人桌 4位\n客人：13900001111 13900001111/);
    const table = idOf(first);
    const room = idOf(await say("desk", "/book 今天入住 1晚 大床房 13900002222", "frontdesk"));
    // A returning guest: a completed earlier visit shows on the arrivals list.
    await chat.app.db.prisma.customer.updateMany({ where: { phones: { has: "13900001111" } }, data: { preferences: ["靠窗"] } });
    // desk writes English commands and its account is English: the answers are English.
    const arrivals = await say("desk", "/arrivals", "frontdesk");
    expect(arrivals).toMatch(/Arrivals today \(Wed Nov 18\):\nRooms:\n.*大床房.*first visit.*☎13900002222/);
    expect(arrivals).toMatch(new RegExp(`Tables:[\\s\\S]*${table} Wed Nov 18 18:00, 4人桌 for 4 · 13900001111 · first visit · likes: 靠窗`));

    expect(await say("desk", `/arrived ${table}`, "frontdesk")).toMatch(new RegExp(`✅ ${table} .* marked arrived`));
    expect(await say("desk", `/complete ${table} 680`, "frontdesk")).toMatch(new RegExp(`✅ ${table} .* completed, spend ¥680`));
    expect(await say("desk", `/noshow ${table}`, "frontdesk")).toMatch(/is completed; it can't be marked no-show/);
    expect(await say("desk", `/noshow ${room}`, "frontdesk")).toMatch(/marked no-show/);
    const row = await chat.app.db.prisma.booking.findUniqueOrThrow({ where: { id: Number(table.slice(2)) } });
    expect(row.status).toBe("completed");
    expect(Number(row.spend)).toBe(680);

    // The next visit is recognised on the list.
    await say("desk", "/book 今晚8点 2位 13900001111", "frontdesk");
    expect(await say("desk", "/arrivals", "frontdesk")).toMatch(/13900001111 · visit 2, spent ¥680 so far · last Wed Nov 18/);
  });

  it("keeps desk commands from guests and sales", async () => {
    expect(await say("amy", "/今日到店")).toMatch(/只对前台和经理开放/);
    expect(await say("rep", "/complete B-1 100", "sales")).toMatch(/That is for the front desk and managers/);
  });
});
