/**
 * Classes of language learnt in round thirty-two, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Tuesday the 24th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a reply that names nothing of its own does nothing read alone", () => {
  run([
    { role: "guest", text: "3 of us", intent: "unknown" },
    { role: "guest", text: "三位", intent: "unknown" },
    { role: "guest", text: "ok make it 4 then", intent: "unknown" },
    { role: "guest", text: "we'll be five", intent: "unknown" },
    { role: "guest", text: "make it 4 people please", intent: "change_booking", slots: { party_size: 4 } },
    { role: "guest", text: "三位，周五晚上七点", intent: "create_booking", slots: { party_size: 3, start: "2026-11-20T19:00" } },
    { role: "guest", text: "不取消了，挪到周六吧", intent: "change_booking", slots: { start: "2026-11-21" } },
  ]);
});

describe("a guest who only asks or waits to decide books, cancels and complains of nothing", () => {
  run([
    { role: "guest", text: "are cancellations refundable?", intent: "unknown" },
    { role: "guest", text: "maybe the 28th instead? gotta check w my hubby first", intent: "unknown" },
    { role: "guest", text: "can you seat 12 in general? just asking for the future", intent: "unknown" },
    { role: "guest", text: "do you still serve the lamb shank on the menu?", intent: "unknown" },
    { role: "guest", text: "our room was already cancelled by the front desk yesterday, thanks", intent: "unknown" },
    { role: "guest", text: "I don't want to cancel, just tell housekeeping the shower leaks all over the floor", intent: "log_complaint" },
    { role: "guest", text: "please remove my reservation for Sunday", intent: "cancel_booking", slots: { date: "2026-11-22" } },
    { role: "guest", text: "Sorry, on Saturday we'll be 7 not 5", intent: "change_booking", slots: { date: "2026-11-21", party_size: 7 } },
    { role: "guest", text: "we already booked a table for Friday, right? can you check", intent: "my_bookings" },
  ]);
});

describe("staff with nothing to record: a resend called off, a review meeting called, another team cheered, a joke about a customer", () => {
  run([
    { text: "Marco has the updated price list already, no need to email it again", intent: "unknown" },
    { role: "manager", text: "提醒一下，下周一上午九点开季度复盘会，都别迟到", intent: "unknown" },
    { role: "manager", text: "North team closed 4 more today, legends 🙌", intent: "unknown" },
    { text: "哈哈 客户问能不能用积分抵首付", intent: "unknown" },
    { text: "Hotel Aurora deal won, 9k. Bravo team", intent: "update_deal", slots: { stage: "won", amount: 9000 } },
  ]);
});

describe("high-ticket sales: a flat shown, a deposit paid, a walk-in couple, a renewal done, a referral's neighbour", () => {
  run([
    { text: "带吴志强看了翠湖湾的样板房，他嫌客厅小，周五再约", intent: "log_followup", slots: { customer: "吴志强", channel: "visit", next_due: "2026-11-20" } },
    { text: "陪张一帆试驾了新款Model Y，挺满意", intent: "log_followup", slots: { customer: "张一帆" } },
    { text: "张一帆定了Model Y，落地价28万5，交了定金", intent: "update_deal", slots: { customer: "张一帆", stage: "won", amount: 285000 } },
    { text: "下午门店来了对年轻夫妻，女的叫许一诺，想换车，电话13588886666", intent: "create_lead", slots: { name: "许一诺", phone: "13588886666" } },
    { text: "恒达物流的车险续约成功，一共4200", intent: "update_deal", slots: { stage: "won", amount: 4200 } },
    { text: "referral from the Garcias: their friend Noah Brooks wants a quote for a sunroom", intent: "create_lead", slots: { name: "Noah Brooks", product: "sunroom" } },
    { text: "new lead Ivy Chen, wants us to quote a kitchen remodel, ~$40k", intent: "create_lead", slots: { name: "Ivy Chen", product: "kitchen remodel", amount: 40000 } },
    { text: "梁生轉咗工，公司改做恒生銀行", intent: "update_customer", slots: { customer: "梁生", company: "恒生銀行" } },
  ]);
});

describe("Eastern European English: dotted days, spaced thousands, magnitudes in words, company forms", () => {
  run([
    { role: "guest", text: "please I need twin room from 03.12 to 06.12", intent: "create_booking", slots: { start: "2026-12-03", end: "2026-12-06" } },
    { role: "guest", text: "For 27.11 please make it 5 persons", intent: "change_booking", slots: { date: "2026-11-27", party_size: 5 } },
    { role: "manager", text: "summary from 02.11 till 16.11 please", intent: "summary", slots: { period: "custom", from: "2026-11-02", to: "2026-11-16" } },
    { text: "Riga Bakery deal closed, 56 000 EUR", intent: "update_deal", slots: { stage: "won", amount: 56000 } },
    { text: "new lead Oksana Melnyk, Lviv Hotels, budget 2,5 mln UAH", intent: "create_lead", slots: { name: "Oksana Melnyk", amount: 2500000 } },
    { text: "new lead Jan Novak, Praha Bistro, they need 3 000 napkins, price around 1,5 thousand EUR", intent: "create_lead", slots: { quantity: 3000, amount: 1500 } },
    { text: "new lead: Agne Petraitis / Vilnius Foods UAB / 10 pallets of juice / call her 26.11 at 10:00", intent: "create_lead", slots: { company: "Vilnius Foods UAB", next_due: "2026-11-26T10:00" } },
    { text: "Olga wrote me on viber, must answer her tomorrow until 15:00", intent: "log_followup", slots: { next_due: "2026-11-19T15:00" } },
    { text: "at the expo we met Pavel Sokol, he runs 2 cafes, interested for oat milk, around 60 cartons", intent: "create_lead", slots: { name: "Pavel Sokol", product: "oat milk", quantity: 60 } },
    { text: "PO received for 2.5 lakh, mark won", intent: "update_deal", slots: { stage: "won", amount: 250000 } },
  ]);
});

describe("who and what, read right: goods counted in capitals, a site walked, samples left with someone, a day booked", () => {
  run([
    { text: "新线索：光影传媒的制片王琳，要租三台RED Komodo，电话 139 0000 1111", intent: "create_lead", slots: { name: "王琳", product: "RED Komodo", quantity: 3 } },
    { text: "线索：星火互娱的行政刘洋，想给团队订年会场地", intent: "create_lead", slots: { company: "星火互娱" } },
    { text: "新客户：Amy Lau，想帮6个同事做体检套餐", intent: "create_lead", slots: { product: "体检套餐", quantity: 6 } },
    { text: "walked the property with Omar Reyes, he wants the fence replaced", intent: "log_followup", slots: { customer: "Omar Reyes", channel: "visit" } },
    { text: "left samples with Grace Liu, she liked the Merlot", intent: "log_followup", slots: { customer: "Grace Liu" } },
    { text: "Left Mrs. Adeyemi a voicemail about the renewal", intent: "log_followup", slots: { channel: "call" } },
    { role: "guest", text: "single's fine, any room from Dec 2 to Dec 4?", intent: "create_booking", slots: { room_type: "single" } },
    { role: "guest", text: "need a double Fri and Sat night please", intent: "create_booking", slots: { start: "2026-11-20", nights: 2 } },
    { role: "guest", text: "我周日来看演出，想订周六晚上一间双床房", intent: "create_booking", slots: { start: "2026-11-21" } },
    { role: "guest", text: "book a table friday till 10pm for 4", intent: "create_booking", slots: { start: "2026-11-20" } },
  ]);
});
