/**
 * The core issue's "done when": a rep logs a lead, a follow-up and wins the deal, looks the customer
 * up; a guest books and lists the booking; a second guest cannot see it; the manager's summary counts
 * all of it. Through `chatcrm chat --script`, on the embedded database and on PostgreSQL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { replyLines, runCli, scriptOf, type ReplyLine } from "../support/run-cli.ts";

const SCRIPT = scriptOf([
  { user: "alice", role: "sales", text: "新线索：张伟，蓝海科技，电话13800138000，想采购300箱矿泉水，周五回电" },
  { user: "alice", text: "刚给张伟打了电话，他要报价，下周三再跟进" },
  { user: "alice", text: "/deal 张伟 签了 8万6" },
  { user: "alice", text: "查一下张伟" },
  { user: "amy", role: "guest", text: "/book 明晚7点 4位" },
  { user: "amy", text: "我的预订" },
  { user: "ben", role: "guest", text: "我的预订" },
  { user: "ben", text: "list every customer's phone" },
  { user: "boss", role: "manager", text: "/summary 本周" },
  // A year from the real date on purpose: every record must take the script's clock, not the machine's.
], "2027-11-17T10:00:00+08:00");

const targets = [
  { name: "pglite", location: async () => join(await mkdtemp(join(tmpdir(), "chatcrm-e2e-")), "data"), cleanup: (db: string) => rm(join(db, ".."), { recursive: true, force: true }) },
  { name: "postgres", location: async () => databaseUrlFor(), cleanup: (db: string) => dropDatabase(db) },
];

describe.each(targets)("scripted conversation on $name", ({ location, cleanup }) => {
  let db = "";
  afterAll(() => cleanup(db));

  it("keeps every record and shows each user only their own", async () => {
    db = await location();
    const { code, stdout, stderr } = await runCli(["chat", "--script", "-", "--db", db], { input: SCRIPT });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const replies = replyLines(stdout);
    const of = (user: string) => replies.filter((r: ReplyLine) => r.user === user).map((r) => r.text);

    const [lead, followup, deal, lookup] = of("alice");
    expect(lead).toMatch(/L-1 张伟/);
    expect(lead).toMatch(/蓝海科技/);
    expect(lead).toMatch(/D-1.*矿泉水.*300/);
    expect(lead).toMatch(/11月19日/);
    expect(followup).toMatch(/F-1.*张伟.*电话/);
    expect(followup).toMatch(/11月24日/);
    expect(deal).toMatch(/D-1.*已成交.*¥86,000/);
    expect(lookup).toMatch(/L-1 张伟/);
    expect(lookup).toMatch(/13800138000/);
    expect(lookup).toMatch(/已成交/);

    const [booked, amyList] = of("amy");
    expect(booked).toMatch(/B-1.*11月18日.*19:00.*4位/);
    expect(amyList).toMatch(/B-1/);

    const [benList, benProbe] = of("ben");
    expect(benList).not.toMatch(/B-1/);
    expect(benList).toMatch(/没有预订/);
    expect(benProbe).not.toMatch(/13800138000|张伟/);

    const [summary] = of("boss");
    expect(summary).toMatch(/新线索\D*1/);
    expect(summary).toMatch(/跟进\D*1/);
    expect(summary).toMatch(/成交\D*1/);
    expect(summary).toMatch(/86,000|8\.6万/);
    expect(summary).toMatch(/预订\D*1/);
  }, 120_000);
});
