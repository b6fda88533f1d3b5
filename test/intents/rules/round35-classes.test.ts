/**
 * Classes of language learnt in round thirty-four, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("goods or a service that let the guest down, told without the word complaint", () => {
  run([
    { role: "guest", text: "the dress I picked up on Friday has a big stain down the front nobody pointed out", intent: "log_complaint" },
    { role: "guest", text: "the harness I hired had a frayed strap, felt pretty unsafe", intent: "log_complaint" },
    { role: "guest", text: "the gardener skipped the back lawn and packed up at 2 instead of 4", intent: "log_complaint" },
    { role: "guest", text: "昨天的瑜伽课教练迟到半小时，课也没上完，给个说法吧", intent: "log_complaint" },
    { role: "guest", text: "we'll be 20 minutes late tonight, sorry!", intent: "change_booking" },
    { role: "guest", text: "我们会迟到二十分钟", intent: "change_booking" },
    { role: "guest", text: "can we come at 8 instead of 7?", intent: "change_booking" },
  ]);
});

describe("a change asked for after nothing is to be cancelled", () => {
  run([
    { role: "guest", text: "don't cancel anything, but can we go from 6 to 4 people on Friday?", intent: "change_booking", slots: { date: "2026-11-20", party_size: 4 } },
    { role: "guest", text: "先不取消，不过人数改成3个", intent: "change_booking", slots: { party_size: 3 } },
    { role: "guest", text: "don't change anything, it's fine as it is", intent: "unknown" },
    { role: "guest", text: "change from 4 to 6 guests tomorrow", intent: "change_booking", slots: { date: "2026-11-19", party_size: 6 } },
  ]);
});

describe("a deal named by what was sold, or paid on", () => {
  run([
    { text: "恒达那30箱谈下来了，一共4万2", intent: "update_deal", slots: { customer: "恒达", stage: "won", amount: 42000 } },
    { text: "宏远这批货谈下来了", intent: "update_deal", slots: { customer: "宏远", stage: "won" } },
    { text: "Kowalski reunion – deposit's in, $3,200 total", intent: "update_deal", slots: { stage: "won", amount: 3200 } },
    { text: "boss, the deposit from Blue Reef in or not?", intent: "unknown" },
  ]);
});

describe("someone introduced with their company, wanting goods, with only a visit to come", () => {
  run([
    { text: "鼎丰超市的周经理想换40台冷柜，下周一上门谈", intent: "create_lead", slots: { name: "周经理", company: "鼎丰超市", quantity: 40, next_due: "2026-11-23" } },
    { text: "跟鼎丰超市周经理开了个会，他们想分三批进货，下周一再碰", intent: "log_followup", slots: { customer: "周经理", next_due: "2026-11-23" } },
    { text: "在这里面怎么记录一条回访？", intent: "help" },
    { text: "老客户张姐介绍了个客户：青禾茶社的林芳，要订30盒白茶，13800138000", intent: "create_lead", slots: { name: "林芳", company: "青禾茶社", quantity: 30 } },
    { text: "有没有拖着好久没联系的客户？", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("where a guest would like to sit, and what they would like the room to have", () => {
  run([
    { role: "guest", text: "table for 4 on Friday at 8, anywhere near the band would be great", intent: "create_booking", slots: { party_size: 4, preferences: ["near the band"] } },
    { role: "guest", text: "想订周五的一间家庭房，住两晚，最好带阳台", intent: "create_booking", slots: { preferences: ["阳台"] } },
    { role: "guest", text: "table for 2 tomorrow at 7? somewhere away from the TV if possible", intent: "create_booking", slots: { party_size: 2, preferences: ["away from the TV"] } },
    { role: "guest", text: "could we get 3 seats at the sushi counter tomorrow at 7pm?", intent: "create_booking", slots: { party_size: 3 } },
  ]);
});

describe("one thing refused and another asked in its place", () => {
  run([
    { role: "guest", text: "not moving thursday — cancel the friday one please", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "订了两桌，周五那桌不用退，退周六那桌", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { role: "guest", text: "我不是要改人数，是整个取消，明晚那桌", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { role: "guest", text: "周六那间房不退了，之前说取消的那个作废", intent: "unknown" },
    { role: "guest", text: "not cancelling friday — but can we go from 4 to 6 people?", intent: "change_booking", slots: { date: "2026-11-20", party_size: 6 } },
    { role: "guest", text: "not cancelling, just running 15 min late — pls hold the table!", intent: "unknown" },
    { role: "guest", text: "不是要取消，就想问问取消要扣钱吗", intent: "unknown" },
    { role: "guest", text: "帮我取消周五的订位，哦不对，不要取消，改到周六晚上8点", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T20:00" } },
    { role: "guest", text: "周五的包间，人数不是8个了，改10个", intent: "change_booking", slots: { date: "2026-11-20", party_size: 10 } },
    { role: "guest", text: "we're not 3, we're actually 5 – could you update the booking for Friday?", intent: "change_booking", slots: { party_size: 5 } },
  ]);
});

describe("whether a booking or a record still stands, asked", () => {
  run([
    { role: "guest", text: "Did we already cancel the Saturday lunch or is it still there?", intent: "my_bookings" },
    { role: "guest", text: "我明天那桌还在吗？别是给我取消了吧", intent: "my_bookings" },
    { text: "did I already add Mei Lin as a lead? pull her up", intent: "lookup_customer" },
    { text: "我之前是不是录过一个叫Kevin的？做咖啡的那个", intent: "lookup_customer", slots: { query: "Kevin" } },
    { text: "昨天那个线索是不是已经录过了 我记得小王录了", intent: "unknown" },
    { role: "manager", text: "Has anyone called Redwood Clinic back? what's the status", intent: "lookup_customer", slots: { query: "Redwood Clinic" } },
    { role: "manager", text: "Is there a way to see the top 10 customers this month?", intent: "top_customers", slots: { limit: 10, period: "this_month" } },
    { role: "manager", text: "小陈是不是这周一单都没签？", intent: "summary", slots: { period: "this_week", person: "小陈" } },
  ]);
});

describe("a stage denied, and the one set in its place", () => {
  run([
    { role: "manager", text: "Harbor Mills isn't lost, they rang back — put it back to negotiation at 30k", intent: "update_deal", slots: { customer: "Harbor Mills", stage: "negotiation", amount: 30000 } },
    { text: "谁说黄了？恒通那单还在谈，别标成输单，改回谈判阶段", intent: "update_deal", slots: { customer: "恒通", stage: "negotiation" } },
    { text: "李总那单不是没戏，是他们要过完年再说，记一下，2月10号再联系", intent: "log_followup", slots: { customer: "李总", next_due: "2027-02-10" } },
    { text: "not a new lead – Grace Park is already in there. just log that I emailed her, chase Friday", intent: "log_followup", slots: { customer: "Grace Park", next_due: "2026-11-20" } },
  ]);
});

describe("a customer moved up or down a tier, and segment words that rank no one", () => {
  run([
    { role: "manager", text: "mark Harbor Grill as VIP", intent: "update_customer", slots: { customer: "Harbor Grill" } },
    { role: "manager", text: "把周总升级成VIP", intent: "update_customer", slots: { customer: "周总" } },
    { role: "manager", text: "孙老板今年才买了三万，降成普通客户吧", intent: "update_customer", slots: { customer: "孙老板" } },
    { role: "manager", text: "downgrade Bluebird Bakery from Gold to Silver", intent: "update_customer", slots: { customer: "Bluebird Bakery" } },
    { text: "met Mr Tan at the lounge, he'll upgrade to gold if we waive the fee. revert by Friday", intent: "log_followup" },
    { text: "Crestview Dental moved to negotiation, they want VIP rates", intent: "update_deal", slots: { customer: "Crestview Dental", stage: "negotiation" } },
    { text: "刚给VIP客户赵总打完电话，他对新款茶具很感兴趣，说下周五来店里看看", intent: "log_followup", slots: { customer: "赵总", next_due: "2026-11-27" } },
    { text: "潜在大客户：万豪酒店的钱经理，要500份月饼礼盒，下周一回访", intent: "create_lead", slots: { name: "钱经理", company: "万豪酒店", quantity: 500 } },
    { role: "manager", text: "great work on the VIP renewals this quarter, team 🎉", intent: "unknown" },
    { role: "manager", text: "thanks, that VIP list is just what I needed", intent: "unknown" },
    { role: "manager", text: "最近在看一篇讲二八法则的文章，挺有意思", intent: "unknown" },
    { role: "manager", text: "who are our VIPs this year?", intent: "top_customers" },
    { role: "guest", text: "which members have the most points? just curious", intent: "unknown" },
    { role: "guest", text: "我的积分被清零了，没有任何通知，太过分了", intent: "log_complaint" },
  ]);
});

describe("Australian and New Zealand English", () => {
  run([
    { text: "walk-in from Shazza who runs the bottle-o on Beach Rd, reckons they'd take 40 cases of pale ale a month. no surname sorry, 0412 345 678", intent: "create_lead", slots: { name: "Shazza", phone: "0412345678", quantity: 40, product: "pale ale" } },
    { text: "new lead Tom Briggs 13912345678, oops typo, 13912345687", intent: "create_lead", slots: { phone: "13912345687" } },
    { role: "guest", text: "Sorry can we bump our dinner booking back an hour?", intent: "change_booking" },
    { role: "guest", text: "table for 8 on Saturday at 1pm. Any chance of the patio?", intent: "create_booking", slots: { party_size: 8, preferences: ["patio"] } },
    { role: "guest", text: "Need a room for tonight, just the two of us. Something with a balcony", intent: "create_booking", slots: { preferences: ["balcony"] } },
    { role: "guest", text: "have you got a twin with a view for 2 nights from Friday?", intent: "create_booking", slots: { preferences: ["view"] } },
  ]);
});

describe("sarcasm, venting and irony around real records", () => {
  run([
    { text: "好家伙，刘总又放我们鸽子了，改到下周一吧", intent: "log_followup", slots: { customer: "刘总", next_due: "2026-11-23" } },
    { text: "great, Mrs Okafor stood us up again 🙃 push it to Thursday", intent: "log_followup", slots: { next_due: "2026-11-19" } },
    { text: "唉，又黄了一单，心累", intent: "unknown" },
    { text: "新客户？不是，是老朋友孙总又来砍价了 查下他上次的成交记录", intent: "lookup_customer", slots: { query: "孙总" } },
    { text: "not marking Redfern as won until the PO lands. what does their record say?", intent: "lookup_customer", slots: { query: "Redfern" } },
    { role: "manager", text: "谁把华联超市的电话改成12345了？？站出来", intent: "unknown" },
    { role: "manager", text: "老板让我周五前交年度总结，头大", intent: "unknown" },
    { role: "manager", text: "Copper Kettle just rang me — half the glasses in their order arrived shattered. log it", intent: "log_complaint" },
    { role: "manager", text: "met the owner of Ridgeview Farm at the expo, Dana Cole. put her in as a lead, someone else will follow up", intent: "create_lead", slots: { name: "Dana Cole" } },
    { role: "guest", text: "你们这服务真是绝了（反话），按了五次铃一个人影都没有", intent: "log_complaint" },
    { role: "guest", text: "you cancelled my reservation without telling me? oh sure, why not 🙃", intent: "log_complaint" },
    { role: "guest", text: "下周六入住，一晚，双床房，要安静的。上次楼下酒吧吵到三点", intent: "create_booking", slots: { nights: 1 } },
    { role: "guest", text: "上次订的3号包房，菜都凉了，服务员还甩脸色", intent: "log_complaint" },
    { role: "guest", text: "12月31号一间套房，跨年就靠你们了，别让我失望啊", intent: "create_booking" },
    { role: "guest", text: "周六的午餐帮我退了吧，太热了不想出门", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { role: "guest", text: "预订搞定了，确认短信也收到了，不用再管了，谢谢", intent: "unknown" },
    { role: "guest", text: "听说你们家的汤是全城最咸的，真的假的哈哈", intent: "unknown" },
    { role: "guest", text: "这汤咸得要命，服务员还说本来就这样", intent: "log_complaint" },
  ]);
});

describe("leads introduced by their business, staff booking for a customer, and things already done elsewhere", () => {
  run([
    { text: "红星小学的王校长对校服套装有兴趣，全校300个学生，下周一再联系", intent: "create_lead", slots: { name: "王校长", company: "红星小学", quantity: 300 } },
    { text: "Kevin Park 视频会议 聊完 需要内部审批 下周五前回复", intent: "log_followup", slots: { customer: "Kevin Park", next_due: "2026-11-27" } },
    { text: "Met Jo from The Corner Deli, keen on 20 cases of olive oil, around 2k. follow up Monday", intent: "create_lead", slots: { name: "Jo", quantity: 20 } },
    { text: "李小姐（星河传媒）下个月要办发布会，预算5万左右，下周一给她报价", intent: "create_lead", slots: { name: "李小姐", amount: 50000 } },
    { text: "帮老客户赵总订明天晚上6点，8位，他电话13612345678", intent: "create_booking", slots: { party_size: 8, phone: "13612345678" } },
    { text: "帮我订张明天去广州的机票", intent: "unknown" },
    { role: "guest", text: "帮我查下还有谁订了周六的房，想跟朋友拼房", intent: "unknown" },
    { role: "guest", text: "刚在电话里跟前台取消过了，不用再操作了，谢谢", intent: "unknown" },
  ]);
});

describe("travel as the reason or the place, not the message", () => {
  run([
    { role: "guest", text: "说好的接站没人来，我们在火车站等了四十分钟", intent: "log_complaint" },
    { role: "guest", text: "can someone pick us up at the airport on the 24th?", intent: "unknown" },
    { role: "guest", text: "pls cancel Nov 28 - our flight got cancelled", intent: "cancel_booking", slots: { date: "2026-11-28" } },
    { role: "guest", text: "cancel my flight please", intent: "unknown" },
    { role: "guest", text: "1508房楼上吵到半夜两点，我们明早6点的航班，根本睡不着", intent: "log_complaint" },
    { text: "book me a flight to Shenzhen for tomorrow", intent: "unknown" },
    { text: "出差杭州认识的，西湖茶庄的周敏，想要八十盒龙井，电话13700001111，下周我回来再联系", intent: "create_lead", slots: { name: "周敏", quantity: 80, phone: "13700001111" } },
    { text: "出差去南京见了孙经理，样品他们很满意，下周一出报价", intent: "log_followup", slots: { customer: "孙经理", next_due: "2026-11-23" } },
    { text: "这个怎么用啊，我在外地出差只能用手机", intent: "help" },
    { text: "下周我出差，有事找小王", intent: "unknown" },
    { text: "明天飞悉尼，落地再联系大家", intent: "unknown" },
  ]);
});

describe("a booking someone else made, asked about; a joke retold; a late arrival warned of", () => {
  run([
    { role: "guest", text: "my wife booked us a table for 2 on Friday for our anniversary - is service charge included?", intent: "unknown" },
    { role: "guest", text: "My assistant booked us a room for Friday to Sunday, but I need to bring a colleague, can you make it 2 people?", intent: "change_booking" },
    { text: "哈哈哈哈 老李说我们的辣酱广告比辣酱本身还辣，这人太损了", intent: "unknown" },
    { role: "guest", text: "今晚7点三位，我们坐高铁过来，可能会晚到十几分钟", intent: "create_booking", slots: { party_size: 3, start: "2026-11-18T19:00" } },
    { role: "guest", text: "我们今晚的桌可能会晚到二十分钟", intent: "change_booking" },
    { text: "鼎新科技报价单已送出，总价8万", intent: "update_deal", slots: { customer: "鼎新科技", stage: "proposal", amount: 80000 } },
  ]);
});
