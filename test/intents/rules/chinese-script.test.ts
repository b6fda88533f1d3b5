/**
 * Traditional characters and written Cantonese (src/intents/rules/chinese-script.ts): read as Mandarin, with
 * the user's own words given back in the script they were written in.
 */
import { describe, expect, it } from "vitest";
import { inScriptOf, readAsMandarin } from "../../../src/intents/rules/chinese-script.ts";
import { run } from "./case-table.ts";

describe("readAsMandarin", () => {
  it.each([
    ["打咗電話俾陳生 佢話要等老細批 聽日再打", "打了电话给陈哥 他说要等老板批 明天再打"],
    ["我訂咗幾點嘅位", "我订了几点的位"],
    ["邊個負責呢個客", "哪个负责这个客"],
    ["黃太琴日投訴", "黄姐昨天投诉"],
    ["下個禮拜一覆佢", "下个礼拜一回他"],
    ["台北的會議室預約", "台北的会议室预约"],
  ])("%s → %s, of the same length", (written, reading) => {
    expect(readAsMandarin(written)).toBe(reading);
    expect(reading.length).toBe(written.length);
  });

  it("leaves Mandarin, English and words that only look like 陳生 alone", () => {
    for (const t of ["刚给张伟打了电话", "called Sam at Acme", "學生 黃太太 陳生意", "医生说先生不在"]) {
      expect(readAsMandarin(t).length).toBe(t.length);
    }
    expect(readAsMandarin("刚给张伟打了电话")).toBe("刚给张伟打了电话");
    expect(readAsMandarin("医生说先生不在")).toBe("医生说先生不在");
    expect(readAsMandarin("學生 黃太太 陳生意")).toBe("学生 黄太太 陈生意");
  });

  it("gives a span of the reading back as it was written", () => {
    const written = "新客 陳記茶餐廳 要凍櫃";
    const reading = readAsMandarin(written);
    expect(inScriptOf("陈记茶餐厅", reading, written)).toBe("陳記茶餐廳");
    expect(inScriptOf("不在其中", reading, written)).toBe("不在其中");
  });
});

describe("messages in traditional characters or Cantonese, slots as the user wrote them", () => {
  run([
    { text: "打咗電話俾何生 佢話雪櫃要等老細批 聽日再打", intent: "log_followup", slots: { customer: "何生", channel: "call", next_due: "2026-11-19" } },
    { text: "新客 梁生 梁記燒臘 要雪櫃三部 電話 9876 5432 下個禮拜一覆佢", intent: "create_lead", slots: { name: "梁生", company: "梁記燒臘", quantity: 3 } },
    { text: "我訂咗幾點嘅位", role: "guest", intent: "my_bookings" },
    { text: "取消聽日嘅訂位", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "我12月20號嘅房改去12月27號入住", role: "guest", intent: "change_booking", slots: { date: "2026-12-20", start: "2026-12-27" } },
    { text: "幫我查一下王經理的電話", intent: "lookup_customer", slots: { query: "王經理" } },
    { text: "客戶投訴上批紅酒有破損", intent: "log_complaint" },
    { text: "唔該晒", intent: "unknown" },
  ]);
});
