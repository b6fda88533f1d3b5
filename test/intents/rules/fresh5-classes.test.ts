/**
 * Classes of phrasing from cases written blind (fresh-5), each with variants of our own: chatter about a
 * customer's private life or character (nothing to record), and more.
 */
import { describe, expect, it } from "vitest";
import type { Role } from "../../../src/intents/schema.ts";
import { parseWithRules } from "../../../src/intents/rules/index.ts";

const NOW = new Date("2026-11-18T10:00:00+08:00"); // a Wednesday
const TZ = "Asia/Shanghai";
type Case = { text: string; role?: Role; intent: string; slots?: Record<string, unknown> };
const run = (cases: Case[]) =>
  it.each(cases)("$text", ({ text, role, intent, slots }) => {
    const r = parseWithRules({ text, role: role ?? "sales", now: NOW, tz: TZ });
    expect(r.intent.intent).toBe(intent);
    if (slots) expect(r.intent.slots).toMatchObject(slots);
  });

describe("what a customer said about their private life is chatter, not a contact to log", () => {
  run([
    { text: "李总说他儿子明年要出国留学", intent: "unknown" },
    { text: "张经理说她老公调到上海了", intent: "unknown" },
    { text: "赵总说他下周要去三亚度假", intent: "unknown" },
    { text: "刘姐说她家里人都感冒了", intent: "unknown" },
    { text: "陈老板说他最近迷上钓鱼了", intent: "unknown" },
    { text: "Mike said his daughter is getting married in June", intent: "unknown" },
    { text: "Sarah mentioned she's off on holiday to Spain", intent: "unknown" },
  ]);
});

describe("what someone is like is gossip, not a contact to log", () => {
  run([
    { text: "周总那个人听说挺难缠的", intent: "unknown" },
    { text: "小李说孙老板脾气很大", intent: "unknown" },
    { text: "老王说吴总人挺好的", intent: "unknown" },
    { text: "郑经理这人不太靠谱", intent: "unknown" },
    { text: "Tom said Dave Moore is hard to deal with", intent: "unknown" },
  ]);
});

describe("business said alongside private life is still recorded", () => {
  run([
    { text: "王总说要跟老婆商量一下 下周再定", intent: "log_followup", slots: { customer: "王总" } },
    { text: "给李总打了电话 他说孩子开学忙 下周再谈报价", intent: "log_followup", slots: { customer: "李总", channel: "call" } },
    { text: "cancel tonight's booking, kid's sick", role: "guest", intent: "cancel_booking" },
    { text: "赵总说下个月度假回来就签合同", intent: "update_deal" },
    { text: "钱老板说他儿子接手了 下周下单200箱", intent: "log_followup" },
  ]);
});
