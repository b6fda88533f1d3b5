/**
 * Classes of language learnt in round twenty-nine, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("Southeast Asian sums, honorifics and word order", () => {
  run([
    { text: "lead mới: chị Lan, Highlands Coffee Q3, 0912 345 678, budget 120tr", intent: "create_lead", slots: { amount: 120_000_000 } },
    { text: "Kopi Kenangan closed, won 75jt", intent: "update_deal", slots: { stage: "won", amount: 75_000_000 } },
    { text: "P'Nok numbers last month", role: "manager", intent: "summary", slots: { period: "last_month", person: "P'Nok" } },
    { text: "Overall sales this month", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "who I should ring today ka", intent: "list_tasks", slots: { period: "today" } },
    { text: "went to Pak Hendra workshop yesterday, he want try the compressor, next visit 25/11", intent: "log_followup", slots: { customer: "Pak Hendra", channel: "visit", next_due: "2026-11-25" } },
    { text: "new lead: Khun Mali, Baan Suan Resort, requested quotation for pool pumps 4 units", intent: "create_lead", slots: { product: "pool pumps", quantity: 4 } },
  ]);
});

describe("let down with no word for the fault is a complaint", () => {
  run([
    { text: "our massage began forty minutes late and no one even said sorry", role: "guest", intent: "log_complaint" },
    { text: "the scooter we hired conked out after five minutes", role: "guest", intent: "log_complaint" },
    { text: "my phone battery is almost dead so text me the confirmation", role: "guest", intent: "unknown" },
  ]);
});

describe("asked on a condition, meant then doubted, someone else's points: nothing booked or read", () => {
  run([
    { text: "要是我们晚上十一点才到，还能办入住吗", role: "guest", intent: "unknown" },
    { text: "if we bring our cat can we still stay in the cabin?", role: "guest", intent: "unknown" },
    { text: "we were going to reserve for Saturday but probably not, will confirm", role: "guest", intent: "unknown" },
    { text: "帮我把我朋友的积分转到我账户上", role: "guest", intent: "unknown" },
    { text: "我还有多少积分？", role: "guest", intent: "my_points" },
    { text: "下午想去见几个老客户，还没想好见谁", intent: "unknown" },
    { text: "does the app remind customers automatically before their appointment?", intent: "unknown" },
    { text: "怎么用这个机器人", intent: "help" },
  ]);
});

describe("counted craft and a word that starts with a surname", () => {
  run([
    { text: "新客户：海岸俱乐部的孟总，想租3艘帆船办团建，预算5万", intent: "create_lead", slots: { quantity: 3, amount: 50_000 } },
    { text: "微信把游船的照片发给孟总了", intent: "log_followup", slots: { customer: "孟总" } },
  ]);
});
