/**
 * Classes of language from the eighth round (fresh-7 misses, grouped), each tried with vocabulary of our own:
 * other names, companies, periods, verbs and word orders, in both languages.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a stage said by its result: 谈下来了, 已经打款, the deal is off, haggling on price, need and budget confirmed", () => {
  run([
    { text: "东升五金那单终于谈下来了 ¥12000", intent: "update_deal", slots: { stage: "won", amount: 12000 } },
    { text: "宏远物流 孙经理那边已经付款 3万", intent: "update_deal", slots: { stage: "won", amount: 30000 } },
    { text: "和美家纺的单子谈成了", intent: "update_deal", slots: { stage: "won" } },
    { text: "Pacific Crest deal is off, they picked a cheaper vendor", intent: "update_deal", slots: { stage: "lost" } },
    { text: "Northwind called the deal off this morning", intent: "update_deal", slots: { stage: "lost" } },
    { text: "Bayside Dental pulled out of the contract", intent: "update_deal", slots: { stage: "lost" } },
    { text: "Greenleaf Cafe is haggling on price, their offer is 4.5k", intent: "update_deal", slots: { stage: "negotiation", amount: 4500 } },
    { text: "Redwood Labs still negotiating over the discount", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "金禾粮油 预算和需求都确认了", intent: "update_deal", slots: { stage: "qualified" } },
    { text: "青峰户外 需求跟预算都明确了 是个真实的商机", intent: "update_deal", slots: { stage: "qualified" } },
  ]);
});

describe("a guest asking what they have booked, or for its details", () => {
  run([
    { text: "我下周都订了什么", role: "guest", intent: "my_bookings" },
    { text: "我们这次一共订了几个房间", role: "guest", intent: "my_bookings" },
    { text: "我这边订了哪些", role: "guest", intent: "my_bookings" },
    { text: "把我的预订详情发给我", role: "guest", intent: "my_bookings" },
    { text: "我订的房间信息再发一遍", role: "guest", intent: "my_bookings" },
    { text: "what have we got reserved for the weekend", role: "guest", intent: "my_bookings" },
    { text: "what did I book for friday?", role: "guest", intent: "my_bookings" },
    { text: "can you resend my booking confirmation", role: "guest", intent: "my_bookings" },
    { text: "what's booked under my name", role: "guest", intent: "my_bookings" },
  ]);
});

describe("the to-do list asked by the kind of contact or by lateness", () => {
  run([
    { text: "明天要回哪些电话", intent: "list_tasks" },
    { text: "这周得跑几个客户", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "今天需要发哪些邮件", intent: "list_tasks", slots: { period: "today" } },
    { text: "哪些客户已经逾期没跟", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "超期的有几个", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "把过期的跟进列出来", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "which calls do I have today", intent: "list_tasks", slots: { period: "today" } },
    { text: "how many visits should I make this week", intent: "list_tasks", slots: { period: "this_week" } },
  ]);
});

describe("still nothing to do: a stage word in a question, a hypothetical, or advice", () => {
  run([
    { text: "如果他们一直压价怎么办", intent: "unknown" },
    { text: "what if the deal is off next week?", intent: "unknown" },
    { text: "客户总是讨价还价 有什么技巧吗", intent: "unknown" },
    { text: "how do I handle a client haggling on price?", intent: "unknown" },
  ]);
});

describe("a name followed only by the detail wanted, tersely, is a look-up", () => {
  run([
    { text: "Ms Lim email?", intent: "lookup_customer", slots: { query: "Ms Lim" } },
    { text: "Oscar Reyes number pls", intent: "lookup_customer", slots: { query: "Oscar Reyes" } },
    { text: "Brightside Media address?", intent: "lookup_customer", slots: { query: "Brightside Media" } },
    { text: "周姐 微信?", intent: "lookup_customer", slots: { query: "周姐" } },
    { text: "蓝海科技的地址发我一下", intent: "lookup_customer", slots: { query: "蓝海科技" } },
    { text: "孙经理电话是多少", intent: "lookup_customer", slots: { query: "孙经理" } },
    { text: "any notes on Priya Shah?", intent: "lookup_customer", slots: { query: "Priya Shah" } },
    { text: "what's the latest with Oakridge Farms", intent: "lookup_customer", slots: { query: "Oakridge Farms" } },
    // Giving the detail is an update, not a question.
    { text: "Ms Lim email lim.w@harbour.sg", intent: "update_customer" },
  ]);
});

describe("the record named before its verb (韩梅的资料调出来) is the look-up's query", () => {
  run([
    { text: "韩梅的资料调出来", intent: "lookup_customer", slots: { query: "韩梅" } },
    { text: "把林总的电话查一下", intent: "lookup_customer", slots: { query: "林总" } },
    { text: "宏达建材的档案翻出来我看看", intent: "lookup_customer", slots: { query: "宏达建材" } },
    { text: "帮我把陈老师的联系方式找出来", intent: "lookup_customer", slots: { query: "陈老师" } },
    { text: "吴总的记录拉一下", intent: "lookup_customer", slots: { query: "吴总" } },
    { text: "星辰影业的信息调出来", intent: "lookup_customer", slots: { query: "星辰影业" } },
    { text: "麻烦把周姐的详情发过来", intent: "lookup_customer", slots: { query: "周姐" } },
    { text: "马老板的资料查下", intent: "lookup_customer", slots: { query: "马老板" } },
  ]);
});

describe("whether a customer has bought lately, asked, is a look-up", () => {
  run([
    { text: "鸿运酒楼最近下过单吗", intent: "lookup_customer", slots: { query: "鸿运酒楼" } },
    { text: "鸿运酒楼有没有再订货", intent: "lookup_customer", slots: { query: "鸿运酒楼" } },
    { text: "张老板这个月买过东西吗", intent: "lookup_customer", slots: { query: "张老板" } },
    { text: "金桥商贸有没有复购", intent: "lookup_customer", slots: { query: "金桥商贸" } },
    { text: "has Brightside Media ordered anything this year?", intent: "lookup_customer", slots: { query: "Brightside Media" } },
    { text: "did Oakridge Farms reorder after the trial?", intent: "lookup_customer", slots: { query: "Oakridge Farms" } },
    { text: "has Mia Chen bought from us before?", intent: "lookup_customer", slots: { query: "Mia Chen" } },
    { text: "蓝鲸贸易下过单没", intent: "lookup_customer", slots: { query: "蓝鲸贸易" } },
  ]);
});

describe("a guest changing the head count by adding people or bumping it up or down", () => {
  run([
    { text: "can we add 3 more people to friday's dinner", role: "guest", intent: "change_booking", slots: { date: "2026-11-20" } },
    { text: "add 2 more adults to our sunday lunch, 7 in total", role: "guest", intent: "change_booking", slots: { date: "2026-11-22", party_size: 7 } },
    { text: "please bump us up to 6 for tomorrow night", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "need to drop our christmas eve table down to 4 people", role: "guest", intent: "change_booking", slots: { date: "2026-12-24", party_size: 4 } },
    { text: "can you bring our saturday booking down to 3", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", party_size: 3 } },
    { text: "周五的晚餐加两个人 一共8位", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 8 } },
    { text: "明天的桌子人数改成6个", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", party_size: 6 } },
    { text: "周六的房 改到周日", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
  ]);
});

describe("days of the month in English chat: a weekday beside the day, bare ordinals as a range, dotted times", () => {
  run([
    { text: "can we move our booking from the 28th to Monday the 30th", role: "guest", intent: "change_booking", slots: { date: "2026-11-28", start: "2026-11-30" } },
    { text: "table for 4 on Friday the 27th at 7pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-27T19:00" } },
    { text: "for our room, make it the 21st to 24th instead", role: "guest", intent: "change_booking", slots: { start: "2026-11-21", end: "2026-11-24" } },
    { text: "could we switch our room to 25th-27th", role: "guest", intent: "change_booking", slots: { start: "2026-11-25", end: "2026-11-27" } },
    { text: "a double room from the 28th to 2nd please", role: "guest", intent: "create_booking", slots: { start: "2026-11-28", end: "2026-12-02" } },
    { text: "Can we change the 25th to 7.30 instead of 8", role: "guest", intent: "change_booking", slots: { date: "2026-11-25", start: "2026-11-25T19:30" } },
    { text: "dinner for 2 on saturday at 8.15pm", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T20:15", party_size: 2 } },
    { text: "change the 28th to 8pm please", role: "guest", intent: "change_booking", slots: { date: "2026-11-28", start: "2026-11-28T20:00" } },
    // A dotted number that is a price is no time, and a wake-up call is no booking.
    { text: "can you change my wake-up call tomorrow to 7.30", role: "guest", intent: "unknown" },
  ]);
});

describe("a contact said in chat shorthand: unanswered calls, 'w/' and 'over zoom', popping into a shop", () => {
  run([
    { text: "Marco still not picking up, will try again Monday", intent: "log_followup", slots: { customer: "Marco", channel: "call", next_due: "2026-11-23" } },
    { text: "Grace never picked up, left 2 voicemails", intent: "log_followup", slots: { customer: "Grace", channel: "call" } },
    { text: "called Omar Haddad, went unanswered again", intent: "log_followup", slots: { customer: "Omar Haddad", channel: "call" } },
    { text: "caught up w/ Lena Park over teams, she wants the price list", intent: "log_followup", slots: { customer: "Lena Park" } },
    { text: "catch up with Owen over zoom, send him the deck friday", intent: "log_followup", slots: { customer: "Owen", channel: "meeting" } },
    { text: "Dropped into Acme Hardware to see Tom, left some brochures with him", intent: "log_followup", slots: { customer: "Tom", channel: "visit" } },
    { text: "popped into the bakery this morning to see Rosa, left samples with her", intent: "log_followup", slots: { customer: "Rosa", channel: "visit" } },
    { text: "went to see Ian Boyd at his yard, he'll decide next week", intent: "log_followup", slots: { customer: "Ian Boyd" } },
  ]);
});

describe("the one rep a report is about: named before the period, 'how'd X go', 'just for X'", () => {
  run([
    { text: "小李这周签了几单", role: "manager", intent: "summary", slots: { period: "this_week", person: "小李" } },
    { text: "阿Ken上个月业绩", role: "manager", intent: "summary", slots: { period: "last_month", person: "阿Ken" } },
    { text: "老周本月的数据", role: "manager", intent: "summary", slots: { period: "this_month", person: "老周" } },
    { text: "张伟上周的表现", role: "manager", intent: "summary", slots: { period: "last_week", person: "张伟" } },
    { text: "how'd Marcus go this week", role: "manager", intent: "summary", slots: { period: "this_week", person: "Marcus" } },
    { text: "how'd Elena do last month?", role: "manager", intent: "summary", slots: { period: "last_month", person: "Elena" } },
    { text: "summary of this week, only for Tom", role: "manager", intent: "summary", slots: { period: "this_week", person: "Tom" } },
    { text: "last week's report just for Aisha", role: "manager", intent: "summary", slots: { period: "last_week", person: "Aisha" } },
    // The team or a period first names no one.
    { text: "上个月的数据", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "团队这个月业绩", role: "manager", intent: "summary", slots: { period: "this_month" } },
  ]);
});

describe("how a customer wants to be reached, or what they only take, is kept on their record", () => {
  run([
    { text: "何总说今后有事邮件联系", intent: "update_customer", slots: { customer: "何总", preferences: ["邮件联系"] } },
    { text: "刘经理 以后别打电话 发微信就行", intent: "update_customer", slots: { customer: "刘经理" } },
    { text: "吴姐交代以后不要打电话了 有事短信联系", intent: "update_customer", slots: { customer: "吴姐", preferences: ["短信联系"] } },
    { text: "Mr Okafor prefers to be texted, don't call him", intent: "update_customer", slots: { customer: "Mr Okafor" } },
    { text: "Janet says email only from now on", intent: "update_customer", slots: { customer: "Janet" } },
    { text: "刘姐只吃素 记到她档案里", intent: "update_customer", slots: { customer: "刘姐", preferences: ["只吃素"] } },
    { text: "郑总只喝白酒 帮我备注到他资料上", intent: "update_customer", slots: { customer: "郑总", preferences: ["只喝白酒"] } },
    { text: "马老板只抽中华 送礼的时候注意", intent: "update_customer", slots: { customer: "马老板", preferences: ["只抽中华"] } },
    // In a new lead's details it is part of the lead; a next call said is a follow-up.
    { text: "新客户 王强 电话13900001111 有事微信联系", intent: "create_lead", slots: { name: "王强" } },
    { text: "王总说下周再打电话给他", intent: "log_followup", slots: { customer: "王总" } },
  ]);
});

describe("a party counted by itself (我们俩, 咱们仨, the two of us) and a top N said in words", () => {
  run([
    { text: "周五晚上7点 我们俩 靠窗", role: "guest", intent: "create_booking", slots: { party_size: 2 } },
    { text: "明天中午 咱们仨 找个安静点的位置", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "我和她俩 周六晚上六点半", role: "guest", intent: "create_booking", slots: { party_size: 2 } },
    { text: "friday 8pm, just the two of us", role: "guest", intent: "create_booking", slots: { party_size: 2, start: "2026-11-20T20:00" } },
    { text: "table saturday at 7 for the four of us", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "top five accounts this quarter", role: "manager", intent: "top_customers", slots: { period: "this_quarter", limit: 5 } },
    { text: "top ten clients last month", role: "manager", intent: "top_customers", slots: { period: "last_month", limit: 10 } },
    { text: "show me the top three customers this year", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 3 } },
  ]);
});

describe("a day named twice side by side (a holiday, then its date with the time) is one day with that time", () => {
  run([
    { text: "christmas eve dinner 24 dec 7.30pm 2 adults + 1 kid", role: "guest", intent: "create_booking", slots: { start: "2026-12-24T19:30", party_size: 3 } },
    { text: "new year's eve dinner, 31 dec at 8pm, 6 people", role: "guest", intent: "create_booking", slots: { start: "2026-12-31T20:00", party_size: 6 } },
    { text: "平安夜 12月24号晚上7点 4位", role: "guest", intent: "create_booking", slots: { start: "2026-12-24T19:00", party_size: 4 } },
    { text: "跨年夜 12月31号晚上9点 6位", role: "guest", intent: "create_booking", slots: { start: "2026-12-31T21:00", party_size: 6 } },
    { text: "thanksgiving lunch nov 26 1pm, table for 8", role: "guest", intent: "create_booking", slots: { start: "2026-11-26T13:00", party_size: 8 } },
    { text: "valentine's day 14 feb 7pm for two", role: "guest", intent: "create_booking", slots: { start: "2027-02-14T19:00", party_size: 2 } },
    { text: "dinner on 20 dec 6pm 3 adults", role: "guest", intent: "create_booking", slots: { start: "2026-12-20T18:00", party_size: 3 } },
    // Moving a booking within its day keeps both: the old day and the new time.
    { text: "把周五的晚餐改到周五晚上9点", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-20T21:00" } },
  ]);
});

describe("a party counted by who they are (8个姐妹, 6个同事), and wishes said by distance or by allergy", () => {
  run([
    { text: "周日中午 6个同事聚餐 离门口远一点", role: "guest", intent: "create_booking", slots: { party_size: 6, preferences: ["远离门口"] } },
    { text: "明晚7点 10个朋友 要包厢", role: "guest", intent: "create_booking", slots: { party_size: 10 } },
    { text: "下周五晚上 4个闺蜜 想坐靠窗", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "周六中午 12个家人吃饭 最好离洗手间近", role: "guest", intent: "create_booking", slots: { party_size: 12, preferences: ["离洗手间近"] } },
    { text: "这周日晚上6点 5个人 有小孩 要个婴儿椅", role: "guest", intent: "create_booking", slots: { party_size: 5, preferences: ["婴儿椅"] } },
    { text: "dinner fri 7pm for 4, one shellfish allergy, need a booster seat", role: "guest", intent: "create_booking", slots: { preferences: ["shellfish allergy", "booster seat"] } },
    { text: "lunch sunday 1pm, 6 people, two peanut allergies", role: "guest", intent: "create_booking", slots: { preferences: ["peanut allergies"] } },
    { text: "table for 3 tomorrow at 8, we'd need a baby chair", role: "guest", intent: "create_booking", slots: { party_size: 3, preferences: ["baby chair"] } },
  ]);
});

describe("a weekday with a bare ordinal (thursday 3rd, Fri 27th) is that day of the month, the weekday choosing the month", () => {
  run([
    { text: "table for 4 on thursday 3rd at 7pm", role: "guest", intent: "create_booking", slots: { start: "2026-12-03T19:00" } },
    { text: "room for 2 nights from friday 27th, just me", role: "guest", intent: "create_booking", slots: { start: "2026-11-27", nights: 2, party_size: 1 } },
    { text: "lunch sat 5th, 3 of us", role: "guest", intent: "create_booking", slots: { start: "2026-12-05", party_size: 3 } },
    { text: "dinner Tue 8th 8pm for 6", role: "guest", intent: "create_booking", slots: { start: "2026-12-08T20:00", party_size: 6 } },
    { text: "table for 2 on Saturday, 21st", role: "guest", intent: "create_booking", slots: { start: "2026-11-21" } },
    { text: "a room on wednesday 25th, just myself", role: "guest", intent: "create_booking", slots: { start: "2026-11-25", party_size: 1 } },
    { text: "can we move our table from sat 21st to sun 22nd", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
    { text: "please cancel friday 20th", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-20" } },
  ]);
});

describe("a business named with & (Smith & Sons), and a place after 'in' that is no person", () => {
  run([
    { text: "Smith & Sons signed for $12k", intent: "update_deal", slots: { customer: "Smith & Sons", stage: "won", amount: 12000 } },
    { text: "Rose & Crown deal is off, they chose another brewer", intent: "update_deal", slots: { customer: "Rose & Crown", stage: "lost" } },
    { text: "new lead Jo Park at Park & Lee Dental 0412 555 019", intent: "create_lead", slots: { name: "Jo Park", company: "Park & Lee Dental" } },
    { text: "Black & Blue Bistro haggling on price again", intent: "update_deal", slots: { customer: "Black & Blue Bistro", stage: "negotiation" } },
    { text: "Popped into Salt & Pepper's kitchen in Fitzroy to see Dana, left a catalogue with her", intent: "log_followup", slots: { customer: "Dana", channel: "visit" } },
    { text: "visited the Oak & Barrel shop in Bath to see Martin, he wants a tasting", intent: "log_followup", slots: { customer: "Martin" } },
    { text: "met Grace in Hobart, she wants a quote", intent: "log_followup", slots: { customer: "Grace" } },
    { text: "Tom & I met the client today", intent: "log_followup" },
  ]);
});

describe("a person named right after their company (优品家居韩梅) is the customer", () => {
  run([
    { text: "华联超市李娜说要再便宜点", intent: "log_followup", slots: { customer: "李娜" } },
    { text: "东方酒店周敏换了邮箱 zhoumin@dfhotel.cn", intent: "update_customer", slots: { customer: "周敏", email: "zhoumin@dfhotel.cn" } },
    { text: "刚给星光影城孙丽打了电话 她下周给答复", intent: "log_followup", slots: { customer: "孙丽", channel: "call" } },
    { text: "宏图贸易刘洋的手机换成13912345678了", intent: "update_customer", slots: { customer: "刘洋", phone: "13912345678" } },
    { text: "绿叶家居陈芳说合同下周签", intent: "log_followup", slots: { customer: "陈芳" } },
    { text: "明珠酒楼杨帆那边已经付款了", intent: "update_deal", slots: { stage: "won" } },
    { text: "金星汽修吴涛说月底再订货", intent: "log_followup", slots: { customer: "吴涛" } },
    { text: "晨曦花艺工作室林静的生日是5月3号", intent: "update_customer", slots: { customer: "林静", birthday: "05-03" } },
  ]);
});

describe("a month by its name is this month or last when it is the current one or the one before", () => {
  run([
    { text: "how's november looking so far", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "how did october go", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "11月份业绩怎么样", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "十月的数据", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "november recap please", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Oct numbers for the team", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "10月总结", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "how's Nov tracking", role: "manager", intent: "summary", slots: { period: "this_month" } },
  ]);
});

describe("still nothing to record: thanks for something, advice asked on a case, notes on how to", () => {
  run([
    { text: "thanks for the catch up over zoom", intent: "unknown" },
    { text: "thank you so much for calling Tom for me", intent: "unknown" },
    { text: "谢谢你的帮忙 王总那边我再跟", intent: "unknown" },
    { text: "客户说只喝红酒的话送什么好", intent: "unknown" },
    { text: "要是李总一直压价怎么办", intent: "unknown" },
    { text: "Sarah loves red wine, what should I send her for christmas?", intent: "unknown" },
    { text: "any notes on how to handle objections?", intent: "unknown" },
    { text: "what's the latest on the world cup", intent: "unknown" },
  ]);
});

describe("asking how to do a thing in the CRM is help, never the thing done", () => {
  run([
    { text: "how do I mark a deal as lost", intent: "help" },
    { text: "how can I move a deal to negotiation?", intent: "help" },
    { text: "how do I close a deal in here", intent: "help" },
    { text: "how do i delete a duplicate customer", intent: "help" },
    { text: "怎么把单子标成赢单", intent: "help" },
    { text: "怎么标记丢单", intent: "help" },
    { text: "如何删除重复的客户", intent: "help" },
    { text: "怎么合并两个客户", intent: "help" },
  ]);
});
