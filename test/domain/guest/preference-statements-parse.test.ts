/**
 * The rules parser on what guests say about themselves: a preference stated of oneself is an update of
 * the guest's own profile (remember_preferences), while a booking that carries a preference,
 * a complaint, or anything about someone else stays what it was.
 */
import { describe, expect, it } from "vitest";
import { parseWithRules } from "../../../src/intents/rules/index.ts";
import type { Role } from "../../../src/intents/schema.ts";

const NOW = new Date("2026-11-18T10:00:00+08:00");
const parse = (text: string, role: Role = "guest") => parseWithRules({ text, role, now: NOW, tz: "Asia/Shanghai" });

describe("a guest's own preferences", () => {
  it.each([
    "我不抽烟",
    "我对花生过敏",
    "always a high floor",
    "I don't smoke",
    "I'm allergic to peanuts",
    "我喜欢高楼层",
    "以后都给我安静的房间",
    "记住我要荞麦枕",
    "I prefer a quiet room, please remember",
  ])("$0 is an update of their own profile", (text) => {
    const result = parse(text);
    expect(result.intent.intent).toBe("remember_preferences");
    expect(result.intent.slots).not.toHaveProperty("customer");
    expect(result.confidence).toBe("high");
  });

  it.each([
    { text: "明晚订一间大床房，无烟", intent: "create_booking" },
    { text: "table for 2 tomorrow at 7, window seat", intent: "create_booking" },
    { text: "房间有烟味", intent: "log_complaint" },
    { text: "把张伟的电话改成13900000000", intent: "unknown" },
    { text: "张伟对花生过敏", intent: "unknown" },
    { text: "李经理喜欢高楼层", intent: "unknown" },
    { text: "我的积分", intent: "my_points" },
    { text: "谢谢", intent: "unknown" },
  ])("$text stays $intent", ({ text, intent }) => {
    expect(parse(text).intent.intent).toBe(intent);
  });

  it("leaves staff messages about customers as they were", () => {
    expect(parse("王总喜欢喝绿茶", "sales").intent).toMatchObject({ intent: "update_customer", slots: { customer: "王总" } });
    expect(parse("我不抽烟", "sales").intent.intent).not.toBe("update_customer");
  });
});
