/**
 * Classes of phrasing from cases written blind (fresh-5), each with variants of our own: chatter about a
 * customer's private life or character (nothing to record), and more.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("what a customer said about their private life is chatter, not a contact to log", () => {
  run([
    { text: "李总说他儿子明年要出国留学", intent: "unknown" },
    { text: "张经理说她老公调到上海了", intent: "unknown" },
    { text: "赵总说他下周要去三亚度假", intent: "unknown" },
    { text: "刘姐说她家里人都感冒了", intent: "unknown" },
    { text: "陈老板说他最近迷上钓鱼了", intent: "unknown" },
    { text: "Mike said his daughter is getting married in June", intent: "unknown" },
    { text: "Sarah mentioned she's off on holiday to Spain", intent: "unknown" },
  ]);
});

describe("what someone is like is gossip, not a contact to log", () => {
  run([
    { text: "周总那个人听说挺难缠的", intent: "unknown" },
    { text: "小李说孙老板脾气很大", intent: "unknown" },
    { text: "老王说吴总人挺好的", intent: "unknown" },
    { text: "郑经理这人不太靠谱", intent: "unknown" },
    { text: "Tom said Dave Moore is hard to deal with", intent: "unknown" },
  ]);
});

describe("business said alongside private life is still recorded", () => {
  run([
    { text: "王总说要跟老婆商量一下 下周再定", intent: "log_followup", slots: { customer: "王总" } },
    { text: "给李总打了电话 他说孩子开学忙 下周再谈报价", intent: "log_followup", slots: { customer: "李总", channel: "call" } },
    { text: "cancel tonight's booking, kid's sick", role: "guest", intent: "cancel_booking" },
    { text: "赵总说下个月度假回来就签合同", intent: "update_deal" },
    { text: "钱老板说他儿子接手了 下周下单200箱", intent: "log_followup" },
  ]);
});

describe("a contact said by its channel: a reply, a message sent over, calls that went unanswered", () => {
  run([
    { text: "周总回邮件了 说预算要再批", intent: "log_followup", slots: { customer: "周总", channel: "email" } },
    { text: "给李经理微信发了产品目录 周五再问问", intent: "log_followup", slots: { channel: "message" } },
    { text: "马总那边电话打了两次都没人接", intent: "log_followup", slots: { channel: "call" } },
    { text: "何老板那边发了消息过去 还没回", intent: "log_followup", slots: { channel: "message" } },
    { text: "给赵工寄了样品 下周跟进", intent: "log_followup" },
    { text: "Popped over to see Jane Hill, she liked the samples", intent: "log_followup", slots: { channel: "visit" } },
  ]);
});

describe("a deal's outcome said in passing", () => {
  run([
    { text: "钱总说不跟我们做了 选了别家", intent: "update_deal", slots: { stage: "lost" } },
    { text: "孙老板那边不合作了", intent: "update_deal", slots: { stage: "lost" } },
    { text: "李总确认了需求 可以算合格客户了", intent: "update_deal", slots: { stage: "qualified" } },
    { text: "大华科技 合同签完了 12万", intent: "update_deal", slots: { stage: "won", amount: 120000 } },
    { text: "周总那单签好了", intent: "update_deal", slots: { stage: "won" } },
  ]);
});

describe("a customer's dissatisfaction reported by staff is a complaint", () => {
  run([
    { text: "华联超市反映上批货有几箱破损了", intent: "log_complaint" },
    { text: "张总说送来的椅子颜色不对 很不满意", intent: "log_complaint" },
    { text: "Blue Harbor Cafe are unhappy with the last delivery", intent: "log_complaint" },
    { text: "王经理抱怨发票开错了", intent: "log_complaint" },
    { text: "Lisa Wong is not happy, half the order arrived late", intent: "log_complaint" },
  ]);
});

describe("a name and what is wanted of it is a lookup", () => {
  run([
    { text: "Maria Lopez contact details pls", intent: "lookup_customer" },
    { text: "宏图贸易 客户档案", intent: "lookup_customer" },
    { text: "调一下张伟的客户资料", intent: "lookup_customer" },
    { text: "Peter Quinn profile please", intent: "lookup_customer" },
    { text: "周总的档案发我", intent: "lookup_customer" },
  ]);
});

describe("a guest's own booking or points, said loosely", () => {
  run([
    { text: "我那个预订不要了", role: "guest", intent: "cancel_booking" },
    { text: "周六的包间不要了", role: "guest", intent: "cancel_booking" },
    { text: "明天那桌不订了", role: "guest", intent: "cancel_booking" },
    { text: "我预约的是哪天来着", role: "guest", intent: "my_bookings" },
    { text: "我们约的是几点", role: "guest", intent: "my_bookings" },
    { text: "我现在多少分了", role: "guest", intent: "my_points" },
    { text: "我一共攒了多少分", role: "guest", intent: "my_points" },
    { text: "还有几分啊", role: "guest", intent: "my_points" },
  ]);
});

describe("room or table, from the kind of place named", () => {
  run([
    { text: "想订12月5号到7号的海景房 两个人", role: "guest", intent: "create_booking", slots: { kind: "room" } },
    { text: "下周五到周日 湖边小屋 3个人", role: "guest", intent: "create_booking", slots: { kind: "room" } },
    { text: "12月1号到3号 温泉别墅 6个人", role: "guest", intent: "create_booking", slots: { kind: "room" } },
    { text: "订个位 周六晚上七点 四个人", role: "guest", intent: "create_booking", slots: { kind: "table" } },
    { text: "想订明天晚上的位置 大概六点 五个人", role: "guest", intent: "create_booking", slots: { kind: "table" } },
    { text: "帮我留个卡座 明晚9点 6个人", role: "guest", intent: "create_booking", slots: { kind: "table" } },
  ]);
});
