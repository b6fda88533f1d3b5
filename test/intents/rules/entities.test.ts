import { describe, expect, it } from "vitest";
import { findBookingKind, findGuestName, findNights, findPartySize, findPreferences, findRoomType } from "../../../src/intents/rules/entities/booking.ts";
import { findCompanies } from "../../../src/intents/rules/entities/company.ts";
import { findEmails, findPhones } from "../../../src/intents/rules/entities/contact.ts";
import { findChannel, findStage } from "../../../src/intents/rules/entities/deal.ts";
import { findGoods } from "../../../src/intents/rules/entities/goods.ts";
import { findLimit, findPeriod } from "../../../src/intents/rules/entities/period.ts";
import { findNames } from "../../../src/intents/rules/entities/person.ts";

describe("phones", () => {
  it.each([
    { text: "电话13800138000", want: ["13800138000"] },
    { text: "138 0013 8000", want: ["13800138000"] },
    { text: "138-0013-8000", want: ["13800138000"] },
    { text: "+86 138-0013-8000", want: ["+8613800138000"] },
    { text: "+1 415 555 0199", want: ["+14155550199"] },
    { text: "(415) 555-0199", want: ["4155550199"] },
    { text: "call 555-0199", want: ["5550199"] },
    { text: "座机 021-62345678", want: ["02162345678"] },
    { text: "+44 20 7946 0958", want: ["+442079460958"] },
    { text: "2026-11-18", want: [] },
    { text: "$12,000", want: [] },
    { text: "订单号 20261118001", want: [] },
    { text: "300箱", want: [] },
  ])("$text", ({ text, want }) => {
    expect(findPhones(text).map((p) => p.value)).toEqual(want);
  });
});

describe("emails", () => {
  it.each([
    { text: "john@acme.com, 555-0199", want: ["john@acme.com"] },
    { text: "邮箱 zhaomin@xinghe.cn 下周", want: ["zhaomin@xinghe.cn"] },
    { text: "ana.garcia@casaverde.mx.", want: ["ana.garcia@casaverde.mx"] },
    { text: "no email here", want: [] },
  ])("$text", ({ text, want }) => {
    expect(findEmails(text).map((e) => e.value)).toEqual(want);
  });
});

describe("person names", () => {
  it.each([
    { text: "新线索：张伟，蓝海科技", want: "张伟" },
    { text: "今天认识了金鼎酒楼的何老板", want: "何老板" },
    { text: "给张伟打了电话", want: "张伟" },
    { text: "和吴磊开了个会", want: "吴磊" },
    { text: "微信上问了林涛", want: "林涛" },
    { text: "老李本周的业绩", want: "老李" },
    { text: "王总说价格太高", want: "王总" },
    { text: "欧阳娜娜下单了", want: "欧阳娜娜" },
    { text: "潜在客户：郑女士", want: "郑女士" },
    { text: "恒通贸易的钱经理想要", want: "钱经理" },
    { text: "跟进冯丽丽：样品满意", want: "冯丽丽" },
    { text: "拜访了华联超市的刘洋", want: "刘洋" },
    { text: "New lead: John Smith, Acme Corp", want: "John Smith" },
    { text: "new prospect: Liam O'Brien, O'Brien's Pub", want: "Liam O'Brien" },
    { text: "Called John Smith, left a voicemail", want: "John Smith" },
    { text: "Mr. Chen called", want: "Mr. Chen" },
    { text: "sent Emma Wilson the catalogue", want: "Emma Wilson" },
  ])("$text", ({ text, want }) => {
    expect(findNames(text)[0]?.value).toBe(want);
  });

  it.each([{ text: "明天下午三点" }, { text: "高楼层安静一点" }, { text: "好的收到" }, { text: "Thanks!" }])("no name in $text", ({ text }) => {
    expect(findNames(text)).toEqual([]);
  });
});

describe("companies", () => {
  it.each([
    { text: "新线索：张伟，蓝海科技，电话", want: "蓝海科技" },
    { text: "今天认识了金鼎酒楼的何老板", want: "金鼎酒楼" },
    { text: "录入客户 吴磊 远航旅行社 135", want: "远航旅行社" },
    { text: "马总 东方国际 年底要采购", want: "东方国际" },
    { text: "查下金鼎酒楼的情况", want: "金鼎酒楼" },
    { text: "赵敏跳槽到光年科技了", want: "光年科技" },
    { text: "New lead: John Smith, Acme Corp", want: "Acme Corp" },
    { text: "prospect Emma Wilson from Green Leaf Cafe wants", want: "Green Leaf Cafe" },
    { text: "Lead: Ana Garcia (Casa Verde), ana", want: "Casa Verde" },
    { text: "mark Harbor Hotel as lost", want: "Harbor Hotel" },
    { text: "Tom Baker, Riverside Grill, tom@x.com", want: "Riverside Grill" },
    { text: "O'Brien's Pub, 25 kegs", want: "O'Brien's Pub" },
  ])("$text", ({ text, want }) => {
    expect(findCompanies(text)[0]?.value).toBe(want);
  });

  it.each([{ text: "我们公司" }, { text: "这家酒店" }, { text: "at the hotel" }])("no company in $text", ({ text }) => {
    expect(findCompanies(text)).toEqual([]);
  });
});

describe("goods", () => {
  it.each([
    { text: "想采购300箱矿泉水", product: "矿泉水", quantity: 300 },
    { text: "对我们的黄酒有兴趣", product: "黄酒", quantity: undefined },
    { text: "想订一千个月饼礼盒", product: "月饼礼盒", quantity: 1000 },
    { text: "年底要采购一批礼品酒", product: "礼品酒", quantity: undefined },
    { text: "需要两百瓶红酒", product: "红酒", quantity: 200 },
    { text: "他要一百件T恤", product: "T恤", quantity: 100 },
    { text: "wants 40 bags of coffee beans, budget 8k", product: "coffee beans", quantity: 40 },
    { text: "needs 120 bottles of champagne for NYE", product: "champagne", quantity: 120 },
    { text: "interested in tequila, follow up Dec 2", product: "tequila", quantity: undefined },
    { text: "O'Brien's Pub, 25 kegs", product: undefined, quantity: 25 },
  ])("$text", ({ text, product, quantity }) => {
    const g = findGoods(text);
    expect(g.product).toBe(product);
    expect(g.quantity).toBe(quantity);
  });
});

describe("stages", () => {
  it.each([
    { text: "单子成交了", want: "won" }, { text: "签了", want: "won" }, { text: "那单黄了", want: "lost" }, { text: "丢了", want: "lost" },
    { text: "进入谈判阶段", want: "negotiation" }, { text: "已报价", want: "proposal" }, { text: "算合格商机", want: "qualified" },
    { text: "deal is won", want: "won" }, { text: "closed won", want: "won" }, { text: "mark as lost", want: "lost" },
    { text: "in negotiation", want: "negotiation" }, { text: "proposal sent", want: "proposal" }, { text: "qualified lead", want: "qualified" },
  ])("$text", ({ text, want }) => {
    expect(findStage(text)).toBe(want);
  });
});

describe("channels", () => {
  it.each([
    { text: "给张伟打了电话", want: "call" }, { text: "拜访了何老板", want: "visit" }, { text: "微信上问了林涛", want: "message" },
    { text: "和吴磊开了个会", want: "meeting" }, { text: "发邮件给他", want: "email" }, { text: "Called John", want: "call" },
    { text: "visited the shop", want: "visit" }, { text: "emailed Emma", want: "email" }, { text: "texted Ana", want: "message" },
    { text: "Met David", want: "meeting" }, { text: "sent the catalogue by email", want: "email" }, { text: "had a video call", want: "meeting" },
  ])("$text", ({ text, want }) => {
    expect(findChannel(text)).toBe(want);
  });
});

describe("booking details", () => {
  it.each([
    { text: "4位", party: 4 }, { text: "6个人", party: 6 }, { text: "一个人", party: 1 }, { text: "table for two", party: 2 },
    { text: "for 5 on Saturday", party: 5 }, { text: "2 adults", party: 2 }, { text: "2 adults and 1 child", party: 3 },
    { text: "十二个人", party: 12 }, { text: "party of 8", party: 8 }, { text: "for 2 nights", party: undefined },
  ])("party size: $text", ({ text, party }) => {
    expect(findPartySize(text)).toBe(party);
  });

  it.each([
    { text: "住三晚", nights: 3 }, { text: "两晚", nights: 2 }, { text: "3 nights", nights: 3 }, { text: "one night", nights: 1 },
    { text: "今晚", nights: undefined }, { text: "明晚7点", nights: undefined }, { text: "两个晚上", nights: 2 },
  ])("nights: $text", ({ text, nights }) => {
    expect(findNights(text)).toBe(nights);
  });

  it.each([
    { text: "无烟双床房", room: "双床房" }, { text: "大床房", room: "大床房" }, { text: "套房", room: "套房" }, { text: "a king room", room: "king" },
    { text: "twin room", room: "twin" }, { text: "a suite", room: "suite" }, { text: "double room", room: "double" },
  ])("room type: $text", ({ text, room }) => {
    expect(findRoomType(text)).toBe(room);
  });

  it.each([
    { text: "无烟，靠窗", prefs: ["无烟", "靠窗"] }, { text: "高楼层安静", prefs: ["高楼层", "安静"] },
    { text: "need a high chair", prefs: ["high chair"] }, { text: "non-smoking, quiet", prefs: ["non-smoking", "quiet"] },
    { text: "window seat", prefs: ["window seat"] }, { text: "不吸烟", prefs: ["不吸烟"] },
  ])("preferences: $text", ({ text, prefs }) => {
    expect(findPreferences(text)).toEqual(prefs);
  });

  it.each([
    { text: "订这周六的房间", kind: "room" }, { text: "Book a table for 2", kind: "table" }, { text: "订一个包间", kind: "table" },
    { text: "a suite for Dec 31", kind: "room" }, { text: "明晚7点，4位", kind: "table" }, { text: "hello", kind: undefined },
  ])("kind: $text", ({ text, kind }) => {
    expect(findBookingKind(text)).toBe(kind);
  });

  it.each([
    { text: "my name is Ming Li", name: "Ming Li" }, { text: "我叫王芳，电话138", name: "王芳" }, { text: "under Chen", name: "Chen" },
  ])("guest name: $text", ({ text, name }) => {
    expect(findGuestName(text)).toBe(name);
  });
});

describe("periods and limits", () => {
  it.each([
    { text: "本周汇总", period: "this_week" }, { text: "上周团队表现", period: "last_week" }, { text: "this month", period: "this_month" },
    { text: "last month summary", period: "last_month" }, { text: "昨天的销售数据", period: "yesterday" }, { text: "today's digest", period: "today" },
    { text: "本季度", period: "this_quarter" }, { text: "本年度", period: "this_year" }, { text: "过期没联系", period: "overdue" },
    { text: "year to date", period: "this_year" },
  ])("$text", ({ text, period }) => {
    expect(findPeriod(text)).toBe(period);
  });

  it.each([
    { text: "top 10 customers", limit: 10 }, { text: "贡献最大的五个客户", limit: 5 }, { text: "前三个客户", limit: 3 },
    { text: "排名前十的客户", limit: 10 }, { text: "best 3 clients", limit: 3 }, { text: "哪些是大客户", limit: undefined },
  ])("limit: $text", ({ text, limit }) => {
    expect(findLimit(text)).toBe(limit);
  });
});
