/**
 * Classes of language from the twelfth round (blind-15 and blind-16 misses, grouped), each tried with vocabulary
 * of our own: other names, trades, goods and word orders. The probe clock is Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a person typed in lower case beside a capitalised business", () => {
  run([
    { text: "rang tomasz at Kraków Deli, he wants to try the rye first, dropping loaves thursday", intent: "log_followup", slots: { customer: "tomasz", channel: "call" } },
    { text: "stopped by Harbour Fish Co today, priya showed me the cold room, they take 40 boxes a week. follow up monday", intent: "log_followup", slots: { customer: "priya" } },
    { text: "new prospect lena vogt, Café Lindenhof, 12 kg of decaf monthly, lena@lindenhof.de", intent: "create_lead", slots: { name: "lena vogt", company: "Café Lindenhof", quantity: 12 } },
    { text: "met sipho dlamini from Ubuntu Kitchen at the trade show, they need 80 crates of ginger beer", intent: "create_lead", slots: { name: "sipho dlamini", company: "Ubuntu Kitchen", quantity: 80 } },
    { text: "Had a call with Rosa Diaz, she'll decide by end of the month", intent: "log_followup", slots: { customer: "Rosa Diaz" } },
    { text: "olive grove bistro - qualified, budget confirmed", intent: "update_deal", slots: { customer: "olive grove bistro", stage: "qualified" } },
  ]);
});

describe("the place visited, then the person met there", () => {
  run([
    { text: "visited Brauhaus Elbe, Jonas wants the lager on tap for a month before deciding. call him next Friday", intent: "log_followup", slots: { customer: "Jonas" } },
    { text: "dropped by Golden Wok's Eastgate branch, Mandy wasn't in, left the menu cards. follow up Friday", intent: "log_followup", slots: { customer: "Mandy" } },
    { text: "Visited Ahmed Karim at Café Nour this morning, he liked the pistachio samples", intent: "log_followup", slots: { customer: "Ahmed Karim" } },
    { text: "Lead from the stand: Gwen Harper, The Tin Whistle (a pub in Cork), gwen@tinwhistle.ie, wants 3 kegs", intent: "create_lead", slots: { name: "Gwen Harper", company: "Tin Whistle" } },
  ]);
});

describe("a colleague named beside the customer is not the customer", () => {
  run([
    { text: "Add a lead for Priya: Tom Becker, Alpine Outfitters, 40 tents, tom@alpineoutfit.com", intent: "create_lead", slots: { name: "Tom Becker", company: "Alpine Outfitters", quantity: 40 } },
    { text: "Boss, new prospect. Mr Lim from Sunrise Hotel wants new minibars, budget 20k", intent: "create_lead", slots: { name: "Mr Lim", company: "Sunrise Hotel", amount: 20000 } },
    { text: "So add a lead, Carl Meyer, he's the R&D head at Nova Labs, wants 5 microscopes", intent: "create_lead", slots: { name: "Carl Meyer", company: "Nova Labs", quantity: 5 } },
  ]);
});

describe("a slip corrected in the same message keeps only the correction", () => {
  run([
    { text: "新线索 赵丽 电话13911112222 写错了 是13911112233 要办公椅20把", intent: "create_lead", slots: { name: "赵丽", phone: "13911112233", quantity: 20 } },
    { text: "新客户 老周 要八十箱 不对 一百箱 矿泉水", intent: "create_lead", slots: { name: "老周", quantity: 100 } },
    { text: "new lead Ivan Petrov, Volga Motors, wants 12 tyres no wait 16 tyres, +7 912 555 0101", intent: "create_lead", slots: { name: "Ivan Petrov", quantity: 16, product: "tyres" } },
    { text: "lead: Ana Silva, Rio Foods, 0917 555 1234 sorry 0917 555 1243", intent: "create_lead", slots: { phone: "09175551243" } },
  ]);
});
