/**
 * Classes of language learnt in round twenty-six, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, this Saturday the 21st.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a stay's edges said with checking in and out", () => {
  run([
    { text: "need a room this weekend, checking in saturday out monday", role: "guest", intent: "create_booking", slots: { start: "2026-11-21", end: "2026-11-23", nights: 2 } },
    { text: "family room over the weekend — check in on Friday, leaving Sunday", role: "guest", intent: "create_booking", slots: { start: "2026-11-20", end: "2026-11-22" } },
  ]);
});

describe("seats, counts and sums that are not what they look like", () => {
  run([
    { text: "could you book 3 seats at the counter for Friday 7pm", role: "guest", intent: "create_booking", slots: { party_size: 3, start: "2026-11-20T19:00" } },
    { text: "pls hold us five seats by the window tonight 8pm", role: "guest", intent: "create_booking", slots: { party_size: 5 } },
    { text: "Harbour Foods deal moved to negotiation, they came back at 2.4 million rand", intent: "update_deal", slots: { customer: "Harbour Foods", stage: "negotiation", amount: 2400000 } },
    { text: "new lead Aroha Ngata, Ngata Bakehouse, wants the proofing cabinets, three units", intent: "create_lead", slots: { name: "Aroha Ngata", quantity: 3 } },
  ]);
});

describe("a visit that says what was done there, and a Japanese name in Chinese", () => {
  run([
    { text: "上午去Helen Zhou那边上门测量了，下周一出报价", intent: "log_followup", slots: { customer: "Helen Zhou", channel: "visit" } },
    { text: "跟佐藤先生通了电话，样品他们收到了", intent: "log_followup", slots: { customer: "佐藤先生", channel: "call" } },
    { text: "索尼的铃木部长说下个月再谈", intent: "log_followup", slots: { customer: "铃木部长" } },
  ]);
});

describe("where a customer's papers go from now on", () => {
  run([
    { text: "Bluegum Hotels want their invoices emailed to ap@bluegumhotels.com.au from now on", intent: "update_customer", slots: { customer: "Bluegum Hotels", email: "ap@bluegumhotels.com.au" } },
    { text: "恒丰说对账单以后都发到 finance@hengfeng.cn", intent: "update_customer", slots: { email: "finance@hengfeng.cn" } },
  ]);
});
