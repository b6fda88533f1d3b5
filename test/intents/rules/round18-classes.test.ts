/**
 * Classes of language from the eighteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this month's 20th is 2026-11-20, next month's 2nd 2026-12-02.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("Cantonese: this season, your lot, moved to work somewhere, what bookings I have", () => {
  run([
    { text: "今季啲數點樣？出個報告", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
    { text: "何太轉咗去德興茶樓做，電話改做 9123 8888", intent: "update_customer", slots: { customer: "何太", company: "德興茶樓", phone: "91238888" } },
    { text: "李哥调去了新城超市上班，邮箱改成 li@xincheng.cn", intent: "update_customer", slots: { company: "新城超市", email: "li@xincheng.cn" } },
    { text: "唔該幫我睇下我而家有幾多個預約", role: "guest", intent: "my_bookings" },
    { text: "麻烦查一下我们目前有哪些预订", role: "guest", intent: "my_bookings" },
    { text: "你哋有冇人見過我把遮？", intent: "unknown" },
  ]);
});

describe("a business written in Latin letters beside a Chinese name", () => {
  run([
    { text: "新客户 林志强 Sinar Harapan Trading 要 60箱 Milo 饮料，电话 012-555 7788", intent: "create_lead", slots: { name: "林志强", company: "Sinar Harapan Trading", quantity: 60, product: "Milo 饮料" } },
    { text: "去了Kedai Maju见黄老板，他说下个月再进货", intent: "log_followup", slots: { customer: "黄老板", channel: "visit" } },
    { text: "记一下投诉：Maju Jaya 刘经理说上次的货少了三箱", intent: "log_complaint", slots: { customer: "刘经理" } },
    // A name written twice, romanised and in Chinese, is one person.
    { text: "new lead: Tan Wei Ming 陈伟明, Harbour Dental, wants 10 chairs", intent: "create_lead", slots: { name: "Tan Wei Ming", company: "Harbour Dental" } },
  ]);
});

describe("a common noun opening a sentence is no person", () => {
  run([
    { text: "Warehouse walk-through at Lakeside Foods done. Pricing was fine, Marta wants samples by Friday", intent: "log_followup", slots: { customer: "Marta", channel: "visit" } },
    { text: "Site visit at Coastline Gym went well, Derek wants a quote by Monday", intent: "log_followup", slots: { customer: "Derek", channel: "visit" } },
  ]);
});

describe("days of a month said after them, and a stay's last day said as leaving", () => {
  run([
    { text: "pls book a twin room, check in 2nd check out 4th next month", role: "guest", intent: "create_booking", slots: { start: "2026-12-02", end: "2026-12-04" } },
    { text: "sales summary from 3rd to 17th this month please", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-03", to: "2026-11-17" } },
    { text: "about my stay on the 20th of this month - can the check-out be the 24th instead of the 23rd?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", end: "2026-11-24" } },
    { text: "we arrive on the 21st, could we push check-in to the 22nd and leave on the 26th instead?", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22", end: "2026-11-26" } },
  ]);
});

describe("a sum grouped in thousands after 'at' is money, not a time", () => {
  run([
    { text: "Fairview Clinic went to proposal, we landed at 14,500", intent: "update_deal", slots: { customer: "Fairview Clinic", stage: "proposal", amount: 14500 } },
  ]);
});

describe("how a contact happened, said in other words", () => {
  run([
    { text: "Quick catch-up with Priya Nair over lunch, she'll confirm next week. Chase Monday", intent: "log_followup", slots: { customer: "Priya Nair", channel: "meeting" } },
    { text: "Tom Baxter was phoned yesterday, wants to wait for the budget. Ring him Friday", intent: "log_followup", slots: { customer: "Tom Baxter", channel: "call" } },
    { text: "Lena Ortiz got rung about the renewal, no decision yet, follow up Thursday", intent: "log_followup", slots: { customer: "Lena Ortiz", channel: "call" } },
  ]);
});

describe("names whose given name starts with 大", () => {
  run([
    { text: "刚刚打给李大伟，他说下周一再联系", intent: "log_followup", slots: { customer: "李大伟", channel: "call" } },
    { text: "张大勇生日3月8号，帮我记一下", intent: "update_customer", slots: { customer: "张大勇", birthday: "03-08" } },
    { text: "王大概下周能定下来", intent: "unknown" },
  ]);
});

describe("not done: a stage not reached yet, a cancel disowned, a lead on a flat", () => {
  run([
    { text: "恒达那单还没签，别听老周乱讲", intent: "unknown" },
    { text: "Brightline hasn't signed yet, don't update anything", intent: "unknown" },
    { text: "我不是要取消，刚才手滑点错了", role: "guest", intent: "unknown" },
    { text: "sorry I didn't mean to cancel, wrong button!", role: "guest", intent: "unknown" },
    { text: "my cousin finally got a lead on a flat near the station, good for him", intent: "unknown" },
    // A stage that was reached is still news.
    { text: "恒达那单签了，30万", intent: "update_deal", slots: { customer: "恒达", stage: "won", amount: 300000 } },
  ]);
});

describe("the rules of the house and of the points scheme, asked", () => {
  run([
    { text: "请问你们酒店能带猫入住吗？", role: "guest", intent: "unknown" },
    { text: "are dogs allowed on the terrace?", role: "guest", intent: "unknown" },
    { text: "someone said you do triple points in December, really?", role: "guest", intent: "unknown" },
    { text: "积分怎么算的？消费一块钱一分吗", role: "guest", intent: "unknown" },
    { text: "订明晚一间大床房，可以带狗吗", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-19" } },
    { text: "how many points have I got now?", role: "guest", intent: "my_points" },
  ]);
});

describe("asking what the chat can do, rankings by spenders, things broken in other Englishes", () => {
  run([
    { text: "what exactly can I do with this chat?", role: "guest", intent: "help" },
    { text: "show me our ten biggest spenders this month", role: "manager", intent: "top_customers", slots: { period: "this_month", limit: 10 } },
    { text: "the heater in our room not warm at all, cannot sleep", role: "guest", intent: "log_complaint" },
    { text: "需求问清楚了，是个靠谱商机，老钱那边先挂着", intent: "update_deal", slots: { customer: "老钱", stage: "qualified" } },
  ]);
});
