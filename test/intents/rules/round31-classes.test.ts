/**
 * Classes of language learnt in round thirty, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("European sums: a decimal comma before k, thousands grouped with a space", () => {
  run([
    { text: "Brasserie Lumière goes to proposal, offer of 3,4k€ sent this morning", intent: "update_deal", slots: { stage: "proposal", amount: 3400 } },
    { text: "Osteria Verde in negotiation, we are at 7,25k for now", intent: "update_deal", slots: { stage: "negotiation", amount: 7250 } },
    { text: "new lead: Luc Perrin, Fromagerie Perrin, wants 50 cheese knives, budget 2 400 $", intent: "create_lead", slots: { amount: 2400 } },
    { text: "Hôtel du Lac signed, 12 500 € for the year", intent: "update_deal", slots: { stage: "won", amount: 12500 } },
  ]);
});

describe("a record entered for a colleague is about the customer, not the colleague", () => {
  run([
    { text: "帮小赵补记一条：昨天下午他去了海联五金拜访周经理，对方要再比比价", intent: "log_followup", slots: { customer: "周经理", channel: "visit" } },
    { text: "替老孙更新一下：金鼎酒楼进入报价阶段了，金额3万5", intent: "update_deal", slots: { customer: "金鼎酒楼", stage: "proposal", amount: 35000 } },
    { text: "帮阿强改一下：吴董的手机换成13612345678了", intent: "update_customer", slots: { customer: "吴董", phone: "13612345678" } },
    { text: "Logging this one for Megan while she's off sick: Tom Hale, Hale Bakeries, 0412 998 771, wants 12 proving baskets", intent: "create_lead", slots: { name: "Tom Hale", company: "Hale Bakeries", quantity: 12 } },
    { text: "帮小陈录个线索：新港物流 钱主管 要三百个托盘", intent: "create_lead", slots: { name: "钱主管", company: "新港物流", quantity: 300 } },
  ]);
});

describe("a deal dropped as the customer's side says it", () => {
  run([
    { text: "德丰五金那张单，林总的助理打电话来说他们不要了", intent: "update_deal", slots: { customer: "德丰五金", stage: "lost" } },
    { text: "宏远建材刘总秘书来电，说这单不做了，算丢了", intent: "update_deal", slots: { customer: "宏远建材", stage: "lost" } },
    { text: "远洋贸易孙总那边合同签好了", intent: "update_deal", slots: { customer: "孙总", stage: "won" } },
  ]);
});
