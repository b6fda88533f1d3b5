/**
 * Issue 6's follow-ups through `chatcrm chat --script` with a fixed clock that `advance_to` moves: a new
 * lead's cadence, reminders at their times with working Done / Snooze / Add note buttons, the morning
 * digest, an escalation to the manager, a birthday reminder, and the manager's weekly summary — on the
 * embedded database and on PostgreSQL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { runCli } from "../support/run-cli.ts";
import { openDatabase } from "../../src/store/client.ts";

/** The tiers the nightly job stored, read straight from the database the script used. */
async function openTier(location: string): Promise<Record<string, string>> {
  const db = await openDatabase({ db: location });
  try {
    const rows = await db.prisma.customer.findMany({ where: { isGuest: false }, select: { name: true, tier: true } });
    return Object.fromEntries(rows.map((row) => [row.name, row.tier]));
  } finally {
    await db.close();
  }
}

type Line = { user?: string; text?: string; options?: string[]; values?: string[]; at?: string; error?: string; image_png_base64?: string };

const tz = "Asia/Shanghai";
const say = (user: string, text: string, extra: Record<string, unknown> = {}) => ({ user, text, tz, ...extra });
const advance = (to: string) => ({ advance_to: to });

/** Wednesday 18 November 2026, 10:00 in Shanghai. */
const SCRIPT = [
  say("wang", "/汇总 本周", { role: "manager", now: "2026-11-18T10:00:00+08:00" }),
  say("alice", "新线索：张伟，蓝海科技，电话13800138000，想采购300箱矿泉水", { role: "sales", now: "2026-11-18T10:01:00+08:00" }),
  say("alice", "/update 张伟 生日11-24"),
  say("alice", "刚给张伟打了电话，他要报价"),
  say("alice", "/deal 张伟 签了 8万6"),
  say("alice", "新线索：李娜，星河贸易，电话13900139000，周五回电"),
  advance("2026-11-20T12:00:00+08:00"),
  // alice presses "推迟" on the T-4 reminder: the button's value is the command.
  say("alice", "/snooze T-4"),
  advance("2026-11-21T12:30:00+08:00"),
  say("alice", "/done T-1"),
  say("alice", "/tasknote T-4"),
  say("alice", "/tasknote T-4 客户要周五前报价"),
  advance("2026-11-24T10:00:00+08:00"),
  // The nightly job has computed the pyramid by now; the manager asks for it and for last week's pictures.
  say("wang", "/分层"),
  say("wang", "/汇总 上周"),
];

const targets = [
  { name: "pglite", location: async () => join(await mkdtemp(join(tmpdir(), "chatcrm-follow-")), "data"), cleanup: (db: string) => rm(join(db, ".."), { recursive: true, force: true }) },
  { name: "postgres", location: async () => databaseUrlFor(), cleanup: (db: string) => dropDatabase(db) },
];

describe.each(targets)("follow-ups that run themselves on $name", ({ location, cleanup }) => {
  let db = "";
  afterAll(() => cleanup(db));

  it("reminds, digests, escalates, cares and sums up at the right times", async () => {
    db = await location();
    const input = SCRIPT.map((line) => JSON.stringify(line)).join("\n") + "\n";
    const { code, stdout, stderr } = await runCli(["chat", "--script", "-", "--db", db], { input, env: { CHATCRM_QUIET_HOURS: "22-8" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);
    expect(lines.filter((l) => l.error)).toEqual([]);
    const pushed = lines.filter((l) => l.at);
    const replies = lines.filter((l) => !l.at);
    const pushedTo = (user: string) => pushed.filter((l) => l.user === user);
    const at = (iso: string) => new Date(iso).toISOString();

    // The new lead without a date gets the team's 3-3-3 cadence; the one with a date gets just that.
    const [lead, , , , second] = replies.filter((l) => l.user === "alice");
    expect(lead!.text).toMatch(/⏰ 跟进节奏：T-1 11月21日、T-2 12月9日、T-3 2月16日/);
    expect(second!.text).toMatch(/T-4：11月20日\(周五\) 09:00/);
    expect(second!.text).not.toMatch(/跟进节奏/);

    const alice = pushedTo("alice");
    // Thursday has nothing due: no digest. Friday: the digest at 08:30, then T-4's reminder at 09:00.
    expect(alice[0]).toMatchObject({ at: at("2026-11-20T08:30:00+08:00"), text: expect.stringMatching(/☀️ 早上好，alice！今天 1 项：\nT-4 .*跟进 李娜/) });
    expect(alice[1]).toMatchObject({
      at: at("2026-11-20T09:00:00+08:00"),
      text: expect.stringMatching(/^⏰ T-4 跟进 李娜 \(星河贸易\)/),
      options: ["完成", "推迟", "备注"],
      values: ["/done T-4", "/snooze T-4", "/tasknote T-4"],
    });
    // Snooze moved it a day; the old reminder's escalation did not fire.
    expect(replies.find((l) => l.text?.includes("已推迟"))?.text).toBe("⏰ 已推迟 T-4 到 11月21日(周六) 12:00");
    // Saturday: digest, the cadence's first reminder (T-1 at 09:00), the snoozed T-4 at 12:00.
    expect(alice[2]).toMatchObject({ at: at("2026-11-21T08:30:00+08:00"), text: expect.stringMatching(/今天 2 项/) });
    expect(alice[3]).toMatchObject({ at: at("2026-11-21T09:00:00+08:00"), text: expect.stringMatching(/^⏰ T-1 跟进 张伟 \(蓝海科技\)/), values: ["/done T-1", "/snooze T-1", "/tasknote T-1"] });
    expect(alice[4]).toMatchObject({ at: at("2026-11-21T12:00:00+08:00"), text: expect.stringMatching(/^⏰ T-4 跟进 李娜/) });
    // Pressing Done closes the task; Add note without text says how, with text saves it.
    expect(replies.find((l) => l.user === "alice" && /^✅ .*T-1/.test(l.text ?? ""))).toBeTruthy();
    expect(replies.find((l) => l.text === "请发送：/tasknote T-4 备注内容")).toBeTruthy();
    expect(replies.find((l) => l.text === "📝 已为 T-4 添加备注：客户要周五前报价")).toBeTruthy();

    // Sunday and Monday: T-4 is overdue in each digest; T-1 is done and gone.
    const sunday = alice.find((l) => l.at === at("2026-11-22T08:30:00+08:00"));
    expect(sunday?.text).toMatch(/逾期 1 项：\n⚠️ T-4/);
    expect(sunday?.text).not.toMatch(/T-1/);

    // T-4 open 24 h past its (snoozed) due time: wang, the team's manager, hears once.
    const wang = pushedTo("wang");
    const escalations = wang.filter((l) => l.text?.includes("🚨"));
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({ at: at("2026-11-22T12:00:00+08:00"), text: expect.stringMatching(/alice 有 1 个任务逾期超过 24 小时未完成：\nT-4 跟进 李娜/) });

    // Monday 09:00: last week's summary for wang — one follow-up, the ¥86,000 win, 1 of 2 tasks due done.
    const weekly = wang.find((l) => l.text?.startsWith("📊"));
    expect(weekly?.at).toBe(at("2026-11-23T09:00:00+08:00"));
    expect(weekly?.text).toMatch(/团队汇总 · 上周/);
    expect(weekly?.text).toMatch(/跟进 1 ↑1/);
    expect(weekly?.text).toMatch(/任务完成 1\/2/);
    expect(weekly?.text).toMatch(/成交 1单 ↑1（¥8\.6万/);
    expect(weekly?.text).toMatch(/需关注：alice（逾期任务 1 个）/);

    // 张伟's birthday (11-24): a care task made three days ahead, in that morning's digest, reminded at 09:00.
    const birthday = alice.find((l) => l.at === at("2026-11-24T09:00:00+08:00"));
    expect(birthday).toMatchObject({ text: expect.stringMatching(/^⏰ T-5 🎂 张伟 11月24日生日，送上祝福/), values: ["/done T-5", "/snooze T-5", "/tasknote T-5"] });
    expect(alice.find((l) => l.at === at("2026-11-24T08:30:00+08:00"))?.text).toMatch(/今天 1 项，逾期 1 项[\s\S]*T-5 .*🎂 张伟/);

    // The pyramid: 张伟 (the only revenue) is the one VIP, as a picture with a text table; the summary
    // comes with its charts as PNG images.
    const asked = replies.filter((l) => l.user === "wang").slice(-4);
    const pngs = asked.filter((l) => l.image_png_base64);
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    for (const png of pngs) expect(Buffer.from(png.image_png_base64!, "base64").subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(asked.map((l) => l.text).join("\n")).toMatch(/VIP[^\n]*1/);
    const tiers = await openTier(db);
    expect(tiers).toEqual({ 张伟: "vip", 李娜: "small" });

    // Nothing was pushed at night.
    for (const line of pushed) {
      const hour = Number(new Intl.DateTimeFormat("en-US", { timeZone: tz, hour: "numeric", hourCycle: "h23" }).format(new Date(line.at!)));
      expect(hour >= 8 && hour < 22).toBe(true);
    }
  }, 180_000);
});
