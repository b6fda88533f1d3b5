/**
 * Classes of language from the ninth round (blind-3 and blind-4 misses, grouped), each tried with vocabulary
 * of our own: other names, trades, verbs and word orders.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a nickname (阿X) or a trade title (教练, 大夫, 掌柜) is a person", () => {
  run([
    { text: "阿明的新电话 139 2233 4455", intent: "update_customer", slots: { customer: "阿明", phone: "13922334455" } },
    { text: "跟阿华碰了个面 样品他们很满意 下周三再聊", intent: "log_followup", slots: { customer: "阿华", channel: "meeting" } },
    { text: "给周教练打了电话 他们要二十套瑜伽垫 周五前报价", intent: "log_followup", slots: { customer: "周教练", channel: "call" } },
    { text: "康宁诊所的孙大夫投诉上批口罩有破损", intent: "log_complaint", slots: { customer: "孙大夫" } },
    { text: "阿姨说今天不用打扫了", intent: "unknown" },
  ]);
});

describe("a person right after their company's trade word is the one spoken to", () => {
  run([
    { text: "打给顺通物流郑海涛了没人接 明天再打", intent: "log_followup", slots: { customer: "郑海涛", channel: "call" } },
    { text: "拜访了金鹏建设韩立 周四出方案", intent: "log_followup", slots: { customer: "韩立", channel: "visit" } },
    { text: "新线索 青禾美业 店长许曼 要十台美容仪", intent: "create_lead", slots: { company: "青禾美业", name: "许曼" } },
  ]);
});

describe("how a contact happened, said with words in between", () => {
  run([
    { text: "打了钱经理电话 他们要蓝色款 周四去看样", intent: "log_followup", slots: { customer: "钱经理", channel: "call" } },
    { text: "给罗姐打了电化 发票要重开 周五之前寄", intent: "log_followup", slots: { customer: "罗姐", channel: "call" } },
    { text: "和晨光印务的冯主任开了个短会 下周二再碰", intent: "log_followup", slots: { customer: "冯主任", channel: "meeting" } },
    { text: "邓老板的茶庄今天去过了 下周一送货", intent: "log_followup", slots: { customer: "邓老板", channel: "visit" } },
    { text: "崔总那边的样品图发邮箱了，周一确认", intent: "log_followup", slots: { customer: "崔总", channel: "email" } },
    { text: "park ji-hoon replied on kakao, wants a demo first", intent: "log_followup", slots: { channel: "message" } },
  ]);
});
