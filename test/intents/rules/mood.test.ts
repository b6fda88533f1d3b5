/**
 * A message that decides nothing records nothing (src/intents/rules/mood.ts): advice asked about one's own
 * next step, asking whether something was already done, a step hung on a condition. Requests put
 * politely as questions, and what a customer asked, are still recorded.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("asking advice about one's own next step records nothing", () => {
  run([
    { text: "Should I mark Priya Nair as lost if she doesn't answer by Monday?", intent: "unknown" },
    { text: "should we give Halvorsen Marine the 8% discount?", intent: "unknown" },
    { text: "do I need to log the visit to Castillo Dental again", intent: "unknown" },
    { text: "is it ok to move the Okafor deal to negotiation already?", intent: "unknown" },
    { text: "要不要给鼎盛建材的孙总打个九折", intent: "unknown" },
    { text: "我该不该把蓝鲸教育标成丢单", intent: "unknown" },
    { text: "我是不是应该再给周姐打个电话？", intent: "unknown" },
    { text: "我们要不要把华信的报价降到十万", intent: "unknown" },
    { text: "需不需要给陈院长再发一次方案", intent: "unknown" },
    { text: "嘉诚装饰这单要不要直接标成丢单？", intent: "unknown" },
    { text: "金马驾校该不该先改成谈判中", intent: "unknown" },
    { text: "那个牙科诊所的线索需不需要先录进去", intent: "unknown" },
  ]);
});

describe("asking whether something was already done records nothing", () => {
  run([
    { text: "did I already log the call with Omar this morning", intent: "unknown" },
    { text: "have we added Lucía Fernández as a lead?", intent: "unknown" },
    { text: "did i update Ravi's phone or not", intent: "unknown" },
    { text: "我记过李总的跟进没", intent: "unknown" },
    { text: "金丰物流那个线索录了没有？", intent: "unknown" },
    { text: "有没有登记过黄老师上周的拜访", intent: "unknown" },
  ]);
});

describe("a step hung on a condition records nothing", () => {
  run([
    { text: "if Dmitri doesn't reply by Friday mark the deal lost", intent: "unknown" },
    { text: "要是宋总下周还不回 就把单子标成丢了", intent: "unknown" },
    { text: "万一华泰那边签了 再给我建个回访", intent: "unknown" },
  ]);
});

describe("decided messages are still recorded", () => {
  run([
    { text: "能帮我记一下吗 刚给孙总打了电话 下周三再联系", intent: "log_followup", slots: { customer: "孙总", channel: "call", next_due: "2026-11-25" } },
    { text: "can you log a call with Priya Nair, she wants the quote by Friday", intent: "log_followup", slots: { customer: "Priya Nair", channel: "call" } },
    { text: "如果方便的话帮我记一下 拜访了陈院长 下周一回访", intent: "log_followup", slots: { customer: "陈院长", channel: "visit", next_due: "2026-11-23" } },
    { text: "called Dana twice, no answer yet, try again Thursday", intent: "log_followup", slots: { customer: "Dana", channel: "call", next_due: "2026-11-19" } },
    { text: "刚和王总通了电话 他问要不要加急 明天给他答复", intent: "log_followup", slots: { customer: "王总", channel: "call", next_due: "2026-11-19" } },
    { text: "Halvorsen Marine signed, 45k", intent: "update_deal", slots: { customer: "Halvorsen Marine", stage: "won", amount: 45000 } },
  ]);
});
