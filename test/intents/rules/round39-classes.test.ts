/**
 * Classes of language learnt in round thirty-eight, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a manager talking about the figures, not asking for them", () => {
  run([
    { role: "manager", text: "the new dashboard feels really clean, nice job", intent: "unknown" },
    { role: "manager", text: "if we raised prices by 5% would revenue hold up?", intent: "unknown" },
    { role: "manager", text: "如果我们把零售价涨3个点 利润能不能上来", intent: "unknown" },
    { role: "manager", text: "already ran the quarterly report myself this morning, no need", intent: "unknown" },
    { role: "manager", text: "send me this week's summary", intent: "summary", slots: { period: "this_week" } },
  ]);
});

describe("a guest: a cancellation already made, a booking's day forgotten, a need ignored", () => {
  run([
    { role: "guest", text: "我之前已经取消了 就是确认一下 不用管", intent: "unknown" },
    { role: "guest", text: "我那个订位 是几点来着", intent: "my_bookings" },
    { role: "guest", text: "我明明说过不吃香菜 为什么面里还放了这么多", intent: "log_complaint" },
    { role: "guest", text: "I told the waiter I can't have dairy but the sauce still had cream in it", intent: "log_complaint" },
    { role: "guest", text: "what's the wifi password in the lobby?", intent: "unknown" },
  ]);
});

describe("a long booking ask with a wish after it, signed", () => {
  run([
    {
      role: "guest",
      text: "Hi there, we'd like to book a twin room for 2 nights from Friday. Could you add an extra pillow? Cheers, Mei Tan +6598765432",
      intent: "create_booking",
      slots: { kind: "room", start: "2026-11-20", nights: 2, phone: "+6598765432" },
    },
  ]);
});

describe("staff: leads passed on, customers pointed at, voice slips", () => {
  run([
    { text: "Got a referral from Tom - Lena Fischer, Fischer Optik, wants 30 display cases, call her Monday", intent: "create_lead", slots: { company: "Fischer Optik", quantity: 30 } },
    { text: "老客户转介绍了一个 邓美华 美华眼镜店 想要两百副镜框", intent: "create_lead", slots: { name: "邓美华", company: "美华眼镜店", quantity: 200 } },
    { text: "早上给那个孔德明回了电话 他说下周再定", intent: "log_followup", slots: { customer: "孔德明", channel: "call" } },
    { text: "新线索 宏发建材的易志强 要 要两百包水泥 电话13800002222", intent: "create_lead", slots: { name: "易志强", company: "宏发建材", product: "水泥", quantity: 200 } },
    { text: "Anna Berg moved to uh Nordlys Studio, new email anna@nordlys.no", intent: "update_customer", slots: { customer: "Anna Berg", company: "Nordlys Studio" } },
    { text: "Jamal Reid prefs: texts only, no calls before 10", intent: "update_customer", slots: { preferences: ["texts only", "no calls before 10"] } },
    { text: "下午亲自去见了永兴五金的谭老板", intent: "log_followup", slots: { channel: "visit" } },
    { text: "報價單昨天發了 明天寄樣品 下周一再聯繫他們", intent: "log_followup", slots: { next_due: "2026-11-23" } },
    { text: "陈生搬咗去华丰物流做嘢", intent: "update_customer", slots: { company: "华丰物流" } },
    { text: "帮会员何静怡订周五晚上7点的位 4位", intent: "create_booking", slots: { name: "何静怡", party_size: 4 } },
  ]);
});

describe("a deal named in capitals before what of theirs moves", () => {
  run([
    { text: "move the Harbour Lights spring gala to proposal", intent: "update_deal", slots: { customer: "Harbour Lights", stage: "proposal" } },
    { text: "Maple & Co catering deal -> won, 12k", intent: "update_deal", slots: { customer: "Maple & Co", stage: "won", amount: 12000 } },
    { text: "The deal is lost", intent: "update_deal", slots: { stage: "lost" }, absent: ["customer"] },
  ]);
});

describe("a guest's booking moved to an earlier day of the month, and foods and rooms wished for in Cantonese", () => {
  run([
    { role: "guest", text: "please move my reservation from the 28th to the 25th", intent: "change_booking", slots: { date: "2026-11-28", start: "2026-11-25" } },
    { role: "guest", text: "聽晚七點 四位 要個包房", intent: "create_booking", slots: { party_size: 4, preferences: ["包房"] } },
    { role: "guest", text: "後日中午兩位 其中一位食全素", intent: "create_booking", slots: { party_size: 2, preferences: ["全素"] } },
  ]);
});
