/**
 * Classes of phrasing from cases written blind (fresh-3), each with variants of our own: typing slips,
 * contacts said from the customer's side, companies known only by their place in the sentence, and more.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("typing slips: homophones, pinyin left in, chat shorthand", () => {
  run([
    { text: "今天要根进哪些客户", intent: "list_tasks", slots: { period: "today" } },
    { text: "新线所 刘总 要办公椅 预算5万", intent: "create_lead", slots: { name: "刘总", amount: 50000 } },
    { text: "王总电话没人接 明天zai打", intent: "log_followup", slots: { customer: "王总", channel: "call", next_due: "2026-11-19" } },
    { text: "我的jifen有多少", role: "guest", intent: "my_points" },
    { text: "how many pts do i have", role: "guest", intent: "my_points" },
    { text: "what can u do", intent: "help" },
    { text: "called Amy, will call her again tmrw", intent: "log_followup", slots: { next_due: "2026-11-19" } },
    { text: "emailed Bob the deck, follow up tommorow", intent: "log_followup", slots: { next_due: "2026-11-19" } },
  ]);
});

describe("money as people type it", () => {
  run([
    { text: "新线索 陈总 要茶叶 预算两个w", intent: "create_lead", slots: { amount: 20000 } },
    { text: "新线索 周经理 要打印机 预算三个w", intent: "create_lead", slots: { amount: 30000 } },
    { text: "new lead 李总 wants 50台电脑 budget 30w", intent: "create_lead", slots: { amount: 300000, quantity: 50 } },
    { text: "新客户 赵总 预算十五w 要投影仪", intent: "create_lead", slots: { amount: 150000 } },
    { text: "new lead Anna Ross, budget 2.5k for mugs", intent: "create_lead", slots: { amount: 2500 } },
  ]);
});

describe("a contact said from the customer's side, or one that did not connect", () => {
  run([
    { text: "杜先生来电话了 说要加量", intent: "log_followup", slots: { customer: "杜先生", channel: "call" } },
    { text: "郑工发邮件过来问报价", intent: "log_followup", slots: { customer: "郑工", channel: "email" } },
    { text: "林姐微信说下个月再订", intent: "log_followup", slots: { customer: "林姐", channel: "message" } },
    { text: "孙总电话没人接 下午再打", intent: "log_followup", slots: { customer: "孙总", channel: "call" } },
    { text: "昨天和Kevin开会 聊了新菜单", intent: "log_followup", slots: { customer: "Kevin", channel: "meeting" } },
    { text: "Left Maria a voicemail about the quote", intent: "log_followup", slots: { customer: "Maria", channel: "call" } },
    { text: "zoom w/ Tom Hill this morning, they want a demo", intent: "log_followup", slots: { customer: "Tom Hill", channel: "meeting" } },
  ]);
});

describe("companies known by their place, not a trade word", () => {
  run([
    { text: "新线索 何小姐 喜茶 要100个杯子", intent: "create_lead", slots: { name: "何小姐", company: "喜茶", quantity: 100 } },
    { text: "帮我录个客户 郑工 中铁十二局 要钢筋", intent: "create_lead", slots: { company: "中铁十二局" } },
    { text: "new lead 吴总 @大疆 想要无人机", intent: "create_lead", slots: { company: "大疆" } },
    { text: "认识个陈工 在中建三局做采购 要安全帽", intent: "create_lead", slots: { company: "中建三局" } },
    { text: "新客户 刘姐 开奶茶店的 想试试我们的珍珠", intent: "create_lead", slots: { product: "珍珠" } },
    { text: "小李跳槽到腾讯了", intent: "update_customer", slots: { customer: "小李", company: "腾讯" } },
    { text: "大疆的单子 在砍价阶段", intent: "update_deal", slots: { customer: "大疆", stage: "negotiation" } },
    { text: "美丽人生那单签了 十二万", intent: "update_deal", slots: { customer: "美丽人生", stage: "won", amount: 120000 } },
    { text: "蜀香园黄了", intent: "update_deal", slots: { customer: "蜀香园", stage: "lost" } },
    { text: "Sophie Turner, Turner Florists, wants 300 vases, new lead", intent: "create_lead", slots: { company: "Turner Florists" } },
  ]);
});

describe("deal stages said other ways", () => {
  run([
    { text: "把天虹商场标记为输单", intent: "update_deal", slots: { customer: "天虹商场", stage: "lost" } },
    { text: "恒大物业的单子赢了", intent: "update_deal", slots: { customer: "恒大物业", stage: "won" } },
    { text: "晨光文具那个单子先改回new", intent: "update_deal", slots: { customer: "晨光文具", stage: "new" } },
    { text: "蓝海科技那单标成won", intent: "update_deal", slots: { stage: "won" } },
    { text: "中建三局的安全帽单子没戏了", intent: "update_deal", slots: { customer: "中建三局", stage: "lost" } },
  ]);
});

describe("questions about one customer, said sideways", () => {
  run([
    { text: "君悦酒店现在谁在跟？", intent: "lookup_customer", slots: { query: "君悦酒店" } },
    { text: "小李是哪个公司的", intent: "lookup_customer", slots: { query: "小李" } },
    { text: "王姐上次买的什么来着", intent: "lookup_customer", slots: { query: "王姐" } },
    { text: "show me the Lumen Dental account", intent: "lookup_customer", slots: { query: "Lumen Dental" } },
    { text: "查询客户 喜茶", intent: "lookup_customer", slots: { query: "喜茶" } },
    { text: "鑫源贸易 客户资料发我看看", intent: "lookup_customer", slots: { query: "鑫源贸易" } },
  ]);
});

describe("a customer's details changed, said tersely", () => {
  run([
    { text: "赵总邮箱 zhao@xinyuan.cn", intent: "update_customer", slots: { customer: "赵总", email: "zhao@xinyuan.cn" } },
    { text: "宋总的公司改名了 现在叫恒信物业", intent: "update_customer", slots: { customer: "宋总", company: "恒信物业" } },
    { text: "马经理现在去万达集团了 电话也换了 15811112222", intent: "update_customer", slots: { customer: "马经理", company: "万达集团" } },
    { text: "Priya Nair's cell changed to +1 212 555 0199", intent: "update_customer", slots: { customer: "Priya Nair", phone: "+12125550199" } },
    { text: "Ms. Chen is vegetarian, pls note it on her profile", intent: "update_customer", slots: { customer: "Ms. Chen", preferences: ["vegetarian"] } },
  ]);
});

describe("guests asking about what they booked or hold", () => {
  run([
    { text: "我订了啥来着", role: "guest", intent: "my_bookings" },
    { text: "我有几个预约啊", role: "guest", intent: "my_bookings" },
    { text: "我下周的房间订好了吗", role: "guest", intent: "my_bookings" },
    { text: "pts balance?", role: "guest", intent: "my_points" },
    { text: "need a room tomorrow night, just me, non-smoking pls", role: "guest", intent: "create_booking", slots: { kind: "room", start: "2026-11-19" } },
    { text: "could we get a table for 4 tonight around 8?", role: "guest", intent: "create_booking", slots: { start: "2026-11-18T20:00", party_size: 4 } },
    { text: "the room smelled of smoke", role: "guest", intent: "log_complaint" },
    { text: "we're now 6 instead of 4 for Saturday", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", party_size: 6 } },
    { text: "change my booking from 5 people to 3", role: "guest", intent: "change_booking", slots: { party_size: 3 } },
    { text: "明晚的桌子人数加到8个", role: "guest", intent: "change_booking", slots: { party_size: 8 } },
    { text: "今晚的位子改到八点 人数加到6个", role: "guest", intent: "change_booking", slots: { start: "2026-11-18T20:00", party_size: 6 } },
    { text: "就我一个人 明天住一晚", role: "guest", intent: "create_booking", slots: { party_size: 1 } },
  ]);
});

describe("manager asks: rankings, plans and reports said loosely", () => {
  run([
    { text: "which customers bring in the most revenue?", role: "manager", intent: "top_customers" },
    { text: "top ten accounts by revenue", role: "manager", intent: "top_customers", slots: { limit: 10 } },
    { text: "大客户名单 top20", role: "manager", intent: "top_customers", slots: { limit: 20 } },
    { text: "quarterly summary pls", role: "manager", intent: "summary", slots: { period: "this_quarter" } },
    { text: "这个月的跟进计划发我", intent: "list_tasks", slots: { period: "this_month" } },
    { text: "王姐反馈说菜太咸了 登记个投诉", intent: "log_complaint" },
    { text: "金鼎酒楼何老板打电话来投诉 送货太慢", intent: "log_complaint", slots: { customer: "何老板" } },
    { text: "李总发微信来投诉 发错货了", intent: "log_complaint" },
  ]);
});
