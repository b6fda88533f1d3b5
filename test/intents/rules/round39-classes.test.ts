/**
 * Classes of language learnt in round thirty-eight, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a manager talking about the figures, not asking for them", () => {
  run([
    { role: "manager", text: "the new dashboard feels really clean, nice job", intent: "unknown" },
    { role: "manager", text: "if we raised prices by 5% would revenue hold up?", intent: "unknown" },
    { role: "manager", text: "如果我们把零售价涨3个点 利润能不能上来", intent: "unknown" },
    { role: "manager", text: "already ran the quarterly report myself this morning, no need", intent: "unknown" },
    { role: "manager", text: "send me this week's summary", intent: "summary", slots: { period: "this_week" } },
  ]);
});

describe("a guest: a cancellation already made, a booking's day forgotten, a need ignored", () => {
  run([
    { role: "guest", text: "我之前已经取消了 就是确认一下 不用管", intent: "unknown" },
    { role: "guest", text: "我那个订位 是几点来着", intent: "my_bookings" },
    { role: "guest", text: "我明明说过不吃香菜 为什么面里还放了这么多", intent: "log_complaint" },
    { role: "guest", text: "I told the waiter I can't have dairy but the sauce still had cream in it", intent: "log_complaint" },
    { role: "guest", text: "what's the wifi password in the lobby?", intent: "unknown" },
  ]);
});

describe("a long booking ask with a wish after it, signed", () => {
  run([
    {
      role: "guest",
      text: "Hi there, we'd like to book a twin room for 2 nights from Friday. Could you add an extra pillow? Cheers, Mei Tan +6598765432",
      intent: "create_booking",
      slots: { kind: "room", start: "2026-11-20", nights: 2, phone: "+6598765432" },
    },
  ]);
});

describe("staff: leads passed on, customers pointed at, voice slips", () => {
  run([
    { text: "Got a referral from Tom - Lena Fischer, Fischer Optik, wants 30 display cases, call her Monday", intent: "create_lead", slots: { company: "Fischer Optik", quantity: 30 } },
    { text: "老客户转介绍了一个 邓美华 美华眼镜店 想要两百副镜框", intent: "create_lead", slots: { name: "邓美华", company: "美华眼镜店", quantity: 200 } },
    { text: "早上给那个孔德明回了电话 他说下周再定", intent: "log_followup", slots: { customer: "孔德明", channel: "call" } },
    { text: "新线索 宏发建材的易志强 要 要两百包水泥 电话13800002222", intent: "create_lead", slots: { name: "易志强", company: "宏发建材", product: "水泥", quantity: 200 } },
    { text: "Anna Berg moved to uh Nordlys Studio, new email anna@nordlys.no", intent: "update_customer", slots: { customer: "Anna Berg", company: "Nordlys Studio" } },
    { text: "Jamal Reid prefs: texts only, no calls before 10", intent: "update_customer", slots: { preferences: ["texts only", "no calls before 10"] } },
    { text: "下午亲自去见了永兴五金的谭老板", intent: "log_followup", slots: { channel: "visit" } },
    { text: "報價單昨天發了 明天寄樣品 下周一再聯繫他們", intent: "log_followup", slots: { next_due: "2026-11-23" } },
    { text: "陈生搬咗去华丰物流做嘢", intent: "update_customer", slots: { company: "华丰物流" } },
    { text: "帮会员何静怡订周五晚上7点的位 4位", intent: "create_booking", slots: { name: "何静怡", party_size: 4 } },
  ]);
});

describe("a deal named in capitals before what of theirs moves", () => {
  run([
    { text: "move the Harbour Lights spring gala to proposal", intent: "update_deal", slots: { customer: "Harbour Lights", stage: "proposal" } },
    { text: "Maple & Co catering deal -> won, 12k", intent: "update_deal", slots: { customer: "Maple & Co", stage: "won", amount: 12000 } },
    { text: "The deal is lost", intent: "update_deal", slots: { stage: "lost" }, absent: ["customer"] },
  ]);
});

describe("a guest's booking moved to an earlier day of the month, and foods and rooms wished for in Cantonese", () => {
  run([
    { role: "guest", text: "please move my reservation from the 28th to the 25th", intent: "change_booking", slots: { date: "2026-11-28", start: "2026-11-25" } },
    { role: "guest", text: "聽晚七點 四位 要個包房", intent: "create_booking", slots: { party_size: 4, preferences: ["包房"] } },
    { role: "guest", text: "後日中午兩位 其中一位食全素", intent: "create_booking", slots: { party_size: 2, preferences: ["全素"] } },
  ]);
});

describe("the writer's own plan, a slip that nearly happened, an offer to a colleague: nothing to record", () => {
  run([
    { text: "后天打算去东城那几家五金店转转", intent: "unknown" },
    { text: "准备明天给恒源化工打个电话问下进度", intent: "unknown" },
    { text: "gonna drop by Saltmarsh Bakery after lunch", intent: "unknown" },
    { text: "打算下周给恒源化工报价，提醒我一下", intent: "log_followup" },
    { text: "almost emailed the Brennan quote to the wrong Chris 😬", intent: "unknown" },
    { text: "差点把报价单发给了别的客户 吓死", intent: "unknown" },
    { text: "do you want me to log the visit to Oakridge or will you?", intent: "unknown" },
    { role: "manager", text: "@Dev where are we with Halcyon Labs? need it before the 4pm call", intent: "unknown" },
  ]);
});

describe("a manager's what-if, a rule passed on, a wish in jest, the office asked about", () => {
  run([
    { role: "manager", text: "what if we gave the top 10 accounts free delivery next year?", intent: "unknown" },
    { role: "manager", text: "who approved the free samples for Delmar Foods?", intent: "unknown" },
    { text: "boss says 40 calls a week minimum from now on 🙃", intent: "unknown" },
    { role: "manager", text: "would love a ranking where Priya isn't bottom for once 😂", intent: "unknown" },
    { role: "manager", text: "Boss wants the top 5 accounts this month, can you pull that", intent: "top_customers" },
  ]);
});

describe("a guest: a cancel only on a condition, one asked in jest, the bookings held now", () => {
  run([
    { role: "guest", text: "我先生说如果周六台风来就不去了", intent: "unknown" },
    { role: "guest", text: "my wife says 'just cancel it' haha she's joking, keep it please", intent: "unknown" },
    { role: "guest", text: "帮我查一下我现在都有哪些预订", intent: "my_bookings" },
    { role: "guest", text: "need 3 double rooms from 12 Dec to 14 Dec for a team of 6", intent: "create_booking", slots: { party_size: 6 } },
  ]);
});

describe("English typed into Chinese, and details misread before", () => {
  run([
    { text: "加个lead: 何太 @金满楼 要300箱椰汁 聽日call佢", intent: "create_lead", slots: { name: "何太", company: "金满楼", quantity: 300 } },
    { text: "有个新prospect 韦强 顺风车队 要GPS 30台", intent: "create_lead", slots: { name: "韦强", company: "顺风车队" } },
    { text: "new lead叫Ivy Ong, from Lumen Optics, want 20台显微镜", intent: "create_lead", slots: { product: "显微镜", quantity: 20 } },
    { text: "Harbourline Foods complain说冷柜温度不够", intent: "log_complaint", slots: { customer: "Harbourline Foods" } },
    { text: "录一下：鼎新建材 马工 要防水卷材 预算8万", intent: "create_lead", slots: { company: "鼎新建材", amount: 80000 } },
    { text: "greenfield cafe -> proposal", intent: "update_deal", slots: { customer: "greenfield cafe", stage: "proposal" } },
    { text: "佐藤美咲的手机改成13900001111", intent: "update_customer", slots: { customer: "佐藤美咲", phone: "13900001111" } },
    { text: "上午去了永辉超市 对方经理不在 周四再约", intent: "log_followup", slots: { customer: "永辉超市" } },
    { text: "阿强微信回我了 周五去他们工地现场看看", intent: "log_followup", slots: { channel: "message" } },
    { text: "met the Corbel team today, they want a trial on site. next touch Fri", intent: "log_followup", slots: { next_due: "2026-11-20" } },
  ]);
});

describe("someone else's words quoted and laughed off, an opinion asked, a contact put off", () => {
  run([
    { role: "guest", text: "my husband literally said 'book the penthouse' lol as if", intent: "unknown" },
    { role: "guest", text: "our kids just said \"cancel school and book the beach\" haha ignore them", intent: "unknown" },
    { text: "客户说“月底前一定下单”，你们觉得靠谱吗", intent: "unknown" },
    { text: "想了想还是给龚总打个电话吧 下午再说", intent: "unknown" },
    { text: "打算过两天去看看老客户林老板 还没约 再说吧", intent: "unknown" },
    { text: "下雨了 今天的拜访安排全被打乱了", intent: "unknown" },
    { text: "记一下 覃总不吃海鲜 只喝白茶 女儿明年出国", intent: "update_customer", slots: { customer: "覃总" } },
  ]);
});

describe("a manager's musings and meetings, a guest asking after a friend's points", () => {
  run([
    { role: "manager", text: "如果明年把年费涨5% 老客户会不会流失", intent: "unknown" },
    { role: "manager", text: "maybe a thank-you lunch for our top 10 clients in Jan, thoughts?", intent: "unknown" },
    { role: "manager", text: "月报我下周一交给老板", intent: "unknown" },
    { role: "manager", text: "周四上午开会讨论大客户分级 大家准备下材料", intent: "unknown" },
    { role: "manager", text: "could someone look into why the October figures look low?", intent: "unknown" },
    { role: "guest", text: "我同事李峰上个月也住过 她积分多少啊", intent: "unknown" },
  ]);
});

describe("complaints: a discount refused, a birthday gift damaged, one handled well, one closed by a call", () => {
  run([
    { role: "guest", text: "餐厅说我的会员价不能用 真离谱", intent: "log_complaint" },
    { text: "司徒先生投诉上周送的生日蛋糕摔坏了", intent: "log_complaint", slots: { customer: "司徒先生" } },
    { role: "guest", text: "上回投诉处理得特别及时 谢谢你们", intent: "unknown" },
    { text: "called back Mr Dlamini about his complaint, he's happy now. closing it", intent: "log_followup" },
  ]);
});

describe("asked in short: overdue work, a number, a stage set by '=', a deal typed in lower case", () => {
  run([
    { text: "anything overdue? think I forgot a callback", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "whats the # for juniper florals", intent: "lookup_customer", slots: { query: "juniper florals" } },
    { text: "Redwood Dental = negotiation", intent: "update_deal", slots: { customer: "Redwood Dental", stage: "negotiation" } },
    { text: "Tidewater Cafe moved to won, 8k", intent: "update_deal", slots: { customer: "Tidewater Cafe", stage: "won" } },
    { text: "Oakfield launch - proposal sent, 12,000", intent: "update_deal", slots: { customer: "Oakfield", stage: "proposal" } },
    { text: "saltmarsh deal now in negotiation", intent: "update_deal", slots: { customer: "saltmarsh", stage: "negotiation" } },
    { text: "帮我给何总订个花篮 开业用", intent: "unknown" },
    { text: "跟龚总通了电话 他说再想下 周四再问", intent: "log_followup", slots: { next_due: "2026-11-19" } },
  ]);
});
