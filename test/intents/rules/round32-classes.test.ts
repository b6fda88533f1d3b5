/**
 * Classes of language learnt in round thirty-one, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Tuesday the 24th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("guests who book nothing: someone else will, no booking needed, a rule asked", () => {
  run([
    { role: "guest", text: "my sister wants a room too but she'll email you herself", intent: "unknown" },
    { role: "guest", text: "Can we just walk in on Saturday or do we need to book?", intent: "unknown" },
    { role: "guest", text: "周六需要提前订位吗还是直接过来就行", intent: "unknown" },
    { role: "guest", text: "我同事已经在帮我们订了，我就不重复订了", intent: "unknown" },
    { role: "guest", text: "does the kids' club earn points too?", intent: "unknown" },
    { role: "guest", text: "我周五那间房是不是已经取消了？", intent: "my_bookings" },
    { role: "guest", text: "帮我把周五的房间取消了吧", intent: "cancel_booking" },
  ]);
});

describe("staff with nothing to record: an earlier message taken back, a promise to update later, phone data, a colleague's desk minded", () => {
  run([
    { text: "never mind my last message, the Harbour Cafe samples were already sent", intent: "unknown" },
    { text: "I'll log the Pinewood deal later, driving now", intent: "unknown" },
    { text: "out of data again, can't load the quote for Mrs Ade", intent: "unknown" },
    { text: "小周下周请假，她手上的客户我先帮她看着", intent: "unknown" },
    { text: "I'll update the Pinewood deal to won later", intent: "update_deal", slots: { stage: "won" } },
  ]);
});

describe("a lesson or appointment skipped or moved is a booking's", () => {
  run([
    { role: "guest", text: "教练好，小宇周五的训练课请个假，他感冒了", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "我明天的面诊可以改到下周二上午10点吗？", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-24T10:00" } },
    { role: "guest", text: "12月5號嗰兩間房cancel咗佢啦", intent: "cancel_booking", slots: { date: "2026-12-05" } },
    { role: "guest", text: "我哋總共訂咗幾多間房？", intent: "my_bookings" },
  ]);
});

describe("one room of several changed; a booking pointed at; a cancel with the trip as its reason", () => {
  run([
    { role: "guest", text: "订了三间房，其中一间想换成双床", intent: "change_booking" },
    { role: "guest", text: "for my Dec 2 reservation: one of the 3 rooms should be a king instead", intent: "change_booking", slots: { date: "2026-12-02" } },
    { role: "guest", text: "周五入住的房间帮我退掉吧，会议延期了", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "Please cancel our table tonight, traffic on the ring road is terrible", intent: "cancel_booking" },
  ]);
});

describe("a guest's grievance without the word: a wet floor and a fall, papers chased", () => {
  run([
    { role: "guest", text: "走廊地上全是水，我老公差点摔倒了，也没人收拾", intent: "log_complaint" },
    { role: "guest", text: "押金到现在都没退回来，打电话催了好几次了", intent: "log_complaint" },
  ]);
});

describe("contacts made at a tasting or fitting; a win the customer rang in with; a quote still to go out", () => {
  run([
    { text: "今天跟周小姐试菜，她定了八道菜，下周一给她菜单", intent: "log_followup", slots: { customer: "周小姐", next_due: "2026-11-23" } },
    { text: "Mrs Adeyemi came in for her fitting today, next fitting Friday", intent: "log_followup", slots: { customer: "Mrs Adeyemi", next_due: "2026-11-20" } },
    { text: "顺和超市的钱经理刚打电话过来，说定了，合同金额8万", intent: "update_deal", slots: { stage: "won", amount: 80000 } },
    { text: "site walk with Dana went well. quote goes out Monday", intent: "log_followup", slots: { customer: "Dana", next_due: "2026-11-23" }, absent: ["stage"] },
    { text: "note on Priya Shah: waiting on the freight rate from us, get back to her by EOD", intent: "log_followup", slots: { customer: "Priya Shah", next_due: "2026-11-18" } },
    { text: "chase Omar COB Friday about the deposit", intent: "log_followup", slots: { customer: "Omar", next_due: "2026-11-20" } },
  ]);
});
