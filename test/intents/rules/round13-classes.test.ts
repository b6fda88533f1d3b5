/**
 * Classes of language from the thirteenth round (own probes of messages that should record nothing, and of
 * managers' terse asks), each tried with vocabulary of its own. The probe clock is Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("whether a deal reached a stage, asked, looks the customer up and changes nothing", () => {
  run([
    { text: "张伟那单签了吗", intent: "lookup_customer", slots: { query: "张伟" } },
    { text: "王总那边签了没有", intent: "lookup_customer", slots: { query: "王总" } },
    { text: "华润那单定了没", intent: "lookup_customer", slots: { query: "华润" } },
    { text: "鸿运物流的款打了吗？", intent: "lookup_customer", slots: { query: "鸿运物流" } },
    { text: "has the Hilton deal closed?", intent: "lookup_customer", slots: { query: "Hilton" } },
    { text: "did Maple Dental sign yet", intent: "lookup_customer", slots: { query: "Maple Dental" } },
    { text: "did they pay yet?", intent: "unknown" },
    // Told, not asked: still the deal's news.
    { text: "王总那边签了", intent: "update_deal", slots: { customer: "王总", stage: "won" } },
    { text: "Maple Dental signed, 12k", intent: "update_deal", slots: { customer: "Maple Dental", stage: "won", amount: 12000 } },
  ]);
});

describe("a rep who closed a deal, cheered, is a colleague's news", () => {
  run([
    { text: "zhang wei just closed a huge deal, congrats!!", intent: "unknown" },
    { text: "kudos to Maria, she landed another big contract", intent: "unknown" },
    { text: "Omar bagged a monster order today, legend 🙌", intent: "unknown" },
    // The customer's own news, cheered by the writer, is still recorded.
    { text: "Acme signed! congrats to me lol 50k", intent: "update_deal", slots: { customer: "Acme", stage: "won", amount: 50000 } },
  ]);
});

describe("a date alone is no booking made by staff", () => {
  run([
    { text: "heads up: price increase of 5% from Jan 1", intent: "unknown" },
    { text: "office closed on Dec 25, back on the 26th", intent: "unknown" },
    { text: "reminder: new catalogue goes live Monday", intent: "unknown" },
  ]);
});

describe("a week word before a name is not a surname", () => {
  run([
    { text: "上周王总下单了 200箱", intent: "update_deal", slots: { customer: "王总" } },
    { text: "本周李经理说要再比一比价", intent: "log_followup", slots: { customer: "李经理" }, absent: ["next_due"] },
    { text: "这周汇总一下", role: "manager", intent: "summary", slots: { period: "this_week" }, absent: ["person"] },
    { text: "上周战报", role: "manager", intent: "summary", slots: { period: "last_week" }, absent: ["person"] },
    { text: "上周周总来了 说下个月再订", intent: "log_followup", slots: { customer: "周总" } },
  ]);
});

describe("one rep's records over a period, asked in a few words", () => {
  run([
    { text: "本月张伟的单子", role: "manager", intent: "summary", slots: { period: "this_month", person: "张伟" } },
    { text: "小刘上周的客户", role: "manager", intent: "summary", slots: { period: "last_week", person: "小刘" } },
    { text: "这周陈晨的跟进", role: "manager", intent: "summary", slots: { period: "this_week", person: "陈晨" } },
    // No period: a customer's orders, not a rep's report.
    { text: "华润的订单", role: "manager", intent: "unknown" },
  ]);
});

describe("a contact meant for some day, none set, records nothing", () => {
  run([
    { text: "改天得抽空去趟蓝天物流 好久没见孙总了", intent: "unknown" },
    { text: "有空给周姐打个电话问问", intent: "unknown" },
    { text: "gotta call Fatima sometime, she went quiet", intent: "unknown" },
    { text: "maybe after CNY we try to visit Pak Hendra, we see first", intent: "unknown" },
    // A day set is a plan to keep.
    { text: "孙总说有空再聊 下周三再打", intent: "log_followup", slots: { customer: "孙总", next_due: "2026-11-25" } },
  ]);
});

describe("a signing hoped for, on a condition, records nothing", () => {
  run([
    { text: "李总那边要是能签下来 这个季度就稳了", intent: "unknown" },
    { text: "如果蓝天物流下单的话 我就请大家吃饭", intent: "unknown" },
  ]);
});

describe("customers in general, or a bare acknowledgement, is no one's record", () => {
  run([
    { text: "客户又说要考虑考虑 烦死了", intent: "unknown" },
    { text: "今天下午都在外面拜访客户 有急事打我手机", intent: "unknown" },
    { text: "好的 我明天跟进", intent: "unknown" },
    { text: "clients keep asking for discounts, exhausting", intent: "unknown" },
    // Pointed back at, it is the customer last discussed.
    { text: "刚给他打了电话 下周再约", intent: "log_followup", slots: { channel: "call" } },
  ]);
});

describe("the team told what to do, or the office's news", () => {
  run([
    { text: "大家周五下班前把本月的拜访记录发给我", role: "manager", intent: "unknown" },
    { text: "各位同事 明早九点开会 把这周的周报准备好", role: "manager", intent: "unknown" },
    { text: "Hi all, please be informed the lift is under maintenance on Thursday", intent: "unknown" },
    { text: "how are you guys holding up with the year-end rush?", role: "manager", intent: "unknown" },
    { text: "Dear team, kindly add new lead: Ms. Ruth Okoye, Okoye Foods, 300 crates of malt", intent: "create_lead", slots: { company: "Okoye Foods", quantity: 300 } },
  ]);
});

describe("the writer's own admin, family and meetings record nothing", () => {
  run([
    { text: "在電梯碰到人事部阿Joe 佢話年假要月底前申請", intent: "unknown" },
    { text: "报销单交了 下个月才到账", intent: "unknown" },
    { text: "wfh tomorrow, ping me on slack", intent: "unknown" },
    { text: "just rang my mum, gotta leave early today", intent: "unknown" },
    { text: "internal meeting dragged on for 3 hours, brain is fried", intent: "unknown" },
    // A customer who will ask their spouse is still a follow-up.
    { text: "给唐先生打了电话 他说要跟老婆商量 周五再联系", intent: "log_followup", slots: { customer: "唐先生", channel: "call" } },
  ]);
});

describe("remembering, hearsay and figures judged record nothing", () => {
  run([
    { text: "remember when Orion Labs ordered 2000 units and never paid lol", intent: "unknown" },
    { text: "还记得前年孙总一次订了300台吗 那时候多好", intent: "unknown" },
    { text: "听说蓝天物流换了老板 新老板很难缠", intent: "unknown" },
    { text: "November numbers were grim, let's not talk about it", role: "manager", intent: "unknown" },
    { text: "这个月业绩太难看了", role: "manager", intent: "unknown" },
    // Figures asked for are a report.
    { text: "q3 numbers pls", role: "manager", intent: "summary" },
  ]);
});

describe("colleagues asked, news forwarded, plans for lunch", () => {
  run([
    { text: "@阿伟 你说的那个做婚纱的客户叫什么来着 好像姓林", intent: "unknown" },
    { text: "@Grace 合同模板发我一份 谢谢", intent: "unknown" },
    { text: "转发：【物流行业快讯】12月起多地运价上调5%", intent: "unknown" },
    { text: "who's keen for a quick bbq lunch tomorrow?", intent: "unknown" },
  ]);
});

describe("someone moved to another business, in Cantonese or English", () => {
  run([
    { text: "梁生轉咗去海景酒家做嘢 唔喺金龍喇", intent: "update_customer", slots: { customer: "梁生", company: "海景酒家" } },
    { text: "Maria 轉咗去 Golden Harvest Foods 做嘢", intent: "update_customer", slots: { customer: "Maria", company: "Golden Harvest Foods" } },
    { text: "阿芬跳槽去了毛毛宠物医院", intent: "update_customer", slots: { company: "毛毛宠物医院" } },
  ]);
});

describe("guests' grumbles in more words", () => {
  run([
    { text: "there's mould on the bathroom ceiling, gross", role: "guest", intent: "log_complaint" },
    { text: "we rang the front desk twice and nobody came. not good enough", role: "guest", intent: "log_complaint", absent: ["customer"] },
    { text: "間房好臭煙味，唔係話無煙樓層咩", role: "guest", intent: "log_complaint" },
  ]);
});

describe("the head count booked, then the new one", () => {
  run([
    { text: "原来订的8个人 现在要来12个", role: "guest", intent: "change_booking", slots: { party_size: 12 } },
    { text: "本来订了4位 现在来6个人 周五晚上那桌", role: "guest", intent: "change_booking", slots: { party_size: 6, date: "2026-11-20" } },
  ]);
});

describe("what the assistant itself can do, asked", () => {
  run([
    { text: "what can this bot do for me?", role: "guest", intent: "help" },
    { text: "does the app remind me of birthdays?", intent: "help" },
    { text: "这里怎么录新客户", intent: "help" },
  ]);
});

describe("a deal confirmed with its sum, messengers named as verbs, records opened by name", () => {
  run([
    { text: "Lotus Spa confirmed already, total RM 8,200", intent: "update_deal", slots: { customer: "Lotus Spa", stage: "won", amount: 8200 } },
    { text: "Mr Goh confirmed for Friday 2pm", intent: "log_followup", absent: ["stage"] },
    { text: "Line 了永豐茶行的陳董 他說下週再談", intent: "log_followup", slots: { customer: "陳董", channel: "message" } },
    { text: "Already WA Pak Hendra, he said the boss still thinking", intent: "log_followup", slots: { customer: "Pak Hendra", channel: "message" } },
    { text: "Show me Ingrid Holm", intent: "lookup_customer", slots: { query: "Ingrid Holm" } },
    { text: "pull up Nordlicht Bakery", intent: "lookup_customer", slots: { query: "Nordlicht Bakery" } },
  ]);
});

describe("a guest's surname, as written", () => {
  run([
    { text: "订明晚7点 4位 我姓唐 13600001111", role: "guest", intent: "create_booking", slots: { name: "唐", party_size: 4 } },
    { text: "订周五的大床房 两晚 我姓钟 钟女士", role: "guest", intent: "create_booking", slots: { name: "钟女士" } },
  ]);
});

describe("breakfast and brunch are in the morning", () => {
  run([
    { text: "brekkie for 4 on sunday at 8:30", role: "guest", intent: "create_booking", slots: { start: "2026-11-22T08:30", party_size: 4 } },
    { text: "周六早午餐 11点 2位", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T11:00", party_size: 2 } },
    { text: "周日早茶 9点半 6位", role: "guest", intent: "create_booking", slots: { start: "2026-11-22T09:30", party_size: 6 } },
  ]);
});

describe("a weekday's numeral is not a head count", () => {
  run([
    { text: "订个双床房 周五住到下周一两个人", role: "guest", intent: "create_booking", slots: { party_size: 2, start: "2026-11-20", end: "2026-11-23" } },
  ]);
});

describe("a business's kind, then its name", () => {
  run([
    { text: "新客户 宠物店 汪星人乐园的吴店长 要三十袋狗粮", intent: "create_lead", slots: { company: "汪星人乐园", name: "吴店长" } },
    { text: "加个客户：贸易公司 远洋进出口，联系人潘总，想要500个纸箱", intent: "create_lead", slots: { company: "远洋进出口", name: "潘总" } },
    { text: "新客户 快递公司 飞鸟速运 要10台电子秤", intent: "create_lead", slots: { company: "飞鸟速运", quantity: 10 } },
  ]);
});

describe("getting in northern and Cantonese words, and a title after a business", () => {
  run([
    { text: "来了个大客户 海尔的孙姐 要整五十台冰柜", intent: "create_lead", slots: { company: "海尔", name: "孙姐", product: "冰柜", quantity: 50 } },
    { text: "新客 林生 開士多嘅 想入三十箱汽水", intent: "create_lead", slots: { product: "汽水", quantity: 30 } },
    { text: "展会上认识的陈哥 要二十台咖啡机", intent: "create_lead", slots: { name: "陈哥" }, absent: ["company"] },
  ]);
});

describe("sums in European and large units", () => {
  run([
    { text: "Müller Bau: offer sent today, 24.500 €", intent: "update_deal", slots: { customer: "Müller Bau", stage: "proposal", amount: 24500 } },
    { text: "New lead: Hr. Vogel (Stadtwerke Ost), asks for 6 pumps, budget approx. 85.000 EUR", intent: "create_lead", slots: { amount: 85000 } },
    { text: "Sao Mai Foods deal won, 2.5 billion VND", intent: "update_deal", slots: { stage: "won", amount: 2500000000 } },
    { text: "黃太張單傾掂咗，HK$12萬", intent: "update_deal", slots: { stage: "won", amount: 120000 } },
  ]);
});

describe("dates as Europeans and bookers write them", () => {
  run([
    { text: "we are 3 persons, stay from 12. December to 15. December please", role: "guest", intent: "create_booking", slots: { start: "2026-12-12", end: "2026-12-15" } },
    { text: "a double room from 9 Jan, 2 nights, name Lena Berg", role: "guest", intent: "create_booking", slots: { start: "2027-01-09", nights: 2 } },
  ]);
});

describe("asking what the house offers states nothing about the guest", () => {
  run([
    { text: "請問有清真菜單嗎", role: "guest", intent: "unknown" },
    { text: "do you guys do gluten free pasta?", role: "guest", intent: "unknown" },
    // Said of oneself, it is a preference to keep.
    { text: "我不吃香菜", role: "guest", intent: "remember_preferences" },
  ]);
});

describe("the writer's own trip, quota and colleagues' whereabouts record nothing", () => {
  run([
    { text: "下周三我去成都出差 有事微信", intent: "unknown" },
    { text: "这个月任务还差15万 头大", intent: "unknown" },
    { text: "still 30k short of target, pray for me", intent: "unknown" },
    { text: "who's off on friday?", intent: "unknown" },
    // A customer's trip is their news, with the next step set.
    { text: "孙总出差了 下周三再约", intent: "log_followup", slots: { customer: "孙总", next_due: "2026-11-25" } },
    { text: "本季度谁卖得最好", role: "manager", intent: "summary", slots: { period: "this_quarter" }, absent: ["person"] },
  ]);
});

describe("a guest arriving later, at the hour said", () => {
  run([
    { text: "我们晚点到 大概8点", role: "guest", intent: "change_booking", slots: { start: "2026-11-18T20:00" } },
    { text: "we'll be getting in late, around 9", role: "guest", intent: "change_booking", slots: { start: "2026-11-18T21:00" } },
    { text: "后天的桌子 可能晚到 大概7点半", role: "guest", intent: "change_booking", slots: { start: "2026-11-20T19:30" } },
  ]);
});

describe("colleagues' deals cheered in dialect, competitors' prices, forwarded anything", () => {
  run([
    { text: "隔壁组阿强签了个两百万的单子 结棍", intent: "unknown" },
    { text: "同事小刘刚签了个大单", intent: "unknown" },
    { text: "竞争对手给美团报了二十万 比我们低三万", intent: "unknown" },
    { text: "Rival quoted Harbor Foods 10% under us, ugh", intent: "unknown" },
    { text: "Fwd: Nikkei ends at 39,000, exporters up 2%", intent: "unknown" },
    // A customer lost to a competitor is the deal's news.
    { text: "蓝天超市那单凉了 买了别家的", intent: "update_deal", slots: { customer: "蓝天超市", stage: "lost" } },
    { text: "Harbor Foods went with a competitor, mark lost", intent: "update_deal", slots: { stage: "lost" } },
  ]);
});

describe("colleagues asked where things are or who knows", () => {
  run([
    { text: "@阿明 万家福那份报价单你放哪了", intent: "unknown" },
    { text: "上周那个退货最后怎么处理的 有人知道吗", role: "manager", intent: "unknown" },
    { text: "does anyone know if Harbor Foods paid?", intent: "unknown" },
  ]);
});

describe("one's own rounds and being chased from inside", () => {
  run([
    { text: "上午去南岸拜访几个客户 下午回公司", intent: "unknown" },
    { text: "seeing a few clients this arvo, back in the office by 4", intent: "unknown" },
    { text: "孙总那边的尾款到底啥时候到 财务天天催我", intent: "unknown" },
    { text: "gotta phone Marta one day, keep forgetting", intent: "unknown" },
  ]);
});

describe("guests' grumbles: promises broken, waits, sarcasm, things that don't work", () => {
  run([
    { text: "说好的江景房 结果对着工地 太坑了", role: "guest", intent: "log_complaint" },
    { text: "烧卖都凉了 等了半个小时 服务员爱答不理 你们这什么服务", role: "guest", intent: "log_complaint" },
    { text: "sorry to bother you but the shower doesn't seem to work", role: "guest", intent: "log_complaint" },
    { text: "oh great, the spa's been closed for maintenance our whole stay. cheers for that", role: "guest", intent: "log_complaint" },
  ]);
});

describe("visits in a word, lists of new names, new lines, reminders of who", () => {
  run([
    { text: "今天跑了一趟邓志刚那儿 样机试用了 周五再去", intent: "log_followup", slots: { customer: "邓志刚", channel: "visit", next_due: "2026-11-20" } },
    { text: "新名單 林志強 志強五金行 要螺絲 兩千盒", intent: "create_lead", slots: { name: "林志強", quantity: 2000 } },
    { text: "Alhaji Musa new line 08031234567", intent: "update_customer", slots: { phone: "08031234567" } },
    { text: "remind me who Tomasz Nowak is", intent: "lookup_customer", slots: { query: "Tomasz Nowak" } },
    { text: "我book咗啲咩 幫我睇下", role: "guest", intent: "my_bookings" },
    { text: "那个谁来着 上次说他表哥跟王总是亲戚 你说巧不巧", intent: "unknown" },
  ]);
});

describe("businesses by their sign, sums confirmed in Singlish, LINE in lower case, visits at their place", () => {
  run([
    { text: "帮我记一下，徐汇那边有家叫聚福园的酒楼，老板娘陶阿姨，要三台制冰机", intent: "create_lead", slots: { company: "聚福园", name: "陶阿姨" } },
    { text: "新客 黃生 喺荃灣開燒臘舖 叫好味燒臘 想要十個砧板", intent: "create_lead", slots: { company: "好味燒臘" } },
    { text: "Sunny Kids confirm liao!! 20 beds, total 8.2k", intent: "update_deal", slots: { stage: "won", amount: 8200 } },
    { text: "剛剛line陳怡君 她說下週再看", intent: "log_followup", slots: { customer: "陳怡君", channel: "message" } },
    { text: "caught up with Nadia Rahman at her showroom, she wants a revised quote", intent: "log_followup", slots: { customer: "Nadia Rahman", channel: "visit" } },
  ]);
});

describe("goods with counts after them, wants in Singlish, guests' names after Name:", () => {
  run([
    { text: "new lead: Mr Tan from Hup Lee Bakery, wan 3 mixers, call him friday", intent: "create_lead", slots: { product: "mixers", quantity: 3 } },
    { text: "Kindly add lead Mrs Priya Nair, Nair Foods, enquiry for industrial blender 4 nos", intent: "create_lead", slots: { product: "industrial blender", quantity: 4 } },
    { text: "Abeg add lead: Chief Bayo Adeyemi, Bayo Motors, needs wiper blades 50 sets", intent: "create_lead", slots: { product: "wiper blades", quantity: 50 } },
    { text: "please book a twin room from 3rd to 5th December. Name: Wanjiru", role: "guest", intent: "create_booking", slots: { name: "Wanjiru" } },
    { text: "any tasks wey don pass deadline?", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "can move my sat table to sun?", role: "guest", intent: "change_booking", slots: { start: "2026-11-22" } },
  ]);
});

describe("congratulations and pep talks record nothing", () => {
  run([
    { text: "Well done Siobhan on the Kerrygold order, 9 grand, class", intent: "unknown" },
    { text: "Congrats kay Kuya Jun sa SM deal! 800k daw", intent: "unknown" },
    { text: "恭喜阿May簽咗嘉華！大家向佢學習", role: "manager", intent: "unknown" },
    { text: "恭喜小赵拿下远大物流 30w 的单！晚上我请", role: "manager", intent: "unknown" },
    { text: "這個月大家加油喔，還剩一個禮拜", role: "manager", intent: "unknown" },
    // The customer's news told with joy is still the deal's.
    { text: "华东物流那单成了！5万2，晚上整点啥庆祝一下", intent: "update_deal", slots: { customer: "华东物流", stage: "won", amount: 52000 } },
    { text: "Grabe, na-close ko na yung Puregold! 300k pesos 🎉", intent: "update_deal", slots: { stage: "won", amount: 300000 } },
  ]);
});

describe("hypotheticals, waiting vented, competitors unnamed, own troubles", () => {
  run([
    { text: "万科物业要是能把三个园区都给咱，一年少说二十万", intent: "unknown" },
    { text: "那个李总不是说月底要订一批椅子吗，咋一点动静都没有，急死个人", intent: "unknown" },
    { text: "Apex is quoting 30k for the same job apparently, we can't match that", intent: "unknown" },
    { text: "Sino may extra charger? lowbat na ko, may meeting pa with SM later", intent: "unknown" },
    { text: "语音转文字又全错了，王经理变成了网经理", intent: "unknown" },
    { text: "零下二十度车打不着火，上午的拜访全黄了", intent: "unknown" },
    { text: "俺媳妇下周过生日，送点啥好，大家出出主意", intent: "unknown" },
    { text: "下个礼拜我放假去泰国，绿源茶业的事找小林跟", intent: "unknown" },
    { text: "@Tom what happened with Harbor? thought it was a sure thing", role: "manager", intent: "unknown" },
    // A voice note transcribed is still what it says.
    { text: "语音转文字 今天去了趟绿源茶业 认识了老板娘何姐 要一百斤龙井", intent: "create_lead", slots: { name: "何姐" } },
    { text: "帮我记个潜在客户 云海度假村的采购经理周敏 要三百份礼盒", intent: "create_lead", slots: { name: "周敏", company: "云海度假村" } },
  ]);
});

describe("guests: the house's hours, head counts from one to another, grumbles in a booked room", () => {
  run([
    { text: "What time does the bar close on Sundays?", role: "guest", intent: "unknown" },
    { text: "周五那桌 人数从4个变成7个了", role: "guest", intent: "change_booking", slots: { party_size: 7 } },
    { text: "包厢的电视一直没反应，叫了服务员半天都没来，很扯", role: "guest", intent: "log_complaint" },
    { text: "the hotpot was smoking so bad and nobody changed the soup for 20 min", role: "guest", intent: "log_complaint" },
    { text: "can we make it Jan 3 to Jan 5 instead? plans changed", role: "guest", intent: "change_booking", slots: { start: "2027-01-03", end: "2027-01-05" } },
    { text: "sorry we can't make it on Dec 24, please cancel", role: "guest", intent: "cancel_booking" },
  ]);
});

describe("staff asking help, details changed in mixed words, Q3 looking, behind on", () => {
  run([
    { text: "这玩意儿咋用啊 教教俺", intent: "help" },
    { text: "这个 bot 能干嘛？怎么加客户", intent: "help" },
    { text: "Anna Schulz has a new mail address: anna@schulz-bau.de", intent: "update_customer", slots: { email: "anna@schulz-bau.de" } },
    { text: "黃醫生個email改咗，新嘅係 dr.wong@clinic.hk", intent: "update_customer", slots: { email: "dr.wong@clinic.hk" } },
    { text: "what am I behind on?", intent: "list_tasks", slots: { period: "overdue" } },
    { text: "呢個月邊幾個客幫襯得最多？畀我頭三個", role: "manager", intent: "top_customers", slots: { period: "this_month", limit: 3 } },
    { text: "The contract with Weber Logistik is now fix, 22.000 euro", intent: "update_deal", slots: { stage: "won", amount: 22000 } },
  ]);
});

describe("who was chosen instead is not the customer; interjections are no names", () => {
  run([
    { text: "Aiyo the Teh Tarik Co deal kena cancel, they go with Grab liao. Mark lost lor", intent: "update_deal", slots: { customer: "Teh Tarik Co", stage: "lost" } },
    { text: "Eish, lost Rosebank Pharmacy. They went with the German supplier at R52 a box", intent: "update_deal", slots: { customer: "Rosebank Pharmacy", stage: "lost" } },
    { text: "蓝天酒店那个灯光改造的单子让人给撬了", intent: "update_deal", slots: { customer: "蓝天酒店", stage: "lost" } },
    { text: "Tinawagan ko si Sir Paolo ng Robinsons kanina, balikan ko daw sa Friday", intent: "log_followup", slots: { customer: "Sir Paolo", channel: "call" } },
  ]);
});

describe("channels in more words", () => {
  run([
    { text: "Have sent Joost the offer per mail, he will look at it next week", intent: "log_followup", slots: { customer: "Joost", channel: "email" } },
    { text: "Had a Teams with Contoso's CIO, Dana Reyes, re: the migration", intent: "log_followup", slots: { customer: "Dana Reyes", channel: "meeting" } },
    { text: "Dropped samples at Hillside Clinic, Dr. Mensah wants pricing by Friday", intent: "log_followup", slots: { customer: "Dr. Mensah", channel: "visit" } },
  ]);
});

describe("businesses and people told in record shapes", () => {
  run([
    { text: "整了个新客户，南岗新开的足浴中心叫福泰足道，老板姓钱，要两百条毛巾，电话13904511234", intent: "create_lead", slots: { name: "钱老板", company: "福泰足道", phone: "13904511234" } },
    { text: "碰到一个做门窗的老板姓刘叫刘建新 是鑫盛门窗的", intent: "create_lead", slots: { name: "刘建新" } },
    { text: "客户资料：①姓名 孙晓东 ②公司 惠民超市 ③手机 137-2222-3333", intent: "create_lead", slots: { company: "惠民超市" } },
    { text: "有一個新客人喔，大安區的「慢慢來咖啡」，負責人陳小姐，每個月要豆子10公斤", intent: "create_lead", slots: { company: "慢慢來咖啡" } },
    { text: "新建客户 老板叫赵磊 电话是一三九一二三四五六七八 想要五十箱水", intent: "create_lead", slots: { phone: "13912345678" } },
    { text: "钱院长的生日使5月3号，记一下", intent: "update_customer", slots: { birthday: "05-03" } },
    { text: "福顺楼投诉上批饺子化了又冻", intent: "log_complaint", slots: { customer: "福顺楼" } },
  ]);
});

describe("sums after the euro sign and by the month, weeks to date", () => {
  run([
    { text: "Lead: Anke de Boer, Bloemhof, wants 200 bunches tulips, budget €3.600", intent: "create_lead", slots: { amount: 3600 } },
    { text: "new lead Mr Lim, Kopi Kita Sdn Bhd, cloud POS, budget RM 2.5k per month", intent: "create_lead", slots: { amount: 2500 } },
    { text: "wk to date #s?", role: "manager", intent: "summary", slots: { period: "this_week" } },
  ]);
});

describe("gossip, treats, sport, training days and team dinners record nothing", () => {
  run([
    { text: "周太说她女儿婚礼花了一百万，真的有钱人", intent: "unknown" },
    { text: "胡总上回请我们吃剁椒鱼头 辣得我一晚上冒睡着", intent: "unknown" },
    { text: "England vs Australia tonight, nobody schedule calls after 8 pls", intent: "unknown" },
    { text: "下周一全公司教育训练，上午九点，别迟到", role: "manager", intent: "unknown" },
    { text: "谁帮俺订个周六晚上的烧烤 部门聚餐 十个人", intent: "unknown" },
    { text: "Team, Q4 retro Monday 10am, bring your pipeline numbers", role: "manager", intent: "unknown" },
    { text: "Mr Okoro's son's wedding is Saturday, whole team invited, who is going?", intent: "unknown" },
    { text: "@李姐 上个月华联那三千块回款到账没", intent: "unknown" },
    // Training sold to a customer is their business.
    { text: "有个做培训的客户 明德教育 孙老师 想报八十个人的PPT培训", intent: "create_lead", slots: { name: "孙老师", quantity: 80 } },
  ]);
});

describe("guests: booking words in English inside Chinese, facility questions, preferences inside a booking, sarcasm", () => {
  run([
    { text: "帮我看看我的booking是几号", role: "guest", intent: "my_bookings" },
    { text: "除夕夜你哋有冇舞狮睇㗎", role: "guest", intent: "unknown" },
    { text: "我有冇訂咗位㗎", role: "guest", intent: "my_bookings" },
    { text: "table for 3 saturday at 7? one of us is allergic to peanuts", role: "guest", intent: "create_booking", slots: { party_size: 3 } },
    { text: "后天中午 本来4个人 现在变6个了", role: "guest", intent: "change_booking", slots: { party_size: 6 } },
    { text: "great, an hour for room service and the soup came cold", role: "guest", intent: "log_complaint" },
  ]);
});

describe("staff: help asked about the assistant, deals locked in, contacts by txt and dm, wrong goods", () => {
  run([
    { text: "how do I run a report in here?", role: "manager", intent: "help" },
    { text: "how d'ye add a lead in this thing", intent: "help" },
    { text: "請問要怎麼新增客戶？", intent: "help" },
    { text: "这东西咋用嘞", intent: "help" },
    { text: "Bloom & Co said yesss, $2,400 locked in", intent: "update_deal", slots: { stage: "won", amount: 2400 } },
    { text: "dmed kayla the price list, she left me on read. ping her again monday", intent: "log_followup", slots: { customer: "kayla", channel: "message" } },
    { text: "Delta Pipe called in hot, the valves we shipped were the wrong size", role: "manager", intent: "log_complaint", slots: { customer: "Delta Pipe" } },
    { text: "黃生鍾意用WhatsApp 唔好打電話畀佢", intent: "update_customer", slots: { customer: "黃生" } },
    { text: "俺今天在潍坊碰着个老板 姓王 王总 开轴承厂的叫鲁通轴承 要两百套轴承", intent: "create_lead", slots: { company: "鲁通轴承" } },
  ]);
});

describe("weather, leave forms, market prices, sport, notices, awards and drills record nothing", () => {
  run([
    { text: "今天好熱喔，台南三十五度，騎車去拜訪客戶快中暑了", intent: "unknown" },
    { text: "Reminder: leave forms for January go to Thabo by Friday", role: "manager", intent: "unknown" },
    { text: "Yuh see di price a cement gone up again? Builders dem a bawl", intent: "unknown" },
    { text: "Leafs lost again lol, I'm done with this team", intent: "unknown" },
    { text: "尊敬的各位同事：兹定于5月8日下午3:00在二楼会议室召开季度总结会，请准时参加。", role: "manager", intent: "unknown" },
    { text: "Priya, president's club locked in 🔥 drinks on me Friday", role: "manager", intent: "unknown" },
    { text: "Fire drill at 11am, assemble in the car park", role: "manager", intent: "unknown" },
    // Guests' grumbles in more words.
    { text: "汤里吃出一根头发，太恶心了", role: "guest", intent: "log_complaint" },
    { text: "the waiter was really condescending when we asked about the menu, not cool", role: "guest", intent: "log_complaint" },
  ]);
});

describe("one's own tally of deals is no deal", () => {
  run([
    { text: "刚看了下 这个月已经签了四单 还差三单", intent: "unknown" },
    { text: "还差两单就完成任务了", intent: "unknown" },
  ]);
});

describe("goods that start like a verb, deals that are a no-go", () => {
  run([
    { text: "新客户 钱先生 13912345678 想要办公桌20张", intent: "create_lead", slots: { product: "办公桌", quantity: 20 } },
    { text: "Orion Labs is a no-go, they picked another vendor", intent: "update_deal", slots: { customer: "Orion Labs", stage: "lost" } },
  ]);
});

describe("a food to keep away, said inside a booking", () => {
  run([
    { text: "table for 2 sat at 8? one of us is allergic to sesame", role: "guest", intent: "create_booking", slots: { preferences: ["sesame"] } },
    { text: "lunch for 4 tomorrow 1pm, pls no pork", role: "guest", intent: "create_booking", slots: { preferences: ["no pork"] } },
  ]);
});

describe("one rep's records asked in a few words, the rep in Latin letters", () => {
  run([
    { text: "本月kevin的单子", role: "manager", intent: "summary", slots: { period: "this_month", person: "kevin" } },
    { text: "Tom上周的客户", role: "manager", intent: "summary", slots: { period: "last_week", person: "Tom" } },
  ]);
});
