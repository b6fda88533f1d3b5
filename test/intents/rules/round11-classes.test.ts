/**
 * Classes of language from the eleventh round (blind-14 misses, grouped), each tried with vocabulary of our own:
 * other names, trades, goods and word orders. The probe clock is Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("the writer's own bad day, a colleague asked and forwarded news record nothing", () => {
  run([
    { text: "打印机又卡纸了 电脑也死机了 给孙总的合同还没打出来 烦死", intent: "unknown" },
    { text: "高架上又堵了 去陶经理那边估计要迟到半小时", intent: "unknown" },
    { text: "stuck in traffic on the M4, gonna be late for the Patel meeting", intent: "unknown" },
    { text: "@阿杰 宝丰建材那个报价你发出去没", intent: "unknown" },
    { text: "did anyone already log the visit to Kwame Boateng?", intent: "unknown" },
    { text: "转发：商务部通知 下季度起钢材出口政策调整", intent: "unknown" },
    { text: "林总说送货路上堵了四个小时 很不满意", intent: "log_complaint", slots: { customer: "林总" } },
    { text: "which room is my colleague in? she checked in an hour ago", role: "guest", intent: "unknown" },
    { text: "我同事也住这里 她住哪个房间", role: "guest", intent: "unknown" },
  ]);
});

describe("a guest's complaint without a word for complaining", () => {
  run([
    { text: "the soup was way too salty and nobody refilled our drinks", role: "guest", intent: "log_complaint" },
    { text: "gym has been shut for three days and nobody told us", role: "guest", intent: "log_complaint" },
    { text: "you guys charged me twice for parking, not happy", role: "guest", intent: "log_complaint" },
    { text: "honestly the breakfast was pretty ordinary and the service slow", role: "guest", intent: "log_complaint" },
    { text: "we are not happy with the room, it faces a wall", role: "guest", intent: "log_complaint" },
  ]);
});

describe("people and businesses typed in lower case, in the shapes that name them", () => {
  run([
    { text: "new lead marco bianchi, bianchi pasta co, interested in 20 sacks of semolina", intent: "create_lead", slots: { name: "marco bianchi", company: "bianchi pasta co", quantity: 20, product: "semolina" } },
    { text: "new lead his name is tom reyes he runs reyes auto parts in fresno and he wants like 15 tyre racks", intent: "create_lead", slots: { name: "tom reyes", company: "reyes auto parts", quantity: 15, product: "tyre racks" } },
    { text: "spoke to anita on whatsapp, she needs the invoice redone", intent: "log_followup", slots: { customer: "anita" } },
    { text: "mtg w ken ito went well, send him the deck by friday", intent: "log_followup", slots: { customer: "ken ito", channel: "meeting" } },
    { text: "move green leaf grocers to proposal, about 3.5k", intent: "update_deal", slots: { customer: "green leaf grocers", stage: "proposal", amount: 3500 } },
    { text: "harbour view dental group - negotiation, 12k", intent: "update_deal", slots: { customer: "harbour view dental group", stage: "negotiation", amount: 12000 } },
    { text: "sam ortiz new phone: 415 555 0199", intent: "update_customer", slots: { customer: "sam ortiz" } },
    { text: "need the mobile for mr okafor", intent: "lookup_customer", slots: { query: "mr okafor" } },
    { text: "visited site today, all good", intent: "log_followup" },
  ]);
});

describe("a slip corrected: the weekday said again keeps the slip's week, and a verb may sit before the 'no'", () => {
  run([
    { text: "下周二 不对 下周三 去拜访郑总", intent: "log_followup", slots: { next_due: "2026-11-25" } },
    { text: "周一去找韩经理 不是 周二", intent: "log_followup", slots: { next_due: "2026-11-24" } },
    { text: "table for 3 next friday, no sorry, saturday at 6pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-28T18:00" } },
    { text: "訂張枱 下個禮拜五 唔係 禮拜四 夜晚七點 4位", role: "guest", intent: "create_booking", slots: { start: "2026-11-26T19:00", party_size: 4 } },
  ]);
});

describe("Cantonese: a deal settled, month's end, the top few, the whole team", () => {
  run([
    { text: "順記張單傾掂咗 五萬 下個月交貨", intent: "update_deal", slots: { customer: "順記", stage: "won", amount: 50000 } },
    { text: "上個禮拜邊幾個客最大手 列頭五個", role: "manager", intent: "top_customers", slots: { period: "last_week", limit: 5 } },
    { text: "打咗電話俾黃生 月尾再跟", intent: "log_followup", slots: { next_due: "2026-11-30" } },
  ]);
});
