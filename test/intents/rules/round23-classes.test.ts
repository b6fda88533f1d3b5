/**
 * Classes of language from blind-85 and later (round twenty-two), each tried with vocabulary of its own. The probe
 * clock is Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("the 下 of 一下 is no 'next'", () => {
  run([
    { text: "帮客人订一下月底那天的房间，一晚", role: "guest", intent: "create_booking", slots: { start: "2026-11-30", nights: 1 } },
  ]);
});

describe("a stay starts on the day a range or 'from' names, not the first day said", () => {
  run([
    { text: "my flight gets in at 2am Sunday, so hold a room from Saturday night, 1 night", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-21", nights: 1 } },
    { text: "long weekend away — a twin from Friday, 2 nights", role: "guest", intent: "create_booking", slots: { start: "2026-11-20", end: "2026-11-22" } },
    { text: "圣诞节那几天，周四到周六，订一间大床房", role: "guest", intent: "create_booking", slots: { start: "2026-11-19", end: "2026-11-21" } },
  ]);
});

describe("a stay moved by days keeps its length", () => {
  run([
    { text: "please shift our stay, Dec 3 to Dec 6, two days later", role: "guest", intent: "change_booking", slots: { date: "2026-12-03", start: "2026-12-05", end: "2026-12-08" } },
    { text: "我们12月10号到12号那间房，往后推一天", role: "guest", intent: "change_booking", slots: { date: "2026-12-10", start: "2026-12-11", end: "2026-12-13" } },
  ]);
});

describe("a stay's first or last day given anew with 'instead'", () => {
  run([
    { text: "we have the room Thursday to Sunday, could we check out Saturday instead?", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", end: "2026-11-21" } },
    { text: "can I check in on the 24th instead", role: "guest", intent: "change_booking", slots: { start: "2026-11-24" } },
  ]);
});

describe("an hour owned as a slip in a new booking", () => {
  run([
    { text: "table for 3 tomorrow at 8 — no, make it 8:30", role: "guest", intent: "create_booking", slots: { kind: "table", start: "2026-11-19T20:30", party_size: 3 } },
    { text: "周五晚上6点——不对，7点，五位", role: "guest", intent: "create_booking", slots: { start: "2026-11-20T19:00", party_size: 5 } },
    { text: "dinner at 7 — no, 6 people not 4", role: "guest", intent: "create_booking", slots: { party_size: 6 } },
  ]);
});

describe("the old day said after the new one", () => {
  run([
    { text: "能把我的预约改到下周一吗？原来是周四", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-23" } },
    { text: "could you move it to Saturday? originally Friday", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
  ]);
});

describe("a room already booked, upgraded or added to", () => {
  run([
    { text: "any chance to upgrade Friday's room to a junior suite?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20" } },
    { text: "周五那间房可以升级吗", role: "guest", intent: "change_booking", slots: { date: "2026-11-20" } },
    { text: "please add a second room to our booking for the 28th", role: "guest", intent: "change_booking", slots: { date: "2026-11-28" } },
  ]);
});

describe("a guest asking about the place itself asks nothing of the CRM", () => {
  run([
    { text: "what types of suites do you have?", role: "guest", intent: "unknown", slots: {} },
    { text: "你们几点开门呀", role: "guest", intent: "unknown", slots: {} },
    { text: "is there free parking?", role: "guest", intent: "unknown", slots: {} },
    { text: "do you have a table for two tonight?", role: "guest", intent: "create_booking", slots: { party_size: 2 } },
  ]);
});

describe("terms of trade are kept on the record as preferences", () => {
  run([
    { text: "Kessler Bakery's payment terms: direct debit, net 14", intent: "update_customer", slots: { customer: "Kessler Bakery", preferences: ["direct debit", "net 14"] } },
    { text: "set the payment terms for Lumen Optics to net 60", intent: "update_customer", slots: { customer: "Lumen Optics", preferences: ["net 60"] } },
    { text: "钱老板的结算方式改成货到付款", intent: "update_customer", slots: { customer: "钱老板", preferences: ["货到付款"] } },
    { text: "方姐那边只收下午送货，上午没人", intent: "update_customer", slots: { customer: "方姐", preferences: ["下午送货"] } },
    { text: "Dunmore Cafe — afternoon deliveries only, put it on their file", intent: "update_customer", slots: { preferences: ["afternoon deliveries only"] } },
    { text: "still arguing over payment terms with Pinecrest, they want 90 days", intent: "update_deal", slots: {} },
    { text: "emailed Rosa the catalogue and our payment terms", intent: "log_followup", slots: { customer: "Rosa", channel: "email" } },
    { text: "新规定：以后所有新客户一律款到发货", intent: "unknown", slots: {} },
  ]);
});

describe("a customer who moved to another employer", () => {
  run([
    { text: "魏强现在去京东做运营了", intent: "update_customer", slots: { customer: "魏强", company: "京东" } },
    { text: "Priya Nair is at Canva now", intent: "update_customer", slots: { customer: "Priya Nair", company: "Canva" } },
    { text: "邓丽换工作了，现在在小红书", intent: "update_customer", slots: { customer: "邓丽", company: "小红书" } },
    { text: "孔明的单位改为长江证券", intent: "update_customer", slots: { company: "长江证券" } },
    { text: "杨帆从顺丰跳到京东物流了", intent: "update_customer", slots: { customer: "杨帆", company: "京东物流" } },
    { text: "update Omar Haddad's company to Falcon Freight", intent: "update_customer", slots: { customer: "Omar Haddad", company: "Falcon Freight" } },
    { text: "Dana's company is expanding into Perth next year", intent: "unknown", slots: {} },
  ]);
});

describe("a date of birth said every way", () => {
  run([
    { text: "Mia Torres's DOB is 1988-04-17", intent: "update_customer", slots: { customer: "Mia Torres", birthday: "04-17" } },
    { text: "Ahmed Saleh was born 3 June 1975", intent: "update_customer", slots: { customer: "Ahmed Saleh", birthday: "06-03" } },
    { text: "后天是孙总生日，记一下", intent: "update_customer", slots: { customer: "孙总", birthday: "11-20" } },
    { text: "Ivy's birthday was last Monday, save it please", intent: "update_customer", slots: { birthday: "11-16" } },
    { text: "罗姐说她生日跟国庆同一天", intent: "update_customer", slots: { customer: "罗姐", birthday: "10-01" } },
    { text: "周总1979年8月8号出生", intent: "update_customer", slots: { customer: "周总", birthday: "08-08" } },
    { text: "我生日下周三，到时候请大家吃蛋糕", intent: "unknown", slots: {} },
  ]);
});

describe("an ask called off, or a detail that did not change", () => {
  run([
    { text: "本来要查一下宏达的，算了，不查了", intent: "unknown", slots: {} },
    { text: "不用查了，钟总的微信我找到了", intent: "unknown", slots: {} },
    { text: "先别录那个何老板，他还在犹豫", intent: "unknown", slots: {} },
    { text: "don't update Priya's phone, the old number is fine", intent: "unknown", slots: {} },
    { text: "陈总的手机没换，还是原来那个", intent: "unknown", slots: {} },
    { text: "不用再提醒我跟进王姐了", intent: "unknown", slots: {} },
  ]);
});

describe("our own details and those of people who are no customers", () => {
  run([
    { text: "heads up, my new office number is 020 7946 0321", intent: "unknown", slots: {} },
    { text: "our office is moving to Level 5 next month, update your signatures", intent: "unknown", slots: {} },
    { text: "the plumber's number is 0400 111 222 if the sink plays up again", intent: "unknown", slots: {} },
    { text: "我爸不喝白酒，过年回去别买了", intent: "unknown", slots: {} },
  ]);
});

describe("whether the record holds someone, or what it says of them", () => {
  run([
    { text: "does Omar Haddad have any allergies on file?", intent: "lookup_customer", slots: { query: "Omar Haddad" } },
    { text: "which company is Priya Nair with now?", intent: "lookup_customer", slots: { query: "Priya Nair" } },
    { text: "系统里有没有姓欧阳的客户", intent: "lookup_customer", slots: {} },
    { text: "any contacts at Globex?", intent: "lookup_customer", slots: { query: "Globex" } },
    { text: "Client file: Northwind Traders", intent: "lookup_customer", slots: { query: "Northwind Traders" } },
    { text: "@bot who is Mia Torres again?", intent: "lookup_customer", slots: { query: "Mia Torres" } },
    { text: "help 🙏", role: "guest", intent: "help", slots: {} },
  ]);
});

describe("parts of months, quarters and weeks", () => {
  run([
    { text: "rang Lumen Optics, call again early next month", intent: "log_followup", slots: { next_due: "2026-12-01" } },
    { text: "emailed Rosa, revisit next quarter", intent: "log_followup", slots: { next_due: "2027-01-01" } },
    { text: "visited Pinecrest, chase them end of next week", intent: "log_followup", slots: { next_due: "2026-11-27" } },
    { text: "called Dana, she said mid-month is better", intent: "log_followup", slots: { next_due: "2026-12-15" } },
    { text: "拜访了钱老板，月中再去", intent: "log_followup", slots: { next_due: "2026-12-15" } },
    { text: "电话回访了孔先生，半年后再联系", intent: "log_followup", slots: { next_due: "2027-05-18" } },
    { text: "sales from 2026-10-01 to 2026-10-15", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-01", to: "2026-10-15" } },
  ]);
});

describe("a report already read, judged, put off or not wanted", () => {
  run([
    { text: "看了上周的周报，回款有点慢", role: "manager", intent: "unknown", slots: {} },
    { text: "The October summary looked strong, well done all", role: "manager", intent: "unknown", slots: {} },
    { text: "本月汇总我看了，没啥问题", role: "manager", intent: "unknown", slots: {} },
    { text: "no need for the daily report today", role: "manager", intent: "unknown", slots: {} },
    { text: "明天先不用发周报了", role: "manager", intent: "unknown", slots: {} },
    { text: "I'll check the weekly report after lunch", role: "manager", intent: "unknown", slots: {} },
    { text: "cheers, got the list", intent: "unknown", slots: {} },
    { text: "it'd be nice if the summary showed margins", role: "manager", intent: "unknown", slots: {} },
    { text: "can the daily digest be sent at 8 instead?", intent: "unknown", slots: {} },
    { text: "what have I got lined up tomorrow?", intent: "list_tasks", slots: {} },
    { text: "what did Priya close last week?", role: "manager", intent: "summary", slots: { period: "last_week", person: "Priya" } },
    { text: "anything I've let slip this month?", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("guests' grumbles said in Cantonese, or against what was promised", () => {
  run([
    { text: "啲餸凍晒，唔該換過", role: "guest", intent: "log_complaint", slots: {} },
    { text: "技師太大力，仲遲咗半個鐘", role: "guest", intent: "log_complaint", slots: {} },
    { text: "早餐跟你们网上写的不一样，说好含两份结果只给一份", role: "guest", intent: "log_complaint", slots: {} },
    { text: "暖气坏了，一晚上冷得睡不着", role: "guest", intent: "log_complaint", slots: {} },
    { text: "不是投诉哈，就是想问问早餐几点开始", role: "guest", intent: "unknown", slots: {} },
  ]);
});

describe("a guest's own bookings, all of them, and someone else's asked", () => {
  run([
    { text: "我的全部预订都取消吧", role: "guest", intent: "cancel_booking", slots: {} },
    { text: "给我看看我所有的预约", role: "guest", intent: "my_bookings", slots: {} },
    { text: "帮我看一下王五订的是哪天", role: "guest", intent: "unknown", slots: {} },
    { text: "积分能不能抵餐费呀？", role: "guest", intent: "unknown", slots: {} },
    { text: "我跟老伴想订下周六的房间，一晚", role: "guest", intent: "create_booking", slots: { party_size: 2, nights: 1 } },
    { text: "周五那桌 6个人变成8个", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 8 } },
    { text: "人数 3->5，谢谢", role: "guest", intent: "change_booking", slots: { party_size: 5 } },
  ]);
});

describe("names that are verbs, and businesses named by their trade", () => {
  run([
    { text: "Call with Nadia Rahman done. Sending the deck tonight, follow up Friday", intent: "log_followup", slots: { customer: "Nadia Rahman", next_due: "2026-11-20" } },
    { text: "Follow-up call with Owen Price, he's still thinking. Try again in 2 weeks", intent: "log_followup", slots: { customer: "Owen Price" } },
    { text: "杭州云裳服饰的林经理想要300件卫衣", intent: "create_lead", slots: { name: "林经理", company: "杭州云裳服饰", quantity: 300 } },
    { text: "下午跟钱总见了一面，聊得不错，下周再约", intent: "log_followup", slots: { customer: "钱总", channel: "meeting" } },
  ]);
});

describe("lists, mentions and greetings around the request", () => {
  run([
    { text: "new lead:\n- Ana Souza\n- Souza Florals\n- 40 vases\n- call Friday", intent: "create_lead", slots: { name: "Ana Souza", company: "Souza Florals", quantity: 40, product: "vases" } },
    { text: "1) lead\n2) Kenji Sato, Sato Ramen\n3) +81 90 1234 5678\n4) 12 cases of sake", intent: "create_lead", slots: { phone: "+819012345678", quantity: 12 } },
    { text: "@小李 帮你录个线索：华盛物流 的 赵经理，电话 139 1111 2222，对托盘感兴趣", intent: "create_lead", slots: { name: "赵经理", company: "华盛物流", phone: "13911112222" } },
    { text: "new lead 陈总 @华为 想要50台路由器", intent: "create_lead", slots: { name: "陈总", company: "华为", quantity: 50 } },
    { text: "各位早～\n本周的汇总发我一下", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "大家好，这周的周报周五前发给我", role: "manager", intent: "unknown", slots: {} },
    { text: "hi! 3 adults, 2 nights, this Friday, any view is fine", role: "guest", intent: "create_booking", slots: { start: "2026-11-20", nights: 2, party_size: 3 } },
  ]);
});

describe("a place after 'the' is no person", () => {
  run([
    { text: "Lead: Siobhan Kelly, The Golden Hind (Truro), 07700 900123, after 8 kegs of cider", intent: "create_lead", slots: { name: "Siobhan Kelly", company: "Golden Hind", quantity: 8 } },
    { text: "Dropped by the Blue Anchor to see Rhys, he wants another tasting. Follow up in 2 weeks", intent: "log_followup", slots: { customer: "Rhys" } },
    { text: "Lost the Harbour View deal, they went with a cheaper supplier", intent: "update_deal", slots: { customer: "Harbour View", stage: "lost" } },
  ]);
});

describe("a detail kept on file beside small talk about the same person", () => {
  run([
    { text: "周太太不吃葱，存一下", intent: "update_customer", slots: { customer: "周太太", preferences: ["不吃葱"] } },
    { text: "杜姐吃全素的，记到她档案里", intent: "update_customer", slots: { customer: "杜姐", preferences: ["吃全素"] } },
    { text: "给钟总的档案加一条：他怕热，会议室空调开低点", intent: "update_customer", slots: { customer: "钟总", preferences: ["他怕热", "会议室空调开低点"] } },
    { text: "孙老板跳槽去顺丰了，听说工资翻倍，帮他资料改一下", intent: "update_customer", slots: { customer: "孙老板", company: "顺丰" } },
    { text: "Ms. Park's birthday: June 2. She mentioned it while complaining about the rain", intent: "update_customer", slots: { birthday: "06-02" } },
  ]);
});

describe("a record asked for, with the reason after it", () => {
  run([
    { text: "look up Ms. Park, I can't remember her company", intent: "lookup_customer", slots: { query: "Ms. Park" } },
    { text: "查一下金盛贸易，听说他们换老板了", intent: "lookup_customer", slots: { query: "金盛贸易" } },
    { text: "帮我调一下冯总的资料，下午要见", intent: "lookup_customer", slots: {} },
    { text: "吴总上次订的是哪款？", intent: "lookup_customer", slots: {} },
    { text: "Dana Fox's number? want to check in on her after the move", intent: "lookup_customer", slots: { query: "Dana Fox" } },
    { text: "明天要拜访的都有谁", intent: "list_tasks", slots: {} },
  ]);
});

describe("a record already read, or a detail left as it was", () => {
  run([
    { text: "好的，孙总的资料我看过了", intent: "unknown", slots: {} },
    { text: "邓姐的资料我回头有空再看", intent: "unknown", slots: {} },
    { text: "周总的邮箱不用改了，还是原来那个", intent: "unknown", slots: {} },
    { text: "never mind, Dana's email didn't change", intent: "unknown", slots: {} },
    { text: "要是华盛那单丢了，这个月还能达标吗", role: "manager", intent: "unknown", slots: {} },
  ]);
});

describe("a rep's shorthand between meetings", () => {
  run([
    { text: "my fus tmrw?", intent: "list_tasks", slots: {} },
    { text: "top accts this month?", role: "manager", intent: "top_customers", slots: { period: "this_month" } },
    { text: "李总 new # 13922223333", intent: "update_customer", slots: { customer: "李总", phone: "13922223333" } },
    { text: "q: 钱姐 #?", intent: "lookup_customer", slots: { query: "钱姐" } },
    { text: "tg msg to Ravi, fine w/ price, f/u Thu", intent: "log_followup", slots: { customer: "Ravi", channel: "message" } },
    { text: "Halcyon -> prop, 18k", intent: "update_deal", slots: { customer: "Halcyon", stage: "proposal", amount: 18000 } },
    { text: "万达 预算批了 -> qualified", intent: "update_deal", slots: { customer: "万达", stage: "qualified" } },
    { text: "华联 谈判中 报价9w", intent: "update_deal", slots: { customer: "华联", stage: "negotiation", amount: 90000 } },
  ]);
});

describe("rankings of one, and questions that ask nothing of the CRM", () => {
  run([
    { text: "which is our biggest client this quarter?", role: "manager", intent: "top_customers", slots: { limit: 1 } },
    { text: "who's our top customer?", intent: "unknown", slots: {} },
    { text: "I'll go through my task list after the standup", intent: "unknown", slots: {} },
    { text: "回头我再看本月的数据", role: "manager", intent: "unknown", slots: {} },
    { text: "how much is this system per user?", intent: "unknown", slots: {} },
    { text: "住满三晚积分会翻倍吗", role: "guest", intent: "unknown", slots: {} },
    { text: "宏达跟我们合作几年了", intent: "lookup_customer", slots: { query: "宏达" } },
    { text: "give me the rundown on Blue Harbour Catering", intent: "lookup_customer", slots: { query: "Blue Harbour Catering" } },
    { text: "How's Harbour Catering doing?", role: "manager", intent: "lookup_customer", slots: { query: "Harbour Catering" } },
    { text: "how's Priya's week going?", role: "manager", intent: "summary", slots: { person: "Priya", period: "this_week" } },
  ]);
});

describe("chatter about a customer's life, and things that are no deal's fate", () => {
  run([
    { text: "don't add a lead for the couple from the fair, they were only looking", intent: "unknown", slots: {} },
    { text: "laptop dead at the client's office, will log it later", intent: "unknown", slots: {} },
    { text: "haha Omar sent me 30 pics from his ski trip", intent: "unknown", slots: {} },
    { text: "would it be odd to send Ms. Park flowers if we barely know her?", intent: "unknown", slots: {} },
    { text: "钱姐说她儿子升职了，叫我们改天去她家吃饭", intent: "unknown", slots: {} },
    { text: "Raj says his fantasy league team is top of the table lol", intent: "unknown", slots: {} },
    { text: "the concierge was so kind to my parents, just wanted to say thanks", role: "guest", intent: "unknown", slots: {} },
    { text: "the Harlow deal is dead, they went with a rival", intent: "update_deal", slots: { stage: "lost" } },
  ]);
});

describe("families at the hotel: who comes, what they need, what went wrong", () => {
  run([
    { text: "a room for tomorrow for me and my 3 kids please", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "an accessible room for my mum and me from Dec 4 to Dec 6", role: "guest", intent: "create_booking", slots: { party_size: 2 } },
    { text: "table for 5 on Saturday at 6pm, we need two high chairs", role: "guest", intent: "create_booking", slots: { preferences: ["high chair"] } },
    { text: "想订一间宠物友好的房间，周六入住一晚", role: "guest", intent: "create_booking", slots: { preferences: ["宠物友好"] } },
    { text: "下周五住两晚，两间挨着的大床房", role: "guest", intent: "create_booking", slots: { preferences: ["挨着"] } },
    { text: "周末住两晚，周六入住，一间标间", role: "guest", intent: "create_booking", slots: { start: "2026-11-21", nights: 2 } },
    { text: "一间大床房，明晚一晚，加一张床", role: "guest", intent: "create_booking", slots: { preferences: ["加床"] } },
    { text: "we asked for extra towels an hour ago and they still haven't come", role: "guest", intent: "log_complaint", slots: {} },
    { text: "订位再加三个大人，一共9位", role: "guest", intent: "change_booking", slots: { party_size: 9 } },
    { text: "记一下：吴太太一家都吃素", intent: "update_customer", slots: { customer: "吴太太" } },
    { text: "Note for the Okafors: they always ask for a late checkout", intent: "update_customer", slots: { customer: "Okafors" } },
  ]);
});

describe("someone met for the first time who wants something is a lead, whatever comes next", () => {
  run([
    { text: "Met Ms. Ines Duarte from Duarte Cafe at the trade fair — keen on 4 grinders. Follow up next week.", intent: "create_lead", slots: { name: "Ines Duarte", company: "Duarte Cafe", quantity: 4 } },
    { text: "just met Leo Brandt who runs Brandt Bakery, he's after 300 boxes, call him Monday", intent: "create_lead", slots: { name: "Leo Brandt", quantity: 300 } },
    { text: "Met with Ines from Duarte Cafe today, she's interested in the new blend, follow up Friday", intent: "log_followup", slots: { customer: "Ines" } },
    { text: "mtg w/ Leo over lunch, fu next Wed", intent: "log_followup", slots: { customer: "Leo", channel: "meeting" } },
  ]);
});
