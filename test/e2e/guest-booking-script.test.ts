/**
 * Issue 5's bookings through `chatcrm chat --script` with a venue file: a first booking, a full house
 * answered with alternatives (one booked by its option text), a change, a cancellation, and the desk's
 * arrivals — on the embedded database and on PostgreSQL.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { replyLines, runCli, scriptOf } from "../support/run-cli.ts";

const VENUE = `
name: 湖畔小筑
timeZone: Asia/Shanghai
cancellationCutoffHours: 24
rooms:
  - { name: 行政套房, aliases: [suite], count: 1, capacity: 2, price: 888 }
  - { name: 大床房, aliases: [king], count: 3, capacity: 2, price: 458 }
restaurant:
  openingHours: [{ open: "17:00", close: "21:00" }]
  tables: [{ name: 4人桌, count: 2, seats: 4 }]
`;

const SCRIPT = scriptOf([
  { user: "amy", role: "guest", text: "/book 2026-11-20 入住 2晚 行政套房" },
  { user: "ben", role: "guest", text: "11月20日入住 2晚 行政套房" },
  { user: "ben", text: "/book 2026-11-22 入住 2晚 行政套房 1位" },
  { user: "amy", text: "/改期 B-1 改到11月19日" },
  { user: "amy", text: "明晚7点 4位" },
  { user: "amy", text: "取消B-3的预订" },
  { user: "amy", text: "我的预订" },
  { user: "小王", role: "frontdesk", text: "/今日到店", now: "2026-11-19T09:00:00+08:00" },
]);

const targets = [
  { name: "pglite", location: async (dir: string) => join(dir, "data"), cleanup: async () => {} },
  { name: "postgres", location: async () => databaseUrlFor(), cleanup: (db: string) => dropDatabase(db) },
];

describe.each(targets)("guest bookings by script on $name", ({ location, cleanup }) => {
  let dir = "";
  let db = "";
  afterAll(async () => {
    if (db) await cleanup(db);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("books, refuses a full house with alternatives, changes and cancels", async () => {
    dir = await mkdtemp(join(tmpdir(), "chatcrm-booking-"));
    db = await location(dir);
    const venue = join(dir, "venue.yaml");
    await writeFile(venue, VENUE);
    const { code, stdout, stderr } = await runCli(["chat", "--script", "-", "--db", db, "--venue", venue], { input: SCRIPT });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const replies = replyLines(stdout);
    const of = (user: string) => replies.filter((r) => r.user === user);

    const [booked, changed, table, cancelled, list] = of("amy");
    expect(booked!.text).toBe("✅ 预订成功 B-1 行政套房 11月20日(周五)入住 2晚");

    const [full, alternative] = of("ben");
    expect(full!.text).toMatch(/^抱歉，11月20日\(周五\) 行政套房 已订满。可以改订：/);
    expect(full!.options).toEqual(["大床房 11月20日(周五)入住 2晚", "行政套房 11月22日(周日)入住 2晚"]);
    expect(alternative!.text).toBe("✅ 预订成功 B-2 行政套房 11月22日(周日)入住 2晚");

    expect(changed!.text).toBe("✅ 已修改 B-1：行政套房 11月20日(周五)入住 2晚 → 行政套房 11月19日(周四)入住 2晚");
    expect(table!.text).toMatch(/✅ 预订成功 B-3 11月19日\(周四\) 19:00 4人桌 4位/);
    expect(cancelled!.text).toMatch(/已取消 B-3 11月19日\(周四\) 19:00/);
    expect(list!.text).toMatch(/您的预订：\nB-1 行政套房 11月19日\(周四\)入住 2晚$/);

    const [arrivals] = of("小王");
    expect(arrivals!.text).toMatch(/今日到店（11月19日\(周四\)）：\n客房：\nB-1 行政套房 11月19日\(周四\)入住 2晚 · amy · 首次光临/);
  }, 120_000);
});
