/**
 * Classes of language learnt in round twenty-nine, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("Southeast Asian sums, honorifics and word order", () => {
  run([
    { text: "lead mới: chị Lan, Highlands Coffee Q3, 0912 345 678, budget 120tr", intent: "create_lead", slots: { amount: 120_000_000 } },
    { text: "Kopi Kenangan closed, won 75jt", intent: "update_deal", slots: { stage: "won", amount: 75_000_000 } },
    { text: "P'Nok numbers last month", role: "manager", intent: "summary", slots: { period: "last_month", person: "P'Nok" } },
    { text: "Overall sales this month", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "who I should ring today ka", intent: "list_tasks", slots: { period: "today" } },
    { text: "went to Pak Hendra workshop yesterday, he want try the compressor, next visit 25/11", intent: "log_followup", slots: { customer: "Pak Hendra", channel: "visit", next_due: "2026-11-25" } },
    { text: "new lead: Khun Mali, Baan Suan Resort, requested quotation for pool pumps 4 units", intent: "create_lead", slots: { product: "pool pumps", quantity: 4 } },
  ]);
});

describe("let down with no word for the fault is a complaint", () => {
  run([
    { text: "our massage began forty minutes late and no one even said sorry", role: "guest", intent: "log_complaint" },
    { text: "the scooter we hired conked out after five minutes", role: "guest", intent: "log_complaint" },
    { text: "my phone battery is almost dead so text me the confirmation", role: "guest", intent: "unknown" },
  ]);
});

describe("asked on a condition, meant then doubted, someone else's points: nothing booked or read", () => {
  run([
    { text: "要是我们晚上十一点才到，还能办入住吗", role: "guest", intent: "unknown" },
    { text: "if we bring our cat can we still stay in the cabin?", role: "guest", intent: "unknown" },
    { text: "we were going to reserve for Saturday but probably not, will confirm", role: "guest", intent: "unknown" },
    { text: "帮我把我朋友的积分转到我账户上", role: "guest", intent: "unknown" },
    { text: "我还有多少积分？", role: "guest", intent: "my_points" },
    { text: "下午想去见几个老客户，还没想好见谁", intent: "unknown" },
    { text: "does the app remind customers automatically before their appointment?", intent: "unknown" },
    { text: "怎么用这个机器人", intent: "help" },
  ]);
});

describe("counted craft and a word that starts with a surname", () => {
  run([
    { text: "新客户：海岸俱乐部的孟总，想租3艘帆船办团建，预算5万", intent: "create_lead", slots: { quantity: 3, amount: 50_000 } },
    { text: "微信把游船的照片发给孟总了", intent: "log_followup", slots: { customer: "孟总" } },
  ]);
});

describe("long messages: a forwarded chat, a pasted email or a voice note, with the writer's ask beside it", () => {
  run([
    {
      text: "转发群里的聊天：\n【阿强】：我表哥开了家茶餐厅，想换个冻柜供应商\n【我】：可以啊\n【阿强】：他叫邓志华，店叫华记茶餐厅，电话13712345678\n——\n帮我建个新线索，邓志华，华记茶餐厅，要冻柜",
      intent: "create_lead",
      slots: { name: "邓志华", company: "华记茶餐厅", phone: "13712345678" },
    },
    {
      text: "转发：\n钱姐：小刘，我跳槽到宏达物流了\n我：恭喜！\n——\n把钱慧的公司改一下",
      intent: "update_customer",
      slots: { customer: "钱慧", company: "宏达物流" },
    },
    {
      text: "Pasting the email from Owen:\n\nHi Sam,\nHappy to confirm Bayside Pharmacy will take the 24-month contract at $9,600.\nBest regards,\nOwen Price\nOperations Lead\n\nPlease mark Bayside Pharmacy as won.",
      intent: "update_deal",
      slots: { customer: "Bayside Pharmacy", stage: "won", amount: 9600 },
    },
    {
      text: "Please add this enquiry as a new lead:\n\nHello,\n\nWe run two gyms in Leeds and need 40 rowing machines for the spring refit.\n\nKind regards,\nHannah Price\nOperations Manager, Peak Fitness\nhannah@peakfitness.co.uk",
      intent: "create_lead",
      slots: { name: "Hannah Price", email: "hannah@peakfitness.co.uk", quantity: 40 },
    },
    {
      text: "Voice memo: hey it's me, traffic is a nightmare. Right, so I met a guy at the trade show, Leo Park, he owns Park Bakery. They need 30 sacks of flour. His number is 0411 222 333. Add him as a new lead.",
      intent: "create_lead",
      slots: { name: "Leo Park", phone: "0411222333", quantity: 30 },
    },
    { text: "Recap of this morning's call with Dana Fox at Northwind:\n- pricing ok\n- legal review pending\nFollow up Monday.", intent: "log_followup", slots: { customer: "Dana Fox", next_due: "2026-11-23" } },
    { text: "my son wants to spend our points at the spa, so what's my points balance?", role: "guest", intent: "my_points" },
    { text: "新线索：海天会务的孙总，看中了我们的定制雨伞，大约500把", intent: "create_lead", slots: { product: "定制雨伞", quantity: 500 } },
  ]);
});

describe("long messages: the story before an ask that points back at it, and questions that book nothing", () => {
  run([
    { text: "唉今天真是累，跑了三个地方。说回正经的，恒达物流那个单子磨了一个多月，今天总算签了，金额十二万。你帮我把状态改一下。", intent: "update_deal", slots: { customer: "恒达物流", stage: "won", amount: 120_000 } },
    { text: "刚从批发市场回来，停车排了半小时队，哎。今天碰到一家做烘焙连锁的，叫麦田坊，老板姓吴，吴总，他们要换黄油供应商，一个月大概两百箱，电话13611112222。帮我建一下。", intent: "create_lead", slots: { name: "吴总", company: "麦田坊", quantity: 200, phone: "13611112222" } },
    { text: "finally reached Mr. Okafor at Lagos Grill on the phone after four tries, the line kept dropping, anyway, he said the samples were fine and to call back next Monday. Log that please.", intent: "log_followup", slots: { customer: "Mr. Okafor", channel: "call", next_due: "2026-11-23" } },
    { text: "Printer is jammed again, lovely. Anyway, could you send me a summary of how the team did this month? Need it for the all-hands.", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Hey, busy week, the dog is at the vet and I'm on my own. What's on my callback list for today?", intent: "list_tasks", slots: { period: "today" } },
    { text: "Client dinner tomorrow with people from Harlow Freight. Give me a rundown of Harlow Freight, please.", role: "manager", intent: "lookup_customer", slots: { query: "Harlow Freight" } },
    { text: "Give me a rundown of Priya's month so far", role: "manager", intent: "summary", slots: { period: "this_month", person: "Priya" } },
    { text: "Pasting Tom's new email signature:\n\nTom Baker\nBuyer | Coastline Foods\ntom.baker@coastline.com\n\nPlease update his email.", intent: "update_customer", slots: { email: "tom.baker@coastline.com" } },
    { text: "Hypothetically, if we dropped the minimum order, which accounts would order more? Not asking for numbers.", role: "manager", intent: "unknown" },
    { text: "请问你们的游泳池几点开门？我们月底入住，先了解一下。", role: "guest", intent: "unknown" },
    { text: "We were about to cancel Friday's table because of the rain, but the forecast cleared, so please don't cancel. See you then!", role: "guest", intent: "unknown" },
  ]);
});

describe("a booking after it is made: something else cancelled, a cancelling told or regretted, a change asked of what is held", () => {
  run([
    { text: "please cancel the laundry pickup for room 508, we'll do it ourselves", role: "guest", intent: "unknown" },
    { text: "cancel my Grab ride, my friend is driving us", role: "guest", intent: "unknown" },
    { text: "我们的高铁取消了，只能明天再走了", role: "guest", intent: "unknown" },
    { text: "高铁取消了，今晚的房间也取消吧", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-18" } },
    { text: "抱歉上周临时取消了，下次一定早点说", role: "guest", intent: "unknown" },
    { text: "I'll get my secretary to ring you later to cancel Thursday's lunch", role: "guest", intent: "unknown" },
    { text: "提前入住一般怎么收费？", role: "guest", intent: "unknown" },
    { text: "我在美团上订的写着随时退，你们这边认吗", role: "guest", intent: "unknown" },
    { text: "if we switch to a suite would the rate change much?", role: "guest", intent: "unknown" },
    { text: "上回取消被扣了300块，明明提前说了，太不合理了", role: "guest", intent: "log_complaint" },
    { text: "在这里能直接取消订单吗？还是要打电话", role: "guest", intent: "help" },
    { text: "Could I swap my double room for a twin? The booking is for Friday.", role: "guest", intent: "change_booking", slots: { date: "2026-11-20" } },
    { text: "two more friends joining tomorrow night, it'll be 6 of us now", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "Can we push check-in to Saturday? We're booked from Friday.", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { text: "what dates do we still have after all that?", role: "guest", intent: "my_bookings" },
    { text: "3月那个取消以后，我还有哪些预订？", role: "guest", intent: "my_bookings" },
    { text: "806房李女士来电说明天的房间不要了，已经帮她取消", intent: "log_followup", slots: { customer: "李女士", channel: "call" } },
  ]);
});

describe("traditional-character and Taiwanese turns", () => {
  run([
    { text: "我禮拜五的訂位可以改禮拜六嗎？", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { text: "我明晚那桌想再加兩個人，變 8 位", role: "guest", intent: "change_booking", slots: { party_size: 8 } },
    { text: "我的訂房是下禮拜一對吧？", role: "guest", intent: "my_bookings" },
    { text: "想說過年要不要帶爸媽去住，還在跟我姐商量", role: "guest", intent: "unknown" },
    { text: "請問下雨天取消訂位會扣錢嗎？", role: "guest", intent: "unknown" },
    { text: "大發五金那筆飛了，他們找到更便宜的供應商", intent: "update_deal", slots: { stage: "lost" } },
    { text: "陳老闆真的很會砍價耶", intent: "unknown" },
    { text: "福記麵館最近狀況如何？", intent: "lookup_customer", slots: { query: "福記麵館" } },
    { text: "去找王小姐 她剛好不在，店員說禮拜五再來", intent: "log_followup", slots: { customer: "王小姐", channel: "visit" } },
    { text: "順興超市反應這批貨的箱子壓壞了，超不爽", intent: "log_complaint", slots: { customer: "順興超市" } },
    { text: "有哪些客戶放太久沒聯絡？", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "幫同事阿凱建個名單：海風旅店 蔡協理 0912-345-678，要 20 箱礦泉水", intent: "create_lead", slots: { name: "蔡協理", company: "海風旅店", quantity: 20 } },
    { text: "今天在展場認識了福記麵館的王老闆，對我們家的辣椒醬蠻有興趣的", intent: "create_lead", slots: { company: "福記麵館", product: "辣椒醬" } },
    { text: "下午要去見周總談合約，好緊張喔", intent: "unknown" },
  ]);
});

describe("British and Irish English", () => {
  run([
    { text: "Met Aoife Byrne at the Galway show, chase her a fortnight on Friday", intent: "log_followup", slots: { customer: "Aoife Byrne", next_due: "2026-12-04" } },
    { text: "called Ciaran, ring him again a week on Monday", intent: "log_followup", slots: { customer: "Ciaran", next_due: "2026-11-30" } },
    { text: "Just off the phone with Rory Walsh. Ring him back Thursday", intent: "log_followup", slots: { customer: "Rory Walsh" } },
    { text: "Room for 2 nights from 21/11 please, twin room. Emily Fleming, 07700 900123", role: "guest", intent: "create_booking", slots: { name: "Emily Fleming", phone: "07700900123" } },
    { text: "Grand stay but the pillows were like sleeping on a rock", role: "guest", intent: "log_complaint" },
    { text: "Change of plan, can we make it 4 nights instead of 3?", role: "guest", intent: "change_booking" },
    { text: "Booked a twin for the 28th, any chance of moving it to the 29th?", role: "guest", intent: "change_booking", slots: { start: "2026-11-29" } },
    { text: "What time did we book the table for on Saturday? Can't remember", role: "guest", intent: "my_bookings" },
    { text: "The Kestrel Inn is a done deal, £9k", intent: "update_deal", slots: { stage: "won", amount: 9000 } },
    { text: "The email we have for Declan is out of date, I'll get the new one off him Monday", intent: "unknown" },
  ]);
});

describe("an ordinary month at ten more businesses", () => {
  run([
    { text: "monthly roundup please", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "保洁阿姨这周已经迟到四次了，希望酒店重视一下", role: "guest", intent: "log_complaint" },
    { text: "the heating in the meeting room has been blasting all day, we're melting", role: "guest", intent: "log_complaint" },
    { text: "洗完澡回来猫咪腿上被剪破了一小块，你们怎么弄的", role: "guest", intent: "log_complaint" },
    { text: "what dates did we book again? lost the email", role: "guest", intent: "my_bookings" },
    { text: "我下次约的是几点来着", role: "guest", intent: "my_bookings" },
    { text: "Harbor Dental approved the whitening promo order, 6.4k", intent: "update_deal", slots: { stage: "won", amount: 6400 } },
    { text: "Bistro Vela is a go, 20 cases, $3,900", intent: "update_deal", slots: { stage: "won", amount: 3900 } },
    { text: "刘姐那边的团建包场谈妥了，定金已付，总共6万", intent: "update_deal", slots: { stage: "won", amount: 60_000 } },
    { text: "有家长问暑假班能不能先占位，咱们有啥规定没？", intent: "unknown" },
    { text: "could we bump our cake tasting from the 20th to the 27th?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-27" } },
    { text: "Dana pushed our call tomorrow to Monday, she's stuck in meetings", intent: "log_followup", slots: { customer: "Dana" } },
    { text: "site walk at Riverside Mall done, chillers are shot, quote out by Monday", intent: "log_followup", slots: { channel: "visit" } },
    { text: "do you deliver to Kowloon?", role: "guest", intent: "unknown" },
  ]);
});

describe("a first week with the bot, and another ordinary month", () => {
  run([
    { text: "客户信息要按什么格式写？有没有模板吗", intent: "help" },
    { text: "想看这周的排行，应该发什么指令？", role: "manager", intent: "help" },
    { text: "how does booking work in this chat, do I just type book?", role: "guest", intent: "help" },
    { text: "我的钉钉账号怎么绑定？密码忘了", intent: "unknown" },
    { text: "Can the bot email me the monthly summary automatically on the 1st?", role: "manager", intent: "unknown" },
    { text: "I booked on Expedia already, do I need to book again here?", role: "guest", intent: "unknown" },
    { text: "Priya reckons this bot is way better than our old CRM lol", intent: "unknown" },
    { text: "who else is staying on our floor this weekend? want to say hi", role: "guest", intent: "unknown" },
    { text: "The movers you sent left mud all over our new carpet", role: "guest", intent: "log_complaint" },
    { text: "教练上课老是迟到，这个月已经第三次了", role: "guest", intent: "log_complaint" },
    { text: "哈哈，小刘又迟到了", intent: "unknown" },
    { text: "is our Friday table still on? no changes, just checking", role: "guest", intent: "my_bookings" },
    { text: "the Harriers won the grand final last night, Dave at Harrier Sports is over the moon", intent: "unknown" },
    { text: "did we ever work with Pinecrest Hotels before?", intent: "lookup_customer", slots: { query: "Pinecrest Hotels" } },
    { text: "New lead: Lakeside Accountancy want a logo refresh, contact is Maria Costa, maria@lakeside.com", intent: "create_lead", slots: { name: "Maria Costa", company: "Lakeside Accountancy" } },
    { text: "有个公司年会的单子：海川科技 行政周敏 13512345678，预算三万", intent: "create_lead", slots: { company: "海川科技", name: "周敏" } },
    { text: "王总说下回来会提前订包间", intent: "unknown" },
  ]);
});

describe("formal writers and returning customers", () => {
  run([
    { text: "李建华主任已调任至华东医院，烦请更新其单位信息。", intent: "update_customer", slots: { customer: "李建华主任", company: "华东医院" } },
    { text: "各位同仁：本月大家表现优异，特此致谢！", role: "manager", intent: "unknown" },
    { text: "烦请问一下，如果取消预订的话会收取费用吗？", role: "guest", intent: "unknown" },
    { text: "Should our train be delayed, could we push the arrival by a day? I shall confirm.", role: "guest", intent: "unknown" },
    { text: "Please be advised that our party for Friday's dinner will now be 6 rather than 8.", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "今日拜会了华商会的陈会长，他们春节想订茶叶礼盒300盒，烦请建档。", intent: "create_lead", slots: { quantity: 300 } },
    { text: "帮我看看我们上次住的是什么房型", role: "guest", intent: "my_bookings" },
    { text: "can you pull up my past bookings? can't remember which room we had", role: "guest", intent: "my_bookings" },
    { text: "恒达那单小王已经跟进了，不用我管", intent: "unknown" },
    { text: "came for our usual Friday dinner and nobody could find our booking", role: "guest", intent: "log_complaint" },
    { text: "去年的协议价今年还能用吗", role: "guest", intent: "unknown" },
    { text: "Green Basket confirmed the repeat veg box order, 120 boxes, $4,200", intent: "update_deal", slots: { stage: "won", amount: 4200 } },
  ]);
});
