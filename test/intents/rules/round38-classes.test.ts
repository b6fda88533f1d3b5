/**
 * Classes of language learnt in round thirty-seven, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a question put to someone else in the chat, not the bot", () => {
  run([
    { role: "guest", text: "老婆 你约好后天的桌了没", intent: "unknown" },
    { role: "guest", text: "@Priya did you reserve the room for Friday or shall I?", intent: "unknown" },
    { text: "阿强 你还记得上回那个做五金的老板姓什么来着", intent: "unknown" },
    { text: "小周说她下午去金桥酒店送样品 你知道她几点回来吗", intent: "unknown" },
    { role: "guest", text: "你好 帮我订明晚两位的桌", intent: "create_booking", slots: { kind: "table", party_size: 2 } },
  ]);
});

describe("a guest's fault reported in Cantonese, traditional script or terse English", () => {
  run([
    { role: "guest", text: "部冷氣開唔到 試咗好耐都唔得", intent: "log_complaint" },
    { role: "guest", text: "大堂的鋼琴嚴重走音，聽得很難受", intent: "log_complaint" },
    { role: "guest", text: "bathroom door wont lock, pls send someone", intent: "log_complaint" },
    { role: "guest", text: "the balcony door doesn't close properly and it's freezing", intent: "log_complaint" },
  ]);
});

describe("a fault that is past, or a repair's progress asked, is no new complaint", () => {
  run([
    { role: "guest", text: "last time the heater was broken, this time it's all good, thanks!", intent: "unknown" },
    { role: "guest", text: "上次空调坏了 这次完美 哈哈", intent: "unknown" },
    { role: "guest", text: "has anyone come to fix the kettle in 512 yet? we'll be back at 6", intent: "unknown" },
  ]);
});

describe("staff: a complaint followed up and closed, a contact time liked, a job moved to", () => {
  run([
    { text: "电话跟进了下恒丰餐饮的投诉 冰柜已经换好 对方很满意 可以结案", intent: "log_followup", slots: { channel: "call" } },
    { text: "黄生习惯下午上门送货", intent: "update_customer", slots: { customer: "黄生" } },
    { text: "周美玲已经转咗去海天酒店做", intent: "update_customer", slots: { customer: "周美玲", company: "海天酒店" } },
    { text: "下周可能去远大机电那边看看，还没确定", intent: "unknown" },
  ]);
});

describe("very formal and very terse writers", () => {
  run([
    { text: "Please be advised that I spoke with Mr Owen Price this morning; he would like a revised quotation and I am to follow up on Friday.", intent: "log_followup", slots: { customer: "Mr Owen Price", next_due: "2026-11-20" } },
    { text: "I am delighted to report that the Larkspur Hotels order has been confirmed, in the sum of £9,750.", intent: "update_deal", slots: { customer: "Larkspur Hotels", stage: "won", amount: 9750 } },
    { text: "Dear Sir/Madam, kindly record a new enquiry from Mr Hugo Bell of Bell & Sons Joinery, telephone 020 7946 0888.", intent: "create_lead", slots: { name: "Mr Hugo Bell", company: "Bell & Sons Joinery", phone: "02079460888" } },
    { text: "greenleaf = won", intent: "update_deal", slots: { customer: "greenleaf", stage: "won" } },
    { text: "harbour point cafe -> proposal", intent: "update_deal", slots: { customer: "harbour point cafe", stage: "proposal" } },
    { text: "金鼎 赢 15w", intent: "update_deal", slots: { customer: "金鼎", stage: "won", amount: 150000 } },
    { text: "any tsks this wk?", intent: "list_tasks", slots: { period: "this_week" } },
    { role: "manager", text: "qtr report pls", intent: "summary", slots: { period: "this_quarter" } },
    { role: "manager", text: "top 10 accts last mo", intent: "top_customers", slots: { period: "last_month", limit: 10 } },
    { role: "manager", text: "best 5 customers this month? @bot", intent: "top_customers", slots: { period: "this_month", limit: 5 } },
    { role: "manager", text: "let's go over the figures at Thursday's stand-up", intent: "unknown" },
  ]);
});
