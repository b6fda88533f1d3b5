/**
 * Classes of language learnt in round thirty-one, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Tuesday the 24th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("guests who book nothing: someone else will, no booking needed, a rule asked", () => {
  run([
    { role: "guest", text: "my sister wants a room too but she'll email you herself", intent: "unknown" },
    { role: "guest", text: "Can we just walk in on Saturday or do we need to book?", intent: "unknown" },
    { role: "guest", text: "周六需要提前订位吗还是直接过来就行", intent: "unknown" },
    { role: "guest", text: "我同事已经在帮我们订了，我就不重复订了", intent: "unknown" },
    { role: "guest", text: "does the kids' club earn points too?", intent: "unknown" },
    { role: "guest", text: "我周五那间房是不是已经取消了？", intent: "my_bookings" },
    { role: "guest", text: "帮我把周五的房间取消了吧", intent: "cancel_booking" },
  ]);
});

describe("staff with nothing to record: an earlier message taken back, a promise to update later, phone data, a colleague's desk minded", () => {
  run([
    { text: "never mind my last message, the Harbour Cafe samples were already sent", intent: "unknown" },
    { text: "I'll log the Pinewood deal later, driving now", intent: "unknown" },
    { text: "out of data again, can't load the quote for Mrs Ade", intent: "unknown" },
    { text: "小周下周请假，她手上的客户我先帮她看着", intent: "unknown" },
    { text: "I'll update the Pinewood deal to won later", intent: "update_deal", slots: { stage: "won" } },
  ]);
});

describe("a lesson or appointment skipped or moved is a booking's", () => {
  run([
    { role: "guest", text: "教练好，小宇周五的训练课请个假，他感冒了", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "我明天的面诊可以改到下周二上午10点吗？", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-24T10:00" } },
    { role: "guest", text: "12月5號嗰兩間房cancel咗佢啦", intent: "cancel_booking", slots: { date: "2026-12-05" } },
    { role: "guest", text: "我哋總共訂咗幾多間房？", intent: "my_bookings" },
  ]);
});

describe("one room of several changed; a booking pointed at; a cancel with the trip as its reason", () => {
  run([
    { role: "guest", text: "订了三间房，其中一间想换成双床", intent: "change_booking" },
    { role: "guest", text: "for my Dec 2 reservation: one of the 3 rooms should be a king instead", intent: "change_booking", slots: { date: "2026-12-02" } },
    { role: "guest", text: "周五入住的房间帮我退掉吧，会议延期了", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "Please cancel our table tonight, traffic on the ring road is terrible", intent: "cancel_booking" },
  ]);
});

describe("a guest's grievance without the word: a wet floor and a fall, papers chased", () => {
  run([
    { role: "guest", text: "走廊地上全是水，我老公差点摔倒了，也没人收拾", intent: "log_complaint" },
    { role: "guest", text: "押金到现在都没退回来，打电话催了好几次了", intent: "log_complaint" },
  ]);
});

describe("contacts made at a tasting or fitting; a win the customer rang in with; a quote still to go out", () => {
  run([
    { text: "今天跟周小姐试菜，她定了八道菜，下周一给她菜单", intent: "log_followup", slots: { customer: "周小姐", next_due: "2026-11-23" } },
    { text: "Mrs Adeyemi came in for her fitting today, next fitting Friday", intent: "log_followup", slots: { customer: "Mrs Adeyemi", next_due: "2026-11-20" } },
    { text: "顺和超市的钱经理刚打电话过来，说定了，合同金额8万", intent: "update_deal", slots: { stage: "won", amount: 80000 } },
    { text: "site walk with Dana went well. quote goes out Monday", intent: "log_followup", slots: { customer: "Dana", next_due: "2026-11-23" }, absent: ["stage"] },
    { text: "note on Priya Shah: waiting on the freight rate from us, get back to her by EOD", intent: "log_followup", slots: { customer: "Priya Shah", next_due: "2026-11-18" } },
    { text: "chase Omar COB Friday about the deposit", intent: "log_followup", slots: { customer: "Omar", next_due: "2026-11-20" } },
  ]);
});

describe("a group's block booked as a booking; the ask that points back at it", () => {
  run([
    { text: "booking for the Hendricks wedding party: 12 rooms, Dec 4-6, all twins, name on it Laura Hendricks", intent: "create_booking", slots: { kind: "room", start: "2026-12-04", end: "2026-12-06", name: "Laura Hendricks" } },
    { text: "Booking for next month: what's the rate?", intent: "unknown" },
    { role: "guest", text: "Our choir is touring in December and we need a block of 15 twin rooms from Dec 10 to Dec 13. Could you reserve them for Harmony Voices? I'm Alan Pike.", intent: "create_booking", slots: { kind: "room", start: "2026-12-10", end: "2026-12-13", room_type: "twin", name: "Alan Pike" } },
    { role: "guest", text: "30名学生加4位老师，下周五入住两晚", intent: "create_booking", slots: { party_size: 34, start: "2026-11-27", nights: 2 } },
    { role: "guest", text: "twelve players and two coaches, dinner Saturday 6pm", intent: "create_booking", slots: { party_size: 14, start: "2026-11-21T18:00" } },
    { role: "guest", text: "need 4 doubles from Friday for 2 nights", intent: "create_booking", slots: { room_type: "double" } },
    { role: "guest", text: "the Adeyemi twins start school next week", intent: "unknown" },
    { role: "guest", text: "春节订团队房，2月5号到2月8号，10间大床房", intent: "create_booking", slots: { room_type: "大床房" } },
    { role: "guest", text: "想订3间房，要相通的房间，最好同一层楼", intent: "create_booking", slots: { preferences: ["相通的房间", "同一层楼"] } },
  ]);
});

describe("the guest named as the guest; a title after a surname (赵导, 何太了)", () => {
  run([
    { text: "帮孙总的朋友订房：12月1号入住，2间大床住2晚，客人李明，电话13611112222", intent: "create_booking", slots: { name: "李明" } },
    { text: "打给黎太了，她想要米色的窗帘，周五再打", intent: "log_followup", slots: { customer: "黎太", next_due: "2026-11-20" } },
    { text: "替旅行社的钱导订下周二中午的团餐，30人", intent: "create_booking", slots: { name: "钱导", party_size: 30 } },
  ]);
});

describe("a proposal still to write is no stage; a pidgin close; an interjection is no name", () => {
  run([
    { text: "远航物流的孟经理 要三百个周转箱 下周五之前要给他做个方案", intent: "create_lead", slots: { name: "孟经理", company: "远航物流", quantity: 300, next_due: "2026-11-27" } },
    { text: "Lekki Gardens deal don close o! ₦4.5m", intent: "update_deal", slots: { stage: "won", amount: 4500000 } },
    { text: "Chale met one Madam Efua Mensah at the expo, she runs Mensah Bakeries, wants 20 ovens", intent: "create_lead", slots: { name: "Madam Efua Mensah", company: "Mensah Bakeries", quantity: 20 } },
    { text: "call w/ Mark Osei at Osei Logistics, sending quote Friday", intent: "log_followup", slots: { customer: "Mark Osei", next_due: "2026-11-20" } },
  ]);
});

describe("how to look something up, asked; a period said beside a deadline or a meeting", () => {
  run([
    { role: "manager", text: "怎么查看某个客户上周的跟进记录？", intent: "help" },
    { role: "manager", text: "need the September summary by EOD", intent: "summary", slots: { period: "custom" } },
    { role: "manager", text: "上周的数据发我，下旬要汇报", intent: "summary", slots: { period: "last_week" } },
    { role: "manager", text: "本月上旬的业绩", intent: "summary", slots: { period: "custom", from: "2026-11-01", to: "2026-11-10" } },
    { text: "Which tasks are overdue? I was on leave since Monday", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("days said loosely: the week after next, a month's end or last ten days, before the weekend, a day given up", () => {
  run([
    { role: "guest", text: "can I book a table for 6 the week after next, Thursday at 8pm?", intent: "create_booking", slots: { start: "2026-12-03T20:00", party_size: 6 } },
    { text: "ring Joyce the week after next", intent: "log_followup", slots: { customer: "Joyce", next_due: "2026-11-30" } },
    { text: "call Tom tomorrow", intent: "log_followup", slots: { customer: "Tom", next_due: "2026-11-19" } },
    { role: "guest", text: "12月下旬那间房不要了，就是26号入住的那间", intent: "cancel_booking", slots: { date: "2026-12-26" } },
    { role: "guest", text: "1月10号办婚宴，想订8间房，9号入住，住两晚", intent: "create_booking", slots: { start: "2027-01-09", nights: 2 } },
    { text: "跟孙总开完会了，周末前我把合同发给他", intent: "log_followup", slots: { next_due: "2026-11-20" } },
    { text: "方案发给李姐了，她说周一开会定，下周三我再问问", intent: "log_followup", slots: { next_due: "2026-11-25" } },
    { role: "guest", text: "Could we move the group's check-in to 9 December instead of the 8th?", intent: "change_booking", slots: { date: "2026-12-08", start: "2026-12-09" } },
    { role: "guest", text: "原本订12/20的房间，想改成住到12/23", intent: "change_booking", slots: { date: "2026-12-20", end: "2026-12-23" } },
    { text: "帮我记个线索：\n①姓名 马丽\n②公司 晨光文具\n③5月底前回复她", intent: "create_lead", slots: { name: "马丽", next_due: "2027-05-31" } },
  ]);
});

describe("preferences said as what a customer only takes, or what a guest must have", () => {
  run([
    { text: "Priya only takes soy milk in her coffee", intent: "update_customer", slots: { customer: "Priya", preferences: ["only takes soy milk in her coffee"] } },
    { role: "guest", text: "double room for Friday and Saturday, must have backup power please", intent: "create_booking", slots: { preferences: ["backup power"] } },
    { role: "guest", text: "table for 2 Friday 8pm, somewhere with the sunset view?", intent: "create_booking", slots: { preferences: ["sunset view"] } },
  ]);
});

describe("a Hong Kong or Singapore mobile beside the person; a lead's time said before its business", () => {
  run([
    { text: "过完年以后福记茶餐厅想换一批制冰机，联系人福哥 61234567", intent: "create_lead", slots: { company: "福记茶餐厅", phone: "61234567" } },
    { text: "新线索：蓝海研学的孔老师，暑假想带60个学生来", intent: "create_lead", slots: { name: "孔老师", company: "蓝海研学", quantity: 60 }, absent: ["product"] },
  ]);
});

describe("text carried with a message: the writer's own words decide", () => {
  run([
    { role: "manager", text: "> Grace: Riverside Dental is marked won, $18k\nwell done Grace 🎉", intent: "unknown" },
    { text: "Forwarded from Leo:\n\"add Harbor Deli as a lead, 30 cases of cold brew\"\nlol Leo that's your patch, add it yourself", intent: "unknown" },
    { role: "guest", text: "轉傳：「聽說除夕那晚的桌都訂滿了」\n哈哈還好我早就訂了", intent: "unknown" },
    { text: "引用 客户：“后天下午来看样品”\n收到", intent: "unknown" },
    { role: "guest", text: "「同事：那家酒店周末要提前订房」\n你们早餐几点开始？", intent: "unknown" },
    { role: "guest", text: "Pasting what I sent earlier since no one replied:\n> Hi, I'd like a double room for 2 nights from 4 December.\nStill available?", intent: "create_booking", slots: { start: "2026-12-04", nights: 2 } },
  ]);
});

describe("staff and guests with nothing to do: who covers, a colleague's own visit, a detail already mended, a day full, a cancel already made", () => {
  run([
    { text: "后天我请假，永丰的事有问题找老陈", intent: "unknown" },
    { text: "阿 Ken 話佢後日會自己去見恒通嗰邊", intent: "unknown" },
    { text: "Mandy 嘅新電郵我頭先已經改咗", intent: "unknown" },
    { text: "下周五的大厅是不是已经订满了？有个客户在问", intent: "unknown" },
    { role: "guest", text: "頭先已經打電話取消咗聽晚張枱，唔該晒", intent: "unknown" },
    { role: "guest", text: "前台已经帮我把明天的预约取消了，谢谢", intent: "unknown" },
    { role: "guest", text: "could you check if Dr Patel is staying at your hotel this week?", intent: "unknown" },
    { role: "guest", text: "如果明天还是暴雨红色预警，我的预订会怎么处理？", intent: "unknown" },
    { role: "manager", text: "辛苦晒大家，今個禮拜做得幾好", intent: "unknown" },
  ]);
});

describe("written Cantonese: a table's head count, a booking asked after, a deal stage, a lead introduced, a grievance", () => {
  run([
    { role: "guest", text: "我後日張枱要加多三個人，總共7位", intent: "change_booking", slots: { date: "2026-11-20", party_size: 7 } },
    { role: "guest", text: "想問下我星期六張枱 book 咗未", intent: "my_bookings" },
    { text: "恒通物流入咗傾價階段", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "有個新客 Winnie Cheung，晴天花藝，想訂20個花籃，下星期二見面", intent: "create_lead", slots: { name: "Winnie Cheung", company: "晴天花藝", quantity: 20 } },
    { text: "新客户要来看房吗", intent: "unknown" },
    { role: "guest", text: "打咗好多次電話都冇人聽，想訂房都訂唔到，咩服務嚟㗎", intent: "log_complaint" },
    { role: "guest", text: "周六的位子人少了两个，一共4个人", intent: "change_booking", slots: { date: "2026-11-21", party_size: 4 } },
    { role: "guest", text: "我12月3號嗰間房想遲一日先入住", intent: "change_booking", slots: { date: "2026-12-03" } },
  ]);
});

describe("a tent or cabin moved; a stay short of what was paid for", () => {
  run([
    { role: "guest", text: "can we move our safari tent back a week? we'd now arrive on 4 December", intent: "change_booking", slots: { start: "2026-12-04" } },
    { role: "guest", text: "no hot water in the cabin for two days, not what we paid for", intent: "log_complaint" },
  ]);
});

describe("beside a quote, the writer's own ask: a read, a record of their own, the booking quoted, their own day", () => {
  run([
    { role: "manager", text: "转发：\n「区域经理：各组季度业绩下周一前报上来」\n这个季度的汇总给我看下", intent: "summary", slots: { period: "this_quarter" } },
    { text: "Re: Monday sync\n> remember to tidy your pipeline\nwhat's overdue for me?", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "【转发】群里 小李：“城西的华联超市采购说元旦想进一批坚果礼盒，大概五百盒，我忙不过来”\n这个我来跟，加成我的线索，采购叫吴敏，周五我过去", intent: "create_lead", slots: { name: "吴敏", quantity: 500, next_due: "2026-11-20" } },
    { text: "Fwd: web enquiry\n> Name: Nora Quinn\n> Company: Quinn Florals\n> Message: need 40 vases for a launch\n\nLead please", intent: "create_lead", slots: { name: "Nora Quinn", company: "Quinn Florals", quantity: 40 } },
    { role: "guest", text: "> Saturday, 21 November · 7:00 PM · Party of 4\ncould we push it to 8:30?", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-21T20:30" } },
    { role: "guest", text: "> 预订成功：11月25日 18:00 2位\n再帮我订一个，11月26日中午12点，5位", intent: "create_booking", slots: { start: "2026-11-26T12:00", party_size: 5 } },
    { text: "Forwarded from Dana:\n\"Ryo from Ichiban Sushi wants 12 knife sets\"\nI called Ryo Tanaka myself, he's keen. follow up Monday", intent: "log_followup", slots: { customer: "Ryo Tanaka", next_due: "2026-11-23" } },
    { text: "转发：\n「小周：华新超市那单成交了，6万」\n👍👍", intent: "unknown" },
  ]);
});

describe("a target set for the team asks for no figures", () => {
  run([
    { role: "manager", text: "let's aim to sign 12 new accounts this month, team", intent: "unknown" },
    { role: "manager", text: "how many accounts did we sign this month?", intent: "summary", slots: { period: "this_month" } },
  ]);
});
