/**
 * Classes of language from blind-122 to -127 (round twenty-five), each tried with vocabulary of its own. The probe
 * clock is Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/intents/rules/numbers.ts";
import { findGoods } from "../../../src/intents/rules/entities/goods.ts";
import { parseWithRules } from "../../../src/intents/rules/index.ts";
import { run } from "./case-table.ts";

describe("a party told by who is in it", () => {
  run([
    { text: "下周六订个房，三大一小，住两晚", role: "guest", intent: "create_booking", slots: { party_size: 4, nights: 2 } },
    { text: "周五晚上六点，两个大人带一个三岁的娃，要个包间", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "明天中午一家三口再加奶奶，靠窗", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "周六晚饭，五口人加老人俩", role: "guest", intent: "create_booking", slots: { party_size: 7 } },
    { text: "table Saturday 7pm, 3 adults and 2 toddlers", role: "guest", intent: "create_booking", slots: { party_size: 5 } },
    { text: "walk-in: a couple with a baby, twin room tonight", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "周六那桌改一下，三大一小变成四大一小", role: "guest", intent: "change_booking", slots: { party_size: 5 } },
    { text: "our table for Friday: we're 6 now, my cousins are joining us", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "人数有变，会来九个", role: "guest", intent: "change_booking", slots: { party_size: 9 } },
  ]);
});

describe("days counted from another day, and an hour said roughly", () => {
  run([
    { text: "table for 2 two weeks from Friday please", role: "guest", intent: "create_booking", slots: { start: "2026-12-04", party_size: 2 } },
    { text: "Called Priya Nair, ring her again a week from tomorrow", intent: "log_followup", slots: { customer: "Priya Nair", next_due: "2026-11-26" } },
    { text: "a twin room for the second Saturday of next month, one night", role: "guest", intent: "create_booking", slots: { start: "2026-12-12", nights: 1 } },
    { text: "table for four tonight 8ish", role: "guest", intent: "create_booking", slots: { start: "2026-11-18T20:00", party_size: 4 } },
    { text: "Demoed the HR module to Dana Cole, revisit Friday", intent: "log_followup", slots: { customer: "Dana Cole", next_due: "2026-11-20" } },
    { text: "visited Apex Gears today, next check-in Monday 3pm", intent: "log_followup", slots: { customer: "Apex Gears", next_due: "2026-11-23T15:00" } },
  ]);
});

describe("Slack's marks, an event's name, a heading over bullets", () => {
  run([
    { text: "emailed Rhea Shah the pricing sheet :envelope: waiting to hear back", intent: "log_followup", slots: { customer: "Rhea Shah", channel: "email" } },
    { text: "*Northwind Foods*\n• called their buyer this morning\n• want samples first\n• follow up Friday", intent: "log_followup", slots: { customer: "Northwind Foods", channel: "call", next_due: "2026-11-20" } },
    { text: "met at the Lisbon meetup: Joana Costa from Mar Azul Travel, wants 20 seats", intent: "create_lead", slots: { name: "Joana Costa", company: "Mar Azul Travel", quantity: 20 } },
    { text: "lead from Collision Conference: Omar Haddad, Falcon Credit Union, omar@falconcu.com", intent: "create_lead", slots: { name: "Omar Haddad", company: "Falcon Credit Union" } },
    { text: "@salesbot what can you do?", intent: "help", slots: {} },
    { text: "Shift Pacific Dental to proposal, they want 3 quotes", intent: "update_deal", slots: { customer: "Pacific Dental", stage: "proposal" } },
  ]);
});

describe("a customer who moved employer, a new number, a name half remembered", () => {
  run([
    { text: "刘可馨现在去京东上班了", intent: "update_customer", slots: { customer: "刘可馨", company: "京东" } },
    { text: "FYI Nadia Rahman has been with Petronas since March", intent: "update_customer", slots: { customer: "Nadia Rahman", company: "Petronas" } },
    { text: "孙总新号 +852 6123 4567", intent: "update_customer", slots: { customer: "孙总", phone: "+85261234567" } },
    { text: "给阿Ken发了微信，下周再聊", intent: "log_followup", slots: { customer: "阿Ken" } },
    { text: "有个叫什么婉婷的，查一下", intent: "lookup_customer", slots: { query: "婉婷" } },
    { text: "anyone with a phone ending in 4471?", intent: "lookup_customer", slots: { query: "4471" } },
    { text: "Sunrise Bakery latest how?", intent: "lookup_customer", slots: { query: "Sunrise Bakery" } },
    { text: "来咨询的王阿姨，手机13800001111，想给孙子报游泳课", intent: "create_lead", slots: { phone: "13800001111" } },
    { text: "展会上认识 Peter Lau，要 50 箱 olive oil", intent: "create_lead", slots: { name: "Peter Lau", quantity: 50 } },
  ]);
});

describe("complaints told by what went wrong", () => {
  run([
    { text: "the bathroom door is stuck and no one has come up yet", role: "guest", intent: "log_complaint", slots: {} },
    { text: "说好的无障碍房，结果门太窄轮椅推不进去", role: "guest", intent: "log_complaint", slots: {} },
    { text: "黄老板说上批螺丝全生锈了，闹着要退货", intent: "log_complaint", slots: { customer: "黄老板" } },
    { text: "soup was cold and nobody came to our table for 25 min", role: "guest", intent: "log_complaint", slots: {} },
  ]);
});

describe("nothing to record: advice asked of the bot, a goodbye, the house's rules, an office chore", () => {
  run([
    { text: "would you count it as lost if they stop replying? just curious", intent: "unknown", slots: {} },
    { text: "Should I offer Mr Goh 7.5% or 10%? What you think?", intent: "unknown", slots: {} },
    { text: "ok thanks, see you Friday at 8!", role: "guest", intent: "unknown", slots: {} },
    { text: "好的，明天中午十二点见～", role: "guest", intent: "unknown", slots: {} },
    { text: "儿童早餐收费吗？", role: "guest", intent: "unknown", slots: {} },
    { text: "who's getting coffee for the team?", intent: "unknown", slots: {} },
    { text: "does it automatically create a reminder when I log a visit?", intent: "unknown", slots: {} },
    { text: "heads up team, review next week — prep your numbers", role: "manager", intent: "unknown", slots: {} },
    { text: "如果周总走了，他的客户归谁？", intent: "unknown", slots: {} },
    { text: "不要改李姐的电话，那个是她老公的", intent: "unknown", slots: {} },
    { text: "Friday works for me, see you at the gym", intent: "unknown", slots: {} },
    { text: "KPE jam like crazy today", intent: "unknown", slots: {} },
    { text: "please don't cancel our booking, we're still coming", role: "guest", intent: "unknown", slots: {} },
    { text: "my sister booked under Amy Lee, how many points does she have?", role: "guest", intent: "unknown", slots: {} },
  ]);
});

describe("details of a record said the short way", () => {
  run([
    { text: "周海燕 生日1103", intent: "update_customer", slots: { customer: "周海燕", birthday: "11-03" } },
    { text: "Ivan Petrov is vegan, no honey", intent: "update_customer", slots: { customer: "Ivan Petrov", preferences: ["vegan", "no honey"] } },
    { text: "Gina Ruiz: prefers text, evenings only", intent: "update_customer", slots: { customer: "Gina Ruiz", preferences: ["prefers text", "evenings only"] } },
    { text: "马总口味偏甜，不喝白酒", intent: "update_customer", slots: { customer: "马总", preferences: ["口味偏甜", "不喝白酒"] } },
    { text: "新客户 林国栋 电话 61234567，下周一再约", intent: "create_lead", slots: { name: "林国栋", phone: "61234567" } },
    { text: "walk-in, double room tonight, 2 nights, surname Mensah", role: "guest", intent: "create_booking", slots: { name: "Mensah", nights: 2 } },
    { text: "明晚七点，六个人，坐靠河边", role: "guest", intent: "create_booking", slots: { party_size: 6, preferences: ["靠河"] } },
    { text: "2 adults, king room Friday, can we get a sofa bed?", role: "guest", intent: "create_booking", slots: { preferences: ["sofa bed"] } },
  ]);
});

describe("goods, names and periods kept whole", () => {
  run([
    { text: "new lead Omar Said from Dune Brewing, wants 8 pallets of kegs", intent: "create_lead", slots: { product: "kegs", quantity: 8 } },
    { text: "新客户吴姐，想做个全屋定制，电话13912340000", intent: "create_lead", slots: { name: "吴姐", product: "全屋定制" } },
    { text: "黄老板想每月从我们这拿五十箱椰子水", intent: "create_lead", slots: { product: "椰子水", quantity: 50 } },
    { text: "new lead Aylin Kaya, Mesa Verde Foods, 20 cases of olive oil", intent: "create_lead", slots: { name: "Aylin Kaya", company: "Mesa Verde Foods" } },
    { text: "Name: Jan van der Berg\nCompany: Polder Freight\nPhone: +31 6 9876 5432", intent: "create_lead", slots: { name: "Jan van der Berg", company: "Polder Freight" } },
    { text: "[LEAD] Mia Hart | Hart & Co | 0400 111 222", intent: "create_lead", slots: { name: "Mia Hart" } },
    { text: "Lead: Omar Ali, Fresh Fold Laundry, 40 detergent drums a month, 0412 333 444", intent: "create_lead", slots: { product: "detergent drums", quantity: 40 } },
    { text: "how's @priya tracking this month?", role: "manager", intent: "summary", slots: { period: "this_month", person: "priya" } },
    { text: "monthly rollup for last month please", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "Escalation — Nina Park is upset, her delivery came damaged", intent: "log_complaint", slots: { customer: "Nina Park" } },
  ]);
});

describe("what a budget is for, what is always wanted, who books for whom", () => {
  run([
    { text: "new lead Sam Oduya, Kilima Hotels, budget of about $8k for kitchen uniforms", intent: "create_lead", slots: { name: "Sam Oduya", product: "kitchen uniforms", amount: 8000 } },
    { text: "Lead: Mrs Pillai, Lotus Sweets, 2 lakh budget for gift boxes, call Monday", intent: "create_lead", slots: { product: "gift boxes", amount: 200000 } },
    { text: "黄先生每次来都要高楼层和无烟房", intent: "update_customer", slots: { customer: "黄先生", preferences: ["高楼层", "无烟房"] } },
    { text: "陈姐喜欢坐包间，喝铁观音", intent: "update_customer", slots: { customer: "陈姐", preferences: ["喜欢坐包间", "铁观音"] } },
    { text: "年会线索：明德律所行政李婷，想订20桌，电话13800002222", intent: "create_lead", slots: { name: "李婷", company: "明德律所", quantity: 20 } },
    { text: "VIP guest 王海涛 arriving Friday, 2 nights, deluxe twin", role: "guest", intent: "create_booking", slots: { name: "王海涛", nights: 2 } },
    { text: "帮刘姨订个双床房，这周六住一晚", role: "guest", intent: "create_booking", slots: { name: "刘姨", nights: 1 } },
    { text: "有个家长想报名，周太太，想报英语一对一，30课时，电话13911112222", intent: "create_lead", slots: { name: "周太太", product: "英语一对一", quantity: 30 } },
    { text: "新线索 Hana Sato，Sakura Travel，下个月要长包8间商务房", intent: "create_lead", slots: { product: "商务房", quantity: 8 } },
  ]);
});

describe("English dictated by voice", () => {
  run([
    { text: "new lead Omar Haddad Falcon Freight Co wants sixty pallets budget forty two thousand", intent: "create_lead", slots: { name: "Omar Haddad", company: "Falcon Freight Co", quantity: 60, amount: 42000 } },
    { text: "update Nina Park email to nina dot park at parkfoods dot com", intent: "update_customer", slots: { customer: "Nina Park", email: "nina.park@parkfoods.com" } },
    { text: "Leo Grant has a new number its four one five five five five two two one oh", intent: "update_customer", slots: { customer: "Leo Grant", phone: "4155552210" } },
    { text: "cancel the room on the twenty first", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { text: "table four three tomorrow at seven fifteen", role: "guest", intent: "create_booking", slots: { party_size: 3, start: "2026-11-19T19:15" } },
    { text: "Harbor Foods signed period eighty four hundred dollars", intent: "update_deal", slots: { stage: "won", amount: 8400 } },
    { text: "change the Kiwi Bakery deal to one twenty k", intent: "update_deal", slots: { amount: 120000 } },
    { text: "Ana Ruiz moved over two Sol Hotels", intent: "update_customer", slots: { customer: "Ana Ruiz", company: "Sol Hotels" } },
    { text: "read me this weeks tasks", intent: "list_tasks", slots: { period: "this_week" } },
  ]);
});

describe("group chats: everyone mentioned, a reply quoted, items split by slashes", () => {
  run([
    { text: "@所有人 新线索\n客户：钱立新\n公司：东方物流\n电话：13700001111", intent: "create_lead", slots: { name: "钱立新", company: "东方物流", phone: "13700001111" } },
    { text: "回复 阿强：「王总那单怎么样了？」\n签了，二十八万", intent: "update_deal", slots: { stage: "won", amount: 280000 } },
    { text: "new lead: Tom Reyes / Reyes Bakery / tom@reyesbakery.com / 40 cases of flour", intent: "create_lead", slots: { name: "Tom Reyes", company: "Reyes Bakery", quantity: 40 } },
    { text: "新客户黄总，想进我们的椰汁，先要100箱试销", intent: "create_lead", slots: { name: "黄总", product: "椰汁", quantity: 100 } },
  ]);
});

describe("a guest's booking pointed at, an appointment moved or struck out, a grumble about a treatment", () => {
  run([
    { text: "what time is the one on Saturday again?", role: "guest", intent: "my_bookings", slots: {} },
    { text: "那个预约是几号来着？", role: "guest", intent: "my_bookings", slots: {} },
    { text: "please move my dog's grooming from Friday to Monday", role: "guest", intent: "change_booking", slots: { start: "2026-11-23" } },
    { text: "kill tomorrow's facial appointment please", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "the facial was way too rough and she kept checking her phone", role: "guest", intent: "log_complaint", slots: {} },
    { text: "你们把我们的房间弄错了，太离谱", role: "guest", intent: "log_complaint", slots: {} },
    { text: "our usual Friday table, could you make it 5 this week instead of 3", role: "guest", intent: "change_booking", slots: { party_size: 5 } },
    { text: "please book a twin room for Marta Lopez, Friday, 2 nights", role: "guest", intent: "create_booking", slots: { name: "Marta Lopez" } },
    { text: "上一条发错了，请忽略", role: "guest", intent: "unknown", slots: {} },
    { text: "scratch what I said about Lena — I haven't actually called her yet", intent: "unknown", slots: {} },
    { text: "刘总那边说月底可能会签，希望顺利", intent: "unknown", slots: {} },
    { text: "Swift Logistics is in negotiation now", intent: "update_deal", slots: { customer: "Swift Logistics", stage: "negotiation" } },
  ]);
});

describe("an ask beside its reason, a quarter so far, a report's format asked", () => {
  run([
    { text: "3月2号那间房要取消，会议被取消了", role: "guest", intent: "cancel_booking", slots: { date: "2027-03-02" } },
    { text: "how are we tracking so far this quarter?", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
    { text: "can the weekly report be exported as excel?", role: "manager", intent: "unknown", slots: {} },
    { text: "@所有人 新线索\n客户：孙丽\n电话：13511112222\n需求：茶叶 50盒", intent: "create_lead", slots: { name: "孙丽", quantity: 50 } },
  ]);
});

describe("dictated bookings and asks, and what dictation must leave alone", () => {
  run([
    { text: "we wont be able two make it friday so cancel it please", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { text: "a twin room for friday one night my number is six one two three four five six seven", role: "guest", intent: "create_booking", slots: { phone: "61234567" } },
    { text: "a table tomorrow at eight fifteen for three people", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T20:15", party_size: 3 } },
    { text: "can the bot read photos or only text?", intent: "help", slots: {} },
    { text: "Tom's great but there office coffee is awful lol", intent: "unknown", slots: {} },
    { text: "new lead Ama Owusu from Gold Coast Cocoa Traders Ltd, wants two hundred bags", intent: "create_lead", slots: { name: "Ama Owusu", company: "Gold Coast Cocoa Traders Ltd", quantity: 200 } },
    { text: "book a double for Christmas Eve, 2 nights, Liam Walsh", role: "guest", intent: "create_booking", slots: { name: "Liam Walsh", nights: 2 } },
    { text: "book a table for Mrs. Abu Bakar, Friday 8pm, party of 5", role: "guest", intent: "create_booking", slots: { name: "Mrs. Abu Bakar", party_size: 5 } },
    { text: "charged me $95 for a wash and nobody would explain the bill", role: "guest", intent: "log_complaint", slots: {} },
    { text: "帮我查查我在你们店约了几次", role: "guest", intent: "my_bookings", slots: {} },
    { text: "please shift my facial tomorrow to 4pm Saturday", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-21T16:00" } },
    { text: "could you make it Sunday instead?", role: "guest", intent: "change_booking", slots: { start: "2026-11-22" } },
    { text: "table for 3 tomorrow, 7pm... hmm, make it 8:15", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T20:15", party_size: 3 } },
  ]);
});

describe("what is not there is not found", () => {
  it("reads 两三万 as a rough range, no sum", () => expect(findMoney("预算两三万的样子")).toEqual([]));
  it("reads 礼拜一打电话 as a weekday and a call, no dozen", () => expect(findGoods("下个礼拜一打电话给他")).toEqual({}));
  it("reads \"walked them through the HR module\" with no time in it", () => {
    const parsed = parseWithRules({ text: "Walked Dana Cole through the HR module today", role: "sales", now: new Date("2026-11-18T10:00:00+08:00"), tz: "Asia/Shanghai" });
    expect(parsed.intent.slots).not.toHaveProperty("next_due");
  });
});
