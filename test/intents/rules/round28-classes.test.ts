/**
 * Classes of language learnt in round twenty-seven, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th, this Saturday the 21st.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("pinyin typed without characters, and Chinese words spaced apart", () => {
  run([
    { text: "mingtian zhongwu 12 dian, san ge ren, you mei you weizi?", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T12:00", party_size: 3 } },
    { text: "qu xiao wo xingqiliu de yuding, xie xie", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { text: "wo de yuding pls", role: "guest", intent: "my_bookings" },
    { text: "hi, we are 6 ren now, please change it", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "Can you hold a table for the women's book club, she's shining tonight", role: "guest", intent: "create_booking", absent: ["party_size"] },
    { text: "我 book 了 哪天? 忘了", role: "guest", intent: "my_bookings" },
    { text: "这个 week 的 tasks 给我看看", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "本月 最大的 五个 customers 是谁", role: "manager", intent: "top_customers", slots: { period: "this_month", limit: 5 } },
    { text: "张先生 的 phone number 是多少?", intent: "lookup_customer", slots: { query: "张先生" } },
  ]);
});

describe("dates a learner or a long email gives", () => {
  run([
    { text: "one twin room, from 12月20号 to 12月22号 please", role: "guest", intent: "create_booking", slots: { start: "2026-12-20", end: "2026-12-22" } },
    { text: "我们想 book 包间 for 12月24号 晚上, 9 people", role: "guest", intent: "create_booking", slots: { start: "2026-12-24", party_size: 9 } },
    { text: "Our room is booked from 3 December, but the train gets in the next day. Please move the check-in to 4 December.", role: "guest", intent: "change_booking", slots: { date: "2026-12-03", start: "2026-12-04" } },
    { text: "Could we move our stay to Monday 7 December through to Wednesday 9 December?", role: "guest", intent: "change_booking", slots: { start: "2026-12-07", end: "2026-12-09" } },
    { text: "Some friends are in town this weekend, a table for five on Friday night at 8 would be lovely", role: "guest", intent: "create_booking", slots: { start: "2026-11-20T20:00", party_size: 5 } },
    { text: "Team lunch: table for 9 at 1pm on the 25th", role: "guest", intent: "create_booking", slots: { start: "2026-11-25T13:00", party_size: 9 } },
  ]);
});

describe("an email's signer, a dotted phone and a guest alone", () => {
  run([
    { text: "Dear team,\n\nCould I book a table for two this Saturday at 7pm?\n\nKind regards,\nNiamh Ó Briain\n087 555 1234", role: "guest", intent: "create_booking", slots: { name: "Niamh Ó Briain" } },
    { text: "Hi, a queen room for Friday night please. Thanks, Dana Kowalski 303.555.0199", role: "guest", intent: "create_booking", slots: { phone: "3035550199" } },
    { text: "A single room for two nights from Friday, I'll be travelling on my own", role: "guest", intent: "create_booking", slots: { party_size: 1 } },
  ]);
});

describe("a staff ask beside a customer's quoted words", () => {
  run([
    { text: "Please update Tom Reilly's email. He wrote: \"Hi, I've moved on, so please send everything to tom@reillyarch.ie from now on. Cheers, Tom\"", intent: "update_customer", slots: { customer: "Tom Reilly", email: "tom@reillyarch.ie" } },
    { text: "Grace Liu rang asking whether we still have her allergy notes from last year. Could you pull up what we've got on file for her?", intent: "lookup_customer", slots: { query: "Grace Liu" } },
  ]);
});

describe("where a lead came from, labelled before the lead", () => {
  run([
    { text: "Expo visitor at Interpack: Lena Vogt, Head of Buying, Vogt Verpackung GmbH, lena@vogt.de, wants 400 rolls of film", intent: "create_lead", slots: { name: "Lena Vogt", company: "Vogt Verpackung GmbH" } },
    { text: "Card: Ravi Menon, procurement lead, Sunrise Agro, +91 98450 12345", intent: "create_lead", slots: { name: "Ravi Menon" } },
    { text: "SIAL: met Chloé Martin from Maison Verte, wants 80 cases of olive oil", intent: "create_lead", slots: { name: "Chloé Martin", company: "Maison Verte" } },
    { text: "Lead: Aisha Bello @ Lagoon Events, aisha@lagoonevents.ng, wants chairs for a gala", intent: "create_lead", slots: { name: "Aisha Bello", company: "Lagoon Events" } },
    { text: "广交会名片：Daniel Wu 吴德明，Harbour Lights Ltd，想要300盏台灯", intent: "create_lead", slots: { name: "Daniel Wu", company: "Harbour Lights Ltd", quantity: 300 } },
    { text: "名片：山田太郎，樱花贸易，想要一打样品机", intent: "create_lead", slots: { name: "山田太郎", quantity: 12 } },
  ]);
});

describe("a total beside the price of one", () => {
  run([
    { text: "Pine Ridge Cafe: quote sent, 25 cases @ $40 = $1,000", intent: "update_deal", slots: { customer: "Pine Ridge Cafe", amount: 1000 } },
    { text: "新客户：周小姐，悦来茶庄，要八百盒茶叶，单价45，总共3万6", intent: "create_lead", slots: { quantity: 800, amount: 36000 } },
  ]);
});

describe("a family counted as a whole, and elders added to it", () => {
  run([
    { text: "订周六晚上6点，一家八口，三个小朋友要儿童椅", role: "guest", intent: "create_booking", slots: { party_size: 8 } },
    { text: "明天中午订位，我们一家三口加外公外婆", role: "guest", intent: "create_booking", slots: { party_size: 5 } },
  ]);
});

describe("records kept right: renamed companies, new landlines, an address for good", () => {
  run([
    { text: "鸿运物流现在改叫鸿运供应链了，资料更新一下", intent: "update_customer", slots: { customer: "鸿运物流", company: "鸿运供应链" } },
    { text: "Bluefin Ltd is now called Bluefin Marine, please update", intent: "update_customer", slots: { customer: "Bluefin Ltd", company: "Bluefin Marine" } },
    { text: "Kestrel Foods was acquired by Osprey Group, update their company", intent: "update_customer", slots: { customer: "Kestrel Foods", company: "Osprey Group" } },
    { text: "星河电器的采购刘洋，座机换成 0755-2233 4455", intent: "update_customer", slots: { customer: "刘洋", phone: "075522334455" } },
    { text: "Hana at Pebble Studio says use hana@pebble.studio from now on, the old gmail is dead", intent: "update_customer", slots: { email: "hana@pebble.studio" } },
    { text: "Leo Marsh turns 50 on Feb 9, put it on his file", intent: "update_customer", slots: { customer: "Leo Marsh", birthday: "02-09" } },
    { text: "Orchard Deli is qualified — they confirmed the 30 hampers, budget still pending", intent: "update_deal", slots: { stage: "qualified" } },
    { text: "盛世传媒的年会包场定了，合同已签，总价9万6", intent: "update_deal", slots: { stage: "won", amount: 96000 } },
  ]);
});

describe("a guest's wishes for the occasion", () => {
  run([
    { text: "周六晚上求婚，订两位，能帮忙准备鲜花和气球布置吗", role: "guest", intent: "create_booking", slots: { preferences: ["鲜花", "气球布置"] } },
    { text: "hen do for 8 on Saturday at 9, could we have the bar area?", role: "guest", intent: "create_booking", slots: { preferences: ["bar area"] } },
    { text: "我下个月有没有订房？", role: "guest", intent: "my_bookings" },
    { text: "how many rooms did we book again?", role: "guest", intent: "my_bookings" },
  ]);
});

describe("to-do lists asked as what is left", () => {
  run([
    { text: "这周还有多少回访没做完？周五前争取全部清掉", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "列一下逾期一直没跟进的客户", intent: "list_tasks", slots: { period: "overdue" } },
  ]);
});

describe("nothing to record, however it is said", () => {
  run([
    { text: "我没有给王经理打电话，别记上", intent: "unknown" },
    { text: "今天一个电话都没打，没啥要记的", intent: "unknown" },
    { text: "可不可以每天早上自动把跟进提醒推给我？", intent: "unknown" },
    { text: "客诉的处理流程是不是要经过品控？", intent: "unknown" },
    { text: "帮我想一句给刘总的开业祝福语", intent: "unknown" },
    { text: "把我的积分直接改成五千", role: "guest", intent: "unknown" },
    { text: "上周的满月宴太完美了，谢谢小李，我们全家乐坏了", role: "guest", intent: "unknown" },
    { text: "你们包间收服务费吗？", role: "guest", intent: "unknown" },
    { text: "Is there a minimum spend for the private room? we might be 10 at some point", role: "guest", intent: "unknown" },
    { text: "导出积分前二十的会员", role: "guest", intent: "unknown" },
    { text: "我们 不要 change 时间 了, 还是 原来 的", role: "guest", intent: "unknown" },
    { text: "might be back in spring, maybe book then, not now", role: "guest", intent: "unknown" },
    { text: "不用每周发 sales report 给我了", role: "manager", intent: "unknown" },
  ]);
});

describe("reports asked the second way, and reports not asked", () => {
  run([
    { text: "compare Q2 and Q3 for me", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-04-01", to: "2026-09-30" } },
    { text: "numbers for the second half of October", role: "manager", intent: "summary", slots: { from: "2026-10-16", to: "2026-10-31" } },
    { text: "how did sales go on Tuesday?", role: "manager", intent: "summary", slots: { from: "2026-11-17", to: "2026-11-17" } },
    { text: "周四的数据给我看下", role: "manager", intent: "summary", absent: ["person"] },
    { text: "小李10月上旬签了几单", role: "manager", intent: "summary", slots: { person: "小李", from: "2026-10-01", to: "2026-10-10" } },
    { text: "which reps missed their quota this month?", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "本月哪几家进货额最高？列五家出来", role: "manager", intent: "top_customers", slots: { period: "this_month", limit: 5 } },
    { text: "上个月的客诉情况统计一下", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "这周的数据不太好看，把这个月到目前的发我看看", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "Tony 这个 quarter 的业绩", role: "manager", intent: "summary", slots: { period: "this_quarter", person: "Tony" } },
    { text: "不用给我发排名了，我心里有数", role: "manager", intent: "unknown" },
    { text: "上周的报表我已经贴到群里了", role: "manager", intent: "unknown" },
    { text: "周会上过一下这个月的数字", role: "manager", intent: "unknown" },
    { text: "no need for the report today, I'm on leave", role: "manager", intent: "unknown" },
    { text: "I'll take the reps through the October numbers on Friday", role: "manager", intent: "unknown" },
  ]);
});

describe("to-do lists and contacts said in passing", () => {
  run([
    { text: "本周我的拜访安排", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "有没有拖着没联系的客户？", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "过期还没跟的 leads 列一下", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "给上次展会上认识的孙立打了电话，他说样品不错", intent: "log_followup", slots: { customer: "孙立", channel: "call" } },
    { text: "又跟钱处长碰了一面，聊了聊明年的采购", intent: "log_followup", slots: { customer: "钱处长", channel: "meeting" } },
    { text: "跟王先生在 Chatswood 的咖啡店 meet 了一下，他想再看一套", intent: "log_followup", slots: { customer: "王先生", channel: "meeting" } },
    { text: "Visited Alder Bakery, they go through 40 sacks of flour a week, check back in three weeks", intent: "log_followup", slots: { next_due: "2026-12-09" } },
  ]);
});

describe("details kept on a customer, said plainly", () => {
  run([
    { text: "Note for Ingrid Holm: huge Arsenal fan, prefers email", intent: "update_customer", slots: { customer: "Ingrid Holm" } },
    { text: "恒通物流的孙总爱钓鱼，不抽烟，记到资料里", intent: "update_customer", slots: { preferences: ["钓鱼", "不抽烟"] } },
    { text: "Olive Press: proposal out, 12 tins @ £30 = £360", intent: "update_deal", slots: { amount: 360 } },
  ]);
});

describe("bookings as learners and families say them", () => {
  run([
    { text: "I want one room with big bed, 2 adult, from Friday two night", role: "guest", intent: "create_booking", slots: { room_type: "big bed", party_size: 2 } },
    { text: "office party: 20 people, Friday 7pm, set menu A for all", role: "guest", intent: "create_booking", slots: { preferences: ["set menu A"] } },
    { text: "我们一家 4 口，12 月 5 号入住，住两晚", role: "guest", intent: "create_booking", slots: { party_size: 4, nights: 2 } },
    { text: "我在你们这还有几个 booking？", role: "guest", intent: "my_bookings" },
  ]);
});

describe("two things in one message, the main one read", () => {
  run([
    { text: "rang Dara Quinn — new mobile 087 123 4567 — keen on the spring range, follow up Friday", intent: "log_followup", slots: { customer: "Dara Quinn", channel: "call", next_due: "2026-11-20" } },
    { text: "刚给王总打了电话，他换了号码13911112222，周四再聊", intent: "log_followup", slots: { customer: "王总", channel: "call" } },
    { text: "2 nights from 4 Dec, double room please. Also, is breakfast included?", role: "guest", intent: "create_booking", slots: { start: "2026-12-04", nights: 2 } },
    { text: "can you move my facial from Friday to Monday?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-23" } },
    { text: "Harbour Tiles accepted our quote, $8,900", intent: "update_deal", slots: { stage: "won", amount: 8900 } },
    { text: "Did the site inspection with Ana Silva, back on Monday to measure", intent: "log_followup", slots: { customer: "Ana Silva", channel: "visit" } },
  ]);
});

describe("more things said that record nothing", () => {
  run([
    { text: "刚才说永兴那单成交是我记错了，还没签，先别动", intent: "unknown" },
    { text: "not won, not lost, still waiting — nothing to update", intent: "unknown" },
    { text: "I'll probably move Cedar Labs to won once the deposit lands", intent: "unknown" },
    { text: "千万别取消我的预订，我只是问问", role: "guest", intent: "unknown" },
    { text: "听说你们积分可以换房，真的吗？", role: "guest", intent: "unknown" },
    { text: "房间里的洗衣机怎么用？", role: "guest", intent: "unknown" },
    { text: "The technician was really patient and explained everything, thanks!", role: "guest", intent: "unknown" },
  ]);
});

describe("names, businesses and rooms of other kinds", () => {
  run([
    { text: "新客户：三井商事的佐藤，要两百箱味噌，下周联系", intent: "create_lead", slots: { name: "佐藤", company: "三井商事" } },
    { text: "福寿养老院的周姑娘生日系5月2号，帮我记低", intent: "update_customer", slots: { customer: "周姑娘", birthday: "05-02" } },
    { text: "订一套两居室，周五入住，住三晚，要带厨房的", role: "guest", intent: "create_booking", slots: { room_type: "两居室", preferences: ["带厨房"] } },
    { text: "上次配的眼镜戴着头疼，店员也没说清楚，太不负责了", role: "guest", intent: "log_complaint" },
  ]);
});

describe("long emails from guests, read for what they ask", () => {
  run([
    { text: "Hello,\n\nI'm in town for a conference on Thursday and need somewhere to stay just the one night. It'll only be me. My flight doesn't land until late, so I'd appreciate it if you could note a late check-in, probably around midnight.\n\nBest,\nOwen Pryce", role: "guest", intent: "create_booking", slots: { kind: "room", nights: 1, party_size: 1, name: "Owen Pryce" } },
    { text: "Hi team, could we book a table for four this Saturday at 7pm? My sister is pescatarian, and somewhere a bit quieter would be lovely.", role: "guest", intent: "create_booking", slots: { preferences: ["pescatarian", "quiet"] } },
    { text: "About our stay last weekend: the room had not been cleaned, there was hair on the pillow, and we asked for a different room and were told there wasn't one.", role: "guest", intent: "log_complaint" },
    { text: "We loved it and will be back in the autumn, but nothing to book just yet — I'll be in touch.", role: "guest", intent: "unknown" },
    { text: "Please add to Ms. Okoro's profile: she's allergic to sesame and likes a high floor.", intent: "update_customer", slots: { customer: "Ms. Okoro" } },
  ]);
});

describe("a slip owned in dictated Chinese, between spaces", () => {
  run([
    { text: "记一下 钱老板的火锅店 要十五箱啤酒 哦不是十五箱 是二十五箱", intent: "create_lead", slots: { quantity: 25 } },
    { text: "改成六个人 哦不 七个人", role: "guest", intent: "change_booking", slots: { party_size: 7 } },
    { text: "孔经理生日是七月九号 不对不对 是七月十九号", intent: "update_customer", slots: { birthday: "07-19" } },
    { text: "十一月二号到十一月八号 哦不 十号的汇总", role: "manager", intent: "summary", slots: { from: "2026-11-02", to: "2026-11-10" } },
  ]);
});

describe("Spanish and Portuguese words inside English", () => {
  run([
    { text: "Liguei pra Beatriz Nunes, she needs the sócio's ok, retomar na sexta que vem", intent: "log_followup", slots: { customer: "Beatriz Nunes", channel: "call", next_due: "2026-11-20" } },
    { text: "Ferretería San José firmó! MXN 1.250.000", intent: "update_deal", slots: { customer: "Ferretería San José", stage: "won", amount: 1250000 } },
    { text: "Hostal Brisa Marina: mandei a proposta, R$ 12.400", intent: "update_deal", slots: { stage: "proposal", amount: 12400 } },
    { text: "Inés Bravo cumple años el 14 de agosto", intent: "update_customer", slots: { customer: "Inés Bravo", birthday: "08-14" } },
    { text: "Tomás Peña tiene nuevo cel: 311 222 3344", intent: "update_customer", slots: { customer: "Tomás Peña", phone: "3112223344" } },
    { text: "mesa para 3 sábado 21hs, por favor", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T21:00", party_size: 3 } },
    { text: "new prospect: Dra. Carmen Ibáñez, Óptica Vista Clara, wants 30 pares de lentes", intent: "create_lead", slots: { name: "Carmen Ibáñez", company: "Óptica Vista Clara", quantity: 30 } },
    { text: "my cousin might visit in spring, I'll let you know if we need a quarto", role: "guest", intent: "unknown" },
  ]);
});

describe("loyalty points owed, put right, and tiers", () => {
  run([
    { text: "住了三晚，积分一直没到账，怎么回事", role: "guest", intent: "log_complaint" },
    { text: "The points from my March stay still haven't been credited, really frustrating", role: "guest", intent: "log_complaint" },
    { text: "积分已经到账了，谢谢你们", role: "guest", intent: "unknown" },
    { text: "现在积分有多少了", role: "guest", intent: "my_points" },
    { text: "Am I platinum yet?", role: "guest", intent: "my_points" },
    { text: "我的会员等级是什么", role: "guest", intent: "my_points" },
    { text: "谁的积分最高？", role: "guest", intent: "unknown" },
    { text: "show me all the gold members checking in today", role: "guest", intent: "unknown" },
    { text: "我的预订记录查一下", role: "guest", intent: "my_bookings" },
  ]);
});

describe("more third-wave classes", () => {
  run([
    { text: "给钱太太打了电话，说积分补发的事已经处理，下周一再回访", intent: "log_followup", slots: { customer: "钱太太", channel: "call", next_due: "2026-11-23" } },
    { text: "苏丽投诉积分换的早餐券用不了，她是老会员", intent: "log_complaint", slots: { customer: "苏丽" } },
    { text: "今天要联系哪些VIP？", intent: "list_tasks", slots: { period: "today" } },
    { text: "哪些回访已经逾期了", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "give me our top 8 guests this year", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 8 } },
    { text: "阿杰这周拜访了多少大客户", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "我这周末有订位吗", role: "guest", intent: "my_bookings" },
    { text: "入住的时候需要带护照吗？", role: "guest", intent: "unknown" },
    { text: "前天刚修好的空调今天又坏了，你们是不是没修好", role: "guest", intent: "log_complaint" },
    { text: "Texted Omar Haddad at Bluefin Events the offsite menu, chase him Friday", intent: "log_followup", slots: { customer: "Omar Haddad", channel: "message", next_due: "2026-11-20" } },
    { text: "我没有给孙总发微信啊 你记错了", intent: "unknown" },
    { text: "龙腾科技的视频会议开完了 他们要改付款方式 周四上午十点再约", intent: "log_followup", slots: { channel: "meeting", next_due: "2026-11-19T10:00" } },
    { text: "老板又开会开了两个小时", intent: "unknown" },
    { text: "新的lead 嗯 Maya Chen 她是Blue Door Cafe的 要二十箱oat milk", intent: "create_lead", slots: { name: "Maya Chen", company: "Blue Door Cafe", quantity: 20 } },
    { text: "新客户 Maya Chen 要十箱oat milk 邮箱是maya at bluedoorcafe dot com", intent: "create_lead", slots: { email: "maya@bluedoorcafe.com" } },
    { text: "记一下 何姐 开民宿的 叫云上小筑 要十套床垫", intent: "create_lead", slots: { name: "何姐", company: "云上小筑", quantity: 10 } },
    { text: "嗯 帮我查一下那个周立新的电话", intent: "lookup_customer", slots: { query: "周立新" } },
    { text: "查一下前天来看房的那个刘晓燕", intent: "lookup_customer", slots: { query: "刘晓燕" } },
  ]);
});

describe("care details and bookings moved by the meal", () => {
  run([
    { text: "周女士结婚纪念日是6月8号，她生日是9月12号", intent: "update_customer", slots: { customer: "周女士", birthday: "09-12" } },
    { text: "她老公生日是5月3号，他们准备去旅游", intent: "unknown" },
    { text: "郑总饮食要低糖的，房间要放香薰机", intent: "update_customer", slots: { preferences: ["低糖", "香薰机"] } },
    { text: "Ms Adeyemi: sesame allergy, birthday Jan 30", intent: "update_customer", slots: { customer: "Ms Adeyemi", birthday: "01-30" } },
    { text: "Mr Park has a severe peanut allergy", intent: "update_customer", slots: { customer: "Mr Park" } },
    { text: "best customers this quarter, show me 12", role: "manager", intent: "top_customers", slots: { period: "this_quarter", limit: 12 } },
    { text: "结婚纪念日那顿饭改到周六吧，人数变成6个", role: "guest", intent: "change_booking", slots: { start: "2026-11-21", party_size: 6 } },
    { text: "人数改成6个，周五的", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 6 } },
    { text: "林太刚来电话，周六包间推迟到8点，已经帮她改好了", intent: "log_followup", slots: { customer: "林太", channel: "call" } },
  ]);
});

describe("amounts, rates and head counts said in passing", () => {
  run([
    { text: "new lead: Ana Ruiz, Taqueria Sol, budget MXN 85,000", intent: "create_lead", slots: { amount: 85000 } },
    { text: "Fjord Cabins AB signed, SEK 120,000", intent: "update_deal", slots: { stage: "won", amount: 120000 } },
    { text: "Lead: Tom Reyes, Harbor Vets - wants weekly grooming, about $1.5k a month. Call him Thursday.", intent: "create_lead", slots: { amount: 1500, next_due: "2026-11-19" } },
    { text: "can we move Saturday's dinner to Sunday? two of us can't make it so it'll be 4 people", role: "guest", intent: "change_booking", slots: { party_size: 4 } },
    { text: "周五晚上的读书会帮我留三个位子", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "孩子周六的课可以改到周日吗", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
  ]);
});

describe("English as continental Europeans write it", () => {
  run([
    { text: "Please create a lead: Frau Anke Vogt, Vogt Gastro GmbH, 12 espresso machines, EUR 14.500", intent: "create_lead", slots: { amount: 14500 } },
    { text: "Kowalczyk Sp. z o.o. on won, PLN 2.450,00", intent: "update_deal", slots: { stage: "won", amount: 2450 } },
    { text: "new lead: Nils Berg, Berg Fisk AS, budget NOK 75.000, follow up 3.12.", intent: "create_lead", slots: { amount: 75000, next_due: "2026-12-03" } },
    { text: "Report from 2.11. to 13.11.", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-02", to: "2026-11-13" } },
    { text: "I have to annul the room for 24.12., sorry", role: "guest", intent: "cancel_booking", slots: { date: "2026-12-24" } },
    { text: "For my booking on Friday, we will be only 3 persons", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", party_size: 3 } },
    { text: "Table for two tomorrow at 19.30 please", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T19:30", party_size: 2 } },
    { text: "Anna Berg works now for Nordic Dairy AB", intent: "update_customer", slots: { customer: "Anna Berg" } },
    { text: "How many bonus points I have until now?", role: "guest", intent: "my_points" },
    { text: "Reminder for all: office is closed on 1.5., Labour Day", intent: "unknown" },
    { text: "Jan Novak's results this month?", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "the market grew by 1.5.", intent: "unknown" },
  ]);
});

describe("late nights and handovers", () => {
  run([
    { text: "夜班交接：今晚满房，1208房的客人要明早六点叫醒，已经记在交接本上", intent: "unknown" },
    { text: "谢谢，刚才的预订确认收到了", role: "guest", intent: "unknown" },
    { text: "今天还没打电话给钱总，下午再说", intent: "unknown" },
    { text: "Priya Shah only drinks oat milk, put that on her profile", intent: "update_customer", slots: { customer: "Priya Shah" } },
    { text: "孙姐换号了，新号码 61234567", intent: "update_customer", slots: { phone: "61234567" } },
    { text: "new prospect: Dev Patel, Curry Leaf, 20 kegs of lager, follow up the day after tomorrow", intent: "create_lead", slots: { product: "lager", next_due: "2026-11-20" } },
  ]);
});

describe("guests and buyers from Korea and Japan, and hostels", () => {
  run([
    { text: "Korea Beauty Co. moved to negotiation, deal size 2,800만원", intent: "update_deal", slots: { stage: "negotiation", amount: 28000000 } },
    { text: "新客户 Lee Seo-yeon，Seoul Foods，想进口绿茶，预算 300만원", intent: "create_lead", slots: { product: "绿茶", amount: 3000000 } },
    { text: "Could I reserve a twin room for 12/30, 3 nights? We are 2 adults.", role: "guest", intent: "create_booking", slots: { party_size: 2, nights: 3 } },
    { text: "can I book a bed in the dorm for Friday night", role: "guest", intent: "create_booking", slots: { kind: "room" } },
    { text: "微信跟小方确认了团建人数，后天再打给她", intent: "log_followup", slots: { customer: "小方", channel: "message" } },
  ]);
});

describe("dialect words and holidays", () => {
  run([
    { text: "鑫达钢材是啥子情况，帮我查查", intent: "lookup_customer", slots: { query: "鑫达钢材" } },
    { text: "老王烧烤现在咋样了", intent: "lookup_customer", slots: { query: "老王烧烤" } },
    { text: "下礼拜五订个标间，住两宿，俩人", role: "guest", intent: "create_booking", slots: { nights: 2, party_size: 2 } },
    { text: "明儿中午那桌再加俩人", role: "guest", intent: "change_booking", slots: { date: "2026-11-19" } },
    { text: "我那个订座是几点的来着", role: "guest", intent: "my_bookings" },
    { text: "上回那个小哥服务倍儿好，点个赞", role: "guest", intent: "unknown" },
    { text: "點用積分換房？", role: "guest", intent: "my_points" },
    { text: "除夕夜订一桌年夜饭，10位，晚上6点", role: "guest", intent: "create_booking", slots: { start: "2027-02-05T18:00", party_size: 10 } },
    { text: "Easter Sunday lunch for 4 at 1pm please", role: "guest", intent: "create_booking", slots: { start: "2027-03-28T13:00", party_size: 4 } },
    { text: "Called Rosa Diaz, catch up again the Friday after Thanksgiving", intent: "log_followup", slots: { next_due: "2026-11-27" } },
  ]);
});

describe("who the deal was lost to, where guests would sit, next steps after a month", () => {
  run([
    { text: "Demir Tekstil deal is lost, they went with a cheaper supplier from Bursa", intent: "update_deal", slots: { customer: "Demir Tekstil", stage: "lost" } },
    { text: "Had a call with Ivy Chen, they're ordering in March, follow up Feb 20", intent: "log_followup", slots: { next_due: "2027-02-20" } },
    { text: "Table for 8 Friday at 7pm, in the garden area if possible", role: "guest", intent: "create_booking", slots: { preferences: ["garden area"] } },
    { text: "the delivery guys dented our fridge and no one has called us back", role: "guest", intent: "log_complaint" },
  ]);
});

describe("days counted from a holiday", () => {
  run([
    { text: "今天拜访了钱经理，礼盒样品确认了，元旦前一天再去送一次", intent: "log_followup", slots: { next_due: "2026-12-31" } },
    { text: "新客户 孟洁，云帆会展，元旦年会要定制礼品，元旦后第一个周一联系她", intent: "create_lead", slots: { next_due: "2027-01-04" } },
  ]);
});

describe("a report between two holidays", () => {
  run([
    { text: "summary from Christmas Eve through New Year's Day please", role: "manager", intent: "summary", slots: { period: "custom", from: "2025-12-24", to: "2026-01-01" } },
  ]);
});
