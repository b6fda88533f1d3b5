/**
 * Classes of language learnt in round thirty-four, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("goods or a service that let the guest down, told without the word complaint", () => {
  run([
    { role: "guest", text: "the dress I picked up on Friday has a big stain down the front nobody pointed out", intent: "log_complaint" },
    { role: "guest", text: "the harness I hired had a frayed strap, felt pretty unsafe", intent: "log_complaint" },
    { role: "guest", text: "the gardener skipped the back lawn and packed up at 2 instead of 4", intent: "log_complaint" },
    { role: "guest", text: "昨天的瑜伽课教练迟到半小时，课也没上完，给个说法吧", intent: "log_complaint" },
    { role: "guest", text: "we'll be 20 minutes late tonight, sorry!", intent: "change_booking" },
    { role: "guest", text: "我们会迟到二十分钟", intent: "change_booking" },
    { role: "guest", text: "can we come at 8 instead of 7?", intent: "change_booking" },
  ]);
});

describe("a change asked for after nothing is to be cancelled", () => {
  run([
    { role: "guest", text: "don't cancel anything, but can we go from 6 to 4 people on Friday?", intent: "change_booking", slots: { date: "2026-11-20", party_size: 4 } },
    { role: "guest", text: "先不取消，不过人数改成3个", intent: "change_booking", slots: { party_size: 3 } },
    { role: "guest", text: "don't change anything, just wanted to check the time", intent: "unknown" },
    { role: "guest", text: "change from 4 to 6 guests tomorrow", intent: "change_booking", slots: { date: "2026-11-19", party_size: 6 } },
  ]);
});

describe("a deal named by what was sold, or paid on", () => {
  run([
    { text: "恒达那30箱谈下来了，一共4万2", intent: "update_deal", slots: { customer: "恒达", stage: "won", amount: 42000 } },
    { text: "宏远这批货谈下来了", intent: "update_deal", slots: { customer: "宏远", stage: "won" } },
    { text: "Kowalski reunion – deposit's in, $3,200 total", intent: "update_deal", slots: { stage: "won", amount: 3200 } },
    { text: "boss, the deposit from Blue Reef in or not?", intent: "unknown" },
  ]);
});

describe("someone introduced with their company, wanting goods, with only a visit to come", () => {
  run([
    { text: "鼎丰超市的周经理想换40台冷柜，下周一上门谈", intent: "create_lead", slots: { name: "周经理", company: "鼎丰超市", quantity: 40, next_due: "2026-11-23" } },
    { text: "跟鼎丰超市周经理开了个会，他们想分三批进货，下周一再碰", intent: "log_followup", slots: { customer: "周经理", next_due: "2026-11-23" } },
    { text: "在这里面怎么记录一条回访？", intent: "help" },
    { text: "老客户张姐介绍了个客户：青禾茶社的林芳，要订30盒白茶，13800138000", intent: "create_lead", slots: { name: "林芳", company: "青禾茶社", quantity: 30 } },
    { text: "有没有拖着好久没联系的客户？", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("where a guest would like to sit, and what they would like the room to have", () => {
  run([
    { role: "guest", text: "table for 4 on Friday at 8, anywhere near the band would be great", intent: "create_booking", slots: { party_size: 4, preferences: ["near the band"] } },
    { role: "guest", text: "想订周五的一间家庭房，住两晚，最好带阳台", intent: "create_booking", slots: { preferences: ["阳台"] } },
    { role: "guest", text: "table for 2 tomorrow at 7? somewhere away from the TV if possible", intent: "create_booking", slots: { party_size: 2, preferences: ["away from the TV"] } },
    { role: "guest", text: "could we get 3 seats at the sushi counter tomorrow at 7pm?", intent: "create_booking", slots: { party_size: 3 } },
  ]);
});
