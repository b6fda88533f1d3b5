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

describe("who and what, read where they were misread", () => {
  run([
    { text: "线索 王总 恒通瓷砖 要木地板 三千平 预算45万 本周五联系", intent: "create_lead", slots: { name: "王总", company: "恒通瓷砖", amount: 450000 } },
    { text: "新客户 刘女士 拟采购会议桌约 12 张", intent: "create_lead", slots: { product: "会议桌", quantity: 12 } },
    { text: "今天上门给百味餐饮换了个压缩机 下周再回访", intent: "log_followup", slots: { customer: "百味餐饮", channel: "visit" } },
    { text: "跟进一下万利超市的退款 财务流程走完就打款", intent: "log_followup", slots: { customer: "万利超市" } },
    { text: "给老同学赵厂长打了个电话 他说月底定", intent: "log_followup", slots: { customer: "赵厂长", channel: "call" } },
    { text: "新线索：新加坡Lotus Garden的老板Mei 想要每月50箱椰子水", intent: "create_lead", slots: { name: "Mei", company: "Lotus Garden", quantity: 50 } },
    { text: "线索：捷达网约车车队 负责人孙立 电话13800001111", intent: "create_lead", slots: { name: "孙立", company: "捷达网约车车队" } },
    { text: "new lead Sam Ortiz, Ortiz Dental, wants 40 night guards", intent: "create_lead", slots: { product: "night guards", quantity: 40 } },
    { text: "new lead - Jo Park @ Park Pilates, int in yoga mats x25", intent: "create_lead", slots: { product: "yoga mats", quantity: 25 } },
    { text: "回复 @阿芳：好的 @CRM助手 记个线索 宏图物流嘅陈生 想试下我哋嘅托盘 电话 +852 9876 5432", intent: "create_lead", slots: { name: "陈生", company: "宏图物流" } },
    { text: "今日上咗Kowloon Dance Studio見Miss Lau 佢話下個月再傾", intent: "log_followup", slots: { customer: "Miss Lau", channel: "visit" } },
    { text: "Please note Mr Okafor prefers email and won't take calls after 6pm.", intent: "update_customer", slots: { customer: "Mr Okafor", preferences: ["prefers email", "no calls after 6pm"] } },
    { role: "guest", text: "A table for four on Friday at 8, please. We would like a booth if at all possible.", intent: "create_booking", slots: { party_size: 4 }, absent: ["name"] },
  ]);
});

describe("no new booking wanted, and the old one called off", () => {
  run([
    { role: "guest", text: "不用再订了，麻烦把周五那间房退掉", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "不用订新的 帮我把明天那桌取消", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { role: "guest", text: "不用订了，谢谢", intent: "unknown" },
  ]);
});
