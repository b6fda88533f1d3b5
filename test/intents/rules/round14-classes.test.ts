/**
 * Classes of language from the fourteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a lead typed as a form, a field a line or between bars, is read by its labels", () => {
  run([
    {
      text: "【客户信息】\n姓名：李晓梅\n单位：恒达物流有限公司（采购部）\n需求：叉车 6台\n预算：约30万元\n联系电话：0755-26661234",
      intent: "create_lead",
      slots: { name: "李晓梅", company: "恒达物流有限公司", product: "叉车", quantity: 6, amount: 300000, phone: "075526661234" },
    },
    {
      text: "New lead - Name: Tom Hale | Company: Hale & Sons | Product: 12 forklifts | Tel: 0412 555 019",
      intent: "create_lead",
      slots: { name: "Tom Hale", company: "Hale & Sons", product: "forklifts", quantity: 12, phone: "0412555019" },
    },
    { text: "Name: Ana Ruiz, Company: Solara Foods, Needs: 40 pallets of rice", intent: "create_lead", slots: { name: "Ana Ruiz", company: "Solara Foods", quantity: 40 } },
    { text: "联系人：郭建国\n公司：北辰建材\n电话：13912345678", intent: "create_lead", slots: { name: "郭建国", company: "北辰建材", phone: "13912345678" } },
  ]);
});

describe("one word opening a message before a pause is an interjection, not the customer", () => {
  run([
    { text: "Sweet! Marta signed for 20 kegs", intent: "update_deal", slots: { customer: "Marta", stage: "won" } },
    { text: "Brilliant, new lead: Owen Price, Price Joinery, 6 workbenches", intent: "create_lead", slots: { name: "Owen Price", company: "Price Joinery" } },
    { text: "Cheers mate, new lead: Kirra Jones from Outback Tyres, 0412 555 019", intent: "create_lead", slots: { name: "Kirra Jones", company: "Outback Tyres" } },
    // A name listed first, then the business, is still the lead.
    { text: "Priya, Tata Motors, wants 20 laptops, 98450 12345", intent: "create_lead", slots: { name: "Priya", company: "Tata Motors", quantity: 20 } },
  ]);
});

describe("Chinese people and businesses in southern and Taiwanese speech", () => {
  run([
    // 古 is a surname; 伯 is a title (钟伯, 黄伯); 阿X仔 is a nickname.
    { text: "新客户：兴宁古师傅，想要化肥五十包，电话13715500000", intent: "create_lead", slots: { name: "古师傅", product: "化肥", quantity: 50, phone: "13715500000" } },
    { text: "同黄伯通咗电话，佢话下个月先落单", intent: "log_followup", slots: { customer: "黄伯", channel: "call" } },
    { text: "宏发五金那個阿強仔，LINE 問過了，說還在比價", intent: "log_followup", slots: { customer: "阿強仔", channel: "message" } },
    // A titled owner's business starts after the possessive (个, 的).
    { text: "梁老板个绿源农庄要有机肥，三百斤，电话13502200000", intent: "create_lead", slots: { name: "梁老板", company: "绿源农庄", quantity: 300 } },
    // The place said before "那间/那家" is no part of the business's name.
    { text: "新客呀，铜锣湾嗰間美齒牙科嘅黃醫生，要三張牙科椅，電話9123 0000", intent: "create_lead", slots: { name: "黃醫生", company: "美齒牙科", quantity: 3 } },
    { text: "今天去高雄那間光明書局，林頭家說要訂兩百打鉛筆啦，電話0912-000-111", intent: "create_lead", slots: { name: "林頭家", company: "光明書局", product: "鉛筆", quantity: 200 } },
  ]);
});

describe("a deal's outcome in more registers: Cantonese, formal Chinese, pidgin, tenders", () => {
  run([
    { text: "美華酒家嗰單甩咗，佢哋揀咗平啲嗰間", intent: "update_deal", slots: { customer: "美華酒家", stage: "lost" } },
    { text: "Yes! Harbour Vets finally sign, 2 year supply", intent: "update_deal", slots: { customer: "Harbour Vets", stage: "won" } },
    { text: "The quotation for Kessler Agrar GmbH was sent, 18.500 EUR", intent: "update_deal", slots: { customer: "Kessler Agrar GmbH", stage: "proposal", amount: 18500 } },
    { text: "关于东方证券项目：双方已于今日签订服务合同，金额为人民币贰拾叁万伍仟元整。", intent: "update_deal", slots: { customer: "东方证券", stage: "won", amount: 235000 } },
    { text: "the Bukit Jalil Primary tender kena cancel, we lost it lah", intent: "update_deal", slots: { stage: "lost" } },
    // A booking called off is still a booking's.
    { text: "cancel my table on Friday pls", intent: "cancel_booking", role: "guest" },
  ]);
});

describe("a customer's preference told to everyone is still recorded", () => {
  run([
    { text: "Kindly note Mr. Rao from Lotus Pharma prefers emails over calls", intent: "update_customer", slots: { customer: "Mr. Rao" } },
    { text: "华润置地张主任偏好红茶，不喝咖啡，请各位知悉", intent: "update_customer", slots: { customer: "张主任" } },
    // The office's own news, told to all, records nothing.
    { text: "Kindly note the warehouse is closed on Monday", intent: "unknown" },
  ]);
});

describe("a customer who rang us to complain is a complaint, not our follow-up", () => {
  run([
    { text: "永辉超市刘店长今天打电话过来说上周送的冷柜不制冷，很不满意", intent: "log_complaint", slots: { customer: "刘店长" } },
    { text: "陈总打过来说发票开错了，挺生气的", intent: "log_complaint", slots: { customer: "陈总" } },
    // We rang them: a follow-up.
    { text: "给刘店长打了电话，冷柜的事情已经解决了", intent: "log_followup", slots: { customer: "刘店长", channel: "call" } },
  ]);
});

describe("what did not happen, or is said not to be for the record, records nothing", () => {
  run([
    { text: "昨晚梦见赵总一口气订了一千箱 笑醒了", intent: "unknown" },
    { text: "I dreamt Harbor Foods signed a 2 million deal lol", intent: "unknown" },
    { text: "Priya Nair mentioned her cousin might need tiles, no details yet, not worth logging", intent: "unknown" },
    { text: "跟周总随便聊了两句 不用记了", intent: "unknown" },
    { text: "原本约了下午去拜访嘉禾物业 结果临时有事没去成 烦", intent: "unknown" },
    // A visit that fell through, with a new day set, is still a follow-up.
    { text: "拜访嘉禾物业周经理没见成，改到周五再去", intent: "log_followup", slots: { customer: "周经理", next_due: "2026-11-20" } },
    { text: "回想一下 前年双十一我们签了恒通物流50万", intent: "unknown" },
    { text: "我老婆问我年终奖多少 我说等华润那单签了再说", intent: "unknown" },
    { text: "Omar closed a $120k deal this morning, drinks on him tonight", intent: "unknown" },
  ]);
});

describe("a guest only asking books nothing", () => {
  run([
    { text: "not looking to book, just asking whether the pool is open in winter", intent: "unknown", role: "guest" },
    { text: "would you have room for 15 of us on a Friday night? just curious", intent: "unknown", role: "guest" },
    { text: "I don't want to cancel, just asking what the policy is", intent: "unknown", role: "guest" },
    { text: "my wife will call tomorrow to change the booking", intent: "unknown", role: "guest" },
    { text: "随便问问 周六晚上还有包间吗", intent: "unknown", role: "guest" },
    // Asked for, it is booked.
    { text: "could we get a table for 4 this Friday at 7?", intent: "create_booking", role: "guest" },
  ]);
});

describe("Cantonese asks and outcomes", () => {
  run([
    { text: "黃生係邊個 我唔記得咗", intent: "lookup_customer", slots: { query: "黃生" } },
    { text: "何小姐 唔做喇 話太貴 呢單冇咗", intent: "update_deal", slots: { customer: "何小姐", stage: "lost" } },
    { text: "今日上咗林生間車房 傾咗一陣 佢話下個禮拜再覆", intent: "log_followup", slots: { customer: "林生", channel: "visit" } },
    // Who ranks first is the ranking, not a customer looked up.
    { text: "今年頭五大客係邊個", intent: "top_customers", role: "manager" },
  ]);
});

describe("shorthand, sums and people from the same round", () => {
  run([
    // Pinyin initials: gt 跟进, dh 电话.
    { text: "gt 吴总：打了dh 说合同周五前回签", intent: "log_followup", slots: { customer: "吴总", channel: "call" } },
    { text: "add lead 黄志强 志强冻品 要带鱼500磅 13800001111", intent: "create_lead", slots: { name: "黄志强", product: "带鱼", quantity: 500 } },
    { text: "登記新客：周小姐 想做美白 預算HK$1萬2 電話6123 0000", intent: "create_lead", slots: { name: "周小姐", amount: 12000 } },
    // 太 after a surname is Mrs; after an adjective's subject it says "too".
    { text: "刘太的生日是3月8号", intent: "update_customer", slots: { customer: "刘太", birthday: "03-08" } },
    { text: "这周太忙了 没空跟进", intent: "unknown" },
    { text: "何太投诉我们送货老是迟到", intent: "log_complaint", slots: { customer: "何太" } },
  ]);
});

describe("English chatter with records inside it: examples, colleagues' pipelines, team rules, sport", () => {
  run([
    { text: "For example: 'New lead: John Smith, Smith Ltd, 5 pallets' — that's how you write it", intent: "unknown" },
    { text: "举个例子：新客户 张三 三一重工 要10台挖机，按这个格式录就行", intent: "unknown" },
    { text: "Priya's got six deals in proposal worth about $400k, good on her", intent: "unknown" },
    { text: "Team, please don't mark anything as lost before you talk to me", intent: "unknown" },
    { text: "Raiders lost again, office is in mourning", intent: "unknown" },
    { text: "Darren said back in the day 'we'll never go cloud' — how times change", intent: "unknown" },
    { text: "累死了 今天打了 60 个电话 一个都没接", intent: "unknown" },
    // A rule for the team next to a real record is still that record.
    { text: "Team, please add new lead: Aisha Bello, Bello Foods, 08031234567", intent: "create_lead", slots: { name: "Aisha Bello" } },
  ]);
});

describe("English asks in sales-floor shorthand", () => {
  run([
    { text: "give me the lowdown on Redgum Timber", intent: "lookup_customer", slots: { query: "Redgum Timber" } },
    { text: "what do we have on Kowalski Farms?", intent: "lookup_customer", slots: { query: "Kowalski Farms" } },
    { text: "f/u w/ Tom @ Bravo Freight re: 12 pallets, ping him Fri", intent: "log_followup", slots: { customer: "Tom", next_due: "2026-11-20" } },
    { text: "met Carla Diaz at the expo, ops lead at Vista Foods, wants 30 scanners, add her as a lead", intent: "create_lead", slots: { name: "Carla Diaz", company: "Vista Foods", quantity: 30 } },
  ]);
});

describe("a guest's booking moved, or only thought about", () => {
  run([
    { text: "Could you bring our table on Friday forward to 6:30pm?", intent: "change_booking", role: "guest", slots: { date: "2026-11-20", start: "2026-11-20T18:30" } },
    { text: "my sister might book a room for next month, she'll contact you", intent: "unknown", role: "guest" },
    { text: "If we booked the whole terrace for a weekend, would you give a discount?", intent: "unknown", role: "guest" },
  ]);
});

describe("times, nights and visits said the British, Irish and Australian way", () => {
  run([
    { text: "Table for 3 Friday at half eight in the evening please", intent: "create_booking", role: "guest", slots: { start: "2026-11-20T20:30", party_size: 3 } },
    { text: "Caught up with Shane from Redgum Timber, circle back Friday arvo 2pm", intent: "log_followup", slots: { customer: "Shane", next_due: "2026-11-20T14:00" } },
    { text: "Called in to Niamh at the shop, samples went down well, ring her Monday", intent: "log_followup", slots: { customer: "Niamh", channel: "visit", next_due: "2026-11-23" } },
    { text: "Booking request: 1 twin room, tonight only", intent: "create_booking", role: "guest", slots: { nights: 1 } },
    // Half a dozen is a count, not half past.
    { text: "new lead: Cara Byrne, Byrne Bakery, wants half a dozen ovens", intent: "create_lead", slots: { name: "Cara Byrne" } },
  ]);
});

describe("headings and shorthand are no one's name or goods", () => {
  run([
    { text: "Complaint from Lena Fischer: the mixer arrived damaged", intent: "log_complaint", slots: { customer: "Lena Fischer" } },
    { text: "add prospect Ravi Menon (Menon Foods), 6 cold rooms, approx 1.2 crore", intent: "create_lead", slots: { name: "Ravi Menon", product: "cold rooms", quantity: 6, amount: 12000000 } },
    { text: "Wendy Lau 生日 is 9月9号", intent: "update_customer", slots: { customer: "Wendy Lau", birthday: "09-09" } },
    { text: "The therapist double-booked us, poor form", intent: "log_complaint", role: "guest" },
  ]);
});

describe("a colleague's visit the writer skips, a customer's pretence vented, a customer who came over", () => {
  run([
    { text: "小李下午要去拜访周建华 我就不陪着去了", intent: "unknown" },
    { text: "Sam's seeing Dana Reyes at Acme tomorrow, I'm not tagging along", intent: "unknown" },
    { text: "年初跟何总谈好的折扣 他现在装不记得了 气死", intent: "unknown" },
    { text: "王总刚才来了 说下个月再订五十箱", intent: "log_followup", slots: { customer: "王总" } },
  ]);
});

describe("English goods after a count, with more words around them", () => {
  run([
    { text: "new lead: Gwen Price, The Tap Room, 8 kegs of the house stout", intent: "create_lead", slots: { product: "house stout", quantity: 8 } },
    { text: "new lead: Liam Ryan, Ryan Motors, 6 dash cams + a hub, 085 123 4567", intent: "create_lead", slots: { product: "dash cams", quantity: 6 } },
    { text: "New lead: Zanele Dube at Karoo Mining, 300 branded caps for their safety week, 082 555 0000", intent: "create_lead", slots: { product: "branded caps", quantity: 300 } },
    { text: "Kindly add lead: Dr. Suresh Pillai, Pillai Clinic. Requirement: 2 nos. dental chairs. Mob: 98450 00000", intent: "create_lead", slots: { product: "dental chairs", quantity: 2 } },
  ]);
});

describe("Chinese businesses named after a cheer, a place or 那个; records pulled up", () => {
  run([
    { text: "好消息！蜀香园那单签了 十二万", intent: "update_deal", slots: { customer: "蜀香园", stage: "won", amount: 120000 } },
    { text: "查一下望京那个华润商厦，上次谁对接的", intent: "lookup_customer", slots: { query: "华润商厦" } },
    { text: "把宏达物流的拜访记录调出来我看看", intent: "lookup_customer", slots: { query: "宏达物流" } },
    { text: "铜锣湾嘅康泰专科报价已经出咗，八万八", intent: "update_deal", slots: { customer: "康泰专科", stage: "proposal", amount: 88000 } },
  ]);
});

describe("guests' bookings: a cancel asked for a cancelled flight, a head count changed, a weekday cut short", () => {
  run([
    { text: "please cancel the Dec 5 booking, my flight got cancelled", intent: "cancel_booking", role: "guest", slots: { date: "2026-12-05" } },
    // Cancelled by the hotel, it is a grumble.
    { text: "my booking got cancelled without any notice", intent: "log_complaint", role: "guest" },
    { text: "Booking under Chen for Friday, can we go from 2 to 4 people?", intent: "change_booking", role: "guest", slots: { date: "2026-11-20", party_size: 4 } },
    { text: "Fri booking change to 6 pax can?", intent: "change_booking", role: "guest", slots: { date: "2026-11-20", party_size: 6 } },
  ]);
});

describe("regional words for days, wins and calls", () => {
  run([
    { text: "刚跟赵大夫通了个话 他说后儿个再定", intent: "log_followup", slots: { customer: "赵大夫", channel: "call", next_due: "2026-11-20" } },
    { text: "长沙那个湘江建材的单子搞定哒 九万八", intent: "update_deal", slots: { stage: "won", amount: 98000 } },
    { text: "Lagos Foods order don land! ₦2,500,000 paid", intent: "update_deal", slots: { customer: "Lagos Foods", stage: "won" } },
    { text: "rang Morag at the Tartan Inn, try her again the morn", intent: "log_followup", slots: { customer: "Morag", next_due: "2026-11-19" } },
    { text: "what's on ma list the day", intent: "list_tasks", slots: { period: "today" } },
    { text: "Reklamo si Sir Ben, sira daw yung 5 pcs ng chairs", intent: "log_complaint", slots: { customer: "Sir Ben" } },
  ]);
});

describe("names with macrons and other Latin letters", () => {
  run([
    { text: "rang Tāne Walker about the pinot order", intent: "log_followup", slots: { customer: "Tāne Walker", channel: "call" } },
    { text: "popped into Mānuka Deli, Aroha loved the samples, chat again Friday", intent: "log_followup", slots: { customer: "Aroha", channel: "visit" } },
  ]);
});

describe("room for a party at an hour is a table", () => {
  run([
    { text: "you got room for 9 this Saturday at 7? it's a retirement dinner", intent: "create_booking", role: "guest", slots: { kind: "table", start: "2026-11-21T19:00", party_size: 9 } },
    // Room for two for nights is a room.
    { text: "do you have room for 2 this Friday, 2 nights?", intent: "create_booking", role: "guest", slots: { kind: "room", nights: 2 } },
  ]);
});

describe("a bare hour after a booked time is the booking's new hour", () => {
  run([
    { text: "we booked for Saturday 7pm, can we make it 8 instead?", intent: "change_booking", role: "guest", slots: { date: "2026-11-21", start: "2026-11-21T20:00" } },
    { text: "can you push our 6pm table tonight to 7:30?", intent: "change_booking", role: "guest", slots: { date: "2026-11-18", start: "2026-11-18T19:30" } },
    // A head count is no hour.
    { text: "our table Friday 7pm, can we make it 6 people instead?", intent: "change_booking", role: "guest", slots: { date: "2026-11-20", party_size: 6 } },
  ]);
});

describe("a party counted by who they are", () => {
  run([
    { text: "a twin room for Friday night, 2 golfers, early tee time", intent: "create_booking", role: "guest", slots: { party_size: 2 } },
    { text: "table for Saturday 7pm, 6 friends, birthday", intent: "create_booking", role: "guest", slots: { party_size: 6 } },
    { text: "pa-book ng room sa Friday, 3 kami", intent: "create_booking", role: "guest", slots: { party_size: 3 } },
    { text: "a double for Saturday, two of us", intent: "create_booking", role: "guest", slots: { party_size: 2 } },
    { text: "room from Friday for 2 nights, just me and my husband", intent: "create_booking", role: "guest", slots: { party_size: 2 } },
    { text: "just me, a single room tonight", intent: "create_booking", role: "guest", slots: { party_size: 1 } },
  ]);
});

describe("a booking's preferences said in words", () => {
  run([
    { text: "a room from Friday for 2 nights, somewhere away from the lifts if possible", intent: "create_booking", role: "guest", slots: { preferences: ["away from the lifts"] } },
    { text: "下周六订一间大床房，要看得到海的", intent: "create_booking", role: "guest", slots: { preferences: ["看得到海"] } },
    { text: "周五晚上7点 4位 有人吃素 麻烦不要葱蒜", intent: "create_booking", role: "guest", slots: { preferences: ["吃素", "不要葱蒜"] } },
    { text: "table for 3 tonight 7pm, kids menu pls", intent: "create_booking", role: "guest", slots: { preferences: ["kids menu"] } },
  ]);
});

describe("units written short", () => {
  run([
    { text: "lead - Dan Ruiz / Ruiz Tacos / 40 cs tortillas / 555-201-3344", intent: "create_lead", slots: { name: "Dan Ruiz", product: "tortillas", quantity: 40 } },
    { text: "new lead: Ana Silva, Silva Mart, 20 ctns mineral water", intent: "create_lead", slots: { product: "mineral water", quantity: 20 } },
  ]);
});
