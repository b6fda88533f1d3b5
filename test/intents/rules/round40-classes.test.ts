/**
 * Classes of language learnt in round thirty-nine, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a colleague or the team asked, not the bot", () => {
  run([
    { text: "小陈 你上次说的那个宏达的报价后来咋样了？", intent: "unknown" },
    { text: "阿强 你手机里还有许总的微信不", intent: "unknown" },
    { text: "新开那家连锁药店 你们有没有人认识他们采购", intent: "unknown" },
    { text: "周六展会要人守摊位 谁能去", intent: "unknown" },
    { text: "@Priya Nair you got the signed PO from Bellwood? not in the shared drive", intent: "unknown" },
    { text: "who's looking after the Harrow accounts while Dev is in Bali?", role: "manager", intent: "unknown" },
    { text: "look up Bellwood Timber", intent: "lookup_customer", slots: { query: "Bellwood Timber" } },
  ]);
});

describe("the team's opinion asked about what a customer said", () => {
  run([
    { text: "孟老板说年后可能把单子都给我们 你们觉得他说的靠谱不", intent: "unknown" },
    { text: "客户回了句“考虑考虑”，这种一般是没戏了还是还能跟？", intent: "unknown" },
    { text: "孟老板说年后把单子给我们，下周二再跟他确认", intent: "log_followup", slots: { customer: "孟老板", next_due: "2026-11-24" } },
  ]);
});

describe("a guest asking, thinking, laughing at a quote, or taking a cancellation back", () => {
  run([
    { role: "guest", text: "for a Saturday in December how early do we need to book?", intent: "unknown" },
    { role: "guest", text: "周末的包间一般要提前多久订？", intent: "unknown" },
    { role: "guest", text: "thanks, we'll sleep on it and book tomorrow", intent: "unknown" },
    { role: "guest", text: "my brother said \"just book the big suite, it's worth it\" haha no way", intent: "unknown" },
    { role: "guest", text: "can you reverse my cancellation? we can make it after all", intent: "unknown" },
    { role: "guest", text: "cancel my table for Friday please", intent: "cancel_booking" },
  ]);
});

describe("the bot's own work found fault with, or its pushes stopped", () => {
  run([
    { role: "manager", text: "the figures you sent me are way off, Lena signed 5 not 3", intent: "unknown" },
    { text: "the bot just saved my grocery list as a new lead lol", intent: "unknown" },
    { text: "机器人又把我和老婆的聊天记成跟进了", intent: "unknown" },
    { role: "manager", text: "不要每周一早上给我发周报了", intent: "unknown" },
    { role: "manager", text: "send me this week's summary", intent: "summary", slots: { period: "this_week" } },
  ]);
});

describe("a guest's booking put right: another hour, or the head count they meant", () => {
  run([
    { role: "guest", text: "our table on Friday - make it 7:30 instead of 8", intent: "change_booking" },
    { role: "guest", text: "oops we meant 3 people for tomorrow's lunch", intent: "change_booking", slots: { party_size: 3 } },
  ]);
});

describe("staff: an interest confirmed moves the deal; goods to replace are a lead's", () => {
  run([
    { text: "恒丰车行确认有合作意向了 预算5万左右", intent: "update_deal", slots: { customer: "恒丰车行", stage: "qualified", amount: 50000 } },
    { text: "新线索 周丽 向阳小学校长 想换一批课桌椅 80套", intent: "create_lead", slots: { name: "周丽", quantity: 80 } },
    { text: "永昌五金有采购意向 想要200把扳手", intent: "create_lead", slots: { company: "永昌五金", quantity: 200 }, absent: [] },
  ]);
});

describe("dates in numbers: the writer's place, and the message's other dates", () => {
  run([
    { text: "跟Wong太见了面 3/12再约", intent: "log_followup", tz: "Asia/Singapore", slots: { next_due: "2026-12-03" } },
    { role: "manager", text: "5/11 到 17/11 的销售汇总", intent: "summary", slots: { from: "2026-11-05", to: "2026-11-17" } },
    { role: "guest", text: "room for 10 Dec to 12 Dec, 3 of us", intent: "create_booking", tz: "Europe/London", now: "2026-11-18T10:00:00+00:00", slots: { end: "2026-12-12", party_size: 3 } },
  ]);
});

describe("a report sent or held back, a quote's template, points doubted", () => {
  run([
    { role: "manager", text: "has the monthly report gone out to finance?", intent: "unknown" },
    { role: "manager", text: "总监说周报下周再说 那就先不发了", intent: "unknown" },
    { text: "thanks Omar, updated the quote template with the new logo", intent: "unknown" },
    { role: "guest", text: "听说你们的积分可以抵房费 真的可以吗？", intent: "unknown" },
    { text: "Harlan Foods quote sent today, 8k", intent: "update_deal", slots: { stage: "proposal", amount: 8000 } },
  ]);
});

describe("the right one named after the wrong one; a diet to note; the biggest few in Cantonese", () => {
  run([
    { text: "sorry, I meant Brook & Vale, not Brook Logistics. bring that one up", intent: "lookup_customer", slots: { query: "Brook & Vale" } },
    { text: "上午是给郑总打的电话 不是曾总 郑总说下周签", intent: "log_followup", slots: { customer: "郑总", channel: "call" } },
    { text: "Meera 吃斋的 记一下 别再约她吃烧烤", intent: "update_customer", slots: { customer: "Meera" } },
    { text: "彭总不沾白酒 只喝啤酒 记到他偏好里", intent: "update_customer", slots: { preferences: ["不沾白酒", "只喝啤酒"] } },
    { role: "manager", text: "上個月邊幾個客最大單？畀我頭五個", intent: "top_customers", slots: { period: "last_month", limit: 5 } },
  ]);
});

describe("a stage taken back or declared after the name; the head count said whole; the wrong one refused first", () => {
  run([
    { text: "是不是把鸿运物流标成输单了？撤回 他们还在谈判阶段", intent: "update_deal", slots: { customer: "鸿运物流", stage: "negotiation" } },
    { text: "Fernhill Bakery qualified, budget signed off at $9k", intent: "update_deal", slots: { stage: "qualified", amount: 9000 } },
    { text: "met 4 qualified prospects at the trade fair", intent: "unknown" },
    { role: "guest", text: "我们多来两个人 一共8位 周五那桌", intent: "change_booking", slots: { party_size: 8 } },
    { role: "guest", text: "twin room for Friday night, me + my sister", intent: "create_booking", slots: { party_size: 2 } },
    { text: "不是这个阿亮 是开物流那个 黄阿亮 再查一次", intent: "lookup_customer", slots: { query: "黄阿亮" } },
    { text: "nope not tomorrow's tasks, I wanted this week", intent: "list_tasks", slots: { period: "this_week" } },
    { role: "manager", text: "不是前五 我要前十 这个月的", intent: "top_customers", slots: { limit: 10, period: "this_month" } },
  ]);
});

describe("learnt from blind-272…275: a lead's heading with any mark, and messages that ask nothing of the bot", () => {
  run([
    { text: "客户线索～ 孔维 青禾物业 要八十箱纸巾 下周一联系", intent: "create_lead", slots: { name: "孔维", company: "青禾物业", quantity: 80 } },
    { role: "guest", text: "你们那个红烧肉可以教我怎么做吗 太好吃了", intent: "unknown" },
    { role: "guest", text: "my sister said she reserved a table for Friday 7pm with you, is it under her name?", intent: "unknown" },
    { role: "guest", text: "could you send me the names of guests checked in on the 5th floor?", intent: "unknown" },
    { role: "guest", text: "my mum said she'd probably book us a room for Christmas, we'll see", intent: "unknown" },
    { text: "周老板那边要不要再去拜访一次呢...再想想", intent: "unknown" },
    { text: "刘总 这周的团队汇总能发我一份吗", intent: "unknown" },
    { role: "manager", text: "阿杰，明早9点到我办公室一趟", intent: "unknown" },
    { role: "manager", text: "Priya, pop into my office after lunch", intent: "unknown" },
  ]);
});

describe("learnt from blind-272…275: tastes listed, a day to leave, a birthday put right, a date with a dot", () => {
  run([
    { text: "note for Grace Lam: window tables, decaf only please", intent: "update_customer", slots: { preferences: ["window tables", "decaf only"] } },
    { text: "蒋太太喜欢安静的包间、不吃辣 记到档案里", intent: "update_customer", slots: { preferences: ["喜欢安静的包间", "不吃辣"] } },
    { role: "guest", text: "我周六的房能不能改成周五入住 周日走", intent: "change_booking", slots: { start: "2026-11-20", end: "2026-11-22" } },
    { text: "韦总生日3月8 哦不对 是3月18 记一下", intent: "update_customer", slots: { birthday: "03-18" } },
    { text: "见了宝丰的韦总 报价发了 12.3再跟一下", intent: "log_followup", slots: { next_due: "2026-12-03" } },
  ]);
});

describe("learnt from blind-276…279: why a guest comes, a hearsay offer doubted, charged for nothing", () => {
  run([
    { role: "guest", text: "double room for 3 nights from Friday please, we're here for a conference", intent: "create_booking", slots: { kind: "room", nights: 3 } },
    { role: "guest", text: "同事说'周末订房送早餐'，是真的吗？", intent: "unknown" },
    { role: "guest", text: "you charged us for a late checkout we never had", intent: "log_complaint" },
    { role: "guest", text: "结账的时候重复收了我们停车费", intent: "log_complaint" },
  ]);
});

describe("learnt from blind-276…279: staff unsure, the team asked, their own events and targets", () => {
  run([
    { text: "下午要不要去拜访一下邓总呢...还没想好", intent: "unknown" },
    { role: "manager", text: "did anybody order the banners for the expo?", intent: "unknown" },
    { role: "manager", text: "下季度的目标我还没想好怎么定", intent: "unknown" },
    { role: "manager", text: "Mia said 'Granvale signs tomorrow' — we'll see 🙄", intent: "unknown" },
    { text: "周五部门聚餐在哪来着", intent: "unknown" },
    { text: "新客户 钱敏 恒泰律所 要定40份月饼礼盒 电话13900001111", intent: "create_lead", slots: { product: "月饼礼盒", quantity: 40 } },
  ]);
});

describe("a task handed to whoever on the team takes it; a guest's price question is no taste to remember", () => {
  run([
    { role: "manager", text: "somebody please ring the Okafors back today", intent: "unknown" },
    { role: "manager", text: "rang the Okafors back, they want 20 more chairs", intent: "log_followup" },
    { role: "guest", text: "你们江景房一晚多少钱？", intent: "unknown" },
  ]);
});
