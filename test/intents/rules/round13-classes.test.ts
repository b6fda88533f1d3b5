/**
 * Classes of language from the thirteenth round (own probes of messages that should record nothing, and of
 * managers' terse asks), each tried with vocabulary of its own. The probe clock is Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("whether a deal reached a stage, asked, looks the customer up and changes nothing", () => {
  run([
    { text: "张伟那单签了吗", intent: "lookup_customer", slots: { query: "张伟" } },
    { text: "王总那边签了没有", intent: "lookup_customer", slots: { query: "王总" } },
    { text: "华润那单定了没", intent: "lookup_customer", slots: { query: "华润" } },
    { text: "鸿运物流的款打了吗？", intent: "lookup_customer", slots: { query: "鸿运物流" } },
    { text: "has the Hilton deal closed?", intent: "lookup_customer", slots: { query: "Hilton" } },
    { text: "did Maple Dental sign yet", intent: "lookup_customer", slots: { query: "Maple Dental" } },
    { text: "did they pay yet?", intent: "unknown" },
    // Told, not asked: still the deal's news.
    { text: "王总那边签了", intent: "update_deal", slots: { customer: "王总", stage: "won" } },
    { text: "Maple Dental signed, 12k", intent: "update_deal", slots: { customer: "Maple Dental", stage: "won", amount: 12000 } },
  ]);
});

describe("a rep who closed a deal, cheered, is a colleague's news", () => {
  run([
    { text: "zhang wei just closed a huge deal, congrats!!", intent: "unknown" },
    { text: "kudos to Maria, she landed another big contract", intent: "unknown" },
    { text: "Omar bagged a monster order today, legend 🙌", intent: "unknown" },
    // The customer's own news, cheered by the writer, is still recorded.
    { text: "Acme signed! congrats to me lol 50k", intent: "update_deal", slots: { customer: "Acme", stage: "won", amount: 50000 } },
  ]);
});

describe("a date alone is no booking made by staff", () => {
  run([
    { text: "heads up: price increase of 5% from Jan 1", intent: "unknown" },
    { text: "office closed on Dec 25, back on the 26th", intent: "unknown" },
    { text: "reminder: new catalogue goes live Monday", intent: "unknown" },
  ]);
});

describe("a week word before a name is not a surname", () => {
  run([
    { text: "上周王总下单了 200箱", intent: "update_deal", slots: { customer: "王总" } },
    { text: "本周李经理说要再比一比价", intent: "log_followup", slots: { customer: "李经理" }, absent: ["next_due"] },
    { text: "这周汇总一下", role: "manager", intent: "summary", slots: { period: "this_week" }, absent: ["person"] },
    { text: "上周战报", role: "manager", intent: "summary", slots: { period: "last_week" }, absent: ["person"] },
    { text: "上周周总来了 说下个月再订", intent: "log_followup", slots: { customer: "周总" } },
  ]);
});

describe("one rep's records over a period, asked in a few words", () => {
  run([
    { text: "本月张伟的单子", role: "manager", intent: "summary", slots: { period: "this_month", person: "张伟" } },
    { text: "小刘上周的客户", role: "manager", intent: "summary", slots: { period: "last_week", person: "小刘" } },
    { text: "这周陈晨的跟进", role: "manager", intent: "summary", slots: { period: "this_week", person: "陈晨" } },
    // No period: a customer's orders, not a rep's report.
    { text: "华润的订单", role: "manager", intent: "unknown" },
  ]);
});
