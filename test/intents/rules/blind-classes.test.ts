/**
 * Classes of phrasing from cases written blind (fresh-4), each with variants of our own: questions that
 * ask for a fact, deal stages said as events, reports asked loosely, guests' own bookings, and more.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a question asking for a fact is answered, never recorded", () => {
  run([
    { text: "上个月全公司签了多少", intent: "unknown" },
    { text: "这周整个团队成交多少单", intent: "unknown" },
    { text: "Which room is Anna Wu in? she's with my group", role: "guest", intent: "unknown" },
    { text: "what room is Mr. Zhang staying in", role: "guest", intent: "unknown" },
    { text: "where is my colleague Tom Baker staying tonight?", role: "guest", intent: "unknown" },
    { text: "could you recommend a good book about negotiation", role: "manager", intent: "unknown" },
    { text: "can you suggest a restaurant nearby for dinner", role: "guest", intent: "unknown" },
    { text: "any good book on hotel management?", role: "guest", intent: "unknown" },
    { text: "上次跟刘总聊到哪了", intent: "lookup_customer", slots: { query: "刘总" } },
    { text: "王总那单现在到哪一步了", intent: "lookup_customer" },
    { text: "I'd like to book a table for 2 tomorrow at 7", role: "guest", intent: "create_booking" },
  ]);
});

describe("a deal stage said as what happened", () => {
  run([
    { text: "宏达科技被同行截胡了", intent: "update_deal", slots: { customer: "宏达科技", stage: "lost" } },
    { text: "蓝天物流最后用了别家的", intent: "update_deal", slots: { stage: "lost" } },
    { text: "Brightside Dental went with another supplier", intent: "update_deal", slots: { stage: "lost" } },
    { text: "老周的茶叶单子终于成了 3万", intent: "update_deal", slots: { customer: "老周", stage: "won", amount: 30000 } },
    { text: "got the PO from Ruiz Catering, $4k", intent: "update_deal", slots: { customer: "Ruiz Catering", stage: "won", amount: 4000 } },
    { text: "金鼎酒楼的合同已经寄过去了", intent: "update_deal", slots: { customer: "金鼎酒楼", stage: "negotiation" } },
    { text: "华美装饰合同发了 等对方盖章", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "拜访了陈经理 周一把合同发过去", intent: "log_followup", slots: { customer: "陈经理" } },
    { text: "李总那边确认有需求 预算也有", intent: "update_deal", slots: { stage: "qualified" } },
    { text: "远航旅行社那单阶段重置成new", intent: "update_deal", slots: { stage: "new" } },
  ]);
});

describe("guests asking whether their booking went through", () => {
  run([
    { text: "我的订位订上了没", role: "guest", intent: "my_bookings" },
    { text: "我们的预订成功了吗", role: "guest", intent: "my_bookings" },
    { text: "我的reservation好了吗", role: "guest", intent: "my_bookings" },
    { text: "房间约上了吗", role: "guest", intent: "my_bookings" },
    { text: "do we have anything reserved for Friday?", role: "guest", intent: "my_bookings" },
    { text: "show me my next stays", role: "guest", intent: "my_bookings" },
    { text: "list my current reservations", role: "guest", intent: "my_bookings" },
  ]);
});

describe("a guest's grumble said without a complaint word", () => {
  run([
    { text: "the elevator is out of service again", role: "guest", intent: "log_complaint" },
    { text: "they gave our room to someone else when we arrived", role: "guest", intent: "log_complaint" },
    { text: "I was billed for room service I never ordered", role: "guest", intent: "log_complaint" },
    { text: "we got charged for parking but we didn't even have a car", role: "guest", intent: "log_complaint" },
    { text: "淋浴水一直不热", role: "guest", intent: "log_complaint" },
    { text: "早上只能洗冷水澡", role: "guest", intent: "log_complaint" },
    { text: "冰箱里的饮料我没喝过 却被扣了钱", role: "guest", intent: "log_complaint" },
    { text: "我们订的位子被别人占了", role: "guest", intent: "log_complaint" },
  ]);
});

describe("a manager asking how sales went, said as a state of things", () => {
  run([
    { text: "王磊上个月的签单情况", role: "manager", intent: "summary", slots: { period: "last_month", person: "王磊" } },
    { text: "本周的成交数据", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "今天的回款情况", role: "manager", intent: "summary", slots: { period: "today" } },
    { text: "how's Li Na doing this month", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Send me Tom's numbers for last week", role: "manager", intent: "summary", slots: { person: "Tom" } },
    { text: "这个月有多少新客户", role: "manager", intent: "summary", slots: { period: "this_month" } },
  ]);
});

describe("what is left to follow up, asked loosely", () => {
  run([
    { text: "明天有哪些要跟的", intent: "list_tasks" },
    { text: "这周还有啥没跟的", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "今天该跟进的有哪些", intent: "list_tasks", slots: { period: "today" } },
    { text: "本周的follow-ups有哪些", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "还有谁没跟的", intent: "list_tasks" },
  ]);
});

describe("asking for help, or how to do something", () => {
  run([
    { text: "help me", intent: "help" },
    { text: "Help please!", role: "guest", intent: "help" },
    { text: "帮助一下", intent: "help" },
    { text: "怎么查客户电话？", intent: "help" },
    { text: "如何取消预订", role: "guest", intent: "help" },
    { text: "how do I log a call?", intent: "help" },
    { text: "how can I book a table", role: "guest", intent: "help" },
  ]);
});

describe("a head count changed: the count after the change is the party size", () => {
  run([
    { text: "周六的位子加两个人 现在是8个", role: "guest", intent: "change_booking", slots: { party_size: 8 } },
    { text: "明天的桌子从5个人改成3个人", role: "guest", intent: "change_booking", slots: { party_size: 3 } },
    { text: "one more joining us - make it 6 for Friday's table", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "今晚的预订少一个人 现在三位", role: "guest", intent: "change_booking", slots: { party_size: 3 } },
    { text: "把明天的位子改成7点", role: "guest", intent: "change_booking", slots: { start: "2026-11-19T19:00" } },
  ]);
});
