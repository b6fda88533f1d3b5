/**
 * Classes of language from blind-112 to -121 (round twenty-four; the first six are now parser-fresh-102 to -107),
 * each tried with vocabulary of its own. The probe clock is Wednesday 2026-11-18 10:00 in Shanghai: this Friday is
 * the 20th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a report over days counted back from today, or over part of a named month", () => {
  run([
    { text: "最近三天的成交", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-16", to: "2026-11-18" } },
    { text: "近两周的成交情况", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-05", to: "2026-11-18" } },
    { text: "过去两周谁签得多", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-05", to: "2026-11-18" } },
    { text: "numbers for the past 14 days please", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-05", to: "2026-11-18" } },
    { text: "大前天的业绩", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-15", to: "2026-11-15" } },
    { text: "上月中旬的销售额", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-11", to: "2026-10-20" } },
    { text: "sales for the last ten days of last month", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-21", to: "2026-10-31" } },
    { text: "recap of the first half of the month", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-01", to: "2026-11-15" } },
  ]);
});

describe("last year's month or quarter, a holiday week, a week or month so far", () => {
  run([
    { text: "去年4月份的数据调出来看看", role: "manager", intent: "summary", slots: { period: "custom", from: "2025-04-01", to: "2025-04-30" } },
    { text: "去年二季度业绩多少", role: "manager", intent: "summary", slots: { period: "custom", from: "2025-04-01", to: "2025-06-30" } },
    { text: "revenue for March last year", role: "manager", intent: "summary", slots: { period: "custom", from: "2025-03-01", to: "2025-03-31" } },
    { text: "国庆期间成交了多少", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-01", to: "2026-10-07" } },
    { text: "how are sales since the start of the week?", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "本月初至今签了几单", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "老周年初到现在的业绩", role: "manager", intent: "summary", slots: { period: "this_year", person: "老周" } },
  ]);
});

describe("figures asked in few words, and two reps set side by side", () => {
  run([
    { text: "H1 results?", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-01-01", to: "2026-06-30" } },
    { text: "how is revenue trending this month", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "compare Aisha with Ben over this quarter", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
    { text: "本周新增的客户数和签单数", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "把去年同期的数据拉一下", role: "manager", intent: "summary", slots: { period: "custom", from: "2025-01-01", to: "2025-12-31" } },
  ]);
});

describe("figures talked about, put off, or asked how they are worked out", () => {
  run([
    { text: "I'll go through the pipeline report tomorrow morning", role: "manager", intent: "unknown", slots: {} },
    { text: "周会要汇报本月数据，我还要准备材料", role: "manager", intent: "unknown", slots: {} },
    { text: "这季度大家一起冲一冲销量", role: "manager", intent: "unknown", slots: {} },
    { text: "please turn off the weekly summary emails", role: "manager", intent: "unknown", slots: {} },
    { text: "排名是按回款还是按签约金额算？", role: "manager", intent: "unknown", slots: {} },
    { text: "how are the top customers ranked?", role: "manager", intent: "unknown", slots: {} },
    { text: "follow-ups all cleared for today, heading home", intent: "unknown", slots: {} },
    { text: "这周一单都没签，郁闷", intent: "unknown", slots: {} },
  ]);
});

describe("a colleague covered for, a call got through, a customer called the overdue one", () => {
  run([
    { text: "我帮小李给华联超市打了个电话，下周二再跟", intent: "log_followup", slots: { customer: "华联超市", channel: "call", next_due: "2026-11-24" } },
    { text: "陈老板电话终于打通了，说月底前定", intent: "log_followup", slots: { customer: "陈老板", channel: "call" } },
    { text: "texted Omar from Baraka Foods (that overdue account), he says next week", intent: "log_followup", slots: { customer: "Omar", channel: "message" } },
    { text: "超过截止日期的跟进有哪些", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("a parent named by their child, a town that looks like a name, whom the goods are for", () => {
  run([
    { text: "新线索：乐乐爸爸想给孩子报周末围棋班，电话13912345678", intent: "create_lead", slots: { name: "乐乐爸爸", phone: "13912345678" } },
    { text: "小雨妈妈交了学费，一共六千八", intent: "update_deal", slots: { customer: "小雨妈妈", stage: "won", amount: 6800 } },
    { text: "石家庄的华北医药，联系人郑敏，要两千盒退烧贴", intent: "create_lead", slots: { name: "郑敏", company: "华北医药", quantity: 2000 } },
    { text: "客户钱伟想给他们顺发物流订三台叉车", intent: "create_lead", slots: { name: "钱伟", company: "顺发物流", quantity: 3 } },
    { text: "新客户陶丽，想给全厂工人上意外险，预算两万", intent: "create_lead", slots: { name: "陶丽", product: "意外险", amount: 20000 } },
    { text: "展会上认识了许总，问我们的维生素软糖", intent: "create_lead", slots: { name: "许总", product: "维生素软糖" } },
  ]);
});

describe("the lunar new year's first days, and insurance, cars and homes sold in Chinese", () => {
  run([
    { text: "过完年初六开工再给周总打电话", intent: "log_followup", slots: { customer: "周总" } },
    { text: "正月初十回访一下陈姐", intent: "log_followup", slots: { customer: "陈姐", next_due: "2027-02-15" } },
    { text: "初三的学生家长说再考虑", intent: "unknown", slots: {} },
    { text: "邹先生电话说首付还差一点，下周再谈", intent: "log_followup", slots: { customer: "邹先生", channel: "call", next_due: "2026-11-23" } },
    { text: "刚接待了一位客户魏先生，相中了江景的四居，预算五百万", intent: "create_lead", slots: { name: "魏先生", product: "四居", amount: 5000000 } },
  ]);
});

describe("a standing wish to be noted, a sit-down somewhere, a round of calls planned, a sum imagined", () => {
  run([
    { text: "孟女士说只接受下午送货，备注一下", intent: "update_customer", slots: { customer: "孟女士" } },
    { text: "和钟总在茶楼聊了两个钟，他想压价", intent: "log_followup", slots: { customer: "钟总", channel: "meeting" } },
    { text: "和黎姐在她店里坐了一会儿，她要再看看", intent: "log_followup", slots: { customer: "黎姐", channel: "visit" } },
    { text: "明天去佛山跑几家超市", intent: "unknown", slots: {} },
    { text: "假设王总那边五十个人都买了，提成能有多少", intent: "unknown", slots: {} },
    { text: "月底了，大家把这个月的跟进记录都整理一下", role: "manager", intent: "unknown", slots: {} },
    { text: "看看全组这个月的签单排名", intent: "unknown", slots: {} },
    { text: "看看全组这个月的签单排名", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "阿强上周卖了多少", role: "manager", intent: "summary", slots: { period: "last_week", person: "阿强" } },
    { text: "昨儿的成交", role: "manager", intent: "summary", slots: { period: "yesterday" } },
  ]);
});

describe("a guest's remark disowned as a complaint, a grumble about service or a warning ignored", () => {
  run([
    { text: "汤有点凉，小问题，不是投诉哈", role: "guest", intent: "unknown", slots: {} },
    { text: "just feedback, not a complaint: the music was a little loud", role: "guest", intent: "unknown", slots: {} },
    { text: "服务员上菜很敷衍，这顿饭太不值了", role: "guest", intent: "log_complaint", slots: {} },
    { text: "We specifically asked for no shellfish and the risotto still came with prawns", role: "guest", intent: "log_complaint", slots: {} },
  ]);
});

describe("a spa appointment moved or called off, a booking named by its day and moved", () => {
  run([
    { text: "please cancel my facial on friday", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { text: "reschedule my massage from friday to saturday at 11am", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T11:00" } },
    { text: "周五的那桌能不能推迟到周六晚上", role: "guest", intent: "change_booking", slots: { date: "2026-11-20" } },
  ]);
});

describe("how points are earned, asked; the front desk's own busy day; a walk-in counted right", () => {
  run([
    { text: "积分是怎么算的？消费一百能积几分？", role: "guest", intent: "unknown", slots: {} },
    { text: "how do the loyalty points work?", role: "guest", intent: "unknown", slots: {} },
    { text: "我的积分还有多少", role: "guest", intent: "my_points", slots: {} },
    { text: "今晚接待了二十多个散客，累瘫了", intent: "unknown", slots: {} },
    { text: "来了一位客人要订台：明晚7点，6位，姓何，电话13711112222", intent: "create_booking", slots: { kind: "table", party_size: 6, start: "2026-11-19T19:00" } },
    { text: "walk-in: Sam Cole, double room for tonight and tomorrow", intent: "create_booking", slots: { kind: "room", nights: 2, name: "Sam Cole" } },
    { text: "老顾客林小姐对花生过敏，记到她的档案里", intent: "update_customer", slots: { customer: "林小姐" } },
  ]);
});

describe("people and businesses typed in lower case, with a title, a particle, or their contacts after them", () => {
  run([
    { text: "new lead ms grace obi owner of obi fabrics wants 300 yards of ankara", intent: "create_lead", slots: { name: "grace obi", company: "obi fabrics", quantity: 300 } },
    { text: "prospect tom reyes sunrise dental tom@sunrisedental.ph needs 20 chairs", intent: "create_lead", slots: { name: "tom reyes", company: "sunrise dental", email: "tom@sunrisedental.ph" } },
    { text: "lead ana lim frm lim trading wants 40 boxes", intent: "create_lead", slots: { name: "ana lim", company: "lim trading", quantity: 40 } },
    { text: "book a twin room sat to mon pls name kofi mensah", role: "guest", intent: "create_booking", slots: { kind: "room", name: "kofi mensah" } },
    { text: "called maria de la cruz abt the catering order, she wants a callback fri", intent: "log_followup", slots: { customer: "maria de la cruz", channel: "call" } },
    { text: "talked w bongani today he is still deciding", intent: "log_followup", slots: { customer: "bongani" } },
    { text: "fyi lerato moloi is allergic to peanuts", intent: "update_customer", slots: { customer: "lerato moloi" } },
    { text: "sipho ndlovu moved to the sandton sun hotel", intent: "update_customer", slots: { customer: "sipho ndlovu", company: "sandton sun hotel" } },
    { text: "harbour lodge is in negotiation now budget approved at 40k", intent: "update_deal", slots: { customer: "harbour lodge", stage: "negotiation", amount: 40000 } },
  ]);
});

describe("chat shorthand: 2day, whats, nuber, insted, me n my sister, a deal closed at so many m", () => {
  run([
    { text: "anything due 2day", intent: "list_tasks", slots: { period: "today" } },
    { text: "whats the email for kemi ade", intent: "lookup_customer", slots: { query: "kemi ade" } },
    { text: "any news on lakeside bakery?", intent: "lookup_customer", slots: { query: "lakeside bakery" } },
    { text: "can we do saturday insted", role: "guest", intent: "change_booking", slots: {} },
    { text: "table for me n my bro tmrw 8pm", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 2, start: "2026-11-19T20:00" } },
    { text: "hilltop farms signed 🎉 1.5m", intent: "update_deal", slots: { customer: "hilltop farms", stage: "won", amount: 1500000 } },
  ]);
});

describe("thanks for a report, a price set by a guest, a booking imagined", () => {
  run([
    { text: "thanks for the numbers, very helpful", role: "manager", intent: "unknown", slots: {} },
    { text: "set the rate of my room to 1 dollar", role: "guest", intent: "unknown", slots: {} },
    { text: "把我的房费改成0元", role: "guest", intent: "unknown", slots: {} },
    { text: "if we stayed 5 nights would we get a discount?", role: "guest", intent: "unknown", slots: {} },
  ]);
});

describe("a long message whose ask comes last, after the reason for it", () => {
  run([
    { text: "下午客户来公司开会，我还没理清头绪。帮我列一下今天要跟进的客户", intent: "list_tasks", slots: { period: "today" } },
    { text: "Back-to-back calls all morning and my inbox is a mess. What do I have on for tomorrow?", intent: "list_tasks", slots: {} },
    { text: "老板下午要开季度会，我得先心里有底，先给我看一下这个月的销售情况", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Their director wants a call before Friday and I've been away. Remind me what's going on with Ridgeway Foods?", intent: "lookup_customer", slots: { query: "Ridgeway Foods" } },
    { text: "老客户转介绍了一位朋友，说是想了解我们的产品，麻烦记录一下，谢谢", intent: "unknown", slots: {} },
  ]);
});

describe("of several dates in a story, the writer's own next step", () => {
  run([
    { text: "Sent Marta the revised proposal today. She is away until next Tuesday, so I'll follow up with her on the 30th.", intent: "log_followup", slots: { customer: "Marta", next_due: "2026-11-30" } },
    { text: "跟周总通了电话，他说明天先跟财务商量，我周五再问他结果", intent: "log_followup", slots: { customer: "周总", channel: "call", next_due: "2026-11-20" } },
    { text: "新客户林姐，春节要做礼盒，下周二前要给她报价", intent: "create_lead", slots: { name: "林姐", next_due: "2026-11-24" } },
  ]);
});

describe("guests asking before booking, the office's own rooms, who was met where", () => {
  run([
    { text: "Before we book anything, is the pool heated in winter?", role: "guest", intent: "unknown", slots: {} },
    { text: "早餐几点开始？我们月底可能会过来住，还没定", role: "guest", intent: "unknown", slots: {} },
    { text: "Pizza in the staff room at 12 to celebrate the quarter", role: "manager", intent: "unknown", slots: {} },
    { text: "lunch meeting with Daniel Reyes and his CFO at the Makati branch, they want pricing by Monday", intent: "log_followup", slots: { customer: "Daniel Reyes", channel: "meeting" } },
    { text: "visited Harbour Freight Tuas yard, Ong Bee Lian walked us round", intent: "log_followup", slots: { customer: "Ong Bee Lian", channel: "visit" } },
  ]);
});

describe("B2B enquiries mixing Chinese units, trade terms, stock and rivals", () => {
  run([
    { text: "lead: Ravi Menon, Orbit Plastics (Pune), interested in 12吨 HDPE granules", intent: "create_lead", slots: { name: "Ravi Menon", company: "Orbit Plastics", quantity: 12, product: "HDPE granules" } },
    { text: "EXW 和 DDP 的差价是多少", intent: "unknown", slots: {} },
    { text: "check how much stock we have left of part 6001-ZZ", intent: "unknown", slots: {} },
    { text: "华达那单被友商抢走了", intent: "update_deal", slots: { customer: "华达", stage: "lost" } },
    { text: "客诉：顺丰包装说胶带粘性不够", intent: "log_complaint", slots: { customer: "顺丰包装" } },
    { text: "本周还有哪些 follow up 要做", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "Bauer Logistik 进 negotiation 了", intent: "update_deal", slots: { customer: "Bauer Logistik", stage: "negotiation" } },
    { text: "new lead Kim Soo-jin, Hanil Foods, budget ~$30k for 500 cases", intent: "create_lead", slots: { name: "Kim Soo-jin", company: "Hanil Foods", amount: 30000 } },
  ]);
});

describe("a visit told at length, terms heard on a call, a customer's report of damaged goods", () => {
  run([
    { text: "Went over to Lakeside Dairy's new plant near the river to meet Ms. Ortiz and showed her the reporting dashboard. She liked it. Ringing her Thursday.", intent: "log_followup", slots: { customer: "Ms. Ortiz", channel: "visit", next_due: "2026-11-19" } },
    { text: "Talked to Hugo Brandt on the phone, they want payment terms moved to net 60. I'll email him on Monday with the revised terms.", intent: "log_followup", slots: { customer: "Hugo Brandt", channel: "call", next_due: "2026-11-23" } },
    { text: "Coastline Clinic says our last shipment of gloves arrived damaged and nobody has called them back", intent: "log_complaint", slots: { customer: "Coastline Clinic" } },
  ]);
});

describe("a note asked for after a story, a weekday beside its date, a family counted, a complaint headed", () => {
  run([
    { text: "老顾客周姐今天又说了一遍，她海鲜过敏，只喝白茶。下次安排饭局注意一下，帮我备注到她的资料里", intent: "update_customer", slots: { customer: "周姐" } },
    { text: "I'd like a twin room from Friday the 20th to Sunday the 22nd please", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-20", end: "2026-11-22" } },
    { text: "table for Saturday 7pm, it's me, my wife and our three kids", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 5 } },
    { text: "记个投诉：美家超市反映昨天送的牛奶有三箱过期", intent: "log_complaint", slots: { customer: "美家超市" } },
  ]);
});

describe("a value corrected after the slip, whatever words turn to the correction", () => {
  run([
    { text: "table for 4 on Friday at 7pm. Sorry, 5", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 5 } },
    { text: "table for 2 tonight at 8pm, sorry, 3 people", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 3, start: "2026-11-18T20:00" } },
    { text: "new lead Oskar Berg, Nordic Bakes, wants 50 crates. My mistake, 70 crates", intent: "create_lead", slots: { name: "Oskar Berg", quantity: 70 } },
    { text: "proposal sent to Pine Dental at $7,400 — sorry, $4,700, typo", intent: "update_deal", slots: { customer: "Pine Dental", stage: "proposal", amount: 4700 } },
    { text: "top 3 clients this month — actually make it top 5", role: "manager", intent: "top_customers", slots: { limit: 5, period: "this_month" } },
    { text: "numbers for this week please — no, make that last week", role: "manager", intent: "summary", slots: { period: "last_week" } },
    { text: "I'll chase Ivy Tan on the 24th — sorry, the 25th, she's away on the 24th", intent: "log_followup", slots: { customer: "Ivy Tan", next_due: "2026-11-25" } },
    { text: "book a double room from the 20th to the 23rd. Sorry, 21st to the 23rd", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-21", end: "2026-11-23" } },
    { text: "look up Maria Santos — sorry, Maria Santiago", intent: "lookup_customer", slots: { query: "Maria Santiago" } },
    { text: "budget 2 lakh for uniforms, oh wait, 2.5 lakh", intent: "unknown", slots: {} },
  ]);
});

describe("a lead's own event, a follow-up timed out, a suggestion not to be logged, a discount imagined", () => {
  run([
    { text: "new lead: Dana Cole from Ridge Labs, wants 40 hampers for their team offsite", intent: "create_lead", slots: { name: "Dana Cole", company: "Ridge Labs", quantity: 40 } },
    { text: "记个线索，美团华东区周经理，要订团建晚宴20桌", intent: "create_lead", slots: { name: "周经理", quantity: 20 } },
    { text: "哪些回访已经超时了", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "先别登记投诉，客人只是提点意见", intent: "unknown", slots: {} },
    { text: "假如给华润打九折，毛利还剩多少", intent: "unknown", slots: {} },
  ]);
});

describe("an ask withdrawn, a retraction that carries the new value, a task slipped past its date", () => {
  run([
    { text: "What's the email for Ruth at Oak Cafe? never mind, got it", intent: "unknown", slots: {} },
    { text: "can you check my booking? found it in my email, thanks anyway", role: "guest", intent: "unknown", slots: {} },
    { text: "cancel Friday's table — sorry, wrong chat", role: "guest", intent: "unknown", slots: {} },
    { text: "Delta Farms moved to proposal, scratch that, they signed today at $9,900", intent: "update_deal", slots: { customer: "Delta Farms", stage: "won", amount: 9900 } },
    { text: "call Ben Ito Monday... scratch that, make it Friday next week", intent: "log_followup", slots: { customer: "Ben Ito", next_due: "2026-11-27" } },
    { text: "which tasks slipped past their due date?", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("a birthday by its day this month or next, a lead's kind before 线索", () => {
  run([
    { text: "老顾客钱阿姨下个月5号生日，爱喝龙井", intent: "update_customer", slots: { customer: "钱阿姨", birthday: "12-05" } },
    { text: "谢师宴线索：实验小学郑老师，7月要订8桌", intent: "create_lead", slots: { name: "郑老师", quantity: 8 } },
  ]);
});

describe("a move to a new employer said with 已, a wrong chat that was the previous message", () => {
  run([
    { text: "何丽华已转去恒泰物流公司", intent: "update_customer", slots: { customer: "何丽华", company: "恒泰物流公司" } },
    { text: "(last msg was for the wrong chat) Emailed Nora Quinn the quote, follow up Monday", intent: "log_followup", slots: { customer: "Nora Quinn", channel: "email", next_due: "2026-11-23" } },
  ]);
});

describe("an agreed price is no bargaining, a habit is no stay, a contact's way put right, a reservation struck out", () => {
  run([
    { text: "华信的协议价方案发过去了，总价30万", intent: "update_deal", slots: { customer: "华信", stage: "proposal", amount: 300000 } },
    { text: "VIP 刘先生每次入住都要高楼层和羽绒枕", intent: "update_customer", slots: { customer: "刘先生" } },
    { text: "Rang Ms Achieng this morning — sorry, it was an email, not a call. She'll reply Friday", intent: "log_followup", slots: { customer: "Ms Achieng", channel: "email" } },
    { text: "scratch our booking for Saturday please", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { text: "the heater in our room has been dead since last night", role: "guest", intent: "log_complaint", slots: {} },
  ]);
});
