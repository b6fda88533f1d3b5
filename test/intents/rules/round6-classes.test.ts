/**
 * Classes of language from the sixth round (fresh-4 and fresh-5 misses, grouped), each with variants of our
 * own: leads told as stories or lists, goods after many verbs, amounts, names beside companies, party sizes,
 * booking changes as ranges or delays, and things that are not for the CRM at all.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a lead told as a story or a list, with no 'new lead' word", () => {
  run([
    { text: "加了个微信 李老板 开火锅店的 每周要100斤牛油", intent: "create_lead", slots: { name: "李老板", product: "牛油", quantity: 100 } },
    { text: "展会上加了微信，东升酒楼的周经理，要300箱啤酒，下周二联系", intent: "create_lead", slots: { name: "周经理", company: "东升酒楼", product: "啤酒", quantity: 300, next_due: "2026-11-24" } },
    { text: "刚接到个电话，阳光幼儿园的刘园长想给孩子们订校服，两百套", intent: "create_lead", slots: { name: "刘园长", company: "阳光幼儿园", product: "校服", quantity: 200 } },
    { text: "客户：孙经理，福满楼酒家，要花雕酒60坛，周五去送样", intent: "create_lead", slots: { name: "孙经理", company: "福满楼酒家", product: "花雕酒", quantity: 60 } },
    { text: "今天见了一个客户叫张丽 她们公司叫恒信物业 要订矿泉水 每月两百桶", intent: "create_lead", slots: { name: "张丽", company: "恒信物业", product: "矿泉水", quantity: 200 } },
    { text: "1) 王总 2) 宏达建材 3) 300箱瓷砖 4) 下周五回访", intent: "create_lead", slots: { name: "王总", company: "宏达建材", product: "瓷砖", quantity: 300, next_due: "2026-11-27" } },
    { text: "名片：吴海 | 海洋水产 | 13912340000 | 想进我们的冻虾", intent: "create_lead", slots: { name: "吴海", phone: "13912340000", product: "冻虾" } },
    { text: "在建材展上碰到宏远装饰的何工 他们要200平米木地板 电话13622223333", intent: "create_lead", slots: { name: "何工", company: "宏远装饰", product: "木地板", quantity: 200 } },
    { text: "so I ran into Peter Novak at the expo, he runs Novak Bakery, wants 50 bags of flour", intent: "create_lead", slots: { name: "Peter Novak", company: "Novak Bakery", product: "flour", quantity: 50 } },
    { text: "Met a guy named Raj Patel at the trade show, keen on our olive oil, maybe 40 cases. Mobile +44 7700 900123", intent: "create_lead", slots: { name: "Raj Patel", product: "olive oil", quantity: 40, phone: "+447700900123" } },
    { text: "Met Nina at the bridal fair - Nina Lopez, planning an August wedding, keen on the lakeside package, nina.l@gmail.com", intent: "create_lead", slots: { name: "Nina Lopez", product: "lakeside package", email: "nina.l@gmail.com" } },
    { text: "bumped into Laura Kim from Kim Dental at the conference, needs 10 dental chairs", intent: "create_lead", slots: { name: "Laura Kim", company: "Kim Dental", quantity: 10 } },
  ]);
});

describe("a customer already known who asks for more is a contact, not a lead", () => {
  run([
    { text: "杜先生来电话了 说香槟要加到五百瓶 下周一签", intent: "log_followup" },
    { text: "给周总打了电话 他说还要100箱 周五发货", intent: "log_followup" },
    { text: "rang Oliver, he wants another 20 cases next month", intent: "log_followup" },
  ]);
});

describe("what a lead wants, after many verbs and before its count", () => {
  run([
    { text: "新线索 华美广告 赵总 要印3000份海报", intent: "create_lead", slots: { product: "海报", quantity: 3000 } },
    { text: "新客户 恒通物流 车队要换车 计划采购10台冷藏车", intent: "create_lead", slots: { product: "冷藏车", quantity: 10 } },
    { text: "新线索：金叶酒店 采购部李经理 要冷冻牛排 每月500斤", intent: "create_lead", slots: { name: "李经理", product: "冷冻牛排", quantity: 500 } },
    { text: "新线索 恒丰酒店的采购经理周强 对我们的红酒有兴趣", intent: "create_lead", slots: { name: "周强", product: "红酒" } },
    { text: "新客户 绿源农场 想给大棚装滴灌设备 预算15万", intent: "create_lead", slots: { product: "滴灌设备", amount: 150000 } },
    { text: "新线索：马女士 想给员工报Python培训班 8个人", intent: "create_lead", slots: { product: "Python培训班", quantity: 8 } },
    { text: "新线索：钱阿姨 想给外孙在我们这办百日宴 大概8桌", intent: "create_lead", slots: { product: "百日宴", quantity: 8 } },
    { text: "新客户 林老板 想代理我们的净水器", intent: "create_lead", slots: { product: "净水器" } },
    { text: "新线索 星光影楼 刘经理 相册500本 电话13755556666", intent: "create_lead", slots: { product: "相册", quantity: 500 } },
    { text: "帮我建个客户：乐乐母婴店 联系人 黄店长 纸尿裤 要60箱", intent: "create_lead", slots: { name: "黄店长", product: "纸尿裤", quantity: 60 } },
    { text: "客户：钟经理，明月茶楼，要铁观音礼盒200盒", intent: "create_lead", slots: { product: "铁观音礼盒", quantity: 200 } },
    { text: "lead: 许总, 天成能源, 要 heat pump 30台, 预算 2.5M", intent: "create_lead", slots: { product: "heat pump", quantity: 30, amount: 2500000 } },
    { text: "新线索：宋女士，雅思冲刺班，2人，13800001111", intent: "create_lead", slots: { product: "雅思冲刺班", quantity: 2 } },
    { text: "new lead Ben Cole, Cole Plumbing, wants a quote on 3 Toyota Hilux trucks", intent: "create_lead", slots: { product: "Toyota Hilux trucks", quantity: 3 } },
    { text: "New enquiry from Alice Ward at Oakfield School - wants Spanish lessons for 12 staff", intent: "create_lead", slots: { name: "Alice Ward", company: "Oakfield School", product: "Spanish lessons", quantity: 12 } },
    { text: "Lead from Instagram: Chloe Baker, Baker Legal, needs Slack for 40 users", intent: "create_lead", slots: { name: "Chloe Baker", company: "Baker Legal", quantity: 40 } },
  ]);
});

describe("amounts written every way", () => {
  run([
    { text: "新线索 华新电子 王总 采购100块主板 预算30万", intent: "create_lead", slots: { amount: 300000, quantity: 100 } },
    { text: "new prospect: Omar Haddad @ Vela Systems, looking at 300 seats, budget 1.2M", intent: "create_lead", slots: { amount: 1200000 } },
    { text: "新客户 蓝天图文 的 陈主管 要印名片 报价大概2千5", intent: "create_lead", slots: { company: "蓝天图文", amount: 2500 } },
    { text: "new lead Mia Chen, Chen Bakery, budget RMB 80,000", intent: "create_lead", slots: { amount: 80000 } },
    { text: "新线索 赵总 要20台空调 预算二十万", intent: "create_lead", slots: { amount: 200000 } },
    { text: "new lead: Sam Reed, Reed Events, 12k budget for lighting", intent: "create_lead", slots: { amount: 12000 } },
  ]);
});

describe("party sizes said as adults and children, a family, a party", () => {
  run([
    { text: "想订12月5号到7号的家庭房 两个大人两个小孩", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "Could I book a family room for Dec 5 to Dec 7? 2 adults 1 kid", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "we'd like a room from 27th to 29th Dec, 2 adults and 2 children", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "明晚订个位 我们一家五口", role: "guest", intent: "create_booking", slots: { party_size: 5 } },
    { text: "table for a party of 8 on Saturday at 7pm", role: "guest", intent: "create_booking", slots: { party_size: 8 } },
    { text: "明天中午 俩人 订个位", role: "guest", intent: "create_booking", slots: { party_size: 2 } },
    { text: "三个大人一个小朋友 周六晚上6点", role: "guest", intent: "create_booking", slots: { party_size: 4 } },
    { text: "下周六中午12点 8位 给老人过生日", role: "guest", intent: "create_booking", slots: { party_size: 8 } },
    { text: "Saturday 7pm, 6 people, it's my wife's birthday", role: "guest", intent: "create_booking", slots: { party_size: 6 } },
  ]);
});

describe("a room type or a seat preference said in its own words", () => {
  run([
    { text: "想订下周六一晚的榻榻米房 两个人", role: "guest", intent: "create_booking", slots: { nights: 1, room_type: "榻榻米房" } },
    { text: "下周三到周五 林间木屋 3个人 有空房吗", role: "guest", intent: "create_booking", slots: { room_type: "林间木屋" } },
    { text: "12月10号 温泉套房 住两晚", role: "guest", intent: "create_booking", slots: { room_type: "温泉套房", nights: 2 } },
    { text: "11月28-30号 山景别墅 6个人 能订吗", role: "guest", intent: "create_booking", slots: { room_type: "山景别墅" } },
    { text: "Looking for a lakeside room Jan 2 through Jan 5 for 2", role: "guest", intent: "create_booking", slots: { room_type: "lakeside" } },
    { text: "明天中午12点 4位 不要靠门口的位置", role: "guest", intent: "create_booking", slots: { preferences: ["不要靠门口"] } },
    { text: "订明天的房 一晚 高楼层 不要靠电梯", role: "guest", intent: "create_booking", slots: { preferences: ["高楼层", "不要靠电梯"] } },
    { text: "帮我留个卡座 今晚9点 6个人", role: "guest", intent: "create_booking", slots: { preferences: ["卡座"] } },
    { text: "周五晚上7点 十二个人 有没有大桌", role: "guest", intent: "create_booking", slots: { preferences: ["大桌"] } },
    { text: "Reserve a table for 3 tonight 8pm, bar seats please", role: "guest", intent: "create_booking", slots: { preferences: ["bar seats"] } },
    { text: "Could I book a double room for Friday and Saturday night?", role: "guest", intent: "create_booking", slots: { nights: 2 } },
    { text: "我想订今晚的房间 一间双床房 会晚到 大概10点", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-18", preferences: ["晚到"] } },
  ]);
});

describe("holidays named in English", () => {
  run([
    { text: "2 nights starting Thanksgiving, king room", role: "guest", intent: "create_booking", slots: { start: "2026-11-26", nights: 2 } },
    { text: "need to cancel our Thanksgiving dinner reservation", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-26" } },
    { text: "book a table for 6 on Christmas Eve at 7pm", role: "guest", intent: "create_booking", slots: { start: "2026-12-24T19:00" } },
  ]);
});

describe("a booking moved as a range, a delay, or to a new day", () => {
  run([
    { text: "原来订的12月10号到12号 改成12月11号到13号", role: "guest", intent: "change_booking", slots: { date: "2026-12-10", start: "2026-12-11", end: "2026-12-13" } },
    { text: "我订的12月10号到12号 能不能改成11号到13号", role: "guest", intent: "change_booking", slots: { date: "2026-12-10", start: "2026-12-11", end: "2026-12-13" } },
    { text: "我们今晚7点那桌要晚半小时到", role: "guest", intent: "change_booking", slots: { date: "2026-11-18", start: "2026-11-18T19:30" } },
    { text: "明天中午12点的位子 我们晚一个小时到", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", start: "2026-11-19T13:00" } },
    { text: "我们晚点到 大概8点半 原来订的是今晚7点", role: "guest", intent: "change_booking", slots: { date: "2026-11-18", start: "2026-11-18T20:30" } },
    { text: "running late, push our 7pm table tonight back 30 minutes", role: "guest", intent: "change_booking", slots: { date: "2026-11-18", start: "2026-11-18T19:30" } },
    { text: "Can I push my check-in to Saturday instead of Friday?", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { text: "move our Friday dinner to Saturday instead", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21" } },
    { text: "周六的包间 加两个人 变8位", role: "guest", intent: "change_booking", slots: { party_size: 8 } },
    { text: "Could we add a fourth person to our table on 27 Nov?", role: "guest", intent: "change_booking", slots: { date: "2026-11-27", party_size: 4 } },
  ]);
});

describe("asks that are not for the CRM: wiping data, writing for someone, trivia", () => {
  run([
    { text: "把所有客户数据删了", intent: "unknown" },
    { text: "帮我把全部线索都清空", intent: "unknown" },
    { text: "delete all the customer records", intent: "unknown" },
    { text: "帮我写个年终总结的开头", role: "manager", intent: "unknown" },
    { text: "帮我写一封给客户的道歉信", intent: "unknown" },
    { text: "write me a cover letter for a sales job", intent: "unknown" },
    { text: "who's going to win the world cup", intent: "unknown" },
    { text: "what's the wholesale price of olive oil these days?", intent: "unknown" },
    { text: "who will win the election", intent: "unknown" },
    { text: "今天加了个微信群 好热闹", intent: "unknown" },
    { text: "名片：还没印好", intent: "unknown" },
    { text: "1) 吃饭 2) 睡觉 3) 打豆豆", intent: "unknown" },
    { text: "帮我写个跟进记录：王总说下周签", intent: "log_followup" },
  ]);
});

describe("a rep's numbers asked with a possessive, and reports asked by their measures", () => {
  run([
    { text: "Give me Emily's numbers for this quarter", role: "manager", intent: "summary", slots: { person: "Emily", period: "this_quarter" } },
    { text: "Tom's stats this week", role: "manager", intent: "summary", slots: { person: "Tom", period: "this_week" } },
    { text: "show me Priya's sales last month", role: "manager", intent: "summary", slots: { person: "Priya", period: "last_month" } },
    { text: "上个月各项指标", role: "manager", intent: "summary", slots: { period: "last_month" } },
    { text: "这周的关键指标看一下", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "上周销售额排名前15的客户", role: "manager", intent: "top_customers", slots: { period: "last_week", limit: 15 } },
    { text: "今年回款排名前十的客户", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 10 } },
  ]);
});

describe("how a contact happened: going to see someone is a visit, a meal is a meeting", () => {
  run([
    { text: "去华强建材见了刘总 他想先看样品 周五再联系", intent: "log_followup", slots: { channel: "visit" } },
    { text: "今晚跟陈总吃饭 聊得挺好 下周去他们厂里看看", intent: "log_followup", slots: { channel: "meeting" } },
    { text: "Met Greg Hall on site at the warehouse, measured the racks. Quote by Friday", intent: "log_followup", slots: { channel: "visit" } },
    { text: "钱总电话打不通 明天再打", intent: "log_followup", slots: { customer: "钱总", channel: "call", next_due: "2026-11-19" } },
    { text: "Jake's phone keeps going to voicemail, try again tmr", intent: "log_followup", slots: { channel: "call", next_due: "2026-11-19" } },
  ]);
});

describe("phones and guest names in lists", () => {
  run([
    { text: "新增线索：邓女士，钢琴陪练，2人，微信同号13600001234，12月1号再联系", intent: "create_lead", slots: { phone: "13600001234", next_due: "2026-12-01" } },
    { text: "新线索 韦总 电话13512345678,明天联系", intent: "create_lead", slots: { phone: "13512345678" } },
    { text: "帮我订一个房间 12月1号入住 12月3号退房 名字王芳 电话15900001111", role: "guest", intent: "create_booking", slots: { name: "王芳", phone: "15900001111" } },
  ]);
});

describe("chat shorthand", () => {
  run([
    { text: "mtg w/ Dana Cole tmr 3pm re the renewal", intent: "log_followup", slots: { next_due: "2026-11-19T15:00" } },
    { text: "can I move my appt to Fri?", role: "guest", intent: "change_booking", slots: { start: "2026-11-20" } },
    { text: "明儿晚上7点 4位", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T19:00", party_size: 4 } },
  ]);
});

describe("more of a booking change: same time on a new day, a later checkout, a longer stay", () => {
  run([
    { text: "can I move my Friday table to Saturday, same time? it's 8pm", role: "guest", intent: "change_booking", slots: { date: "2026-11-20", start: "2026-11-21T20:00" } },
    { text: "extend my stay - checking out Tuesday instead of Monday", role: "guest", intent: "change_booking", slots: { end: "2026-11-24" } },
    { text: "海景房多住一晚，退房改到周六", role: "guest", intent: "change_booking", slots: { end: "2026-11-21" } },
  ]);
});

describe("more wants and their companies", () => {
  run([
    { text: "录一下 客户孙姐 开美容院的 想看三台二手雅阁 电话 186 1111 2222", intent: "create_lead", slots: { product: "二手雅阁", quantity: 3 } },
    { text: "Met a bloke called Sam Hart at the beer festival, runs The Red Lion pub, keen on our IPA, maybe 30 kegs", intent: "create_lead", slots: { name: "Sam Hart", company: "Red Lion", product: "IPA", quantity: 30 } },
  ]);
});
