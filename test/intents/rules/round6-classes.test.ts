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
