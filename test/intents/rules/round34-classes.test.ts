/**
 * Classes of language learnt in round thirty-three, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Tuesday the 24th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a guest moving a day they hold to another, whatever the appointment is called", () => {
  run([
    { role: "guest", text: "儿子下周二的正畸复查能挪到下周四吗", intent: "change_booking", slots: { date: "2026-11-24", start: "2026-11-26" } },
    { role: "guest", text: "can we switch Max's swim lesson from Friday to Saturday?", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { role: "guest", text: "Our tasting is on Dec 3 but we're away then. Could we do the 10th instead?", intent: "change_booking", slots: { date: "2026-12-03", start: "2026-12-10" } },
    { role: "guest", text: "我们下周二和下周四都想来，两位", intent: "create_booking" },
  ]);
});

describe("a promise to come back, with no day, books nothing", () => {
  run([
    { role: "guest", text: "Best brunch in town, we'll definitely be back soon!", intent: "unknown" },
    { role: "guest", text: "环境太好了，明年一定还来😊", intent: "unknown" },
    { role: "guest", text: "we'll be back — table for 3 next Friday at 8pm please", intent: "create_booking", slots: { party_size: 3, start: "2026-11-27T20:00" } },
    { role: "guest", text: "sorry, we need to cancel Saturday's table, but we'll certainly book again soon", intent: "cancel_booking", slots: { date: "2026-11-21" } },
  ]);
});

describe("keywords typed one slip wrong are read as meant", () => {
  run([
    { role: "guest", text: "pls cancle our table tmrw, kid is sick", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "lokup Harbor Foods", intent: "lookup_customer", slots: { query: "Harbor Foods" } },
    { role: "guest", text: "need to chnage my reservaton to Thrusday", intent: "change_booking" },
    { text: "lost riverside catering, they went with a cheaper supplier", intent: "update_deal", slots: { customer: "riverside catering", stage: "lost" } },
    { text: "had a call with dana from maple supply, she's comparing quotes", intent: "log_followup", slots: { customer: "dana" } },
  ]);
});

describe("a manager's comparisons, rankings and one rep's figures", () => {
  run([
    { role: "manager", text: "本月对比上个月，谁退步最多", intent: "summary", slots: { period: "this_month" } },
    { role: "manager", text: "this week vs last week — are we up?", intent: "summary", slots: { period: "this_week" } },
    { role: "manager", text: "show me Priya's numbers for this quarter", intent: "summary", slots: { period: "this_quarter", person: "Priya" } },
    { role: "manager", text: "QoQ please", intent: "summary" },
    { role: "manager", text: "Tom this week: calls, visits, won", intent: "summary", slots: { period: "this_week", person: "Tom" } },
    { role: "manager", text: "who underperformed last month?", intent: "summary", slots: { period: "last_month" } },
    { text: "where am I on the leaderboard?", intent: "unknown" },
    { role: "manager", text: "Quota for Q1 is 25 new accounts. Let's go.", intent: "unknown" },
    { role: "manager", text: "Sales were through the roof in May, great job all", intent: "unknown" },
    { role: "manager", text: "mom asked me to call her back, brb", intent: "unknown" },
  ]);
});

describe("staff talk that records nothing: our own departments, the team's lunch, slips to be put right, ideas not arranged", () => {
  run([
    { text: "仓库说下周的包装箱要晚三天到，客户问的话先这么回", intent: "unknown" },
    { text: "品控那边说周四停线，发货顺延", intent: "unknown" },
    { text: "帮大家点个下午茶，小林不喝奶记得备注", intent: "unknown" },
    { text: "刚才那个报价我记错了 等我核对一下再发你", intent: "unknown" },
    { text: "想着月底找个时间去星河物业看看，还没约", intent: "unknown" },
    { text: "ugh so many overdue follow-ups, need a coffee", intent: "unknown" },
    { text: "哈哈 赵阿姨说她家狗只吃牛肉，太挑了", intent: "unknown" },
  ]);
});

describe("a customer's taste asked or told, when they can be reached, and someone asking to buy", () => {
  run([
    { text: "吴总爱喝什么茶来着？", intent: "lookup_customer", slots: { query: "吴总" } },
    { text: "孙姐一般晚上八点以后才回微信，中午别打扰她", intent: "update_customer", slots: { customer: "孙姐" } },
    { text: "Ms Ortega only answers the phone after 4pm", intent: "update_customer", slots: { customer: "Ms Ortega" } },
    { text: "华联超市周经理 电话13811112222 问了矿泉水的价 要500箱", intent: "create_lead", slots: { company: "华联超市", phone: "13811112222", product: "矿泉水", quantity: 500 } },
    { text: "周经理电话换了 13811113333", intent: "update_customer", slots: { phone: "13811113333" } },
    { role: "manager", text: "系统里怎么给客户加备注？", intent: "help" },
  ]);
});

describe("a guest's own booking asked after, a head count corrected, goods or a stay gone wrong", () => {
  run([
    { role: "guest", text: "我周六约的美甲是几点来着？", intent: "my_bookings" },
    { role: "guest", text: "we're actually 5 now, can you add a chair to our booking", intent: "change_booking", slots: { party_size: 5 } },
    { role: "guest", text: "预约人数要改一下，是8个小朋友", intent: "change_booking", slots: { party_size: 8 } },
    { role: "guest", text: "3 for lunch tomorrow at 12:30?", intent: "create_booking", slots: { party_size: 3, start: "2026-11-19T12:30" } },
    { role: "guest", text: "滑板车骑到一半没电了，只能推回来", intent: "log_complaint" },
    { role: "guest", text: "昨晚的生蚝不太新鲜，吃完有点不舒服", intent: "log_complaint" },
    { text: "Blue Fern Cafe says half the jars had broken lids", intent: "log_complaint", slots: { customer: "Blue Fern Cafe" } },
    { role: "guest", text: "do we still earn points if we booked on Agoda?", intent: "unknown" },
  ]);
});

describe("details typed fast or in lists: run-together words, eight-digit phones in a comma list, litres, couples, a role before a name", () => {
  run([
    { role: "guest", text: "roomfor 2 this sat, twin pls", intent: "create_booking", slots: { party_size: 2, start: "2026-11-21" } },
    { role: "guest", text: "can't do thursday anymore, can we do sun instead", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-22" } },
    { text: "Lead:Grace Tan,Tan Bros Trading,98765432, wants 40 cartons of soy milk", intent: "create_lead", slots: { name: "Grace Tan", phone: "98765432", quantity: 40 } },
    { text: "New lead: Sunny Hill Kindergarten, principal Olivia Park, wants a cooking class for 30 kids", intent: "create_lead", slots: { name: "Olivia Park", company: "Sunny Hill Kindergarten" } },
    { role: "guest", text: "two couples, Friday for 2 nights, two double rooms", intent: "create_booking", slots: { party_size: 4, nights: 2 } },
    { role: "guest", text: "下周五入住两晚，两间大床，最好带阳台的", intent: "create_booking", slots: { preferences: ["阳台"] } },
    { text: "红星茶楼钱老板 电话里说春节后再谈 下周五吧", intent: "log_followup", slots: { next_due: "2026-11-27" } },
    { text: "dropped off samples at Oak Street Deli, the owner was out. call back Monday", intent: "log_followup", slots: { channel: "visit", next_due: "2026-11-23" } },
  ]);
});
