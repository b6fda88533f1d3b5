/**
 * Classes of language learnt in round thirty-three, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Tuesday the 24th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a guest moving a day they hold to another, whatever the appointment is called", () => {
  run([
    { role: "guest", text: "儿子下周二的正畸复查能挪到下周四吗", intent: "change_booking", slots: { date: "2026-11-24", start: "2026-11-26" } },
    { role: "guest", text: "can we switch Max's swim lesson from Friday to Saturday?", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { role: "guest", text: "Our tasting is on Dec 3 but we're away then. Could we do the 10th instead?", intent: "change_booking", slots: { date: "2026-12-03", start: "2026-12-10" } },
    { role: "guest", text: "我们下周二和下周四都想来，两位", intent: "create_booking" },
    { role: "guest", text: "can't make it Friday anymore, can we do Sunday instead?", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-22" } },
  ]);
});

describe("a promise to come back, with no day, books nothing", () => {
  run([
    { role: "guest", text: "Best brunch in town, we'll definitely be back soon!", intent: "unknown" },
    { role: "guest", text: "环境太好了，明年一定还来😊", intent: "unknown" },
    { role: "guest", text: "we'll be back — table for 3 next Friday at 8pm please", intent: "create_booking", slots: { party_size: 3, start: "2026-11-27T20:00" } },
    { role: "guest", text: "sorry, we need to cancel Saturday's table, but we'll certainly book again soon", intent: "cancel_booking", slots: { date: "2026-11-21" } },
  ]);
});

describe("keywords typed one slip wrong are read as meant", () => {
  run([
    { role: "guest", text: "pls cancle our table tmrw, kid is sick", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "lokup Harbor Foods", intent: "lookup_customer", slots: { query: "Harbor Foods" } },
    { role: "guest", text: "need to chnage my reservaton to Thrusday", intent: "change_booking" },
    { text: "lost riverside catering, they went with a cheaper supplier", intent: "update_deal", slots: { customer: "riverside catering", stage: "lost" } },
    { text: "had a call with dana from maple supply, she's comparing quotes", intent: "log_followup", slots: { customer: "dana" } },
  ]);
});

describe("a manager's comparisons, rankings and one rep's figures", () => {
  run([
    { role: "manager", text: "本月对比上个月，谁退步最多", intent: "summary", slots: { period: "this_month" } },
    { role: "manager", text: "this week vs last week — are we up?", intent: "summary", slots: { period: "this_week" } },
    { role: "manager", text: "show me Priya's numbers for this quarter", intent: "summary", slots: { period: "this_quarter", person: "Priya" } },
    { role: "manager", text: "QoQ please", intent: "summary" },
    { role: "manager", text: "Tom this week: calls, visits, won", intent: "summary", slots: { period: "this_week", person: "Tom" } },
    { role: "manager", text: "who underperformed last month?", intent: "summary", slots: { period: "last_month" } },
    { text: "where am I on the leaderboard?", intent: "unknown" },
    { role: "manager", text: "Quota for Q1 is 25 new accounts. Let's go.", intent: "unknown" },
    { role: "manager", text: "Sales were through the roof in May, great job all", intent: "unknown" },
    { role: "manager", text: "mom asked me to call her back, brb", intent: "unknown" },
  ]);
});

describe("staff talk that records nothing: our own departments, the team's lunch, slips to be put right, ideas not arranged", () => {
  run([
    { text: "仓库说下周的包装箱要晚三天到，客户问的话先这么回", intent: "unknown" },
    { text: "品控那边说周四停线，发货顺延", intent: "unknown" },
    { text: "帮大家点个下午茶，小林不喝奶记得备注", intent: "unknown" },
    { text: "刚才那个报价我记错了 等我核对一下再发你", intent: "unknown" },
    { text: "想着月底找个时间去星河物业看看，还没约", intent: "unknown" },
    { text: "ugh so many overdue follow-ups, need a coffee", intent: "unknown" },
    { text: "哈哈 赵阿姨说她家狗只吃牛肉，太挑了", intent: "unknown" },
  ]);
});

describe("a customer's taste asked or told, when they can be reached, and someone asking to buy", () => {
  run([
    { text: "吴总爱喝什么茶来着？", intent: "lookup_customer", slots: { query: "吴总" } },
    { text: "孙姐一般晚上八点以后才回微信，中午别打扰她", intent: "update_customer", slots: { customer: "孙姐" } },
    { text: "Ms Ortega only answers the phone after 4pm", intent: "update_customer", slots: { customer: "Ms Ortega" } },
    { text: "华联超市周经理 电话13811112222 问了矿泉水的价 要500箱", intent: "create_lead", slots: { company: "华联超市", phone: "13811112222", product: "矿泉水", quantity: 500 } },
    { text: "周经理电话换了 13811113333", intent: "update_customer", slots: { phone: "13811113333" } },
    { role: "manager", text: "系统里怎么给客户加备注？", intent: "help" },
  ]);
});

describe("a guest's own booking asked after, a head count corrected, goods or a stay gone wrong", () => {
  run([
    { role: "guest", text: "我周六约的美甲是几点来着？", intent: "my_bookings" },
    { role: "guest", text: "we're actually 5 now, can you add a chair to our booking", intent: "change_booking", slots: { party_size: 5 } },
    { role: "guest", text: "预约人数要改一下，是8个小朋友", intent: "change_booking", slots: { party_size: 8 } },
    { role: "guest", text: "3 for lunch tomorrow at 12:30?", intent: "create_booking", slots: { party_size: 3, start: "2026-11-19T12:30" } },
    { role: "guest", text: "滑板车骑到一半没电了，只能推回来", intent: "log_complaint" },
    { role: "guest", text: "昨晚的生蚝不太新鲜，吃完有点不舒服", intent: "log_complaint" },
    { text: "Blue Fern Cafe says half the jars had broken lids", intent: "log_complaint", slots: { customer: "Blue Fern Cafe" } },
    { role: "guest", text: "do we still earn points if we booked on Agoda?", intent: "unknown" },
  ]);
});

describe("details typed fast or in lists: run-together words, eight-digit phones in a comma list, litres, couples, a role before a name", () => {
  run([
    { role: "guest", text: "roomfor 2 this sat, twin pls", intent: "create_booking", slots: { party_size: 2, start: "2026-11-21" } },
    { role: "guest", text: "can't do thursday anymore, can we do sun instead", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-22" } },
    { text: "Lead:Grace Tan,Tan Bros Trading,98765432, wants 40 cartons of soy milk", intent: "create_lead", slots: { name: "Grace Tan", phone: "98765432", quantity: 40 } },
    { text: "New lead: Sunny Hill Kindergarten, principal Olivia Park, wants a cooking class for 30 kids", intent: "create_lead", slots: { name: "Olivia Park", company: "Sunny Hill Kindergarten" } },
    { role: "guest", text: "two couples, Friday for 2 nights, two double rooms", intent: "create_booking", slots: { party_size: 4, nights: 2 } },
    { role: "guest", text: "下周五入住两晚，两间大床，最好带阳台的", intent: "create_booking", slots: { preferences: ["阳台"] } },
    { text: "红星茶楼钱老板 电话里说春节后再谈 下周五吧", intent: "log_followup", slots: { next_due: "2026-11-27" } },
    { text: "dropped off samples at Oak Street Deli, the owner was out. call back Monday", intent: "log_followup", slots: { channel: "visit", next_due: "2026-11-23" } },
  ]);
});

describe("a message that changes its mind part-way: the last word is what is read", () => {
  run([
    { role: "guest", text: "cancel our— oh wait, which day did we book again? can you show me my reservations?", intent: "my_bookings" },
    { role: "guest", text: "cancel the lot — jk jk, see you Saturday!", intent: "unknown" },
    { text: "mark Orchard Foods as lost... nah, not yet. just log that I called Priya, voicemail, try Thursday", intent: "log_followup", slots: { customer: "Priya", channel: "call", next_due: "2026-11-19" } },
    { text: "海天酒楼丢了……开玩笑的，还在谈，卡在账期上", intent: "update_deal", slots: { customer: "海天酒楼", stage: "negotiation" } },
    { text: "【新客户】钱总 —— 等等，钱总是不是录过了？帮我查一下", intent: "lookup_customer", slots: { query: "钱总" } },
    { role: "guest", text: "帮我订周六的位……哦我已经订好了，那把人数改成8个吧", intent: "change_booking", slots: { party_size: 8 } },
    { role: "guest", text: "退了吧，本来想改期……算了还是直接取消", intent: "cancel_booking" },
    { role: "manager", text: "show me the numbers for... hmm, forget it, I'll ask Raj", intent: "unknown" },
    { text: "刚差点把刘总的邮箱改了，还好没改，原来那个是对的", intent: "unknown" },
    { text: "顺发那单签了？哦没有，是我看错了", intent: "unknown" },
  ]);
});

describe("a value put right in a word, a sound or an asterisk", () => {
  run([
    { role: "guest", text: "周六中午订位，3位，人数写错了，是4位", intent: "create_booking", slots: { party_size: 4 } },
    { role: "guest", text: "想订明晚6点…算了7点吧，两位", intent: "create_booking", slots: { start: "2026-11-19T19:00", party_size: 2 } },
    { role: "guest", text: "我订的周五那桌，改成周六晚上6点，啊6点半", intent: "change_booking", slots: { start: "2026-11-21T18:30" } },
    { role: "manager", text: "小林上周的业绩，额，还是看他本月的吧", intent: "summary", slots: { period: "this_month" } },
    { text: "Harbor Deli deal closed at 3.2k *2.3k", intent: "update_deal", slots: { amount: 2300 } },
    { role: "guest", text: "pls cancel my table on the 21st *22nd", intent: "cancel_booking", slots: { date: "2026-11-22" } },
    { text: "Spoke to Dev Mehta from Spice Hub, chase him 3pm tmrw, er, 4pm", intent: "log_followup", slots: { customer: "Dev Mehta", next_due: "2026-11-19T16:00" } },
    { role: "guest", text: "我要订房 12月3号到5号 哦不对 是4号到6号 两个人", intent: "create_booking", slots: { start: "2026-12-04", end: "2026-12-06" } },
    { text: "新客户 乐乐烘焙 周敏 13900002222 哦打错了 尾号是2223", intent: "create_lead", slots: { phone: "13900002223" } },
    { text: "lost the Brightwater deal — I mean it's paused, still negotiating", intent: "update_deal", slots: { stage: "negotiation" } },
  ]);
});

describe("forms and templates typed into WeCom", () => {
  run([
    { role: "guest", text: "姓名：王芳\n人数：6\n日期：本周六\n时间：19:00", intent: "create_booking", slots: { name: "王芳", party_size: 6, start: "2026-11-21T19:00" } },
    { text: "客户：周建国\n电话：13600003333\n需求：会议桌8张\n来源：老客户转介绍", intent: "create_lead", slots: { phone: "13600003333", quantity: 8 } },
    { text: "客户：如家酒店（西湖店）\n查一下之前的报价", intent: "lookup_customer", slots: { query: "如家酒店" } },
    { text: "【拜访】\n客户：\n方式：\n结果：", intent: "unknown" },
    { text: "客户：刘先生 电话：13700004444 —— 这是小王的客户，@小王 你自己录一下", intent: "unknown" },
    { role: "manager", text: "大家本周周报记得周四下班前交", intent: "unknown" },
    { role: "manager", text: "小李，宏达那边的拜访记录你今天补一下", intent: "unknown" },
    { text: "【跟进】客户：赵主任 —— 这条我上午已经录过了，忽略", intent: "unknown" },
  ]);
});

describe("guests and staff with nothing to record, and complaints said without the word", () => {
  run([
    { role: "guest", text: "帮朋友问下，你们包厢最多坐几个人？", intent: "unknown" },
    { role: "guest", text: "昨天坐你们车的那位女士电话能给我吗？", intent: "unknown" },
    { role: "guest", text: "我报的瑜伽课是几点来着？", intent: "my_bookings" },
    { role: "guest", text: "我周日的预约刚才取消成功了吧？", intent: "my_bookings" },
    { role: "guest", text: "我原来约的周六的课，能换到下周一吗", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-23" } },
    { role: "guest", text: "窗帘送洗回来多了个口子，你们看怎么处理", intent: "log_complaint" },
    { role: "guest", text: "the tour was cancelled on your side and nobody even called us", intent: "log_complaint" },
    { text: "my cousin wants a room for Friday, I told him to call the front desk", intent: "unknown" },
    { text: "Friday prayers now, will call Omar Haddad after", intent: "unknown" },
    { text: "Kapoor Textiles signed, I already marked it won in the CRM yesterday", intent: "unknown" },
    { role: "manager", text: "Summer hours for the sales team: 8 to 4. please all stick to it", intent: "unknown" },
    { role: "manager", text: "great numbers this month team, proud of you", intent: "unknown" },
  ]);
});

describe("a template's labels and circled items say what each value is", () => {
  run([
    { text: "【跟进】 客户：Nina Park 方式：电话 内容：样品寄到了 下次跟进：下周一", intent: "log_followup", slots: { customer: "Nina Park", channel: "call", next_due: "2026-11-23" } },
    { text: "录一下新客户 ①东方医院后勤科 ②吴科长 ③医用手套 5万只 ④下周三前给报价", intent: "create_lead", slots: { name: "吴科长", product: "医用手套", quantity: 50000, next_due: "2026-11-25" } },
    { text: "新客户登记 ①名称：顺丰物流 ②联系人：钱主任 ③需求：叉车托盘", intent: "create_lead", slots: { company: "顺丰物流", name: "钱主任", product: "叉车托盘" } },
    { text: "明远律所的合同今天盖章回来了 一年8万", intent: "update_deal", slots: { customer: "明远律所", stage: "won", amount: 80000 } },
    { text: "日报\n今日拜访：童心幼儿园（新客户）园长马老师，要换课桌30张\n明日计划：给马老师发报价", intent: "create_lead", slots: { next_due: "2026-11-19" } },
  ]);
});

describe("standing bookings, money after the sale, and a contact's next step", () => {
  run([
    { role: "guest", text: "we'll skip our regular Tuesday lesson this week, sorry!", intent: "cancel_booking" },
    { role: "guest", text: "our usual Thursday lunch — can it be moved to Friday this week?", intent: "change_booking" },
    { role: "guest", text: "每周的那桌以后不用留了，帮我停掉", intent: "cancel_booking" },
    { role: "guest", text: "你们可以长期固定订房吗？比如每月一次", intent: "unknown" },
    { role: "guest", text: "could you email me a receipt for Sunday's lunch?", intent: "unknown" },
    { role: "guest", text: "周六晚上7点订一桌，6个人，要开发票", intent: "create_booking", slots: { party_size: 6, start: "2026-11-21T19:00" } },
    { role: "guest", text: "the refund came through this morning, thank you!", intent: "unknown" },
    { role: "guest", text: "I was charged $90 for a no-show but I cancelled the day before", intent: "log_complaint" },
    { text: "Birchwood deal should be $4,300 not $3,400", intent: "update_deal", slots: { customer: "Birchwood", amount: 4300 } },
    { text: "华美贸易的单子金额从5万调到4.5万", intent: "update_deal", slots: { amount: 45000 } },
    { text: "Lena's client Oakfield just paid, that one's hers not mine", intent: "unknown" },
    { text: "老王那个客户今天回款了30万，厉害👍", intent: "unknown" },
    { text: "昨天跟周总通话的记录我已经记了", intent: "unknown" },
    { text: "怎么在这里登记回款？", intent: "help" },
    { text: "Is Harbor Lane Bakery already in here? don't want a duplicate", intent: "lookup_customer", slots: { query: "Harbor Lane Bakery" } },
    { text: "跟远航的小林开了个短会，他们年会改到一月了，下周三再跟", intent: "log_followup", slots: { customer: "小林", next_due: "2026-11-25" } },
    { text: "今天接到电话，星辰科技的行政小吴想订包场做团建，预算6000，周五回复她", intent: "create_lead", slots: { company: "星辰科技" } },
    { role: "guest", text: "is my kayak tour still on for Saturday?", intent: "my_bookings" },
    { role: "guest", text: "we need to cancel the boat ride booked for Friday, sorry", intent: "cancel_booking", slots: { date: "2026-11-20" } },
  ]);
});
