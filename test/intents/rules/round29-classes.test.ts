/**
 * Classes of language learnt in round twenty-eight, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a colleague told what to do records nothing; the writer's own contact beside it still does", () => {
  run([
    { text: "叫小陈下周二去一趟万科", role: "manager", intent: "unknown" },
    { text: "让阿峰今天下午给美团回个电话", role: "manager", intent: "unknown" },
    { text: "老郑，顺丰那个报价你跟一下", role: "manager", intent: "unknown" },
    { text: "@小周 绿地集团你明天联系一下", role: "manager", intent: "unknown" },
    { text: "记得周四前把合同寄给长城物业的刘总 @小周", role: "manager", intent: "unknown" },
    { text: "万科以后交给阿峰跟进", role: "manager", intent: "unknown" },
    { text: "各位今天下班前把这周的拜访都录进系统", role: "manager", intent: "unknown" },
    { text: "@Priya please ring Harbourview about the renewal", role: "manager", intent: "unknown" },
    { text: "Dylan — chase Maple Foods for the signed PO", role: "manager", intent: "unknown" },
    { text: "hand Orchard Lane over to Keiko from next week", role: "manager", intent: "unknown" },
    { text: "下午拜访了美团的高总，合同细节谈妥了，下周三让小陈过去签", intent: "log_followup", slots: { customer: "高总", channel: "visit", next_due: "2026-11-25" } },
    { text: "Reminder: call Maple Foods on Friday", intent: "log_followup", slots: { customer: "Maple Foods", next_due: "2026-11-20" } },
  ]);
});

describe("a need told beforehand and not met is a complaint", () => {
  run([
    { text: "提前说了孩子对花生过敏，甜品上面还是有花生碎", role: "guest", intent: "log_complaint" },
    { text: "订的无障碍房没有扶手，我爸洗澡差点滑倒", role: "guest", intent: "log_complaint" },
    { text: "加床到现在都没送来，已经十一点了", role: "guest", intent: "log_complaint" },
    { text: "I asked for a gluten-free pizza and got a regular one", role: "guest", intent: "log_complaint" },
    { text: "The doorman turned away my service dog at lunch today", role: "guest", intent: "log_complaint" },
    { text: "the dairy-free cake came with cream on top", role: "guest", intent: "log_complaint" },
    { text: "汤里有香菜吗？", role: "guest", intent: "unknown" },
  ]);
});

describe("a body's and a diet's needs, on a booking and on a customer's record", () => {
  run([
    { text: "Table for 5 on Friday at 7pm, my son uses a wheelchair and my mum needs low-salt dishes", role: "guest", intent: "create_booking", slots: { preferences: ["wheelchair", "low-salt dishes"] } },
    { text: "周五住两晚，一间大床房，我带导盲犬", role: "guest", intent: "create_booking", slots: { preferences: ["导盲犬"] } },
    { text: "Mrs Haddad has a hearing dog, keep it on file", intent: "update_customer", slots: { customer: "Mrs Haddad", preferences: ["hearing dog"] } },
    { text: "陈老先生以后都安排无台阶的房间", intent: "update_customer", slots: { customer: "陈老先生", preferences: ["无台阶"] } },
    { text: "update Yusuf Demir: kosher only", intent: "update_customer", slots: { customer: "Yusuf Demir", preferences: ["kosher"] } },
    { text: "Bea Lim's birthday cake order is ready for pickup", intent: "unknown" },
  ]);
});

describe("who did the work and on whom, and where a customer went", () => {
  run([
    { text: "Priya rang Oakridge Dental, they want the quote revised. Follow up Monday", role: "manager", intent: "log_followup", slots: { customer: "Oakridge Dental", next_due: "2026-11-23" } },
    { text: "Lena Fischer signed! 24-month contract", intent: "update_deal", slots: { customer: "Lena Fischer", stage: "won" } },
    { text: "DM'd Kavya on Instagram about the bulk order", intent: "log_followup", slots: { customer: "Kavya" } },
    { text: "What've we got on Marguerite Holt?", intent: "lookup_customer", slots: { query: "Marguerite Holt" } },
    { text: "孙经理不在宏达物流了，去了远航快运", intent: "update_customer", slots: { customer: "孙经理", company: "远航快运" } },
    { text: "顺丰的客服邮箱变更为 cs@sf-demo.cn", intent: "update_customer", slots: { email: "cs@sf-demo.cn" } },
    { text: "新线索：张伟，Chatswood 的福满楼酒家，要订一万澳元的酒水", intent: "create_lead", slots: { company: "福满楼酒家", product: "酒水" } },
    { text: "New lead: Shane Muir from the Byron Bay surf club, wants 40 hoodies", intent: "create_lead", slots: { company: "Byron Bay surf club", quantity: 40 } },
    { text: "Got a lead at the Rozelle markets: Tash Green, Green Thumb Nursery", intent: "create_lead", slots: { name: "Tash Green", company: "Green Thumb Nursery" } },
    { text: "Lumen Dental has budget approved, mark them qualified", intent: "update_deal", slots: { customer: "Lumen Dental", stage: "qualified" } },
    { text: "Met Omar Haddad, he wants a tasting next Thursday, I'll call him back by Monday", intent: "log_followup", slots: { next_due: "2026-11-23" } },
    { text: "新线索 安达律师行 周律师 每月大概50单文件快递 下周一再约", intent: "create_lead", slots: { company: "安达律师行", quantity: 50 } },
    { text: "潜在客户：华信地产行政部的王主管，年会预算5万", intent: "create_lead", slots: { company: "华信地产" } },
  ]);
});

describe("nothing asked: a what-if, a compliment disowned as a complaint, thanks for a parcel", () => {
  run([
    { text: "What would revenue look like if we raised prices 5%?", role: "manager", intent: "unknown" },
    { text: "不是投诉啊，就想表扬一下前台小周", role: "guest", intent: "unknown" },
    { text: "多谢阿玲，合同收到了", intent: "unknown" },
    { text: "你们灭虫用的药对小孩有没有害", role: "guest", intent: "unknown" },
    { text: "可以用积分换一晚房吗？", role: "guest", intent: "unknown" },
    { text: "the cleaner showed up an hour late and skipped the bathroom", role: "guest", intent: "log_complaint" },
  ]);
});

describe("a value put right in the same breath: the one meant is kept", () => {
  run([
    { text: "新客户 林涛 远景装饰 要80桶乳胶漆 不是80 是120 下周二联系", intent: "create_lead", slots: { quantity: 120, next_due: "2026-11-24" } },
    { text: "顺达物流那单签了，金额不是3万2，是3万6", intent: "update_deal", slots: { amount: 36000 } },
    { text: "新线索：钱总，汇丰茶行，预算五万，哦说错了，预算是七万", intent: "create_lead", slots: { amount: 70000 } },
    { text: "订一间双床房，下周二入住，哦不好意思是下周三，住一晚", role: "guest", intent: "create_booking", slots: { start: "2026-11-25" } },
    { text: "周六的房间，两晚，哦不，三晚", role: "guest", intent: "create_booking", slots: { nights: 3 } },
    { text: "called Ines Duarte about the order, check back in 5 days... make it a week", intent: "log_followup", slots: { next_due: "2026-11-25" } },
    { text: "幫我取消週五的訂位，喔不對，不要取消，改到週六晚上7點", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T19:00" } },
    { text: "本月的任务……算了，给我看今天的", intent: "list_tasks", slots: { period: "today" } },
    { text: "前三大客户……改成前八吧", role: "manager", intent: "top_customers", slots: { limit: 8 } },
    { text: "本月贡献最多的客户，给我6个", role: "manager", intent: "top_customers", slots: { limit: 6 } },
    { text: "看一下小李上周的业绩，哦不，看阿伟的", role: "manager", intent: "summary", slots: { person: "阿伟" } },
    { text: "how did Priya do last month? sorry, I meant Dev", role: "manager", intent: "summary", slots: { person: "Dev" } },
  ]);
});

describe("an ordinary month: stock mentioned, customers taken round, sums in dollars, our packages, dorm rooms", () => {
  run([
    { text: "给蓝湾酒吧的阿强打了电话，他说啤酒还有库存，下周再问", intent: "log_followup", slots: { customer: "阿强", channel: "call" } },
    { text: "陪恒通科技的刘总实地看了样板间，明天下午3点再约他", intent: "log_followup", slots: { customer: "刘总", channel: "visit", next_due: "2026-11-19T15:00" } },
    { text: "Harbour Lights deal closed at 7,500 dollars", intent: "update_deal", slots: { customer: "Harbour Lights", amount: 7500 } },
    { text: "New lead: Amy Ross from Tidy Tails Grooming, interested in our weekly cleaning plan", intent: "create_lead", slots: { product: "weekly cleaning plan" } },
    { text: "new lead Leo Chan, Pearl River Trading, USD 80k order for ceramic tiles", intent: "create_lead", slots: { product: "ceramic tiles" } },
    { text: "展会线索：远航物流的周经理，要50台叉车", intent: "create_lead", slots: { company: "远航物流" } },
    { text: "下周六订两个床位，男生六人间", role: "guest", intent: "create_booking", slots: { room_type: "男生六人间" }, absent: ["party_size"] },
    { text: "the kids came back with a rash from the pool and nobody told us anything", role: "guest", intent: "log_complaint" },
    { text: "记下：陈太，开面包店的，想订三十箱面粉，周五打给她", intent: "create_lead", slots: { name: "陈太", quantity: 30 } },
    { text: "no need to book for Friday, we'll come another time", role: "guest", intent: "unknown" },
  ]);
});

describe("typed in a hurry, in lower case", () => {
  run([
    { text: "lead dana cole dana@harbourfit.co from harbour fitness intrested in 15 rowing machines", intent: "create_lead", slots: { name: "dana cole", company: "harbour fitness", quantity: 15 } },
    { text: "add lead omar sayed +44 7700 900123 from cedar kitchen wants 40 aprons", intent: "create_lead", slots: { name: "omar sayed", company: "cedar kitchen" } },
    { text: "new prospect lily tan tan & co bakery 60 boxes of flour", intent: "create_lead", slots: { name: "lily tan", company: "tan & co bakery", quantity: 60 } },
    { text: "new lead sam ortiz w/ blue door cafe wants 12 cases of oat milk call him fri", intent: "create_lead", slots: { name: "sam ortiz", company: "blue door cafe" } },
    { text: "just got off the phone w ana lima she wants a tasting friday", intent: "log_followup", slots: { customer: "ana lima" } },
    { text: "txted omar sayed re the aprons", intent: "log_followup", slots: { customer: "omar sayed", channel: "message" } },
    { text: "harbour fitness moved to negotiaton", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "跟进了刘洋 明tian下午3点再沟通", intent: "log_followup", slots: { next_due: "2026-11-19T15:00" } },
  ]);
});

describe("bookings changed and slips taken back", () => {
  run([
    { text: "周六那桌人数改成三位，有两个朋友来不了", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", party_size: 3 } },
    { text: "我周五的订位人数不是8个是5个", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 5 } },
    { text: "Extend my stay please, new checkout date 24th Nov", role: "guest", intent: "change_booking", slots: { end: "2026-11-24" }, absent: ["date"] },
    { text: "We booked for Thursday but we meant Friday, can you move it?", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-20" } },
    { text: "订了海景房结果入住还是给了城景房，太不专业了", role: "guest", intent: "log_complaint" },
    { text: "查一下我目前的订位", role: "guest", intent: "my_bookings" },
    { text: "本来想退房的，想了想还是住吧", role: "guest", intent: "unknown" },
    { text: "算了，周报不用发了", role: "manager", intent: "unknown" },
    { text: "Forget the monthly report, I'll run it myself", role: "manager", intent: "unknown" },
    { text: "I might drop the Harbour Grill quote to 8k if they push back", intent: "unknown" },
    { text: "远景装饰别标成交了，还在谈判阶段", intent: "update_deal", slots: { customer: "远景装饰", stage: "negotiation" } },
    { text: "Lumen Dental: I marked it won by mistake, it's still at proposal", intent: "update_deal", slots: { customer: "Lumen Dental", stage: "proposal" } },
    { text: "本月的先不看了，给我上个月的汇总", role: "manager", intent: "summary", slots: { period: "last_month" } },
  ]);
});

describe("numbers asked for and numbers only talked about", () => {
  run([
    { text: "EOD summary please", role: "manager", intent: "summary", slots: { period: "today" } },
    { text: "这周需要回访的客户", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "看下本月各阶段的商机分布", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "How does this week stack up against last week?", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "why is the ranking showing last year's numbers?", role: "manager", intent: "unknown" },
    { text: "前五大客户这个排名好像不对", role: "manager", intent: "unknown" },
    { text: "stop sending me the daily digest please", role: "manager", intent: "unknown" },
    { text: "本月的数据在例会上讲过了，不用再拉", role: "manager", intent: "unknown" },
    { text: "积分看到了，谢谢", role: "guest", intent: "unknown" },
    { text: "my to-do list is finally empty!", intent: "unknown" },
    { text: "刚给周先生打了电话，他要先看维修报告，周五再联系", intent: "log_followup", slots: { customer: "周先生", next_due: "2026-11-20" } },
    { text: "周先生那辆车没谈成，他去别家买了", intent: "update_deal", slots: { stage: "lost" } },
    { text: "下午打算去建材市场转转", intent: "unknown" },
    { text: "can you send me the names of everyone who booked the spa on Sunday?", role: "guest", intent: "unknown" },
    { text: "Do your villas have a private pool? Thinking of coming in spring", role: "guest", intent: "unknown" },
  ]);
});

describe("dictated by voice", () => {
  run([
    { text: "add a lead please comma dev patel comma blue lotus cafe comma wants forty cases of chai", intent: "create_lead", slots: { name: "dev patel", company: "blue lotus cafe", quantity: 40 } },
    { text: "so um i met this lady nina ross you know from the corner bakery and she's interested in flour", intent: "create_lead", slots: { name: "nina ross", company: "corner bakery" } },
    { text: "pull up like everything we have on blue lotus cafe", intent: "lookup_customer", slots: { query: "blue lotus cafe" } },
    { text: "what's the email four nina ross", intent: "lookup_customer", slots: { query: "nina ross" } },
    { text: "mark the corner bakery deal as won full stop", intent: "update_deal", slots: { customer: "corner bakery", stage: "won" } },
    { text: "um blue lotus cafe comma proposal sent comma twelve thousand", intent: "update_deal", slots: { customer: "blue lotus cafe", stage: "proposal", amount: 12000 } },
    { text: "a table for to tonight at eight p m please", role: "guest", intent: "create_booking", slots: { party_size: 2, start: "2026-11-18T20:00" } },
    { text: "can i book a table four four people tomorrow at seven thirty p m", role: "guest", intent: "create_booking", slots: { party_size: 4, start: "2026-11-19T19:30" } },
    { text: "王磊换手机号了 新号码是一三九 八七六五 四三二一", intent: "update_customer", slots: { phone: "13987654321" } },
  ]);
});

describe("Hindi words inside Indian English", () => {
  run([
    { text: "Called Mr. Iyer, he wants the quote revised. Follow up kal 4 baje", intent: "log_followup", slots: { next_due: "2026-11-19T16:00" } },
    { text: "kal lunch ke liye 6 logon ka table book kar do, 1 baje", role: "guest", intent: "create_booking", slots: { party_size: 6, start: "2026-11-19T13:00" } },
    { text: "Kal ka table cancel kar dijiye", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "lead add karo: Sunil bhai, Om Sai Traders, 9876500011, unko 150 peti Kinley chahiye", intent: "create_lead", slots: { quantity: 150 } },
    { text: "Room mein AC kaam nahi kar raha, please send someone", role: "guest", intent: "log_complaint" },
    { text: "mailed the price list to Om Sai Traders", intent: "log_followup", slots: { channel: "email" } },
    { text: "What all can I do here?", role: "guest", intent: "help" },
  ]);
});
