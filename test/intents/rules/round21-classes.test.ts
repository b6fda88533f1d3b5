/**
 * Classes of language from blind-61/62/63 (round twenty), each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a full name drops its courtesy title; a surname alone keeps it", () => {
  run([
    { text: "记一下投诉：陈志强先生说房间空调太吵", intent: "log_complaint", slots: { customer: "陈志强" } },
    { text: "帮客人订个房：王桂兰阿姨，明天入住一晚，电话13800138000", intent: "create_booking", slots: { name: "王桂兰", phone: "13800138000" } },
    { text: "林淑芬女士生日是3月8号", intent: "update_customer", slots: { customer: "林淑芬", birthday: "03-08" } },
    { text: "王先生说菜太咸了", intent: "log_complaint", slots: { customer: "王先生" } },
    { text: "欧阳女士换号码了 13911112222", intent: "update_customer", slots: { customer: "欧阳女士", phone: "13911112222" } },
  ]);
});

describe("a head count changed from one number to another keeps the new one", () => {
  run([
    { text: "周六的订位 从3个人加到7个人", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", party_size: 7 } },
    { text: "明晚那桌人数从十位减到六位", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
  ]);
});

describe("a stay moved keeps the day out said with it", () => {
  run([
    { text: "My room for the 25th - could I arrive on the 26th instead? Leaving on the 29th as before.", role: "guest", intent: "change_booking", slots: { date: "2026-11-25", start: "2026-11-26", end: "2026-11-29" } },
    { text: "我订的25号那间房，想推迟到26号入住，退房还是29号", role: "guest", intent: "change_booking", slots: { date: "2026-11-25", start: "2026-11-26", end: "2026-11-29" } },
    { text: "Re my room on Thursday: we'll now be arriving Friday and staying till Sunday.", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-20", end: "2026-11-22" } },
  ]);
});

describe("a room type taken back, and a preference said by distance or floor", () => {
  run([
    { text: "订一间标间，周五入住，住两晚。不对，改成亲子房吧", role: "guest", intent: "create_booking", slots: { room_type: "亲子房", nights: 2 } },
    { text: "订个大床房，明天入住一晚，最好离楼梯远一点，楼层高一点", role: "guest", intent: "create_booking", slots: { preferences: ["远离楼梯", "高楼层"] } },
    { text: "table for 2 on Friday at 8, a quiet table if possible", role: "guest", intent: "create_booking", slots: { preferences: ["quiet table"] } },
  ]);
});

describe("a guest's matter already settled, a deposit asked after, points scoffed at, a plan dropped, a joke", () => {
  run([
    { text: "上次房间漏水的问题已经解决了，谢谢你们", role: "guest", intent: "unknown" },
    { text: "My complaint about the noise has been sorted, thank you so much", role: "guest", intent: "unknown" },
    { text: "I moved the booking over the phone already, no need to do anything", role: "guest", intent: "unknown" },
    { text: "经理问我要不要投诉，我说不用了，小事", role: "guest", intent: "unknown" },
    { text: "上次的问题已经解决了，但是今天浴室又没热水", role: "guest", intent: "log_complaint" },
    { text: "订桌需不需要先付定金？", role: "guest", intent: "unknown" },
    { text: "do I need to pay a deposit for the room?", role: "guest", intent: "unknown" },
    { text: "我老伴说你们积分都是忽悠人的", role: "guest", intent: "unknown" },
    { text: "本来想下周带孩子来住两晚，后来想想还是算了", role: "guest", intent: "unknown" },
    { text: "我明天那桌取消吧，不来了", role: "guest", intent: "cancel_booking" },
    { text: "What do you call a hotel for ghosts? A boo-tique hotel! My granddaughter told me that", role: "guest", intent: "unknown" },
  ]);
});

describe("a guest asking for all their bookings or points, whatever follows", () => {
  run([
    { text: "Could you tell me what reservations I have with you? I can't find the emails.", role: "guest", intent: "my_bookings" },
    { text: "How many points do I have? My daughter says they expire at the end of the year.", role: "guest", intent: "my_points" },
  ]);
});

describe("staff: a chance regretted, a plan dropped in Cantonese, weather, tasks asked in Cantonese", () => {
  run([
    { text: "早知道昨天就该给李总打个电话 唉", intent: "unknown" },
    { text: "本来想听日 call 黄生 不过算啦 唔打啦", intent: "unknown" },
    { text: "Storm again out west, couldn't install anything on site today", intent: "unknown" },
    { text: "今个月有咩 follow up 要做", intent: "list_tasks" },
  ]);
});

describe("leads: a lower-case name before a business, group buying, millions worth, events for a head count", () => {
  run([
    { text: "new prospect maria lopez from Sunrise Bakery wants 30 trays", intent: "create_lead", slots: { name: "maria lopez", company: "Sunrise Bakery", quantity: 30 } },
    { text: "新客户 张丽 华联超市 想团购三十台咖啡机", intent: "create_lead", slots: { name: "张丽", product: "咖啡机", quantity: 30 } },
    { text: "Lead: Ann Moore, Silverlake Controls, needs 2.5m worth of control valves", intent: "create_lead", slots: { company: "Silverlake Controls", product: "control valves", amount: 2500000 } },
    { text: "prospect Greg Hall from the Riverside Garden Guild wants a dinner for 45, budget $3,000", intent: "create_lead", slots: { company: "Riverside Garden Guild", product: "dinner", quantity: 45, amount: 3000 } },
    { text: "Please share contact details of Acme Distributors", intent: "lookup_customer", slots: { query: "Acme Distributors" } },
  ]);
});

describe("the person who speaks for a business; a visit said as leaving it; a name starting with 以", () => {
  run([
    { text: "华美口腔刘医生投诉上批牙线包装破了", intent: "log_complaint", slots: { customer: "刘医生" } },
    { text: "金凤酒楼的何老板说不做了，这单丢了", intent: "update_deal", slots: { customer: "何老板", stage: "lost" } },
    { text: "给银泰百货的吴经理发了报价 三万五", intent: "update_deal", slots: { customer: "银泰百货" } },
    { text: "Just left Harbour Vets. Dr Kim liked the samples, back next Tuesday", intent: "log_followup", slots: { channel: "visit" } },
    { text: "Left Tom a voicemail about the renewal", intent: "log_followup", slots: { channel: "call" } },
    { text: "今天拜访李以琳，她很满意", intent: "log_followup", slots: { customer: "李以琳", channel: "visit" } },
    { text: "下个季度初再跟进赵总", intent: "log_followup", slots: { customer: "赵总", next_due: "2027-01-01" } },
    { text: "Rain all day, met Mr Tan at his site, back tomorrow 9am", intent: "log_followup", slots: { customer: "Mr Tan" } },
    { text: "who's Dana Whitfield again? pull up her details", intent: "lookup_customer", slots: { query: "Dana Whitfield" } },
  ]);
});

describe("room service asked for is no booking; an English given name with a Chinese surname; a business's short name run into its person", () => {
  run([
    { text: "今晚的晚餐可以送到房间吗", role: "guest", intent: "unknown" },
    { text: "could you bring a kettle up to our room please", role: "guest", intent: "unknown" },
    { text: "送到房间的早餐是凉的，很失望", role: "guest", intent: "log_complaint" },
    { text: "Amy 林 from Bright Dental called, wants 6 chairs, follow up Fri", intent: "log_followup", slots: { customer: "Amy 林", next_due: "2026-11-20" } },
    { text: "Called 王 today, he wants 20 boxes", intent: "log_followup", slots: { channel: "call" } },
    { text: "鼎泰门窗钱工生日5月2号 不吃辣", intent: "update_customer", slots: { customer: "钱工", birthday: "05-02" } },
    { text: "今天见了刘洋和李总", intent: "log_followup", slots: { customer: "刘洋" } },
  ]);
});

describe("staff probes: an order confirmed, millions in local money, a role in brackets, overdue asked with 过期, a report's meeting grumbled about", () => {
  run([
    { text: "Thabo at Veld Catering confirmed the 25 gazebos, R210k", intent: "update_deal", slots: { stage: "won", amount: 210000 } },
    { text: "Chief Obi don pay for the inverters, 3.2m naira", intent: "update_deal", slots: { stage: "won", amount: 3200000 } },
    { text: "Meera Rao (Procurement, Wipro) wants 200 laptop bags", intent: "create_lead", slots: { name: "Meera Rao", company: "Wipro", quantity: 200 } },
    { text: "Tom confirmed the 3 pm demo for Friday", intent: "log_followup" },
    { text: "哪些回访过期了", role: "manager", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "这个月的业绩例会开得好长", role: "manager", intent: "unknown" },
    { text: "把上周的周报发我", role: "manager", intent: "summary", slots: { period: "last_week" } },
  ]);
});

describe("blind-65's classes: a colleague did it already, a call decided against, a deal wondered about, a laugh, flat hunting", () => {
  run([
    { text: "阿芳已经把鸿运的合同录进系统了 我就不重复录了", intent: "unknown" },
    { text: "陈总那边小刘上午已经跟进过了 我先不动", intent: "unknown" },
    { text: "想想还是先不去拜访刘总了，等他们预算下来再说", intent: "unknown" },
    { text: "李总那单说不定能成吧 看月底审批", intent: "unknown" },
    { text: "haha Dave asked if the tents come in pink. told him only for weddings", intent: "unknown" },
    { text: "哈哈哈王总说他家狗比他还挑食笑死我了", intent: "unknown" },
    { text: "我最近在看房 贝壳找房的小王说周日带我去看", intent: "unknown" },
    { text: "下周可能要去见张总 但还没决定带不带样品", intent: "unknown" },
    { text: "visited Harbour Foods today, not sure yet when to go back", intent: "log_followup", slots: { customer: "Harbour Foods", channel: "visit" } },
    { text: "Ken called Acme yesterday, I think, but I am not sure", intent: "unknown" },
  ]);
});

describe("blind-65's classes: titles, trades and stages of other trades and places", () => {
  run([
    { text: "今天跟远东物流陈协理开会 他们要比较报价", intent: "log_followup", slots: { customer: "陈协理", channel: "meeting" } },
    { text: "新名单 鼎新机电 王协理 想评估五台空压机", intent: "create_lead", slots: { name: "王协理", product: "空压机", quantity: 5 } },
    { text: "新客：沙田培英中学 何主任 想订200套运动服", intent: "create_lead", slots: { company: "沙田培英中学", quantity: 200 } },
    { text: "new lead: Ana Cruz of Cruz Bakeshop, wants 2 ovens, budget 1.8m", intent: "create_lead", slots: { company: "Cruz Bakeshop", amount: 1800000 } },
    { text: "lead - Dr. Rao, BrightSmile Dental Clinic Pune, needs 10 autoclaves", intent: "create_lead", slots: { company: "BrightSmile Dental Clinic", quantity: 10 } },
    { text: "鑫源口腔张女士来电话很生气说发票抬头开错了 登记个客诉", intent: "log_complaint", slots: { customer: "张女士" } },
    { text: "华侨中学那单校服倾到最后一步了，价钱还要拗", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "帮我新建个客户宏达物流的赵经理想买三台6米8的厢式货车", intent: "create_lead", slots: { company: "宏达物流", product: "厢式货车", quantity: 3 } },
    { text: "展会上加了个微信 做烘焙连锁的林总 说在找黄油的新供应商", intent: "create_lead", slots: { product: "黄油" } },
    { text: "下午去了林总那边聊了很久 明天微信上再跟", intent: "log_followup", slots: { channel: "visit" } },
  ]);
});

describe("blind-64's classes: managers talking about the numbers, the app, the boss's asks and their own targets", () => {
  run([
    { text: "Do we include refunds in the weekly sales numbers?", role: "manager", intent: "unknown" },
    { text: "我这个月的目标是拿下三家新酒店", role: "manager", intent: "unknown" },
    { text: "I'd prefer to get the monthly report on Fridays", role: "manager", intent: "unknown" },
    { text: "领导问我要本月的排名，还没弄，烦", role: "manager", intent: "unknown" },
    { text: "those figures can't be right, March looks far too high", role: "manager", intent: "unknown" },
    { text: "报表里的成交额是按签约日算还是按回款日算的？", role: "manager", intent: "unknown" },
    { text: "Weekly summary looks ok, no action needed", role: "manager", intent: "unknown" },
    { text: "the app is so slow this morning, can't load anything", role: "manager", intent: "unknown" },
    { text: "今年的指标是谁定的？", role: "manager", intent: "unknown" },
    { text: "本月的销售额多少", role: "manager", intent: "summary", slots: { period: "this_month" } },
  ]);
});

describe("blind-64's classes: reports for parts of a year, a month or a week, reps ranked, shorthand", () => {
  run([
    { text: "H1 numbers please", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-01-01", to: "2026-06-30" } },
    { text: "下半年的成交汇总", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-07-01", to: "2026-12-31" } },
    { text: "9月下旬的业绩", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-09-21", to: "2026-09-30" } },
    { text: "Summary for Tue and Wed this week", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-17", to: "2026-11-18" } },
    { text: "上周二到周四的数据", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-10", to: "2026-11-12" } },
    { text: "10号到今天的营收", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-10", to: "2026-11-18" } },
    { text: "本月各销售的排名列一下", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "rank the team by deals closed this mth", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "send me the MTD numbers", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Which clients spent the most this quarter?", role: "manager", intent: "top_customers", slots: { period: "this_quarter" } },
    { text: "重要客户金鼎酒楼投诉这批酒有破损", role: "manager", intent: "log_complaint", slots: { customer: "金鼎酒楼" } },
    { text: "Tan Sri Wong account status how?", role: "manager", intent: "lookup_customer", slots: { query: "Tan Sri Wong" } },
    { text: "金华酒店嘅客户资料搵俾我", role: "manager", intent: "lookup_customer", slots: { query: "金华酒店" } },
  ]);
});

describe("blind-66's classes: guests asking when they booked, how points work, a therapist's manners, rooms named by what they have", () => {
  run([
    { text: "我上次订的是哪天来着？忘了", role: "guest", intent: "my_bookings" },
    { text: "积分是怎么算的？满多少钱算一分", role: "guest", intent: "unknown" },
    { text: "会员点数会不会过期？", role: "guest", intent: "unknown" },
    { text: "the waiter was on his phone the whole dinner, really unprofessional", role: "guest", intent: "log_complaint" },
    { text: "我周五那桌能改成9个人吗，临时又来了几个同事", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 9 } },
    { text: "can we move our Nov 28 reservation from 7pm to 8:30pm?", role: "guest", intent: "change_booking", slots: { date: "2026-11-28", start: "2026-11-28T20:30" } },
    { text: "can we change Saturday's booking from 3 to 5 people?", role: "guest", intent: "change_booking", slots: { party_size: 5 } },
    { text: "想订下周六入住的私汤湯屋，住一晚，两个人", role: "guest", intent: "create_booking", slots: { room_type: "私汤湯屋", nights: 1 } },
    { text: "I'd like the room with a private pool for 3 nights from Dec 10", role: "guest", intent: "create_booking", slots: { room_type: "private pool", nights: 3 } },
    { text: "table for 4 tomorrow 7pm, we need a kids chair", role: "guest", intent: "create_booking", slots: { preferences: ["kids chair"] } },
    { text: "My manager might need a table on Friday, I'll confirm with her and revert", role: "guest", intent: "unknown" },
  ]);
});

describe("blind-66's classes: front desks passing messages and booking for guests at the counter", () => {
  run([
    { text: "收到，已经通知客人了，她说明天再来电", intent: "unknown" },
    { text: "前台代订：李先生，13700001111，明晚7点，6位，安排靠近窗户的桌", intent: "create_booking", slots: { name: "李先生", party_size: 6, preferences: ["靠近窗户"] } },
    { text: "Walk-in guest Ms. Rosa Diaz, 0917 555 1234, needs a double room tonight, 2 nights", intent: "create_booking", slots: { kind: "room", nights: 2, name: "Ms. Rosa Diaz" } },
  ]);
});

describe("blind-68's classes: a long day told before the one thing that matters", () => {
  run([
    { text: "今天真是累，早上送货堵在路上一个多小时，中午饭都没吃，下午还开了个没用的会……反正最主要的一件事：宏远终于签了，15万。", intent: "update_deal", slots: { customer: "宏远", stage: "won", amount: 150000 } },
    { text: "Long day, trains were a mess and the coffee machine died again. The one thing that actually matters: I emailed Tom Reid at Northgate Foods the new price list and he wants a follow-up on the 30th.", intent: "log_followup", slots: { customer: "Tom Reid", channel: "email", next_due: "2026-11-30" } },
    { text: "Bit of a ramble, the board pack is due and finance changed the template again, and the car park permits are a mess. What I actually need from you: who are our top 5 customers this year?", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 5 } },
    { text: "Exhausting expo, I must have handed out 300 flyers to people who only wanted the free pens. BUT — real lead: Dana Cole of Bright Bakes wants 40 cases of oat milk, dana@brightbakes.com", intent: "create_lead", slots: { name: "Dana Cole", company: "Bright Bakes", quantity: 40 } },
    { text: "Hello, we came to your restaurant last spring for my father's 70th and he still talks about the duck. This year he turns 75 and the whole family is flying in from Perth and Auckland, some of them we haven't seen in years. Could you book a table for 14 next Saturday at 7pm please?", role: "guest", intent: "create_booking", slots: { party_size: 14, start: "2026-11-28T19:00" } },
  ]);
});

describe("blind-68's classes: a long message that in the end asks or records nothing", () => {
  run([
    { text: "唉今天又被领导说了一顿，说我拜访量不够，我本来想解释一下，想想算了，说了也没用。晚上出去吃个饭吧", intent: "unknown" },
    { text: "今天腊八，公司煮了粥。下午本来想给华联超市的钱经理打个电话问问春节的订单，后来一想他们这周在盘库，肯定没空，算了", intent: "unknown" },
    { text: "Just sharing ah, passed by the old shop where I signed my first customer, the auntie still remembers me", intent: "unknown" },
    { text: "Just wanted to share, we had the best time in Bali last month, the kids still talk about it!", role: "guest", intent: "unknown" },
    { text: "诶小林，问你一下，上次那个做烘焙的客户你后来联系了吗？不急", intent: "unknown" },
    { text: "We were going to book a weekend with you but it's going to rain all week, so we'll give it a miss this time", role: "guest", intent: "unknown" },
    { text: "Honestly this job will kill me. Waited three hours at a client's office and nobody even offered water. Let me sleep.", intent: "unknown" },
    { text: "Team, I just want to say thank you for this year. Special shoutout to Mei for the hotel deals. Enjoy the break!", role: "manager", intent: "unknown" },
  ]);
});

describe("blind-67's classes: short, lower-case and abbreviated messages", () => {
  run([
    { text: "ahmad trading in negotiation now RM 12k", intent: "update_deal", slots: { customer: "ahmad trading", stage: "negotiation", amount: 12000 } },
    { text: "patel foods proposal sent ₹3L", intent: "update_deal", slots: { customer: "patel foods", stage: "proposal", amount: 300000 } },
    { text: "chen & sons 签了 5万", intent: "update_deal", slots: { customer: "chen & sons", stage: "won", amount: 50000 } },
    { text: "murphy bakery lost 😞", intent: "update_deal", slots: { customer: "murphy bakery", stage: "lost" } },
    { text: "yday numbers pls", role: "manager", intent: "summary", slots: { period: "yesterday" } },
    { text: "top3 accounts this yr", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 3 } },
    { text: "need a twin room nxt sat 1 night", role: "guest", intent: "create_booking", slots: { start: "2026-11-28", nights: 1 } },
    { text: "table for 2 fri 8pm, anna lee 0412 345 678", role: "guest", intent: "create_booking", slots: { name: "anna lee", phone: "0412345678" } },
    { text: "周六的改到周日", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
    { text: "when is tom baker's reservation", role: "guest", intent: "unknown" },
    { text: "5号到10号汇总", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-05", to: "2026-11-10" } },
    { text: "20号到25号的业绩", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-10-20", to: "2026-10-25" } },
  ]);
});

describe("a day said twice, the second time with its hour; a time of day opening a sentence is no one's name", () => {
  run([
    { text: "这周六刚好是我妈生日，想给她个惊喜。所以想订这周六晚上七点半，四位", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T19:30", party_size: 4 } },
    { text: "Afternoon I visited Mr Goh from Lucky Seafood, he liked the samples, going back next Tuesday", intent: "log_followup", slots: { customer: "Mr Goh", channel: "visit" } },
  ]);
});

describe("an ask at the end of a long story that points back keeps the story", () => {
  run([
    { text: "Good morning! So we have our reservation for this Friday, 4 pax, for my parents' anniversary. But my brother's flight got delayed and he only lands on Saturday morning, and we really want him there. Can we move it to Saturday, same time?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
  ]);
});

describe("more turns to the point in a long message, and asks that end one", () => {
  run([
    { text: "早上开会，老板又在说竞争对手打价格战，问我们怎么办，我也没底。我想先看看数字再说：把本月到目前为止的汇总发我", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Quiet day at the markets, sold a few jars, had a pie for lunch. One new one for the pipeline: Liam Ward, he runs Corner Pantry in Carlton, after 20 cases of our honey, liam@cornerpantry.com.au", intent: "create_lead", slots: { name: "Liam Ward", quantity: 20 } },
    { text: "Long morning, the train broke down and the coffee was cold. In between all that I finally got Dana Price from Harbour Foods on the phone and she wants the new price list, call her back Friday.", intent: "log_followup", slots: { customer: "Dana Price", channel: "call" } },
    { text: "I was just made regional manager last week after Tom left, and I've inherited this bot too. Nobody has shown me anything and the manual is somewhere on the drive. So before I break anything, what can this actually do for me?", role: "manager", intent: "help" },
    { text: "国庆出来玩订了好多酒店餐厅，我老公又另外订了几个，现在乱成一团，都不记得在你们这边订了什么。麻烦帮我查一下我在你们这的所有预订，谢谢", role: "guest", intent: "my_bookings" },
    { text: "Good morning all. At last night's dinner a gentleman from Mehta Textiles told me they've been with us for ten years and their account manager changed twice since Diwali. I didn't even know the name. Pull up whatever we have on Mehta Textiles before I call them.", role: "manager", intent: "lookup_customer", slots: { query: "Mehta Textiles" } },
  ]);
});

describe("a long message whose closing words are no fresh ask keeps its whole reading", () => {
  run([
    { text: "Hello, we would like a room from the 20th to the 23rd please, twin beds, and a high chair for our little one as she is only two. Thank you kindly.", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-20", end: "2026-11-23" } },
    { text: "Priya Shah gave me her new mobile this morning, it's 415-555-0134, the old one was her office line apparently, which explains a lot. Can you update that", intent: "update_customer", slots: { customer: "Priya Shah", phone: "4155550134" } },
  ]);
});

describe("a guest's own name and party said inside a story; a front desk booking for her", () => {
  run([
    { text: "Could I book a queen room for my dad from Dec 2 to Dec 5? One guest. Name's Robert Hale.", role: "guest", intent: "create_booking", slots: { party_size: 1, name: "Robert Hale" } },
    { text: "想帮我和我老公订一间大床房，下周五入住，住一晚", role: "guest", intent: "create_booking", slots: { party_size: 2, nights: 1 } },
    { text: "你好，我係 Karen，想 book 下個禮拜六入住，住兩晚，兩位", role: "guest", intent: "create_booking", slots: { name: "Karen", nights: 2 } },
    { text: "柜台这边帮客人订一下。刚刚有位陈小姐在柜台问了很久，先问有没有宠物友善房，又问停车场限高，最后说下周带父母来看病。帮她订一间双人房，12月6号入住，住两晚，她叫陈雅琪，手机0933216547", intent: "create_booking", slots: { room_type: "双人房", name: "陈雅琪" } },
    { text: "Please book one sea-facing suite for 2 nights from Dec 20, two adults, and some flower decoration if possible", role: "guest", intent: "create_booking", slots: { preferences: ["sea-facing", "flower decoration"] } },
  ]);
});
