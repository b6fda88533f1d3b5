/**
 * Classes of language from the fifteenth round, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is 2026-11-19, this Saturday 2026-11-21.
 */
import { describe, expect } from "vitest";
import { run } from "./case-table.ts";

describe("Malay and Indonesian words around English: when, how many, which verb", () => {
  run([
    { text: "Tolong tempah meja untuk 6 orang esok pukul 8 malam, nama Aziz 012-887 6543", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 6, start: "2026-11-19T20:00" } },
    { text: "Nak book meja 3 orang Sabtu ni jam 12 siang", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 3, start: "2026-11-21T12:00" } },
    { text: "Booking saya esok tolong batalkan", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { text: "Dah visit Encik Rahman kat bengkel dia, follow up 2 Disember", intent: "log_followup", slots: { customer: "Encik Rahman", channel: "visit", next_due: "2026-12-02" } },
    { text: "Sudah call Ibu Wulan dari CV Sumber Rejeki, minta katalog", intent: "log_followup", slots: { customer: "Ibu Wulan", channel: "call" } },
    { text: "Lead baru: Pak Darto, Toko Bangunan Sejahtera, mau order 300 karton semen putih", intent: "create_lead", slots: { name: "Pak Darto", quantity: 300 } },
    { text: "Penawaran ke PT Kayu Jati udah dikirim, total Rp 42,5 juta", intent: "update_deal", slots: { customer: "PT Kayu Jati", stage: "proposal", amount: 42500000 } },
    { text: "follow up minggu ni ada apa?", intent: "list_tasks", slots: { period: "this_week" } },
  ]);
});

describe("Tagalog verbs and little words around English", () => {
  run([
    { text: "Nag-call ako kay Tita Baby ng Baby's Catering, next week daw sila mag-decide", intent: "log_followup", slots: { customer: "Tita Baby", channel: "call" } },
    { text: "Pa-update po ng number ni Kuya Rommel: 0917 222 3344", intent: "update_customer", slots: { customer: "Kuya Rommel", phone: "09172223344" } },
    { text: "sino po yung 0918 765 4321?", intent: "lookup_customer", slots: { query: "0918 765 4321" } },
    { text: "ano mga follow-ups ko ngayon?", intent: "list_tasks", slots: { period: "today" } },
    { text: "May reservation pa ba ako sa inyo?", role: "guest", intent: "my_bookings" },
  ]);
});

describe("Hindi words around English", () => {
  run([
    { text: "aaj ke follow-ups batao", intent: "list_tasks", slots: { period: "today" } },
    { text: "is hafte ki summary dikhao", role: "manager", intent: "summary", slots: { period: "this_week" } },
    { text: "Mera 21 Nov wala booking 22 Nov kar do", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", start: "2026-11-22" } },
    { text: "Gupta Traders deal done, ₹1.2 crore ka order confirm", intent: "update_deal", slots: { customer: "Gupta Traders", stage: "won", amount: 12000000 } },
    { text: "Room mein AC kaam nahi kar raha, 3 din se", role: "guest", intent: "log_complaint" },
  ]);
});

describe("what records nothing, said in these languages", () => {
  run([
    { text: "Joke lang: 'Pirmado na si Sir Noel' — sa panaginip ko lang", intent: "unknown" },
    { text: "Bhai, yaad hai? Kapoor-ji ne 10 kilo laddoo bheje the Holi pe", intent: "unknown" },
    { text: "Pak Harun bilang mau order 5 kontainer, tapi dia ngomong gitu tiap tahun wkwk", intent: "unknown" },
    { text: "Berita: harga kopi naik 10% minggu ini", intent: "unknown" },
    { text: "Suno, agar Mehta sir call kare toh bolna main bahar hoon", intent: "unknown" },
  ]);
});

describe("Thai and Vietnamese are not guessed from a stray number or word", () => {
  run([
    { text: "Trưa nay cả team đi ăn phở, 60k một tô", intent: "unknown" },
    { text: "ถ้าลูกค้าสั่ง 500 kg จริง จะส่งทันไหม", intent: "unknown" },
    // English with a Thai particle is still read.
    { text: "Siam Paper deal close แล้ว ฿1.5M", intent: "update_deal", slots: { customer: "Siam Paper", stage: "won" } },
  ]);
});

describe("English shapes from the same chats", () => {
  run([
    { text: "went down to Jurong see Mr Tan from Eastern Steel, check back 3 Dec", intent: "log_followup", slots: { customer: "Mr Tan", channel: "visit" } },
    { text: "Mdm Lee say she prefer WhatsApp only, update her profile", intent: "update_customer", slots: { preferences: [expect.stringMatching(/WhatsApp only/)] } },
  ]);
});

describe("what the writer doubts, announces or rules out records nothing", () => {
  run([
    { text: "Heard Mr Wong will order 300 chairs next month — is that even true?", intent: "unknown" },
    { text: "Ravi says he'll sign every quarter, he says that every year", intent: "unknown" },
    { text: "News: steel prices up 4% today, clients will push back", intent: "unknown" },
    { text: "The Q1 target came from head office, don't complain to me", intent: "unknown" },
    { text: "Heavy rain in Pune, no site visits possible today", intent: "unknown" },
    { text: "Dr Lim from Klinik Sejahtera change number to +60 12-345 6789", intent: "update_customer", slots: { customer: "Dr Lim", phone: "+60123456789" } },
  ]);
});

describe("Chinese: what records nothing in an office chat", () => {
  run([
    // A step the writer hangs on a condition, with 我/你们 就.
    { text: "老周那单要是丢了 我就不干了", intent: "unknown" },
    { text: "晨星那边要是月底还不付款 你们就直接停货", intent: "unknown" },
    { text: "去年这时候大家都在加班 今年轻松多了", intent: "unknown" },
    { text: "老钱两年前说过要订五十台 结果一台都没订", intent: "unknown" },
    { text: "大家注意 新同事小吴 手机号13712345678 有事找他", intent: "unknown" },
    { text: "今年的目标定了：回款800万", intent: "unknown" },
    { text: "华联那单我能拿多少提成", intent: "unknown" },
    { text: "上个月的报表财务做完了没", intent: "unknown" },
    { text: "你说孙总这种人是不是就爱拖着", intent: "unknown" },
    { text: "小周说他上午签了个二十万的单子 羡慕死了", intent: "unknown" },
  ]);
});

describe("Chinese: names, stages, channels and periods said in more ways", () => {
  run([
    { text: "三胖哥来电话说货少了两箱，记个投诉", intent: "log_complaint", slots: { customer: "三胖哥" } },
    { text: "新线索 锦江宾馆采购部许经理 要床单两百套 电话13911112222", intent: "create_lead", slots: { name: "许经理", quantity: 200 } },
    { text: "下午去孟静那儿跑了一趟，她说下周再定", intent: "log_followup", slots: { customer: "孟静", channel: "visit" } },
    { text: "在他们店里见了吴娜 样品她很满意", intent: "log_followup", slots: { customer: "吴娜", channel: "visit" } },
    { text: "跟老赵唠了半天电话 他说下周再说", intent: "log_followup", slots: { customer: "老赵", channel: "call" } },
    { text: "蓝天幼儿园那单妥了，八万", intent: "update_deal", slots: { customer: "蓝天幼儿园", stage: "won", amount: 80000 } },
    { text: "东方酒楼那单搞定咯 十二万", intent: "update_deal", slots: { stage: "won", amount: 120000 } },
    { text: "徐总喜欢喝龙井 吃不了辣 更新下客户偏好", intent: "update_customer", slots: { preferences: ["喜欢喝龙井", "吃不了辣"] } },
    { text: "田总说想要一套净水设备，帮我录成线索", intent: "create_lead", slots: { name: "田总" } },
    { text: "年初到现在一共签了多少", role: "manager", intent: "summary", slots: { period: "this_year" } },
  ]);
});

describe("Chinese bookings: a date with its weekday, a holiday beside day words, foods not eaten", () => {
  run([
    { text: "11月21号周六晚上6点订位 8个人", role: "guest", intent: "create_booking", slots: { start: "2026-11-21T18:00", party_size: 8 } },
    { text: "圣诞订个房 明天入住 后天退房", role: "guest", intent: "create_booking", slots: { start: "2026-11-19", end: "2026-11-20" } },
    { text: "明晚七点订一桌 四个人 有一位不吃牛肉 要窗口位", role: "guest", intent: "create_booking", slots: { preferences: ["不吃牛肉", "窗口位"] } },
  ]);
});

describe("a joke, a promise heard for the nth time, a reminder to the team", () => {
  run([
    { text: "Mr Lim ordered 500 cartons of durian, just kidding lah", intent: "unknown" },
    { text: "Acme said 'we will revert by Friday' for the 4th time 🙄", intent: "unknown" },
    { text: "Reminder: monthly review on Friday, bring your pipeline numbers", intent: "unknown" },
  ]);
});

describe("round fifteen, second set: laughs, training, a rival's grab, a guest wondering", () => {
  run([
    { text: "哈哈哈笑死 王姐说她儿子都比我会谈判🤣", intent: "unknown" },
    { text: "lmao Priya said her cat sat on the quote lol", intent: "unknown" },
    { text: "Training example for the interns: 'new lead Jane Roe, Roe Ltd, 555-0199' — use that layout", intent: "unknown" },
    { text: "教一下新来的：记跟进就发“跟张总打了电话 下周三再联系”这种格式就行", intent: "unknown" },
    { text: "听说隔壁鸿运酒行把新世纪酒店的单子截胡了 五万多", intent: "unknown" },
    { text: "would it be cheaper if we booked 4 nights instead of 3? just wondering", role: "guest", intent: "unknown" },
    { text: "如果我们下周来二十个人 有没有团体优惠啊", role: "guest", intent: "unknown" },
    { text: "你系咪ChatGPT嚟㗎", intent: "unknown" },
  ]);
});

describe("round fifteen, second set: names and times", () => {
  run([
    { text: "报价单已经邮件发给东北饺子馆的王大哥了", intent: "log_followup", slots: { customer: "王大哥" } },
    { text: "梅陇镇咖啡个单子签脱了 八千", intent: "update_deal", slots: { stage: "won", amount: 8000 } },
    { text: "called 林老板 already 明天3pm再打给他", intent: "log_followup", slots: { next_due: "2026-11-19T15:00" } },
    { text: "新客户 大连海鲜城的孙大姐 电话13945670000 要三十来箱啤酒", intent: "create_lead", slots: { name: "孙大姐", quantity: 30 } },
    { text: "pls cancel my booking for Fri next wk", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-27" } },
  ]);
});

describe("Spanish, Russian, Turkish and Korean English", () => {
  run([
    { text: "Hola, quiero reservar una mesa para 3 personas mañana a las 9pm, terraza porfa", role: "guest", intent: "create_booking", slots: { kind: "table", party_size: 3, start: "2026-11-19T21:00", preferences: ["terraza"] } },
    { text: "porfa cancelen mi reserva del sábado", role: "guest", intent: "cancel_booking", slots: { date: "2026-11-21" } },
    { text: "cambiar mi reserva de mañana: ahora somos 5 personas en vez de 3", role: "guest", intent: "change_booking", slots: { party_size: 5 } },
    { text: "Reunión con Sofía Herrera hoy, she wants a demo. Seguimiento el viernes", intent: "log_followup", slots: { customer: "Sofía Herrera", channel: "meeting", next_due: "2026-11-20" } },
    { text: "new lead: Pablo Ruiz de Hotel Sol Naciente, wants 40 cajas of wine, budget 60 mil pesos", intent: "create_lead", slots: { name: "Pablo Ruiz", company: "Hotel Sol Naciente", quantity: 40, product: "wine", amount: 60000 } },
    { text: "позвонил Ivan Petrov — busy, call back tomorrow", intent: "log_followup", slots: { customer: "Ivan Petrov", channel: "call" } },
    { text: "Seoul Dental contract signed, 8,000,000 won", intent: "update_deal", slots: { stage: "won", amount: 8000000 } },
    { text: "table for 4 tonight 8pm, Marina view if possible, family section", role: "guest", intent: "create_booking", slots: { preferences: ["Marina view", "family section"] } },
  ]);
});

describe("wishes, old wins, sport, heat and a colleague's plan record nothing", () => {
  run([
    { text: "ojalá que Diego Castro firme esta semana, fingers crossed", intent: "unknown" },
    { text: "back in 2018 we closed a big one with Grupo Norte, those were the days", intent: "unknown" },
    { text: "my boss said 'log every visit with Mr Kim' — ok noted", intent: "unknown" },
    { text: "did you see Al Hilal won last night? what a match", intent: "unknown" },
    { text: "42 degrees in Dubai today, the car park is an oven", intent: "unknown" },
    { text: "My colleague Park-nim will call Daehan Foods tomorrow, not me.", intent: "unknown" },
    { text: "Sato-san emailed Kobe Steel yesterday, I think, but I am not sure.", intent: "unknown" },
  ]);
});

describe("round fifteen, last set: a slip corrected, a lead asked for first, the writer's own life", () => {
  run([
    { text: "刚见了韩梅，样品留下了，下周二再去——不对，是下周三", intent: "log_followup", slots: { customer: "韩梅", next_due: "2026-11-25" } },
    { text: "Orchard Books is at proposal, $9,800 — sorry, typo, $8,900", intent: "update_deal", slots: { stage: "proposal", amount: 8900 } },
    { text: "Table for 2 on Saturday at 8pm... sorry, I meant Friday", role: "guest", intent: "create_booking", slots: { start: "2026-11-20T20:00" } },
    { text: "记个线索 吴工 华建二公司 水泥 三百吨 明天下午回电话", intent: "create_lead", slots: { name: "吴工", quantity: 300 } },
    { text: "李奶奶说以后只约上午的号", intent: "update_customer", slots: { customer: "李奶奶" } },
    { text: "测试一下，看bot有没有反应", intent: "unknown" },
    { text: "FYI Oakbarrel (our competitor) just lost the Sonoma account, heard it at the expo", intent: "unknown" },
    { text: "my wife's birthday is Sunday, must book somewhere nice", intent: "unknown" },
    { text: "我在想要不要再给钱总发个报价，又怕逼太紧", intent: "unknown" },
    { text: "办公室打印机又坏了，谁来修一下", intent: "unknown" },
    { text: "前年马总也说过要订一千套，后来也没下文", intent: "unknown" },
    { text: "朋友的公司可能要买投影仪，等他定了我再录", intent: "unknown" },
  ]);
});

describe("English goods: our product named after keen on / wants to add, a dash ends it", () => {
  run([
    { text: "lead: Tom Baker at The Red Lion, keen on our Malbec Reserve — 36 bottles to start", intent: "create_lead", slots: { product: "Malbec Reserve", quantity: 36 } },
    { text: "new lead Ana Silva from Casa Verde, wants to add our oat milk to her cafe menu, 0412 555 019", intent: "create_lead", slots: { product: "oat milk" } },
  ]);
});

describe("round fifteen, end: gifts weighed, an order weighed, a kitchen mishap, a customer ticked off", () => {
  run([
    { text: "赵姐闺女下个月毕业典礼 咱要不要送束花", intent: "unknown" },
    { text: "在考虑要不要接宏达那单 太折腾了 再说吧", intent: "unknown" },
    { text: "今天红烧肉烧糊了一锅 心疼死了", intent: "unknown" },
    { text: "Dale Price called, he's fuming, the cabinets we fitted are already peeling", intent: "log_complaint" },
    { text: "waited 40 minutes for our starters and the soup was cold", role: "guest", intent: "log_complaint" },
  ]);
});
