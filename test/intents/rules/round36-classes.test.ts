/**
 * Classes of language learnt in round thirty-five, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a customer told by description rather than by name", () => {
  run([
    { text: "那位每次都开红色宝马来的先生，公司改成恒泰物流了", intent: "update_customer", slots: { customer: "每次都开红色宝马来的先生", company: "恒泰物流" } },
    { text: "那个做烘焙工作室的大姐说预算不够，这单算了", intent: "update_deal", slots: { customer: "做烘焙工作室的大姐", stage: "lost" } },
    { text: "查下那个总要发票抬头写错的老板，之前买过几次", intent: "lookup_customer", slots: { query: "总要发票抬头写错的老板" } },
    { text: "the bakery couple from the night market - her number is 0412 998 776", intent: "update_customer", slots: { customer: "the bakery couple from the night market" } },
    { text: "the yoga studio lady isn't a new lead, she's already on file - just log that I emailed her today", intent: "log_followup", slots: { customer: "the yoga studio lady", channel: "email" } },
    { role: "manager", text: "don't add the forklift guy as a new lead, he's in there already. pull up his record", intent: "lookup_customer", slots: { query: "the forklift guy" } },
    { text: "Marta Silva isn't a new lead, she's already in the system - just log that I called her", intent: "log_followup", slots: { customer: "Marta Silva", channel: "call" } },
    { text: "发微信给上周来试衣服的那对夫妻了，他们说再考虑", intent: "log_followup", slots: { customer: "上周来试衣服的那对夫妻", channel: "message" } },
    { text: "那个温州老板生日是5月3号，记一下", intent: "update_customer", slots: { customer: "温州老板" } },
    { text: "开奥迪来看房的那个男的，标成谈判中吧，他砍到120万了", intent: "update_deal", slots: { customer: "开奥迪来看房的那个男的", stage: "negotiation" } },
    { text: "那个大客户说要加单", intent: "unknown" },
    { text: "明天要见那个特别挑剔的五金老板，心里有点没底", intent: "unknown" },
    { role: "guest", text: "the delivery guy was 40 minutes late and the soup was cold", intent: "log_complaint" },
  ]);
});

describe("how a customer wants to be reached, or left alone", () => {
  run([
    { text: "记一下：钱志远只接受邮件联系，别给他打电话", intent: "update_customer", slots: { customer: "钱志远" } },
    { text: "孙丽萍说晚上9点以后别打扰她", intent: "update_customer", slots: { customer: "孙丽萍" } },
    { text: "Tomasz Nowak - quiet hours 10pm to 7am, he's in Warsaw", intent: "update_customer", slots: { customer: "Tomasz Nowak", preferences: ["quiet hours 10pm to 7am"] } },
    { text: "拜访了冯老板，他说饭点别打电话，下周一再过去", intent: "log_followup", slots: { customer: "冯老板", channel: "visit", next_due: "2026-11-23" } },
    { text: "Called Lena Fischer, she's fine with email only. next touch Friday", intent: "log_followup", slots: { customer: "Lena Fischer", channel: "call", next_due: "2026-11-20" } },
    { role: "manager", text: "各位注意，客户电话不要随便发到外面的群里", intent: "unknown" },
  ]);
});

describe("messages unsubscribed from, and promotions still sent", () => {
  run([
    { role: "guest", text: "退订都回复了三次，怎么还在给我发营销短信", intent: "log_complaint" },
    { role: "guest", text: "unsubscribed last month and I'm still getting your promo texts", intent: "log_complaint" },
    { role: "guest", text: "退订短信收到了，谢谢", intent: "unknown" },
    { role: "guest", text: "麻烦帮我退订下周二那间房", intent: "cancel_booking", slots: { date: "2026-11-24" } },
    { role: "guest", text: "I keep receiving your newsletter, please take me off the mailing list", intent: "unknown" },
    { role: "guest", text: "订房一定要留身份证号吗？能不能不填", intent: "unknown" },
    { role: "guest", text: "do I have to give my email address to book a table?", intent: "unknown" },
  ]);
});

describe("shopping festivals and promotions around real records", () => {
  run([
    { text: "双十二当天要回访的客户有哪些", intent: "list_tasks" },
    { role: "guest", text: "双十二那天订个包间，8个人，晚上6点半", intent: "create_booking", slots: { party_size: 8 } },
    { text: "福瑞超市那单我刚才已经标赢单了，别重复录", intent: "unknown" },
    { text: "note to self: spring promo ends March 31, don't quote it after that", intent: "unknown" },
    { text: "Copperleaf Bistro closed early today for the public holiday", intent: "unknown" },
    { text: "Tidewater Supply closed at 23,800, shipping next week", intent: "update_deal", slots: { customer: "Tidewater Supply", stage: "won", amount: 23800 } },
    { role: "manager", text: "Singles' Day last year we did about 80k, hoping to beat it", intent: "unknown" },
    { role: "guest", text: "the promo said kids stay free but we were charged for our son anyway", intent: "log_complaint" },
    { role: "guest", text: "do kids stay free?", intent: "unknown" },
    { role: "guest", text: "帮我看看其他客人订的是哪天", intent: "unknown" },
    { role: "guest", text: "我同事也想订，我让他自己联系你们了", intent: "unknown" },
    { role: "guest", text: "之前国庆订的套餐是不是还没用？", intent: "my_bookings" },
  ]);
});

describe("goods, deals and grievances, smaller pieces", () => {
  run([
    { text: "青石棋社那套红木棋具谈成了，2万8", intent: "update_deal", slots: { customer: "青石棋社", stage: "won", amount: 28000 } },
    { text: "还没谈成", intent: "unknown" },
    { role: "manager", text: "冷链那边最大的三个买家是谁", intent: "top_customers", slots: { limit: 3 } },
    { role: "guest", text: "蛋糕上的名字写错了，我女儿叫欣欣不是新新", intent: "log_complaint" },
    { role: "guest", text: "the speaker in our room kept crackling all night", intent: "log_complaint" },
    { role: "guest", text: "the vase arrived with a chip on the rim", intent: "log_complaint" },
    { role: "guest", text: "本来想改时间的，算了…先帮我看看我订了哪几天", intent: "my_bookings" },
    { role: "guest", text: "预订以后可以改时间吗？会不会收手续费", intent: "unknown" },
    { role: "guest", text: "thanks for the lovely stay! how many points did I get for it?", intent: "my_points" },
    { text: "这个机器人怎么记跟进啊？", intent: "help" },
    { text: "新客户：顺安物流的马经理，有大概800个旧托盘要处理，电话13812345678", intent: "create_lead", slots: { product: "旧托盘", quantity: 800 } },
    { text: "new lead - Owen Price, Price Farms, ~300 old tyres a quarter for collection, 07700 900111", intent: "create_lead", slots: { quantity: 300, product: "old tyres" } },
    { text: "婚纱摄影新客户：准新娘林可欣，6月8号办婚礼，电话13911112222", intent: "create_lead", slots: { name: "林可欣" } },
    { text: "Riverside Dental complained that we sent their invoice to the wrong clinic", intent: "log_complaint", slots: { customer: "Riverside Dental" } },
    { text: "Brightwave Ltd called me this morning", intent: "log_followup", slots: { customer: "Brightwave Ltd", channel: "call" } },
    { text: "some guy replied UNSUBSCRIBE to my cold email", intent: "unknown" },
    { text: "honestly our competitor's delivery is awful, their clients complain all the time lol", intent: "unknown" },
  ]);
});

describe("guests during their stay: the queue, the door, another room, a night more", () => {
  run([
    { role: "guest", text: "可以帮我们取个号吗，5位", intent: "create_booking", slots: { kind: "table", party_size: 5 } },
    { role: "guest", text: "please put us on the waiting list, 3 people", intent: "create_booking", slots: { party_size: 3 } },
    { role: "guest", text: "we're outside now, table for 2 under Ortega", intent: "unknown" },
    { role: "guest", text: "我们已经到大堂了，3个人，订位姓林", intent: "unknown" },
    { role: "guest", text: "楼上一直在拖椅子，吵得睡不着，能不能换个房间", intent: "log_complaint" },
    { role: "guest", text: "the heater's broken, could you move us to another room?", intent: "log_complaint" },
    { role: "guest", text: "能不能给我换个房间，要无烟的", intent: "change_booking" },
    { role: "guest", text: "能不能再续住两晚？", intent: "change_booking" },
    { role: "guest", text: "any chance of a late checkout on Sunday?", intent: "change_booking" },
    { role: "guest", text: "what time is checkout?", intent: "unknown" },
    { role: "guest", text: "the bath water was freezing again this morning. Not impressed.", intent: "log_complaint" },
    { role: "guest", text: "明天那张台不要了，打不成了", intent: "cancel_booking", slots: { date: "2026-11-19" } },
    { role: "guest", text: "明天那桌不要了，改到周六同一时间", intent: "change_booking" },
    { role: "guest", text: "are we still booked for Friday night?", intent: "my_bookings" },
    { role: "guest", text: "received the confirmation text, cheers", intent: "unknown" },
  ]);
});

describe("price talk: haggling, discounts allowed, rivals' prices beside a record", () => {
  run([
    { role: "guest", text: "太贵了，能不能再便宜一点？我们住四晚", intent: "unknown" },
    { role: "guest", text: "请问你哋下午茶套餐幾錢一位？", intent: "unknown" },
    { role: "guest", text: "does the 10% off for members apply automatically or do I need a promo code?", intent: "unknown" },
    { role: "manager", text: "OK: Brightline can have 5%, no more. Keep the 12-month term.", intent: "unknown" },
    { role: "manager", text: "同意给鑫达打九折，别再低了", intent: "unknown" },
    { text: "老刘砍价真是有一套", intent: "unknown" },
    { text: "New lead: Sara Holm, Nordic Gym Supply, after 15 treadmills. a competitor quoted $2,100 each. 0433 222 111", intent: "create_lead", slots: { name: "Sara Holm", quantity: 15 } },
    { text: "今天去和信物流拜访了钟经理，他说别家比我们便宜8000，我答应下周一前给新方案", intent: "log_followup", slots: { customer: "钟经理", channel: "visit" } },
    { text: "哪些客户方案发了还没回复？列一下", intent: "list_tasks" },
    { text: "Met with Dr. Osei at Eastgate Physio. He likes the package but wants 10% off. Next meeting Friday at 3pm", intent: "log_followup", slots: { customer: "Dr. Osei", channel: "meeting" } },
    { text: "Granite & Co closed at 48,000, install next month", intent: "update_deal", slots: { stage: "won", amount: 48000 } },
  ]);
});

describe("storms, strikes and power cuts around real records", () => {
  run([
    { text: "台风要来了，明天上午约的华强物业刘经理改到下周一下午两点，电话里说好了", intent: "log_followup", slots: { customer: "刘经理", next_due: "2026-11-23T14:00" } },
    { text: "Snowstorm closed the highway, called Ben Ortiz at Summit Foods and pushed our demo to next Monday 10am", intent: "log_followup", slots: { customer: "Ben Ortiz", channel: "call", next_due: "2026-11-23T10:00" } },
    { text: "我家停电了，手机快没电了，客户资料明天再补", intent: "unknown" },
    { role: "manager", text: "暴雨期间外出拜访都改电话，请各位知悉", intent: "unknown" },
    { role: "guest", text: "if the rail strike carries on until Saturday, will we get a refund for the room?", intent: "unknown" },
    { role: "guest", text: "我还有多少积分？之前下暴雨取消的那单积分退了没有", intent: "my_points" },
    { role: "guest", text: "同团的李叔叔住哪个房间？他电话打不通", intent: "unknown" },
    { role: "guest", text: "停车场被淹了，车都泡水了，一句通知都没有", intent: "log_complaint" },
    { role: "guest", text: "the trains were cancelled so we missed dinner and you still charged us a no-show fee?! ridiculous", intent: "log_complaint" },
    { role: "guest", text: "下大雨你们电话一直打不通，我要取消都联系不上，最后还被收了全款", intent: "log_complaint" },
  ]);
});

describe("staff telling each other, and enquiries that are leads", () => {
  run([
    { text: "李老师明天的国画课临时换到205教室了，大家转告一下", intent: "unknown" },
    { text: "年前那批工服谁负责熨？我这边实在忙不过来", intent: "unknown" },
    { text: "育才中学的何老师咨询寒假美术班，大概25个学生，邮箱helaoshi@yucai.edu.cn，12月1号再联系她", intent: "create_lead", slots: { name: "何老师", company: "育才中学", quantity: 25 } },
    { text: "Room 812, Priya Shah, asked at the front desk about holding her company's sales kickoff here. Company is Lumen Labs, priya@lumenlabs.io, follow up Monday", intent: "create_lead", slots: { company: "Lumen Labs", email: "priya@lumenlabs.io" } },
    { text: "Oakridge Plumbing rang, the pump we installed last week keeps leaking, they're pretty angry", intent: "log_complaint", slots: { customer: "Oakridge Plumbing" } },
    { text: "rang Sam Kerr re the tiles, he's fuming at the council over the permit, call back in 2 weeks", intent: "log_followup" },
    { role: "manager", text: "各门店这个月团购卖得怎么样", intent: "summary", absent: ["person"] },
    { role: "guest", text: "book a table for Saturday 3pm, 4 players, name Kim", intent: "create_booking", slots: { party_size: 4 } },
  ]);
});
