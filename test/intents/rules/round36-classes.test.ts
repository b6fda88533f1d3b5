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
