/**
 * Classes of language from the eighteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this month's 20th is 2026-11-20, next month's 2nd 2026-12-02.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("Cantonese: this season, your lot, moved to work somewhere, what bookings I have", () => {
  run([
    { text: "今季啲數點樣？出個報告", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
    { text: "何太轉咗去德興茶樓做，電話改做 9123 8888", intent: "update_customer", slots: { customer: "何太", company: "德興茶樓", phone: "91238888" } },
    { text: "李哥调去了新城超市上班，邮箱改成 li@xincheng.cn", intent: "update_customer", slots: { company: "新城超市", email: "li@xincheng.cn" } },
    { text: "唔該幫我睇下我而家有幾多個預約", role: "guest", intent: "my_bookings" },
    { text: "麻烦查一下我们目前有哪些预订", role: "guest", intent: "my_bookings" },
    { text: "你哋有冇人見過我把遮？", intent: "unknown" },
  ]);
});

describe("a business written in Latin letters beside a Chinese name", () => {
  run([
    { text: "新客户 林志强 Sinar Harapan Trading 要 60箱 Milo 饮料，电话 012-555 7788", intent: "create_lead", slots: { name: "林志强", company: "Sinar Harapan Trading", quantity: 60, product: "Milo 饮料" } },
    { text: "去了Kedai Maju见黄老板，他说下个月再进货", intent: "log_followup", slots: { customer: "黄老板", channel: "visit" } },
    { text: "记一下投诉：Maju Jaya 刘经理说上次的货少了三箱", intent: "log_complaint", slots: { customer: "刘经理" } },
    // A name written twice, romanised and in Chinese, is one person.
    { text: "new lead: Tan Wei Ming 陈伟明, Harbour Dental, wants 10 chairs", intent: "create_lead", slots: { name: "Tan Wei Ming", company: "Harbour Dental" } },
  ]);
});

describe("a common noun opening a sentence is no person", () => {
  run([
    { text: "Warehouse walk-through at Lakeside Foods done. Pricing was fine, Marta wants samples by Friday", intent: "log_followup", slots: { customer: "Marta", channel: "visit" } },
    { text: "Site visit at Coastline Gym went well, Derek wants a quote by Monday", intent: "log_followup", slots: { customer: "Derek", channel: "visit" } },
  ]);
});

describe("days of a month said after them, and a stay's last day said as leaving", () => {
  run([
    { text: "pls book a twin room, check in 2nd check out 4th next month", role: "guest", intent: "create_booking", slots: { start: "2026-12-02", end: "2026-12-04" } },
    { text: "sales summary from 3rd to 17th this month please", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-03", to: "2026-11-17" } },
    { text: "about my stay on the 20th of this month - can the check-out be the 24th instead of the 23rd?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", end: "2026-11-24" } },
    { text: "we arrive on the 21st, could we push check-in to the 22nd and leave on the 26th instead?", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22", end: "2026-11-26" } },
  ]);
});

describe("a sum grouped in thousands after 'at' is money, not a time", () => {
  run([
    { text: "Fairview Clinic went to proposal, we landed at 14,500", intent: "update_deal", slots: { customer: "Fairview Clinic", stage: "proposal", amount: 14500 } },
  ]);
});

describe("how a contact happened, said in other words", () => {
  run([
    { text: "Quick catch-up with Priya Nair over lunch, she'll confirm next week. Chase Monday", intent: "log_followup", slots: { customer: "Priya Nair", channel: "meeting" } },
    { text: "Tom Baxter was phoned yesterday, wants to wait for the budget. Ring him Friday", intent: "log_followup", slots: { customer: "Tom Baxter", channel: "call" } },
    { text: "Lena Ortiz got rung about the renewal, no decision yet, follow up Thursday", intent: "log_followup", slots: { customer: "Lena Ortiz", channel: "call" } },
  ]);
});

describe("names whose given name starts with 大", () => {
  run([
    { text: "刚刚打给李大伟，他说下周一再联系", intent: "log_followup", slots: { customer: "李大伟", channel: "call" } },
    { text: "张大勇生日3月8号，帮我记一下", intent: "update_customer", slots: { customer: "张大勇", birthday: "03-08" } },
    { text: "王大概下周能定下来", intent: "unknown" },
  ]);
});

describe("not done: a stage not reached yet, a cancel disowned, a lead on a flat", () => {
  run([
    { text: "恒达那单还没签，别听老周乱讲", intent: "unknown" },
    { text: "Brightline hasn't signed yet, don't update anything", intent: "unknown" },
    { text: "我不是要取消，刚才手滑点错了", role: "guest", intent: "unknown" },
    { text: "sorry I didn't mean to cancel, wrong button!", role: "guest", intent: "unknown" },
    { text: "my cousin finally got a lead on a flat near the station, good for him", intent: "unknown" },
    // A stage that was reached is still news.
    { text: "恒达那单签了，30万", intent: "update_deal", slots: { customer: "恒达", stage: "won", amount: 300000 } },
  ]);
});

describe("the rules of the house and of the points scheme, asked", () => {
  run([
    { text: "请问你们酒店能带猫入住吗？", role: "guest", intent: "unknown" },
    { text: "are dogs allowed on the terrace?", role: "guest", intent: "unknown" },
    { text: "someone said you do triple points in December, really?", role: "guest", intent: "unknown" },
    { text: "积分怎么算的？消费一块钱一分吗", role: "guest", intent: "unknown" },
    { text: "订明晚一间大床房，可以带狗吗", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-19" } },
    { text: "how many points have I got now?", role: "guest", intent: "my_points" },
  ]);
});

describe("asking what the chat can do, rankings by spenders, things broken in other Englishes", () => {
  run([
    { text: "what exactly can I do with this chat?", role: "guest", intent: "help" },
    { text: "show me our ten biggest spenders this month", role: "manager", intent: "top_customers", slots: { period: "this_month", limit: 10 } },
    { text: "the heater in our room not warm at all, cannot sleep", role: "guest", intent: "log_complaint" },
    { text: "需求问清楚了，是个靠谱商机，老钱那边先挂着", intent: "update_deal", slots: { customer: "老钱", stage: "qualified" } },
  ]);
});

describe("a slip owned mid-sentence: the correction is what is meant", () => {
  run([
    { text: "table for 3 on Saturday — no, Sunday — at 12:30 please", role: "guest", intent: "create_booking", slots: { start: "2026-11-22T12:30", party_size: 3 } },
    { text: "把下周三的订位取消，哦不对，是下周四的", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-26" } },
    { text: "Ken Ito's email is ken@ito.jp — wait no, kenji@ito.jp", intent: "update_customer", slots: { email: "kenji@ito.jp" } },
    { text: "新客户钱总 手机13700002222——不对，是13700002233，要十台打印机", intent: "create_lead", slots: { phone: "13700002233" } },
    { text: "昨天给孙经理打了电话——哦不，是发的微信，他说再考虑两天", intent: "log_followup", slots: { customer: "孙经理", channel: "message" } },
    // "no" starting a name is no slip: "Phoned Norah" is a call to Norah.
    { text: "Phoned Norah at Kestrel Print, she'll revert Monday", intent: "log_followup", slots: { customer: "Norah", channel: "call" } },
  ]);
});

describe("a sentence's first word is no person when a fuller name is said", () => {
  run([
    { text: "Ugh, what a morning. Anyway met Carla Mendes from Olive & Vine at lunch, she wants the price list. Chase Friday", intent: "log_followup", slots: { customer: "Carla Mendes", channel: "meeting" } },
    { text: "Boarding in ten. Quick one — pull up what we have on Northgate Logistics", intent: "lookup_customer", slots: { query: "Northgate Logistics" } },
    { text: "Referred by the Hilton concierge: Omar Haddad, Cedar Foods, interested in 300 jars of tahini", intent: "create_lead", slots: { name: "Omar Haddad", company: "Cedar Foods" } },
    // A name that opens a sentence is still a name.
    { text: "Thandi moved over to Baobab Lodge, same number", intent: "update_customer", slots: { customer: "Thandi", company: "Baobab Lodge" } },
  ]);
});

describe("chat before the point: only what follows the turn to business is read", () => {
  run([
    { text: "What a week, my car broke down twice and the kids are sick. Anyway, before I forget: Leo Brandt from Alpine Dairy wants 80 crates of yoghurt, his number is +41 79 555 12 34", intent: "create_lead", slots: { name: "Leo Brandt", company: "Alpine Dairy", quantity: 80 } },
    { text: "今天下雨堵了两个小时，午饭都没吃。言归正传：顺达物流孙总的报价已经发了，八万五", intent: "update_deal", slots: { stage: "proposal", amount: 85000 } },
    { text: "Loved the cake last time! Quick question: can we move tomorrow's table for 4 to 8pm?", role: "guest", intent: "change_booking", slots: { start: "2026-11-19T20:00" } },
  ]);
});

describe("a table booked by staff, said as done or as a guest's details", () => {
  run([
    { text: "put the Moreno family down for Fri 8pm, 5 pax, one wheelchair", intent: "create_booking", slots: { kind: "table", party_size: 5, name: "Moreno" } },
    { text: "帮客人登记：郑女士，后天中午十二点，六位，电话13122223333", intent: "create_booking", slots: { kind: "table", party_size: 6, start: "2026-11-20T12:00" } },
  ]);
});

describe("nothing to record: goals, dropped plans, a colleague's record, clocks, tests, grumbles", () => {
  run([
    { text: "今年目标：新签30家门店，回款500万", intent: "unknown" },
    { text: "原本想下午去拜访周总的，后来一想算了，改天吧", intent: "unknown" },
    { text: "阿强说他已经把恒丰的跟进录好了", intent: "unknown" },
    { text: "noticed on the board that Mia already marked Redwood Dental as won", role: "manager", intent: "unknown" },
    { text: "what time is 10am Sydney in London? got a client call", intent: "unknown" },
    { text: "刚才发的那条说鼎盛签约的作废，搞错了", intent: "unknown" },
    { text: "测试一下：新客户 张三 13800001234", intent: "unknown" },
    { text: "老刘这周一条记录都没写，我真的会谢", role: "manager", intent: "unknown" },
    { text: "hypothetically, if we gave Pinecrest 10% off would they sign?", intent: "unknown" },
  ]);
});

describe("a guest not changing, not cancelling, or asking if the place is open", () => {
  run([
    { text: "no changes needed for Sunday, still 3 of us at 1pm", role: "guest", intent: "unknown" },
    { text: "NOT cancelling!! my toddler grabbed the phone", role: "guest", intent: "unknown" },
    { text: "are you guys open on New Year's Day? we'd be 6", role: "guest", intent: "unknown" },
    { text: "we're thinking about cancelling Friday, not sure yet", role: "guest", intent: "unknown" },
    { text: "could you please cancel my Friday dinner reservation?", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-20" } },
  ]);
});

describe("room words and preferences said shortly", () => {
  run([
    { text: "想订一间行政间，21号入住，住两晚", role: "guest", intent: "create_booking", slots: { room_type: "行政间", nights: 2 } },
    { text: "dbl rm 2 nts from the 25th pls", role: "guest", intent: "create_booking", slots: { nights: 2 } },
    { text: "周阿姨以后订房都要双床房、安静楼层，记一下", intent: "update_customer", slots: { customer: "周阿姨", preferences: ["双床房", "安静楼层"] } },
    { text: "我下周一入住的房间能不能改成下周三入住，周五退房", role: "guest", intent: "change_booking", slots: { date: "2026-11-23", start: "2026-11-25", end: "2026-11-27" } },
  ]);
});

describe("a deal is with the titled person written right after their company", () => {
  run([
    { text: "宏图家具陈总那边合同签了，二十八万", intent: "update_deal", slots: { customer: "陈总", stage: "won", amount: 280000 } },
    // With the person said apart from the company, the deal stays the company's.
    { text: "宏图家具的单子签了，陈总很满意，二十八万", intent: "update_deal", slots: { customer: "宏图家具", stage: "won" } },
  ]);
});

describe("where a lead is from, legal forms, shillings, a day said as 'on 20 this month'", () => {
  run([
    { text: "Lead from Kisumu: Mrs Otieno, Lakeview Hotel, wants 50 crates of juice", intent: "create_lead", slots: { name: "Mrs Otieno", company: "Lakeview Hotel" } },
    { text: "add lead: Pak Budi, CV Maju Bersama (Surabaya), wants 500 box of tea, follow up on 25 this month", intent: "create_lead", slots: { company: "CV Maju Bersama", next_due: "2026-11-25" } },
    { text: "new lead Grace Wanjiru of Nyeri Fresh Foods, 40 sacks of maize flour, budget KSh 95,000", intent: "create_lead", slots: { amount: 95000 } },
    { text: "need the room an extra night, check out Sun not Sat", role: "guest", intent: "change_booking", slots: { end: "2026-11-22" } },
  ]);
});

describe("moves, stays and sums said the long way", () => {
  run([
    { text: "Dr. Mensah has moved from Ridge Hospital to Korle Diagnostics, update his company pls", intent: "update_customer", slots: { company: "Korle Diagnostics" } },
    { text: "push my check-in from the 22nd to the 23rd please, check-out stays on the 26th", role: "guest", intent: "change_booking", slots: { date: "2026-11-22", start: "2026-11-23", end: "2026-11-26" } },
    { text: "Owen Price, Harbour Tap, keen on 30 kegs of lager. Follow up a fortnight today", intent: "create_lead", slots: { next_due: "2026-12-02" } },
    { text: "新客：黎生，福記燒臘，每個月入50箱豉油，預算萬五，電話 9888 7777", intent: "create_lead", slots: { quantity: 50, amount: 15000 } },
    { text: "万一李总不来，下周一再约", intent: "unknown" },
    { text: "聽晚張枱可唔可以改遲啲，八點得唔得？", role: "guest", intent: "change_booking", slots: { start: "2026-11-19T20:00" } },
    { text: "华泰建材的周敏投诉上次的货少了两箱", intent: "log_complaint", slots: { customer: "周敏" } },
    { text: "阿芳帮她老公在金鼎订了周六晚的包间，好羡慕", intent: "unknown" },
  ]);
});

describe("a rep cheering their own deal, English goods after a measure word, next week's weekday, orders wrong", () => {
  run([
    { text: "恭喜我自己🎉 Harbour Steel 签了，RM48万", intent: "update_deal", slots: { customer: "Harbour Steel", stage: "won", amount: 480000 } },
    { text: "新客户：陈太，开bakery的，要订80个cupcake box，电话 012-345 6789", intent: "create_lead", slots: { quantity: 80 } },
    { text: "could I move my table on Saturday to next week Saturday instead?", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-28" } },
    { text: "dinner order came wrong twice tonight, not happy", role: "guest", intent: "log_complaint" },
  ]);
});

describe("colleagues' teams, totals, grands, dialect words for 'a bit' and 'done'", () => {
  run([
    { text: "New lead for Ahmed's territory: Layla Hassan, Oasis Dates Cooperative, 60 boxes of dates", intent: "create_lead", slots: { name: "Layla Hassan", company: "Oasis Dates Cooperative" } },
    { text: "大棚滴灌合同签了 八百一亩 二十亩 总共一万六", intent: "update_deal", slots: { stage: "won", amount: 16000 } },
    { text: "Redgum Vineyard quote's gone out, 22 and a half grand for the whole fit-out", intent: "update_deal", slots: { stage: "proposal", amount: 22500 } },
    { text: "查一哈王建华电话多少", intent: "lookup_customer", slots: { query: "王建华" } },
    { text: "老曹那单整成了 八万八", intent: "update_deal", slots: { customer: "老曹", stage: "won", amount: 88000 } },
    { text: "热水器不出热水 冻了一晚上 啥子情况嘛", role: "guest", intent: "log_complaint" },
  ]);
});

describe("meeting rooms by the hour, arrivals moved, who a lead is handed to, whose figures", () => {
  run([
    { text: "帮招商银行林经理订个会议室 下周二下午两点 30人", intent: "create_booking", slots: { kind: "room", start: "2026-11-24T14:00", party_size: 30 } },
    { text: "pushing our check-in from Thu to Sat, the wedding moved", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-21" } },
    { text: "给阿杰派个线索：恒隆商场物业部何经理，要灭火器两百个", intent: "create_lead", slots: { name: "何经理" } },
    { text: "pls send me the numbers of Kofi for last week", role: "manager", intent: "summary", slots: { period: "last_week", person: "Kofi" } },
    { text: "绿源建材李娟那边报价发过去了，九万二", intent: "update_deal", slots: { customer: "李娟", stage: "proposal", amount: 92000 } },
    { text: "退房排了四十分钟 前台还爱理不理 什么体验", role: "guest", intent: "log_complaint" },
  ]);
});

describe("a slip owned without repeating its shape, a head count made another, days moved by name", () => {
  run([
    { text: "Mark Coastal Print as lost — wait, no, they're still in negotiation", intent: "update_deal", slots: { customer: "Coastal Print", stage: "negotiation" } },
    { text: "这周的汇总……哦不对，是上周的", role: "manager", intent: "summary", slots: { period: "last_week" } },
    { text: "table for 2 on Friday at 8pm — actually make that 3", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "move my dinner booking from Friday to Saturday, same time, 7pm", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T19:00" } },
    { text: "for my stay starting Thursday, can I push check-out from Saturday to Sunday?", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", end: "2026-11-22" } },
    { text: "Tomás Ruiz from Sol Catering wants the quote redone at $6,400, moving it to negotiation", intent: "update_deal", slots: { customer: "Tomás Ruiz", stage: "negotiation" } },
  ]);
});

describe("visits said by leaving or going up, Cantonese deals in progress, a sample liked, the day out moved", () => {
  run([
    { text: "刚从金海酒店出来，见了行政部吴经理，下周二送样品过去", intent: "log_followup", slots: { customer: "吴经理", channel: "visit" } },
    { text: "頭先上咗福臨門見何生，佢試食咗新醬料幾滿意，下個禮拜再約佢", intent: "log_followup", slots: { customer: "何生", channel: "visit" } },
    { text: "金滿樓嗰單傾緊價，大約12萬", intent: "update_deal", slots: { customer: "金滿樓", stage: "negotiation", amount: 120000 } },
    { text: "我20號入住嗰間房想延多一晚，改到23號先退房", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", end: "2026-11-23" } },
  ]);
});

describe("a deal marked after the call, appointments, rankings by 前N, a team told, who is doing what", () => {
  run([
    { text: "just off the phone with Dev from Brightpath, they're in at 9.5k a month, mark that one won", intent: "update_deal", slots: { stage: "won", amount: 9500 } },
    { text: "hi can I book an appointment for a haircut next Tue 3pm, name Lina 9123 4455", role: "guest", intent: "create_booking", slots: { start: "2026-11-24T15:00", name: "Lina" } },
    { text: "我原来约的20号上午补牙，能不能改到21号下午三点", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T15:00" } },
    { text: "今年回款前五的客户是哪几家", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 5 } },
    { text: "@所有人 月底前把各自的跟进记录补齐", role: "manager", intent: "unknown" },
    { text: "who's ordering the cake for Friday's party?", intent: "unknown" },
    { text: "pull up everything on Meridian Freight", intent: "lookup_customer", slots: { query: "Meridian Freight" } },
    { text: "我有几个booking还没用？", role: "guest", intent: "my_bookings" },
    { text: "the room was freezing all night and nobody came, expected better", role: "guest", intent: "log_complaint" },
  ]);
});

describe("a forwarded enquiry is a lead; forwarded news is not", () => {
  run([
    { text: "转发：「你好，我是杭州云栖酒店的采购周婷，我们需要200套床品，麻烦报个价，电话13957001234」", intent: "create_lead", slots: { name: "周婷", quantity: 200, phone: "13957001234" } },
    { text: "Fwd: Hi, this is Ruth Ade from Palm Court Hotel, we'd like a quote for 80 bathrobes. Ruth, +234 803 555 0199", intent: "create_lead", slots: { name: "Ruth Ade", company: "Palm Court Hotel" } },
    { text: "转发：行业新闻 明年起进口红酒关税下调", intent: "unknown" },
  ]);
});

describe("steakhouses, venues viewed and tours given are visits, not tastes or bookings", () => {
  run([
    { text: "新名单：大安区 老王烤肉馆 的周经理，要日本清酒 24瓶，0912-111-222", intent: "create_lead", slots: { name: "周经理", company: "老王烤肉馆" } },
    { text: "许小姐来看过场地了 比较喜欢三楼宴会厅 让我周五前发报价", intent: "log_followup", slots: { customer: "许小姐", channel: "visit" } },
    { text: "showed Tom Becker around this morning, he prefers the lake-view suite. send him the package Friday", intent: "log_followup", slots: { customer: "Tom Becker", channel: "visit" } },
  ]);
});

describe("karaoke rooms, shifts asked about, treatments grumbled about, details asked to be kept on file", () => {
  run([
    { text: "下周六晚上八点，KTV大包，12个人", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-28T20:00", party_size: 12 } },
    { text: "who's covering reception on Sunday morning?", intent: "unknown" },
    { text: "facial therapist was 15 min late and rushed my massage, not happy", role: "guest", intent: "log_complaint" },
    { text: "KTV包厢的音响一直有杂音", role: "guest", intent: "log_complaint" },
    { text: "Ms. Nkechi Obi of Zenith Foods - halal only, no pork gelatin, please note in profile", intent: "update_customer", slots: { customer: "Ms. Nkechi Obi", preferences: ["halal only", "no pork gelatin"] } },
    { text: "帮客人登记订位：钱小姐，下周三中午12点，2位，0922-333-444", intent: "create_booking", slots: { name: "钱小姐", party_size: 2 } },
  ]);
});
