/**
 * Issue 5's guest memory through `chatcrm chat --script`, on the embedded database and on PostgreSQL: a
 * first booking with a preference, the day-before reminder, completion with points, the survey and the
 * tier reached, a second booking weeks later with the preference applied and the guest recognised, a
 * preference said in chat, and a complaint that alerts the duty staff, is escalated to the manager,
 * resolved, and the guest told. `advance_to` lines run the jobs on the script's clock.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { replyLines, runCli, scriptOf, type ReplyLine } from "../support/run-cli.ts";

const at = (local: string) => `${local}+08:00`;
const SCRIPT = scriptOf([
  { user: "小李", role: "frontdesk", text: "/whoami", now: at("2026-11-18T09:00:00") },
  { user: "王经理", role: "manager", text: "/whoami", now: at("2026-11-18T09:00:00") },
  { user: "amy", role: "guest", text: "11月25日订一间大床房住两晚，无烟", now: at("2026-11-18T10:00:00") },
  { advance_to: at("2026-11-24T15:00:00") },
  { user: "小李", text: "/complete B-1 916", now: at("2026-11-27T11:30:00") },
  { advance_to: at("2026-11-27T13:00:00") },
  { user: "amy", text: "4", now: at("2026-11-27T13:05:00") },
  { user: "ben", role: "guest", text: "我不抽烟", now: at("2026-12-01T10:00:00") },
  { user: "ben", text: "12月10日订一间大床房住一晚", now: at("2026-12-01T10:01:00") },
  { user: "amy", text: "12月20日订一间大床房住一晚", now: at("2026-12-15T10:00:00") },
  { user: "amy", text: "我的积分", now: at("2026-12-15T10:01:00") },
  { user: "amy", text: "/complain 房间空调坏了", now: at("2026-12-20T21:00:00") },
  { advance_to: at("2026-12-20T21:01:00") },
  { advance_to: at("2026-12-21T01:30:00") },
  { user: "王经理", text: "/resolve CP-1 已更换空调", now: at("2026-12-21T01:35:00") },
  { advance_to: at("2026-12-21T08:30:00") },
]);

const targets = [
  { name: "pglite", location: async () => join(await mkdtemp(join(tmpdir(), "chatcrm-guest-")), "data"), cleanup: (db: string) => rm(join(db, ".."), { recursive: true, force: true }) },
  { name: "postgres", location: async () => databaseUrlFor(), cleanup: (db: string) => dropDatabase(db) },
];

describe.each(targets)("guest memory script on $name", ({ location, cleanup }) => {
  let db = "";
  afterAll(() => cleanup(db));

  it("remembers, recognises, rewards, and handles a complaint to the end", async () => {
    db = await location();
    const { code, stdout, stderr } = await runCli(["chat", "--script", "-", "--db", db], { input: SCRIPT });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const replies = replyLines(stdout) as (ReplyLine & { values?: string[]; at?: string })[];
    const of = (user: string, pattern: RegExp) => replies.filter((r) => r.user === user && pattern.test(r.text));
    const one = (user: string, pattern: RegExp) => {
      const found = of(user, pattern);
      expect(found, `${user}: ${pattern} in\n${stdout}`).toHaveLength(1);
      return found[0]!;
    };

    // First stay: booked with a preference, reminded the day before, completed with points.
    one("amy", /预订成功 B-1 大床房.*2晚\n已备注：无烟/);
    expect(one("amy", /温馨提醒：您预订的 B-1 大床房将于11月25日/).at).toBe("2026-11-24T06:00:00.000Z");
    one("小李", /B-1.*已完成，消费¥916/);
    // After checkout: the survey, and the tier the 1016 points reached, with its offer.
    expect(one("amy", /请为本次体验打分/).values).toEqual(["1", "2", "3", "4", "5"]);
    one("amy", /恭喜您升级为银卡会员！专属礼遇/);
    one("amy", /感谢您的评分（4分）/);

    // A preference said in chat is applied to the next booking.
    one("ben", /已记住：无烟/);
    one("ben", /预订成功 B-2.*\n已为您安排无烟大床房，按您之前说的/);

    // Weeks later: the same room as last time, and a returning guest recognised.
    const second = one("amy", /预订成功 B-3/);
    expect(second.text).toMatch(/已为您安排无烟大床房，和上次一样/);
    expect(second.text).toMatch(/欢迎回来！这是您第2次光临（银卡会员）/);
    one("amy", /您目前有 1016 积分，银卡会员。\n再累积 3984 积分即可升级为金卡/);

    // A complaint: apology and reference, an alert with an ack button to the desk and the manager.
    one("amy", /非常抱歉.*CP-1/);
    for (const staff of ["小李", "王经理"]) {
      const alert = one(staff, /新投诉 CP-1：房间空调坏了/);
      expect(alert.text).toMatch(/回头客：第2次光临，银卡，累计消费¥916/);
      expect(alert.values).toEqual(["/ack CP-1"]);
    }
    // Unresolved after the venue's 4 hours: the manager, and only the manager, hears again.
    expect(one("王经理", /投诉升级.*CP-1/).at).toBe("2026-12-20T17:00:00.000Z");
    expect(of("小李", /投诉升级/)).toHaveLength(0);
    // Resolved at night: the guest is told in the morning.
    one("王经理", /已解决 CP-1：已更换空调，已通知客人/);
    expect(one("amy", /您反馈的问题（CP-1）已处理：已更换空调/).at).toBe("2026-12-21T00:00:00.000Z");
  }, 120_000);
});
