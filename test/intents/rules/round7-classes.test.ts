/**
 * Classes of language from the seventh round (fresh-6 misses and last round's leftovers, grouped), each tried
 * with vocabulary of our own: other names, companies, goods, verbs and word orders, in both languages.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a verb with an aspect or result complement is the bare verb (打完电话, 聊过了, 见到了, 发过去了)", () => {
  run([
    { text: "刚跟孙总打完电话 他想再看看样品", intent: "log_followup", slots: { customer: "孙总", channel: "call" } },
    { text: "和钱经理聊过了 下周二再联系", intent: "log_followup", slots: { customer: "钱经理", next_due: "2026-11-24" } },
    { text: "今天见到了吴老板 他对价格没意见", intent: "log_followup", slots: { customer: "吴老板" } },
    { text: "报价单已经给韩总发过去了", intent: "update_deal", slots: { stage: "proposal" } },
    { text: "昨天去拜访完宋经理 约了周五再碰", intent: "log_followup", slots: { customer: "宋经理", channel: "visit" } },
    { text: "跟彭总开完会了 方案他们要内部讨论", intent: "log_followup", slots: { customer: "彭总", channel: "meeting" } },
    { text: "和范姐吃完饭 她说年底前会下单", intent: "log_followup", slots: { customer: "范姐", channel: "meeting" } },
    { text: "目录已经给卢老板寄过去了", intent: "log_followup", slots: { customer: "卢老板" } },
    { text: "给鲁工回过电话了 他明天上午有空", intent: "log_followup", slots: { customer: "鲁工", channel: "call" } },
    { text: "刚和蒋女士沟通好了 周四送货上门", intent: "log_followup", slots: { customer: "蒋女士" } },
    { text: "联系过廖总了 他说下个月再说", intent: "log_followup", slots: { customer: "廖总" } },
    { text: "跟段经理碰到了 在他店里聊了几句", intent: "log_followup", slots: { customer: "段经理" } },
    { text: "永兴建材的合同寄出去了 等他们签字", intent: "update_deal", slots: { customer: "永兴建材", stage: "negotiation" } },
  ]);
});

describe("a price is never the goods, nor how often they buy", () => {
  run([
    { text: "新线索：赵敏 花间婚庆 想给宴会配红酒 一次要80瓶 ¥6000左右", intent: "create_lead", slots: { product: "红酒", quantity: 80, amount: 6000 } },
    { text: "新客户 石磊 绿野餐饮 每月要大米 每次要50袋 预算¥3000", intent: "create_lead", slots: { product: "大米", amount: 3000 } },
  ]);
});

describe("what is left undone or missed, asked loosely, is the task list", () => {
  run([
    { text: "今天还有什么没办的", intent: "list_tasks", slots: { period: "today" } },
    { text: "本周还差哪些客户没联系", intent: "list_tasks", slots: { period: "this_week" } },
    { text: "还剩几个没跟的", intent: "list_tasks" },
    { text: "我有没有忘了回访的", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "哪些客户漏掉了", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "这个月还有啥活没干完", intent: "list_tasks", slots: { period: "this_month" } },
    { text: "有遗漏的跟进吗", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "what's left for today?", intent: "list_tasks", slots: { period: "today" } },
    { text: "anything I've missed this week", intent: "list_tasks" },
    { text: "what's still outstanding", intent: "list_tasks" },
    { text: "who have I forgotten to call back", intent: "list_tasks" },
  ]);
});

describe("how the day or week went, said as a battle or a harvest, is the summary", () => {
  run([
    { text: "这周战果怎么样", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "昨天收成如何", role: "manager", intent: "summary", slots: { period: "yesterday" } },
    { text: "本月进账多少", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "今天战况咋样", role: "manager", intent: "summary", slots: { period: "today" } },
    { text: "how are we tracking this month", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "how'd we go last week", role: "manager", intent: "summary", slots: { period: "last_week" } },
  ]);
});

describe("a guest asking whether they have a booking at all is their bookings, not a new one", () => {
  run([
    { text: "我有没有订房", role: "guest", intent: "my_bookings" },
    { text: "我们是不是订过桌", role: "guest", intent: "my_bookings" },
    { text: "我是否预约了周六", role: "guest", intent: "my_bookings" },
    { text: "有没有我的订位记录", role: "guest", intent: "my_bookings" },
    { text: "我之前订过房吗", role: "guest", intent: "my_bookings" },
    { text: "我们订了位没有", role: "guest", intent: "my_bookings" },
    { text: "我有没有在你们这订过", role: "guest", intent: "my_bookings" },
    { text: "do I have a table booked for tonight?", role: "guest", intent: "my_bookings" },
    { text: "我想订明晚的位 4个人", role: "guest", intent: "create_booking" },
  ]);
});

describe("a question about a rule or consequence of cancelling is never a cancellation", () => {
  run([
    { text: "晚到的话订单会不会被取消", role: "guest", intent: "unknown" },
    { text: "退订要收手续费吗", role: "guest", intent: "unknown" },
    { text: "取消订单怎么收费", role: "guest", intent: "unknown" },
    { text: "提前多久可以免费取消", role: "guest", intent: "unknown" },
    { text: "如果取消的话押金退不退", role: "guest", intent: "unknown" },
    { text: "过了6点没到会自动取消吗", role: "guest", intent: "unknown" },
    { text: "would my room get cancelled if my flight is delayed?", role: "guest", intent: "unknown" },
    { text: "what's your cancellation policy", role: "guest", intent: "unknown" },
    { text: "is there a fee to cancel?", role: "guest", intent: "unknown" },
    { text: "if I cancel do I lose the deposit?", role: "guest", intent: "unknown" },
    { text: "how late can I cancel without paying", role: "guest", intent: "unknown" },
    { text: "取消周五的包间", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { text: "please cancel my reservation for Saturday", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { text: "我的订位被你们取消了 也没通知我", role: "guest", intent: "log_complaint" },
  ]);
});

describe("a guest's grumble with no word for a complaint", () => {
  run([
    { text: "服务生把咖啡泼到我裙子上了", role: "guest", intent: "log_complaint" },
    { text: "行李员把我的箱子弄坏了", role: "guest", intent: "log_complaint" },
    { text: "上错菜了 也没人解释一下", role: "guest", intent: "log_complaint" },
    { text: "说好的免费升级呢", role: "guest", intent: "log_complaint" },
    { text: "前台居然没人理我们", role: "guest", intent: "log_complaint" },
    { text: "等了四十分钟 连句道歉都没有", role: "guest", intent: "log_complaint" },
    { text: "保洁把我的充电器扔了 都不说一声", role: "guest", intent: "log_complaint" },
    { text: "the server spilled soup on my jacket", role: "guest", intent: "log_complaint" },
    { text: "we were promised a sea view and got a car park", role: "guest", intent: "log_complaint" },
    { text: "staff didn't even say sorry", role: "guest", intent: "log_complaint" },
  ]);
});

describe("trivia and questions about the bot are nothing or help, never a lookup", () => {
  run([
    { text: "what's the capital of Canada", intent: "unknown" },
    { text: "what is the population of Japan?", intent: "unknown" },
    { text: "who invented the light bulb", intent: "unknown" },
    { text: "how tall is Mount Everest", intent: "unknown" },
    { text: "法国的首都是哪里", intent: "unknown" },
    { text: "what's the phone number of Grace Liu", intent: "lookup_customer", slots: { query: "Grace Liu" } },
    { text: "what commands do you have", intent: "help" },
    { text: "which commands can I use", intent: "help" },
  ]);
});

describe("a company known by its shape: a name plus a trade word, a venue acronym, an -ers/-ing trade, its email's domain", () => {
  run([
    { text: "新线索 顺达货运 蒋经理 要托盘 500个", intent: "create_lead", slots: { company: "顺达货运", name: "蒋经理" } },
    { text: "恒昌汽修签了 八万", intent: "update_deal", slots: { customer: "恒昌汽修", stage: "won", amount: 80000 } },
    { text: "金帆灯饰报价已发 三万二", intent: "update_deal", slots: { customer: "金帆灯饰", stage: "proposal", amount: 32000 } },
    { text: "新客户 云顶KTV 的杜老板 要音响 十套", intent: "create_lead", slots: { company: "云顶KTV", name: "杜老板", quantity: 10 } },
    { text: "星辰SPA的合同签了", intent: "update_deal", slots: { customer: "星辰SPA", stage: "won" } },
    { text: "宝华4S店 在谈了", intent: "update_deal", slots: { customer: "宝华4S店" } },
    { text: "线索：德信咨询 姜总 13566667777", intent: "create_lead", slots: { company: "德信咨询", name: "姜总" } },
    { text: "new lead: Sara Lind, Fjord Outfitters, wants 60 jackets", intent: "create_lead", slots: { name: "Sara Lind", company: "Fjord Outfitters", quantity: 60 } },
    { text: "add lead Tom Reilly, Reilly Glazing, 020 7946 0011, needs 12 windows", intent: "create_lead", slots: { name: "Tom Reilly", company: "Reilly Glazing" } },
    { text: "新线索 Harbour Movers 的 Dan 要纸箱 300个", intent: "create_lead", slots: { name: "Dan", company: "Harbour Movers", quantity: 300 } },
    { text: "lead - Ana Ruiz, Casa Bonita, ana@casabonita.mx, 20 crates of limes", intent: "create_lead", slots: { name: "Ana Ruiz", company: "Casa Bonita", product: "limes", quantity: 20 } },
    { text: "new lead Ken Ito, Blue Koi, ken@bluekoi.jp, wants sushi rice", intent: "create_lead", slots: { name: "Ken Ito", company: "Blue Koi" } },
    { text: "new lead John Smith john@johnsmith.com", intent: "create_lead", slots: { name: "John Smith" } },
    { text: "潜在客户 海蓝传媒 联系人Lily 要易拉宝 30个", intent: "create_lead", slots: { name: "Lily", company: "海蓝传媒" } },
    { text: "有个客户邓老板 开火锅店的(老码头火锅) 要冰柜 大概三万 下周二前给报价", intent: "create_lead", slots: { name: "邓老板", company: "老码头火锅", amount: 30000, next_due: "2026-11-24" } },
  ]);
});

describe("a count with any measure, and a product name with a number in it", () => {
  run([
    { text: "新线索 刘姐 美佳超市 要面粉 500kg", intent: "create_lead", slots: { product: "面粉", quantity: 500 } },
    { text: "新客户 周总 要进口牛奶 200箱 预算3w", intent: "create_lead", slots: { quantity: 200, amount: 30000 } },
    { text: "新线索 吴经理 要木地板 300平方米", intent: "create_lead", slots: { product: "木地板", quantity: 300 } },
    { text: "新线索 许老板 要采购三件套西装 五十套", intent: "create_lead", slots: { product: "三件套西装", quantity: 50 } },
    { text: "新线索 金鹏酒店 要采购床品六件套 一百二十套", intent: "create_lead", slots: { product: "床品六件套", quantity: 120 } },
    { text: "新客户 康乐养老院 要护理床 40张", intent: "create_lead", slots: { product: "护理床", quantity: 40 } },
    { text: "Lead: Omar Said, Said Textiles, 500 yards of linen", intent: "create_lead", slots: { product: "linen", quantity: 500 } },
    { text: "new lead Beth Cole, Cole Farms, wants 12 bales of hay", intent: "create_lead", slots: { product: "hay", quantity: 12 } },
    { text: "new lead: Ivan Petrov, Petrov Builders, 800 sheets of drywall", intent: "create_lead", slots: { product: "drywall", quantity: 800 } },
    { text: "new prospect Lena Vogt, Vogt Bakery, needs 250kg of flour, budget €4,000", intent: "create_lead", slots: { quantity: 250, amount: 4000 } },
    { text: "new lead Raj Mehta, Mehta Foods, wants 6 pallets of rice", intent: "create_lead", slots: { product: "rice", quantity: 6 } },
  ]);
});

describe("a deal still being talked over or haggled is in negotiation", () => {
  run([
    { text: "鸿运酒楼还在谈 价格在磨", intent: "update_deal", slots: { customer: "鸿运酒楼", stage: "negotiation" } },
    { text: "华联超市正在谈价格", intent: "update_deal", slots: { customer: "华联超市", stage: "negotiation" } },
    { text: "百盛家具那单还在磨价", intent: "update_deal", slots: { customer: "百盛家具", stage: "negotiation" } },
    { text: "Acme Corp deal - still going back and forth on price", intent: "update_deal", slots: { stage: "negotiation" } },
    { text: "跟王总谈了 他要再想想", intent: "log_followup", slots: { customer: "王总" } },
  ]);
});

describe("a birthday said as bday, and whose it is in lower case", () => {
  run([
    { text: "hannah bday is march 14th", intent: "update_customer", slots: { customer: "hannah", birthday: "03-14" } },
    { text: "marco's b-day is 22 july", intent: "update_customer", slots: { customer: "marco", birthday: "07-22" } },
    { text: "Leo's bday: Oct 3", intent: "update_customer", slots: { birthday: "10-03" } },
    { text: "zoe birthday is june 9th", intent: "update_customer", slots: { customer: "zoe", birthday: "06-09" } },
    { text: "note ravi bday 12/05", intent: "update_customer", slots: { customer: "ravi", birthday: "12-05" } },
    { text: "杨总生日是八月十八", intent: "update_customer", slots: { customer: "杨总", birthday: "08-18" } },
  ]);
});

describe("where someone works, stated with no verb of moving", () => {
  run([
    { text: "陶女士的公司是樱花教育咨询", intent: "update_customer", slots: { customer: "陶女士", company: "樱花教育咨询" } },
    { text: "冯先生的单位是宏远物流", intent: "update_customer", slots: { customer: "冯先生", company: "宏远物流" } },
    { text: "韦总的公司叫鼎盛建材", intent: "update_customer", slots: { customer: "韦总", company: "鼎盛建材" } },
    { text: "Dan's company is Brightside Media now", intent: "update_customer", slots: { customer: "Dan", company: "Brightside Media" } },
    { text: "Grace Liu works for Apex Logistics", intent: "update_customer", slots: { customer: "Grace Liu", company: "Apex Logistics" } },
  ]);
});

describe("someone's details asked to be sent over, in either language or both", () => {
  run([
    { text: "Priya Shah的details发我看下", intent: "lookup_customer", slots: { query: "Priya Shah" } },
    { text: "把赵总的资料发我一下", intent: "lookup_customer", slots: { query: "赵总" } },
    { text: "Mark Evans的联系方式发我", intent: "lookup_customer", slots: { query: "Mark Evans" } },
    { text: "孙经理的名片转我一下", intent: "lookup_customer", slots: { query: "孙经理" } },
    { text: "Lucy Wang的info给我", intent: "lookup_customer", slots: { query: "Lucy Wang" } },
  ]);
});

describe("staff booking on a guest's behalf, a VIP or not, is a booking", () => {
  run([
    { text: "帮王先生留个包间 周六中午 8位", role: "manager", intent: "create_booking", slots: { kind: "table", start: "2026-11-21T12:00", party_size: 8, name: "王先生" } },
    { text: "给贵宾陈女士订后天晚上7点的位子 两位", role: "frontdesk", intent: "create_booking", slots: { start: "2026-11-20T19:00", party_size: 2, name: "陈女士" } },
    { text: "替VIP会员Ms. Park订明晚的桌 6位", role: "manager", intent: "create_booking", slots: { kind: "table", party_size: 6, name: "Ms. Park" } },
    { text: "给老客户赵总订下周五的房 住两晚", role: "frontdesk", intent: "create_booking", slots: { kind: "room", start: "2026-11-27", nights: 2 } },
    { text: "book a table for Mr. Tan tomorrow 7pm, 6 people", role: "manager", intent: "create_booking", slots: { start: "2026-11-19T19:00", party_size: 6, name: "Mr. Tan" } },
    { text: "please reserve a suite for Dr. Ahmed friday, 2 nights", role: "frontdesk", intent: "create_booking", slots: { kind: "room", start: "2026-11-20", nights: 2, name: "Dr. Ahmed" } },
    { text: "本月VIP客户前十名", role: "manager", intent: "top_customers", slots: { limit: 10 } },
  ]);
});

describe("a room's floor said short is a preference", () => {
  run([
    { text: "下周五入住 两晚 要高层", role: "guest", intent: "create_booking", slots: { preferences: ["高层"] } },
    { text: "明天订一间大床房 低层 无烟", role: "guest", intent: "create_booking", slots: { preferences: ["低层", "无烟"] } },
    { text: "周六住一晚 顶层 安静点", role: "guest", intent: "create_booking", slots: { preferences: ["顶层", "安静"] } },
  ]);
});

describe("a bare day after a date with its month takes that month, however joined", () => {
  run([
    { text: "1月8号的房改成1月9号入住 住到12号", role: "guest", intent: "change_booking", slots: { date: "2027-01-08", start: "2027-01-09", end: "2027-01-12" } },
    { text: "12月28号入住 住到2号", role: "guest", intent: "create_booking", slots: { start: "2026-12-28", end: "2027-01-02" } },
    { text: "订12月3号的房 待到6号", role: "guest", intent: "create_booking", slots: { start: "2026-12-03", end: "2026-12-06", nights: 3 } },
    { text: "我订的12月15号到17号 改成16号到18号", role: "guest", intent: "change_booking", slots: { date: "2026-12-15", start: "2026-12-16", end: "2026-12-18" } },
    { text: "12月5号入住 8号退房", role: "guest", intent: "create_booking", slots: { start: "2026-12-05", end: "2026-12-08" } },
  ]);
});

describe("of two days ahead, the follow-up is the one the next step is tied to", () => {
  run([
    { text: "新线索：卢姐 开蛋糕店的 圣诞要订奶油 两百斤 下周三再联系", intent: "create_lead", slots: { next_due: "2026-11-25" } },
    { text: "新客户 魏总 元旦年会要订酒席 20桌 12月1号跟进", intent: "create_lead", slots: { next_due: "2026-12-01" } },
    { text: "去宏图广告看了场地 曹经理要三套设计 下周一前给", intent: "log_followup", slots: { customer: "曹经理", channel: "visit", next_due: "2026-11-23" } },
    { text: "Called Nora, her gala is on Dec 12, send the quote by Friday", intent: "log_followup", slots: { next_due: "2026-11-20" } },
    { text: "跟彭总通了电话 他们下个月15号开业 这周五前发报价", intent: "log_followup", slots: { next_due: "2026-11-20" } },
  ]);
});

describe("a long run-on line with no punctuation still yields its person, company and goods", () => {
  run([
    { text: "今天在那个会展中心那边认识了一个客户叫杨倩她们公司是做餐饮的叫福满楼酒家要订那个一次性餐具大概每个月五百箱你帮我记一下", intent: "create_lead", slots: { name: "杨倩", company: "福满楼酒家", quantity: 500 } },
    { text: "刚才有个客户叫林峰他们公司叫鼎新科技想采购笔记本电脑大概五十台预算三十万", intent: "create_lead", slots: { name: "林峰", company: "鼎新科技", product: "笔记本电脑", quantity: 50, amount: 300000 } },
    { text: "昨天展会上碰到一个客户叫郑薇她们是开连锁药店的叫康泰大药房要口罩两万个", intent: "create_lead", slots: { name: "郑薇", quantity: 20000 } },
  ]);
});

describe("goods after a want and a verb of making (想做灯箱, 要定做工服)", () => {
  run([
    { text: "新客户 周姐 想做招牌 两块", intent: "create_lead", slots: { product: "招牌", quantity: 2 } },
    { text: "新线索 天顺物流 要定做工服 八十套", intent: "create_lead", slots: { product: "工服", quantity: 80 } },
    { text: "录个客户：小韩 美家装饰 想搞展架 十个", intent: "create_lead", slots: { product: "展架", quantity: 10 } },
  ]);
});

describe("a list of likes goes on with what they never or only want", () => {
  run([
    { text: "Omar prefers texts over calls, no meetings before 10", intent: "update_customer", slots: { customer: "Omar", preferences: ["prefers texts over calls", "no meetings before 10"] } },
    { text: "Julia likes window tables, never seat her near the kitchen", intent: "update_customer", slots: { customer: "Julia", preferences: ["likes window tables", "never seat her near the kitchen"] } },
  ]);
});

describe("loose guest and staff asks found by probing with new lines", () => {
  run([
    { text: "我们大概晚一个小时到", role: "guest", intent: "change_booking" },
    { text: "we'll be about 20 minutes late", role: "guest", intent: "change_booking" },
    { text: "早餐的鸡蛋是凉的", role: "guest", intent: "log_complaint" },
    { text: "送来的牛排居然是生的", role: "guest", intent: "log_complaint" },
    { text: "we've been waiting 40 minutes for our mains", role: "guest", intent: "log_complaint" },
    { text: "我订了几号的房来着", role: "guest", intent: "my_bookings" },
    { text: "我们约的是哪天", role: "guest", intent: "my_bookings" },
    { text: "what's on today", intent: "list_tasks", slots: { period: "today" } },
    { text: "what do I have tomorrow", intent: "list_tasks" },
    { text: "who's handling the Brightwater account", intent: "lookup_customer", slots: { query: "Brightwater" } },
    { text: "王姐不吃辣 记一下", intent: "update_customer", slots: { customer: "王姐", preferences: ["不吃辣"] } },
  ]);
});

describe("a delay said in English moves the booking's own time, not a time from now", () => {
  run([
    { text: "we'll be half an hour late for our 7pm table", role: "guest", intent: "change_booking", slots: { start: "2026-11-18T19:30" } },
    { text: "we'll be 15 minutes late for tonight's 8pm booking", role: "guest", intent: "change_booking", slots: { start: "2026-11-18T20:15" } },
  ]);
});

describe("whether a cancelling went through is a question about the booking, never a new cancelling", () => {
  run([
    { text: "取消了吗", role: "guest", intent: "my_bookings" },
    { text: "我的预订取消成功了吗", role: "guest", intent: "my_bookings" },
    { text: "周六的桌取消好了没", role: "guest", intent: "my_bookings" },
    { text: "is my booking cancelled?", role: "guest", intent: "my_bookings" },
    { text: "did my cancellation go through", role: "guest", intent: "my_bookings" },
    { text: "who is the best football player", intent: "unknown" },
  ]);
});

describe("a company by its relation to the person: owning them (X 的 Mr. Y), or the item after them in a lead list", () => {
  run([
    { text: "新线索 Golden Dragon 的 Mr. Wong 要茶叶 50kg", intent: "create_lead", slots: { name: "Mr. Wong", company: "Golden Dragon", quantity: 50 } },
    { text: "加个客户 Blue Lotus 的 Nina 要香薰 200瓶", intent: "create_lead", slots: { name: "Nina", company: "Blue Lotus", quantity: 200 } },
    { text: "add lead Hugo Petit, Petit Vineyards, hugo@petitvins.fr", intent: "create_lead", slots: { name: "Hugo Petit", company: "Petit Vineyards" } },
    { text: "lead: Rosa Diaz, Diaz Orchards, 0413 222 333", intent: "create_lead", slots: { name: "Rosa Diaz", company: "Diaz Orchards" } },
  ]);
});

describe("which of the team did best is the summary", () => {
  run([
    { text: "这个月谁卖得最好", role: "manager", intent: "summary", slots: { period: "this_month" } },
    { text: "上周谁签得最多", role: "manager", intent: "summary", slots: { period: "last_week" } },
    { text: "who closed the most deals this quarter", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
  ]);
});

describe("more from probing: a 和 inside a company's name, a contract sent with words between, an English deadline after a comma", () => {
  run([
    { text: "给天和酒店报过价了 三万六", intent: "update_deal", slots: { customer: "天和酒店", stage: "proposal", amount: 36000 } },
    { text: "合同昨天寄过去给郭总了", intent: "update_deal", slots: { customer: "郭总", stage: "negotiation" } },
    { text: "Called Mia at Seaside Resort, she needs 40 rooms for a conference in March, send rates by Thursday", intent: "log_followup", slots: { customer: "Mia", next_due: "2026-11-19" } },
  ]);
});

describe("the thing sent said first; already staying is no booking; 完毕 is a word", () => {
  run([
    { text: "酒单给蓝调酒吧的Kevin发过去了", intent: "log_followup", slots: { customer: "Kevin" } },
    { text: "画册寄给邓总了", intent: "log_followup", slots: { customer: "邓总" } },
    { text: "设计稿已经发给曾经理了", intent: "log_followup", slots: { customer: "曾经理" } },
    { text: "拜访完毕 周总很满意 准备下单", intent: "log_followup", slots: { customer: "周总", channel: "visit" } },
    { text: "刚入住 发现浴缸是脏的", role: "guest", intent: "log_complaint" },
    { text: "已经入住了 房间有股烟味", role: "guest", intent: "log_complaint" },
    { text: "just checked in and the room smells of smoke", role: "guest", intent: "log_complaint" },
    { text: "吃完早餐想延迟退房到下午两点", role: "guest", intent: "change_booking" },
    { text: "明天入住 两晚", role: "guest", intent: "create_booking", slots: { start: "2026-11-19", nights: 2 } },
  ]);
});

describe("a detail of someone typed in lower case or stated with 'works at'", () => {
  run([
    { text: "alex's email is alex@brightco.io now", intent: "update_customer", slots: { customer: "alex", email: "alex@brightco.io" } },
    { text: "ben's mobile is 07700 900111", intent: "update_customer", slots: { customer: "ben", phone: "07700900111" } },
    { text: "Mr. Khan works at Sterling Bank now", intent: "update_customer", slots: { customer: "Mr. Khan", company: "Sterling Bank" } },
    { text: "what's alex's email?", intent: "lookup_customer", slots: { query: "alex" } },
    { text: "new lead Tom Hart, works at Hart Dental, wants 3 chairs", intent: "create_lead", slots: { name: "Tom Hart", company: "Hart Dental" } },
  ]);
});

describe("a question about a fee or rule of any change is nothing; the same asked by a customer is a contact", () => {
  run([
    { text: "延迟退房要加钱吗", role: "guest", intent: "unknown" },
    { text: "改期要收费吗", role: "guest", intent: "unknown" },
    { text: "加一张床需要另外收费吗", role: "guest", intent: "unknown" },
    { text: "如果晚到房间还会保留吗", role: "guest", intent: "unknown" },
    { text: "is there a fee to change my booking?", role: "guest", intent: "unknown" },
    { text: "how much does it cost to add a bed?", role: "guest", intent: "unknown" },
    { text: "will you hold my table if we're 20 minutes late?", role: "guest", intent: "unknown" },
    { text: "把周六的桌改到周日", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
    { text: "called Jen, she asked if there's a fee to change the date", intent: "log_followup", slots: { customer: "Jen", channel: "call" } },
  ]);
});

describe("amounts written every way, in more currencies", () => {
  run([
    { text: "新线索 嘉和餐饮 要冷柜 三台 预算一万二", intent: "create_lead", slots: { quantity: 3, amount: 12000 } },
    { text: "恒远电器签了 二十三万八", intent: "update_deal", slots: { stage: "won", amount: 238000 } },
    { text: "新客户 周姐 要地毯 120平米 预算3.6w", intent: "create_lead", slots: { quantity: 120, amount: 36000 } },
    { text: "new lead Priya Nair, Nair Spices, wants 2 tonnes of turmeric, budget ₹4,00,000", intent: "create_lead", slots: { product: "turmeric", quantity: 2, amount: 400000 } },
    { text: "new lead Wei Lim, Lim Trading, budget S$25,000", intent: "create_lead", slots: { amount: 25000 } },
    { text: "Kopi Corner deal won, RM 18k", intent: "update_deal", slots: { stage: "won", amount: 18000 } },
    { text: "Oakwood Pub deal closed at £7.5k", intent: "update_deal", slots: { stage: "won", amount: 7500 } },
  ]);
});
