/**
 * Classes of language from the fourteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a lead typed as a form, a field a line or between bars, is read by its labels", () => {
  run([
    {
      text: "【客户信息】\n姓名：李晓梅\n单位：恒达物流有限公司（采购部）\n需求：叉车 6台\n预算：约30万元\n联系电话：0755-26661234",
      intent: "create_lead",
      slots: { name: "李晓梅", company: "恒达物流有限公司", product: "叉车", quantity: 6, amount: 300000, phone: "075526661234" },
    },
    {
      text: "New lead - Name: Tom Hale | Company: Hale & Sons | Product: 12 forklifts | Tel: 0412 555 019",
      intent: "create_lead",
      slots: { name: "Tom Hale", company: "Hale & Sons", product: "forklifts", quantity: 12, phone: "0412555019" },
    },
    { text: "Name: Ana Ruiz, Company: Solara Foods, Needs: 40 pallets of rice", intent: "create_lead", slots: { name: "Ana Ruiz", company: "Solara Foods", quantity: 40 } },
    { text: "联系人：郭建国\n公司：北辰建材\n电话：13912345678", intent: "create_lead", slots: { name: "郭建国", company: "北辰建材", phone: "13912345678" } },
  ]);
});

describe("one word opening a message before a pause is an interjection, not the customer", () => {
  run([
    { text: "Sweet! Marta signed for 20 kegs", intent: "update_deal", slots: { customer: "Marta", stage: "won" } },
    { text: "Brilliant, new lead: Owen Price, Price Joinery, 6 workbenches", intent: "create_lead", slots: { name: "Owen Price", company: "Price Joinery" } },
    { text: "Cheers mate, new lead: Kirra Jones from Outback Tyres, 0412 555 019", intent: "create_lead", slots: { name: "Kirra Jones", company: "Outback Tyres" } },
    // A name listed first, then the business, is still the lead.
    { text: "Priya, Tata Motors, wants 20 laptops, 98450 12345", intent: "create_lead", slots: { name: "Priya", company: "Tata Motors", quantity: 20 } },
  ]);
});
