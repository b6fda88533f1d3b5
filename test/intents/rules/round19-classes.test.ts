/**
 * Classes of language from the nineteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: last month is October, next month December.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("goods in Latin letters are counted in words, not letters", () => {
  run([
    { text: "刚刚在 food expo 认识一个 lead, 叫 Kevin Lim, 想要 20 台 espresso machine, budget 大概 S$45k", intent: "create_lead", slots: { name: "Kevin Lim", product: "espresso machine", quantity: 20, amount: 45000 } },
    { text: "陈总要 12 套 commercial dishwasher system", intent: "create_lead", slots: { product: "commercial dishwasher system", quantity: 12 } },
  ]);
});

describe("a thing of something is no one", () => {
  run([
    { text: "can u tell me the score of the bears game last night", intent: "unknown" },
    { text: "what's the price of the red wine", intent: "unknown" },
    { text: "whats the number of jake from brooklyn roasters", intent: "lookup_customer", slots: { query: "jake from brooklyn roasters" } },
  ]);
});

describe("a reporting range between two days, of this, last or next month", () => {
  run([
    { text: "How many orders did we ship between the 2nd and the 16th of this month?", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-02", to: "2026-11-16" } },
    { text: "revenue between the 3rd and the 12th of last month", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-03", to: "2026-10-12" } },
    { text: "sales from the 5th to the 20th of last month", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-05", to: "2026-10-20" } },
    { text: "summary between 3rd and 12th this month", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-03", to: "2026-11-12" } },
    { text: "how did we do between nov 3 and nov 12", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-03", to: "2026-11-12" } },
    { text: "book a room on the 3rd of next month", role: "guest", intent: "create_booking", slots: { start: "2026-12-03" } },
  ]);
});

describe("tastes typed without commas end where the next clause starts", () => {
  run([
    { text: "对了王总的生日是三月五号他说他不吃海鲜以后聚餐别点海鲜然后他喜欢喝普洱记一下", intent: "update_customer", slots: { customer: "王总", birthday: "03-05", preferences: ["不吃海鲜", "喜欢喝普洱"] } },
    { text: "记一下张姐不吃香菜而且她喜欢靠窗的位置", intent: "update_customer", slots: { customer: "张姐", preferences: ["不吃香菜", "喜欢靠窗的位置"] } },
    { text: "周五部门聚餐，大家准时到", intent: "unknown" },
  ]);
});

describe("a stranger named, what they run, and money in words", () => {
  run([
    { text: "met a lady named sarah chen runs sunny side bakery wants flour for both shops maybe five grand a month", intent: "create_lead", slots: { name: "sarah chen", company: "sunny side bakery", product: "flour", amount: 5000 }, absent: ["next_due"] },
    { text: "met a guy named tom reyes, owns reyes auto, wants 40 tires", intent: "create_lead", slots: { name: "tom reyes", company: "reyes auto", product: "tires", quantity: 40 } },
    { text: "new lead: Ana Ruiz at Ruiz Tiles, a couple grand for grout", intent: "create_lead", slots: { amount: 2000 } },
    { text: "call Lisa back in a month", intent: "log_followup", slots: { customer: "Lisa", next_due: "2026-12-18" } },
  ]);
});

describe("a deal's stage as it is set, and the person who speaks for the business", () => {
  run([
    { text: "鸿运楼的单子差不多谈成了王经理那边说下周签合同金额二十万我先把它改成谈判阶段等签了再说", intent: "update_deal", slots: { customer: "王经理", stage: "negotiation", amount: 200000 } },
    { text: "金盛五金 周立新 成交 12万", intent: "update_deal", slots: { customer: "周立新", stage: "won", amount: 120000 } },
    { text: "把它改成报价阶段吧，宝丰超市的单子", intent: "update_deal", slots: { customer: "宝丰超市", stage: "proposal" } },
  ]);
});

describe("a guest kept awake", () => {
  run([
    { text: "the flat above us was really loud all night", role: "guest", intent: "log_complaint" },
    { text: "the band played loud music, it was fun", role: "guest", intent: "unknown" },
  ]);
});

describe("a lookup by the full name given after a description", () => {
  run([
    { text: "帮我查下那个上回在酒会上认识的卖茶叶的李哥他叫李国强的电话是多少我忘了", intent: "lookup_customer", slots: { query: "李国强" } },
    { text: "查一下李国强的电话我找不到了", intent: "lookup_customer", slots: { query: "李国强" } },
  ]);
});

describe("lower case without stops: a time word is the pause before who spoke", () => {
  run([
    { text: "dropped in at bella cafe today maria loved the new blend going back friday", intent: "log_followup", slots: { customer: "maria", channel: "visit", next_due: "2026-11-20" } },
    { text: "popped into kim's deli yesterday sam said they need more cups", intent: "log_followup", slots: { customer: "sam", channel: "visit" } },
  ]);
});

describe("a request put as a question, and contacts said without their channel", () => {
  run([
    { text: "can u remind me to follow up with Ahmed on Monday?", intent: "log_followup", slots: { customer: "Ahmed", next_due: "2026-11-23" } },
    { text: "能帮我记一下王总的生日吗？3月5号", intent: "update_customer", slots: { customer: "王总", birthday: "03-05" } },
    { text: "did I call Ahmed on Monday?", intent: "unknown" },
    { text: "pls remind me to chase Priya at Lotus Foods friday", intent: "log_followup", slots: { customer: "Priya", next_due: "2026-11-20" } },
    { text: "touched base with Omar at Falcon Tools, all good", intent: "log_followup", slots: { customer: "Omar" } },
    { text: "left a vm for tony at russo bros, will try again fri", intent: "log_followup", slots: { customer: "tony", channel: "call", next_due: "2026-11-20" } },
  ]);
});

describe("whose contact is asked, and the hour a booking moves to", () => {
  run([
    { text: "who's the contact at Lumen Optics again?", intent: "lookup_customer", slots: { query: "Lumen Optics" } },
    { text: "who is the buyer at Harbor Foods", intent: "lookup_customer", slots: { query: "Harbor Foods" } },
    { text: "need to push my dinner tomorrow to 8pm instead of 7", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-19T20:00" } },
    { text: "table for 2 friday 7 to 9pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-20T19:00", party_size: 2 } },
  ]);
});

describe("who fell behind is the team's report", () => {
  run([
    { text: "谁这周落后了", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "哪些人这个月掉队了", role: "manager", intent: "summary", slots: { period: "this_month" }, absent: ["person"] },
    { text: "who fell behind this week?", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "我这周落后了好多任务", intent: "list_tasks" },
  ]);
});

describe("points asked in two words", () => {
  run([
    { text: "点数余额", role: "guest", intent: "my_points" },
    { text: "點數多少？", role: "guest", intent: "my_points" },
  ]);
});

describe("a relative's booking is theirs, not the guest's", () => {
  run([
    { text: "can I see what my sister booked?", role: "guest", intent: "unknown" },
    { text: "show me my brother's reservation", role: "guest", intent: "unknown" },
    { text: "我姐姐订的是哪天？", role: "guest", intent: "unknown" },
    { text: "what did I book for my mum's birthday?", role: "guest", intent: "my_bookings" },
  ]);
});

describe("a contact detail changed for a business, and someone's own company", () => {
  run([
    { text: "change the email for Hotel Sunrise to bookings@sunrise.in", intent: "update_customer", slots: { customer: "Hotel Sunrise", email: "bookings@sunrise.in" } },
    { text: "change Hotel Sunrise email to bookings@sunrise.in", intent: "update_customer", slots: { customer: "Hotel Sunrise", email: "bookings@sunrise.in" } },
    { text: "陈老板公司改名了，现在叫盛达贸易", intent: "update_customer", slots: { customer: "陈老板", company: "盛达贸易" } },
    { text: "change my booking to friday", role: "guest", intent: "change_booking", slots: { start: "2026-11-20" } },
  ]);
});

describe("wanting said as requiring or being after, and the end of a day, week or month", () => {
  run([
    { text: "Kindly note Mr. Verma from Sai Traders is requiring 500 kg sugar, revert by Monday", intent: "create_lead", slots: { name: "Mr. Verma", company: "Sai Traders", quantity: 500, product: "sugar", next_due: "2026-11-23" } },
    { text: "Dear all, kindly note the office will be closed Friday", intent: "unknown" },
    { text: "Spoke w/ Jen @ Oakridge, she's after 12 pallets of mulch, quote by EOW", intent: "log_followup", slots: { customer: "Jen", next_due: "2026-11-20" } },
    { text: "call Rhys back by end of the week", intent: "log_followup", slots: { customer: "Rhys", next_due: "2026-11-20" } },
    { text: "remind me to chase Nomvula for the deposit by EOM", intent: "log_followup", slots: { customer: "Nomvula", next_due: "2026-11-30" } },
    { text: "follow up with Anil EOM about renewal", intent: "log_followup", slots: { customer: "Anil", next_due: "2026-11-30" } },
  ]);
});

describe("a business whose name starts like a trade word, a department, and whose owner is asked", () => {
  run([
    { text: "下午去了趟万家福超市 采购部的黄科长说年后再说", intent: "log_followup", slots: { customer: "黄科长", channel: "visit" } },
    { text: "拜访了万家福超市，他们下周要看样品", intent: "log_followup", slots: { customer: "万家福超市" } },
    { text: "帮我查下鑫隆五金老板叫啥", intent: "lookup_customer", slots: { query: "鑫隆五金" } },
  ]);
});

describe("a stay run on to a day said is a change", () => {
  run([
    { text: "能不能加一晚 住到周一", role: "guest", intent: "change_booking", slots: { end: "2026-11-23" } },
    { text: "我想续住到周一", role: "guest", intent: "change_booking", slots: { end: "2026-11-23" } },
    { text: "想多住一晚，住到周一", role: "guest", intent: "change_booking", slots: { end: "2026-11-23" } },
    { text: "我们想订两晚 住到周一", role: "guest", intent: "create_booking", slots: { nights: 2 } },
  ]);
});
