/**
 * Classes of language from the twentieth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a guest asking how the house works books nothing and reads nothing of theirs", () => {
  run([
    { text: "周末饮茶用不用提前订位？", role: "guest", intent: "unknown" },
    { text: "週末使唔使訂枱㗎？", role: "guest", intent: "unknown" },
    { text: "住店可以刷信用卡吗", role: "guest", intent: "unknown" },
    { text: "do you take credit cards for room bookings?", role: "guest", intent: "unknown" },
    { text: "积分能换什么？", role: "guest", intent: "my_points" },
    { text: "what time is check-out?", role: "guest", intent: "unknown" },
    { text: "my points are worthless, never enough for a free night", role: "guest", intent: "unknown" },
    { text: "积分根本没用", role: "guest", intent: "unknown" },
    { text: "需要提前订位吗？我们周五晚上4位", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 4 } },
    { text: "我的积分还有多少", role: "guest", intent: "my_points" },
  ]);
});

describe("a guest's booking left to someone else, a daydream, or not called off", () => {
  run([
    { text: "我太太说她晚点自己打电话来订", role: "guest", intent: "unknown" },
    { text: "my wife will book it herself tonight", role: "guest", intent: "unknown" },
    { text: "if we won the lottery we'd book the presidential suite for a month haha", role: "guest", intent: "unknown" },
    { text: "we'll probably have to change the date if the conference moves", role: "guest", intent: "unknown" },
    { text: "please don't cancel it, we're still coming, just stuck in traffic", role: "guest", intent: "unknown" },
    { text: "don't cancel our table, just move it to 8pm", role: "guest", intent: "change_booking" },
    { text: "想订个房⋯⋯算啦，不用了", role: "guest", intent: "unknown" },
  ]);
});

describe("Cantonese words that Mandarin writes across two words are read only in Cantonese", () => {
  run([
    { text: "我朋友说她晚点用她电脑订", role: "guest", intent: "unknown" },
    { text: "點用積分換房？", role: "guest", intent: "my_points" },
  ]);
});

describe("a customer's team outing is the customer's, not ours", () => {
  run([
    { text: "给刘总发了微信，问他们公司年底团建订几桌", intent: "log_followup", slots: { customer: "刘总", channel: "message" } },
    { text: "下周五我们部门团建，大家记得报名", intent: "unknown" },
  ]);
});

describe("the channel's name used as the verb", () => {
  run([
    { text: "刚微信了黄经理 报价单他收到了", intent: "log_followup", slots: { customer: "黄经理", channel: "message" } },
    { text: "WhatsApp咗李生份報價", intent: "log_followup", slots: { customer: "李生", channel: "message" } },
  ]);
});

describe("a rule told to the team, and a colleague asked, are no record", () => {
  run([
    { text: "通知各位：所有新线索务必当天录入", role: "manager", intent: "unknown" },
    { text: "friendly reminder: all follow-ups must be logged by Friday", role: "manager", intent: "unknown" },
    { text: "今天有没有人回过赵总电话？", intent: "unknown" },
    { text: "did anyone call Mrs Patel back yesterday?", intent: "unknown" },
    { text: "今天我得跟谁联系来着？", intent: "list_tasks" },
  ]);
});

describe("banquet tables counted, a holiday's package, a meeting room sold", () => {
  run([
    { text: "新客户：邓先生，富華酒家，9123 4567，要15圍婚宴", intent: "create_lead", slots: { name: "邓先生", quantity: 15 } },
    { text: "emailed Omar the Christmas package, follow up friday", intent: "log_followup", slots: { customer: "Omar", channel: "email", next_due: "2026-11-20" } },
    { text: "new lead: Sara Ng from Brightpath, wants a meeting room package for 40", intent: "create_lead", slots: { name: "Sara Ng", product: "meeting room package" } },
  ]);
});

describe("a booking's room and view said in words, and a new hour before 'instead'", () => {
  run([
    { text: "could we have a garden style room for 2 nights from friday", role: "guest", intent: "create_booking", slots: { room_type: "garden style", start: "2026-11-20", nights: 2 } },
    { text: "dinner for 2 saturday 7pm, a view of the river if you can", role: "guest", intent: "create_booking", slots: { party_size: 2, preferences: ["view of the river"] } },
    { text: "what a view last night, thank you all", role: "guest", intent: "unknown" },
    { text: "can we make saturday's booking 8pm instead of 7?", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-21T20:00" } },
  ]);
});

describe("a deal confirmed in Singlish, and the last stretch of haggling", () => {
  run([
    { text: "Sentosa Florist confirm already, S$3,200 for the wedding flowers", intent: "update_deal", slots: { customer: "Sentosa Florist", stage: "won", amount: 3200 } },
    { text: "will confirm already tomorrow with Mr Goh", intent: "log_followup" },
    { text: "永兴建材那单谈到最后一步了 还在杀价 目前85万", intent: "update_deal", slots: { stage: "negotiation", amount: 850000 } },
  ]);
});

describe("goods counted with 'x', and quotes asked for goods", () => {
  run([
    { text: "new lead: Dana Price from Coral Homes, wants quotes for 8 x 10kW batteries, call her monday", intent: "create_lead", slots: { name: "Dana Price", quantity: 8, product: "10kW batteries" } },
    { text: "lead: Jim Ross, wants 30 chairs. call him 3.30 tmrw", intent: "create_lead", slots: { product: "chairs", quantity: 30 } },
  ]);
});

describe("a person owned by a business with no trade word, and a move to another employer", () => {
  run([
    { text: "展会上加了个微信，恒通机械的周工，对不锈钢法兰感兴趣，要两千件", intent: "create_lead", slots: { name: "周工", company: "恒通机械", quantity: 2000 } },
    { text: "赵小姐现在改到京东上班了，公司那栏帮她更新一下", intent: "update_customer", slots: { customer: "赵小姐", company: "京东" } },
    { text: "酒店的员工说房间很吵", intent: "unknown" },
  ]);
});

describe("the app talked about, a record already mended, a target set: nothing to record", () => {
  run([
    { text: "the customer page feels way faster now", intent: "unknown" },
    { text: "客户页面好卡啊", intent: "unknown" },
    { text: "王总的邮箱我已经改好了，别再动了", intent: "unknown" },
    { text: "把我这个季度的销售目标改成300万", intent: "unknown" },
    { text: "set my monthly target to 50k", role: "manager", intent: "unknown" },
  ]);
});

describe("a call that came in, from someone introduced by name, is a lead", () => {
  run([
    { text: "Riverside Scouts phoned in, guy called Dev Patel, after 200 hoodies, budget £3k", intent: "create_lead", slots: { name: "Dev Patel", product: "hoodies", quantity: 200, amount: 3000 } },
    { text: "要不吸烟的房间，周五两晚", role: "guest", intent: "create_booking", slots: { preferences: ["不吸烟"] } },
  ]);
});

describe("a report talked about, wondered about or questioned is not asked for", () => {
  run([
    { text: "如果华鑫那单签了 这个月能到多少", role: "manager", intent: "unknown" },
    { text: "if Orbit signs, where would we be for Q4?", role: "manager", intent: "unknown" },
    { text: "the pipeline review call went way over again", role: "manager", intent: "unknown" },
    { text: "不用再出周报了，我这边有", role: "manager", intent: "unknown" },
    { text: "报表里的回款是含税的吗？", role: "manager", intent: "unknown" },
    { text: "how is the conversion rate calculated?", role: "manager", intent: "unknown" },
    { text: "宏图那单签了 50万含税", intent: "update_deal", slots: { stage: "won", amount: 500000 } },
  ]);
});

describe("the week and the month before last", () => {
  run([
    { text: "拉一下上上周的数据", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-02", to: "2026-11-08" } },
    { text: "sales for the week before last", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-02", to: "2026-11-08" } },
    { text: "上上个月的业绩怎么样", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-09-01", to: "2026-09-30" } },
    { text: "出个本月的汇总", role: "manager", intent: "summary", slots: { period: "this_month" }, absent: ["person"] },
  ]);
});

describe("lakh and crore shortened, a number swapped for the right one", () => {
  run([
    { text: "Sharma Textiles moved to proposal, 4.5L", intent: "update_deal", slots: { stage: "proposal", amount: 450000 } },
    { text: "Kapoor Builders won, 1.2 Cr", intent: "update_deal", slots: { stage: "won", amount: 12000000 } },
    { text: "new lead Ravi Nair, wants 20L water cans", intent: "create_lead", absent: ["amount"] },
    { text: "何太新手机 13822223333 啊唔系 13822223339", intent: "update_customer", slots: { phone: "13822223339" } },
  ]);
});

describe("a weekday before an hour is the coming one, and a stay run on by a night", () => {
  run([
    { text: "book a table saturday to 8pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T20:00" } },
    { text: "move saturday to 8pm", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-21T20:00" } },
    { text: "could we stay another night, until monday?", role: "guest", intent: "change_booking", slots: { end: "2026-11-23" } },
    { text: "one more night till sunday pls", role: "guest", intent: "change_booking", slots: { end: "2026-11-22" } },
  ]);
});

describe("an extra night wondered about is not asked for", () => {
  run([
    { text: "we might stay an extra night, will let you know", role: "guest", intent: "unknown" },
    { text: "if we were to stay another night would breakfast be included?", role: "guest", intent: "unknown" },
    { text: "move my May 3 stay to May 5-7", role: "guest", intent: "change_booking", slots: { start: "2027-05-05" } },
  ]);
});

describe("a contract come back stamped, a PO come in, a rep's activity shown, the day to try again", () => {
  run([
    { text: "刘总那边合同盖好章寄回来了，52万", intent: "update_deal", slots: { customer: "刘总", stage: "won", amount: 520000 } },
    { text: "Harbor Foods: PO for 80 cartons arrived today, ~$9.6k", intent: "update_deal", slots: { stage: "won", amount: 9600 } },
    { text: "帮我看一下小周这周的拜访记录", role: "manager", intent: "summary", slots: { period: "this_week", person: "小周" } },
    { text: "Ms Diallo's PA says she's away till the 25th, try again Nov 26", intent: "log_followup", slots: { next_due: "2026-11-26" } },
  ]);
});

describe("a stay already made, asked for more", () => {
  run([
    { text: "could we get a late checkout on sunday, 1pm?", role: "guest", intent: "change_booking", slots: { end: "2026-11-22T13:00" } },
    { text: "need a baby cot in our room tonight pls", role: "guest", intent: "change_booking" },
    { text: "add my husband's name to the reservation please, Tom Reyes", role: "guest", intent: "change_booking" },
    { text: "我们房间能不能加张床", role: "guest", intent: "change_booking" },
    { text: "book a double room arriving friday, 2 nights, any chance of a late checkout?", role: "guest", intent: "create_booking", slots: { start: "2026-11-20", nights: 2 } },
  ]);
});

describe("a quote still to send is a task, and today's weekday for a next step is next week's", () => {
  run([
    { text: "下周一之前把方案发给鼎盛的马总", intent: "log_followup", slots: { customer: "马总", next_due: "2026-11-23" } },
    { text: "月底前把样品寄给王总", intent: "log_followup", slots: { customer: "王总", next_due: "2026-11-30" } },
    { text: "报价发给蓝海科技的陈总了，28万", intent: "update_deal", slots: { stage: "proposal", amount: 280000 } },
    { text: "拜访了永辉的周经理，样品他们在试，周三回电话", intent: "log_followup", slots: { customer: "周经理", next_due: "2026-11-25" } },
  ]);
});

describe("terse bookings, a stay replaced by a stay, a guest's own diet kept", () => {
  run([
    { text: "3 ppl sat 7", role: "guest", intent: "create_booking", slots: { party_size: 3, start: "2026-11-21T19:00" } },
    { text: "thu 6:30, 5 pax", role: "guest", intent: "create_booking", slots: { party_size: 5, start: "2026-11-19T18:30" } },
    { text: "we have Jan 5-8 booked, could it be Jan 6-9 instead?", role: "guest", intent: "change_booking", slots: { date: "2027-01-05", start: "2027-01-06", end: "2027-01-09" } },
    { text: "I don't eat beef, please remember that", role: "guest", intent: "remember_preferences", slots: { preferences: ["don't eat beef"] } },
  ]);
});

describe("the year's end, and a business named by its project", () => {
  run([
    { text: "年底前再跟进一下中建那个项目", intent: "log_followup", slots: { customer: "中建", next_due: "2026-12-31" } },
    { text: "明年年底再联系王总", intent: "log_followup", slots: { customer: "王总", next_due: "2027-12-31" } },
  ]);
});

describe("a verb or a heading first in the message is no one's name", () => {
  run([
    { text: "Chased Priya again, still no reply", intent: "log_followup", slots: { customer: "Priya" } },
    { text: "Pipeline update: Nordic Timber proposal out at 60k", intent: "update_deal", slots: { customer: "Nordic Timber", stage: "proposal", amount: 60000 } },
  ]);
});
