/**
 * Classes of language from the seventh round (fresh-6 misses and last round's leftovers, grouped), each tried
 * with vocabulary of our own: other names, companies, goods, verbs and word orders, in both languages.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a verb with an aspect or result complement is the bare verb (打完电话, 聊过了, 见到了, 发过去了)", () => {
  run([
    { text: "刚跟孙总打完电话 他想再看看样品", intent: "log_followup", slots: { customer: "孙总", channel: "call" } },
    { text: "和钱经理聊过了 下周二再联系", intent: "log_followup", slots: { customer: "钱经理", next_due: "2026-11-24" } },
    { text: "今天见到了吴老板 他对价格没意见", intent: "log_followup", slots: { customer: "吴老板" } },
    { text: "报价单已经给韩总发过去了", intent: "update_deal", slots: { stage: "proposal" } },
    { text: "昨天去拜访完宋经理 约了周五再碰", intent: "log_followup", slots: { customer: "宋经理", channel: "visit" } },
    { text: "跟彭总开完会了 方案他们要内部讨论", intent: "log_followup", slots: { customer: "彭总", channel: "meeting" } },
    { text: "和范姐吃完饭 她说年底前会下单", intent: "log_followup", slots: { customer: "范姐", channel: "meeting" } },
    { text: "目录已经给卢老板寄过去了", intent: "log_followup", slots: { customer: "卢老板" } },
    { text: "给鲁工回过电话了 他明天上午有空", intent: "log_followup", slots: { customer: "鲁工", channel: "call" } },
    { text: "刚和蒋女士沟通好了 周四送货上门", intent: "log_followup", slots: { customer: "蒋女士" } },
    { text: "联系过廖总了 他说下个月再说", intent: "log_followup", slots: { customer: "廖总" } },
    { text: "跟段经理碰到了 在他店里聊了几句", intent: "log_followup", slots: { customer: "段经理" } },
    { text: "永兴建材的合同寄出去了 等他们签字", intent: "update_deal", slots: { customer: "永兴建材", stage: "negotiation" } },
  ]);
});

describe("a price is never the goods, nor how often they buy", () => {
  run([
    { text: "新线索：赵敏 花间婚庆 想给宴会配红酒 一次要80瓶 ¥6000左右", intent: "create_lead", slots: { product: "红酒", quantity: 80, amount: 6000 } },
    { text: "新客户 石磊 绿野餐饮 每月要大米 每次要50袋 预算¥3000", intent: "create_lead", slots: { product: "大米", amount: 3000 } },
  ]);
});
