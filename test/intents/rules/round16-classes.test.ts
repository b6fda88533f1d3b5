/**
 * Classes of language from the sixteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is 2026-11-19, next Wednesday 2026-11-25.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("the brief's own example, and today's weekday said bare", () => {
  run([
    { text: "met 李经理 from 华润万家, wants 200 cases, call back Wednesday", intent: "create_lead", slots: { name: "李经理", company: "华润万家", quantity: 200, next_due: "2026-11-25" } },
    { text: "met 周总 from 永辉超市, needs 80 boxes, follow up Thursday", intent: "create_lead", slots: { name: "周总", company: "永辉超市", quantity: 80, next_due: "2026-11-19" } },
    // Said on a Wednesday, a call back "Wednesday" is next week's: today's would be "today".
    { text: "rang Hollis at Penrose Joinery, call back Wednesday", intent: "log_followup", slots: { customer: "Hollis", next_due: "2026-11-25" } },
    { text: "emailed Dr Okafor the brochure, chase wed", intent: "log_followup", slots: { customer: "Dr Okafor", next_due: "2026-11-25" } },
    // With a time later today it stays today.
    { text: "called Brandt, call back Wednesday 4pm", intent: "log_followup", slots: { customer: "Brandt", next_due: "2026-11-18T16:00" } },
  ]);
});

describe("'called' that names someone is no phone call", () => {
  run([
    { text: "fresh lead: a fella called Niall Brennan from Liffey Print Works, after 500 posters, budget €1.2k", intent: "create_lead", slots: { name: "Niall Brennan", company: "Liffey Print Works", quantity: 500, amount: 1200 } },
    { text: "there's a shop called Pinecone Goods on Elm St that wants 40 candles, owner is Rhea Malik", intent: "create_lead", slots: { quantity: 40 } },
    // A real call still is one.
    { text: "called Niall Brennan, he'll confirm the posters Friday", intent: "log_followup", slots: { customer: "Niall Brennan", channel: "call" } },
  ]);
});

describe("staff ordering goods for a customer is a sale, not a booking", () => {
  run([
    { text: "钱老板说想订300盒茶叶礼盒", intent: "log_followup", slots: { customer: "钱老板" } },
    { text: "帮客人邹姐订个包间 周六晚上7点 10位", intent: "create_booking", slots: { kind: "table", party_size: 10 } },
  ]);
});

describe("said without meaning it", () => {
  run([
    { text: "上回那个老板说要订五百箱，后来发现他就是随口一说", intent: "unknown" },
    { text: "严总说年底包我们全年的货，吹牛呢", intent: "unknown" },
    { text: "Gareth said he'd take 60 crates, pretty sure it was all talk", intent: "unknown" },
    { text: "Ines promised the whole order by Friday but she was only joking", intent: "unknown" },
  ]);
});

describe("a guest's wait is how long, and things counted are no party", () => {
  run([
    { text: "sat 50 min for two plates of dumplings, never again", role: "guest", intent: "log_complaint" },
    { text: "we won't be coming back, the steak was raw", role: "guest", intent: "log_complaint" },
    { text: "这家店再也不来了 服务太差", role: "guest", intent: "log_complaint" },
    { text: "so sorry, we're not coming tonight after all", role: "guest", intent: "cancel_booking" },
    // "won't" is no deal won.
    { text: "I won't make the Fenwick meeting, dentist appointment", intent: "unknown" },
    { text: "ring me in 20 min about the table for four tonight", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
  ]);
});

describe("a booking's day, hour and last night, each said its own way", () => {
  run([
    { text: "push Sun's booking to 7:30 instead of 6:30", role: "guest", intent: "change_booking", slots: { date: "2026-11-22", start: "2026-11-22T19:30" } },
    { text: "can we extend to the 28th instead", role: "guest", intent: "change_booking", slots: { end: "2026-11-28" } },
    { text: "extend our booking till Tuesday please", role: "guest", intent: "change_booking", slots: { end: "2026-11-24" } },
  ]);
});

describe("goods said between the languages, and a lead with no lead word", () => {
  run([
    { text: "韦总要80 carton椰子水 下周发货", intent: "create_lead", slots: { name: "韦总", product: "椰子水", quantity: 80 } },
    { text: "新客户秦总 开连锁店的 要上我们的点餐系统", intent: "create_lead", slots: { name: "秦总", product: "点餐系统" } },
    { text: "阿珍想要三百套床品 预算六万 后天上午十点给她打电话", intent: "create_lead", slots: { name: "阿珍", product: "床品", quantity: 300, amount: 60000, next_due: "2026-11-20T10:00" } },
    // A call made already is a follow-up, whatever was wanted.
    { text: "阿珍想要三百套床品 预算六万 刚给她打了电话", intent: "log_followup", slots: { customer: "阿珍", channel: "call" } },
  ]);
});

describe("what records nothing: asked, waved off, personal, counted by the crowd, a rival's rate", () => {
  run([
    { text: "你说我要不要给葛总再发个微信", intent: "unknown" },
    { text: "你看该不该把武总升成VIP", intent: "unknown" },
    { text: "尹总那单前年就丢了 别提了", intent: "unknown" },
    { text: "dinner with my old flatmate who's now at Nestlé, purely social", intent: "unknown" },
    { text: "trade show was mad, talked to about 80 people", intent: "unknown" },
    { text: "今天商场路演 聊了三十几个客户 嗓子哑了", intent: "unknown" },
    { text: "the Ritz across the street charges $600 a night, wow", intent: "unknown" },
    // A guest's counted night keeps its weekday.
    { text: "a double room for one night on saturday", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-21", nights: 1 } },
  ]);
});

describe("typed by voice or in a hurry", () => {
  run([
    // 再 typed as 在 between a when or a wish and a verb; "我在联系" (I'm contacting) stays.
    { text: "上午去了趟苏宁的钟总那里 他们想在订两百台空调 月底在联系", intent: "log_followup", slots: { customer: "钟总", channel: "visit", next_due: "2026-11-30" } },
    { text: "Dmitri said he might take 3 pallets in spring, maybe, who knows", intent: "unknown" },
  ]);
});

describe("who a deal is with, and how it went", () => {
  run([
    { text: "Lost the Westbay contract to Corelink, they were 8% cheaper", intent: "update_deal", slots: { customer: "Westbay", stage: "lost" } },
    { text: "sold 120 desks to Maple Grove Academy, 31k all in", intent: "update_deal", slots: { customer: "Maple Grove Academy", stage: "won", amount: 31000 } },
    { text: "Dinner with Ifeoma from Harmattan Foods went great, she'll send the PO Monday", intent: "log_followup", slots: { customer: "Ifeoma", channel: "meeting" } },
  ]);
});

describe("a guest's booking said by what it repeats or how it changes", () => {
  run([
    { text: "same as last time, this Saturday", role: "guest", intent: "create_booking", slots: { start: "2026-11-21" } },
    { text: "跟上次一样 明晚", role: "guest", intent: "create_booking", slots: { start: "2026-11-19" } },
    { text: "there'll be 3 more of us tonight, 7 in all", role: "guest", intent: "change_booking", slots: { date: "2026-11-18", party_size: 7 } },
    // A length is no time: neither "a couples massage" nor "back an hour" names a day.
    { text: "any slots for a couples massage Saturday 2pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T14:00" } },
    { text: "could we push the reservation back an hour", role: "guest", intent: "change_booking", absent: ["date", "start"] },
  ]);
});

describe("a manager asking after the team's work", () => {
  run([
    { text: "who hasn't updated anything this week", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "has anyone signed any deals today", role: "manager", intent: "summary", slots: { period: "today" } },
    { text: "这周谁还没跟进客户", role: "manager", intent: "summary", slots: { period: "this_week" } },
    // From a rep, the team's numbers are not theirs to read, and never a task list.
    { text: "has anyone signed any deals today", intent: "unknown" },
  ]);
});

describe("Chinese: a signing planned, a payment in, a reminder's hour, a name after a company", () => {
  run([
    { text: "后天下午两点去恒通物流签合同", intent: "log_followup", slots: { customer: "恒通物流", next_due: "2026-11-20T14:00" } },
    { text: "永泰的货款到了 12万5", intent: "update_deal", slots: { customer: "永泰", stage: "won", amount: 125000 } },
    { text: "经理问永泰的货款到了没", intent: "unknown" },
    { text: "下午四点提醒我给蒋主任打电话", intent: "log_followup", slots: { customer: "蒋主任", next_due: "2026-11-18T16:00" } },
    { text: "金盛何总的手机换成 139 0000 1111", intent: "update_customer", slots: { customer: "何总", phone: "13900001111" } },
    { text: "欧阳总刚来电话了", intent: "log_followup", slots: { customer: "欧阳总" } },
  ]);
});

describe("English: a birthday by its weekday, a referral's real lead, a reminder set", () => {
  run([
    { text: "Mrs Okonkwo's birthday is next Friday fyi", intent: "update_customer", slots: { customer: "Mrs Okonkwo", birthday: "11-27" } },
    { text: "got a referral from Duncan - his brother-in-law Callum runs Glen Bakery, might need 2 mixers", intent: "create_lead", slots: { name: "Callum", company: "Glen Bakery" } },
    { text: "pls set reminder: renew Thornbury lease 3 Mar", intent: "log_followup", slots: { customer: "Thornbury", next_due: "2027-03-03" } },
    // A reminder of the writer's own is no follow-up.
    { text: "set a reminder: haircut 5pm saturday", intent: "unknown" },
  ]);
});

describe("a guest asking after a booking, praising, or booking the same again", () => {
  run([
    { text: "is our table on Saturday still on?", role: "guest", intent: "my_bookings" },
    { text: "我们周五的房间订好了吗", role: "guest", intent: "my_bookings" },
    { text: "前台的小周态度特别好 点个赞", role: "guest", intent: "unknown" },
    { text: "we were here in October, loved it, same suite again for 27-29 Nov?", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-27", end: "2026-11-29" }, absent: ["party_size"] },
    { text: "3 rooms for 24-26 Dec?", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-12-24", end: "2026-12-26" }, absent: ["party_size"] },
  ]);
});

describe("hurried typing: slips, missing apostrophes, lists without commas", () => {
  run([
    { text: "郑总那通电话我以经录过了 不用在录", intent: "unknown" },
    { text: "兄弟们这周多跑跑客户啊 别老在办公室", role: "manager", intent: "unknown" },
    { text: "领导原话 月底前谁没开单谁请客 哈哈", role: "manager", intent: "unknown" },
    { text: "can we move fridays booking to saturday 7pm", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T19:00" } },
    { text: "megan ellis birthday is june 9th", intent: "update_customer", slots: { birthday: "06-09" } },
    { text: "金龙饭店那单 成了成了 十二万", intent: "update_deal", slots: { customer: "金龙饭店", stage: "won", amount: 120000 } },
    { text: "老地方烧烤 确认需求了 算合格商机", intent: "update_deal", slots: { customer: "老地方烧烤", stage: "qualified" } },
    { text: "新客户 邱美玲 甜心烘焙 电话13712345678 想订两百个蛋糕盒", intent: "create_lead", slots: { name: "邱美玲", company: "甜心烘焙", quantity: 200 } },
  ]);
});

describe("sales-floor shorthand", () => {
  run([
    { text: "Brightline PO rcvd $9.2k", intent: "update_deal", slots: { customer: "Brightline", stage: "won", amount: 9200 } },
    // A proposal still to come reaches no stage.
    { text: "demo done w/ Kestrel Labs, went well, proposal next", intent: "log_followup", slots: { customer: "Kestrel Labs" } },
  ]);
});

describe("our own side's day: the road, meetings with our bosses, house rules, pep talks, plans that fell through", () => {
  run([
    { text: "traffic on the N1 was a nightmare, took me 2 hours to get to Centurion", intent: "unknown" },
    { text: "traffic on the N1 was a nightmare, took us 2 hours to get to your hotel", role: "guest", intent: "unknown" },
    { text: "long call with my area manager about January targets, draining", intent: "unknown" },
    { text: "starting next month all quotes over 50k need my sign-off, no exceptions", role: "manager", intent: "unknown" },
    { text: "从下个月起所有报价一律走系统审批", role: "manager", intent: "unknown" },
    { text: "同事们早上好 今天也要加油啊", role: "manager", intent: "unknown" },
    { text: "原本下午要去见华康医院的龚主任，后来临时开会就没去", intent: "unknown" },
    { text: "这周跑了十几家诊所 一单都没签下来", intent: "unknown" },
    { text: "Mandla, could you log my visit to Dr Botha for me? on the road", intent: "unknown" },
    { text: "和饶总通过电话了 下周一再约", intent: "log_followup", slots: { customer: "饶总", channel: "call" } },
    { text: "帮我看下我的预订记录", role: "guest", intent: "my_bookings" },
  ]);
});
