/**
 * Classes of language learnt in round thirty-six, each tried with vocabulary of its own. The probe clock is
 * Wednesday 2026-11-18 10:00 in Shanghai: tomorrow is the 19th, this Friday the 20th, next Monday the 23rd.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a list of several things, read item by item", () => {
  run([
    { text: "wrap-up for today:\n1. Rang Dev Malhotra - keen on the blue range, call back Monday\n2. dropped samples at Kettle & Co\n3. sorted the van", intent: "log_followup", slots: { customer: "Dev Malhotra", channel: "call", next_due: "2026-11-23" } },
    { text: "今天跑展会的收获：\n1）远航文具 孟庆国 13912345678，想要500个笔记本\n2）有个卖茶叶的没加上微信，算了", intent: "create_lead", slots: { name: "孟庆国", company: "远航文具", phone: "13912345678", quantity: 500 } },
    { text: "登记两个线索：\n① 韩雪 / 金穗面包坊 / 想要40箱黄油\n② 另一个姓余的，还没问到公司", intent: "create_lead", slots: { name: "韩雪", company: "金穗面包坊", quantity: 40 } },
    { text: "第一，新程物流那单黄了，对方选了别家；第二，周五我请半天假", intent: "update_deal", slots: { customer: "新程物流", stage: "lost" } },
    { text: "- mark Hilltop Dental as won, they signed this morning\n- who took my charger from the meeting room??", intent: "update_deal", slots: { customer: "Hilltop Dental", stage: "won" } },
    { text: "catch-ups done:\n• emailed Nora Quinn (Quinn Interiors) the new catalogue\n• no word yet from Brightside Cafe\nNext with Nora: Tuesday 3pm", intent: "log_followup", slots: { customer: "Nora Quinn", channel: "email", next_due: "2026-11-24T15:00" } },
    { text: "new lead pls:\n- Tom Becker\n- Becker Bikes\n- wants 30 helmets", intent: "create_lead", slots: { name: "Tom Becker", company: "Becker Bikes", quantity: 30 } },
  ]);
});

describe("a list of plans records nothing yet", () => {
  run([
    { text: "明天计划：1. 去华联超市 2. 给盛达打电话 3. 改报价单", intent: "unknown" },
    { text: "to do tomorrow:\n- call Rita Gomez\n- visit the Elm St store\n- expense report", intent: "unknown" },
    { text: "下周安排\n1. 拜访金桥酒店\n2. 给周总发样品", intent: "unknown" },
  ]);
});

describe("a record with an aside after it", () => {
  run([
    { text: "new lead - Ivy Chen from Lantern Tea House, budget about $8k for teaware. also fyi the printer on level 2 is jammed again", intent: "create_lead", slots: { name: "Ivy Chen", company: "Lantern Tea House", amount: 8000 } },
    { text: "table for 5 on Friday 7pm for my client, under Omar Haddad. I'll write up the call notes later", intent: "create_booking", slots: { party_size: 5, start: "2026-11-20T19:00", name: "Omar Haddad" } },
    { text: "btw the coffee machine is broken again", intent: "unknown" },
  ]);
});

describe("a sum paid for what was sold is a deal won", () => {
  run([
    { text: "周女士给儿子报了一整年的游泳课，交了8千6", intent: "update_deal", slots: { customer: "周女士", stage: "won", amount: 8600 } },
    { text: "Grace Park paid for the 10-class pass, $320", intent: "update_deal", slots: { customer: "Grace Park", stage: "won", amount: 320 } },
    { text: "阿J的工服单确认了，一共2万4，定金已付", intent: "update_deal", slots: { customer: "阿J", stage: "won", amount: 24000 } },
    { text: "周女士问交了8千6能不能分两期", intent: "log_followup", slots: { customer: "周女士" } },
  ]);
});

describe("the CRM's own words explained, asked by someone new to it", () => {
  run([
    { text: "what's the difference between a prospect and a lead in here?", intent: "help" },
    { text: "“谈判”阶段啥意思？报完价就算吗", intent: "help" },
    { text: "商機跟線索有什麼區別", intent: "help" },
    { text: "what does the 'won' stage mean exactly", intent: "help" },
    { role: "guest", text: "hi, new here - what can I actually do with this?", intent: "help" },
    { text: "what's the difference between the 2 quotes we sent Acme", intent: "unknown" },
  ]);
});

describe("someone new to the CRM unsure whether it is a lead, telling one", () => {
  run([
    { text: "这个算线索吗？城南那家烘焙店的柳姐说想试试我们的奶油，先要15箱", intent: "create_lead", slots: { name: "柳姐", quantity: 15 } },
    { text: "is this a lead? Priya from Juniper Yoga wants 40 mats", intent: "create_lead", slots: { name: "Priya", company: "Juniper Yoga", quantity: 40 } },
    { text: "不知道要不要新建…周先生，盛华装饰，要80套门把手", intent: "create_lead", slots: { name: "周先生", company: "盛华装饰", quantity: 80 } },
    { text: "这个算线索吗？王总说下次再聊", intent: "log_followup", slots: { customer: "王总" } },
  ]);
});

describe("a guest's party corrected, and their bookings asked after", () => {
  run([
    { role: "guest", text: "oops, we're actually 7 for Sunday lunch - can you update that?", intent: "change_booking", slots: { party_size: 7 } },
    { role: "guest", text: "my sister's coming after all, so it's 9 of us on Saturday, not 8", intent: "change_booking", slots: { party_size: 9, date: "2026-11-21" } },
    { role: "guest", text: "could you check which dates we've booked the villa for?", intent: "my_bookings" },
    { role: "guest", text: "我那三个预订都还在吧？帮我看一下", intent: "my_bookings" },
    { role: "guest", text: "how do I cancel? we have a table on Nov 28 and can't make it now", intent: "cancel_booking", slots: { date: "2026-11-28" } },
    { role: "guest", text: "need 2 rooms for the family: 1 family suite from Dec 2, 2 nights. Name Aisha Rahman, 9123 4567", intent: "create_booking", slots: { start: "2026-12-02", nights: 2, name: "Aisha Rahman" } },
    { role: "guest", text: "new lead for you guys: my cousin Omar, 9123 4567, wants 200 chairs", intent: "unknown" },
  ]);
});

describe("a customer's detail corrected or kept, around other news", () => {
  run([
    { text: "更正一下，刚才恒星科技的金额写错了，不是4万2，是2万4", intent: "update_deal", slots: { customer: "恒星科技", amount: 24000 } },
    { text: "Marco Bellini likes texts after 6pm, can that go on his profile?", intent: "update_customer", slots: { customer: "Marco Bellini" } },
    { text: "Priya just moved house! she asked us to send statements to her partner's email from now on: dev.k@outlook.com", intent: "update_customer", slots: { customer: "Priya", email: "dev.k@outlook.com" } },
    { text: "陈太坐完月子口味清淡了，备注一下：少盐、不吃海鲜", intent: "update_customer", slots: { customer: "陈太" } },
    { text: "not a new lead - Harriet Cole from Cole Catering is already in there, I just need her email", intent: "lookup_customer", slots: { query: "Harriet Cole" } },
    { text: "Ben from Alder asked about 90-day terms. said I'd check. not logging this yet", intent: "unknown" },
    { text: "哈哈 吴总说他们年会抽奖抽中了我们的咖啡机，好巧", intent: "unknown" },
    { role: "manager", text: "Met with Lena Vogt from Vogt Bau, three takeaways: 1. they want monthly billing 2. the CFO signs off in May 3. they like the demo. Follow up with her May 6.", intent: "log_followup", slots: { customer: "Lena Vogt", channel: "meeting" } },
    { text: "上午两件事：先去华泰电器见了宋经理，他要看新款样机；后面是部门例会", intent: "log_followup", slots: { customer: "宋经理" } },
  ]);
});

describe("a record put right after it was entered wrong", () => {
  run([
    { text: "sorry wrong number for Farah Idris earlier, it's +60 12 345 6789", intent: "update_customer", slots: { customer: "Farah Idris", phone: "+60123456789" } },
    { text: "頭先寫錯咗 梁生個電話係 9876 1234", intent: "update_customer", slots: { customer: "梁生", phone: "98761234" } },
    { text: "quick fix on Redwood Dental - amount was wrong, it's 22.5k not 25.2k, still at negotiation", intent: "update_deal", slots: { customer: "Redwood Dental", amount: 22500, stage: "negotiation" } },
    { text: "宏远建材那单其实没黄 客户又回来了 在谈价", intent: "update_deal", slots: { customer: "宏远建材", stage: "negotiation" } },
    { text: "how do I fix a call I logged for the wrong customer?", intent: "help" },
    { role: "manager", text: "这个月的数据是谁又录错了？", intent: "unknown" },
    { text: "陈总那边还没定，等他确认了我再改金额", intent: "unknown" },
    { text: "Amy说我们把她邮箱拼错了 我都没发现 哈哈", intent: "unknown" },
  ]);
});

describe("a guest putting a booking right, or only wondering", () => {
  run([
    { role: "guest", text: "我那个订位 刚才说错了 是6个人不是5个", intent: "change_booking", slots: { party_size: 6 } },
    { role: "guest", text: "scratch the room, I'd rather book a table - 4 people tomorrow at 8pm", intent: "create_booking", slots: { kind: "table", party_size: 4 } },
    { role: "guest", text: "our booking for Friday - it's actually going to be 3 of us not 5", intent: "change_booking", slots: { party_size: 3 } },
    { role: "guest", text: "刚改完时间 帮我查下现在的预订", intent: "my_bookings" },
    { role: "guest", text: "如果元旦过来的话 还有没有江景房", intent: "unknown" },
    { role: "guest", text: "要是周末订不到 我们就换一家", intent: "unknown" },
    { role: "guest", text: "我想停掉会员的自动续费", intent: "unknown" },
    { role: "guest", text: "I need to cancel. Not the membership — the table on Friday.", intent: "cancel_booking", slots: { date: "2026-11-20" } },
    { role: "guest", text: "明天那个预订好像不太对 我晚点再看看", intent: "unknown" },
    { role: "guest", text: "the room's been freezing since we arrived, it's 15 degrees in here", intent: "log_complaint" },
    { role: "guest", text: "会员价没给我 收了我原价", intent: "log_complaint" },
    { role: "guest", text: "哪些客人在你们这里积分最高？", intent: "unknown" },
  ]);
});

describe("renewals, lapsed customers and chatter among staff", () => {
  run([
    { text: "new lead - Omar Saleh, Cedar Bistro, bought from us back in 2023 then went quiet, wants to restart with 40 cases of olive oil", intent: "create_lead", slots: { name: "Omar Saleh", company: "Cedar Bistro", quantity: 40 } },
    { text: "新客 何生 永利行 想订我哋嘅场地做公司年会 电话 9234 5678", intent: "create_lead", slots: { name: "何生", phone: "92345678" } },
    { text: "anything I'm late on? show my overdue tasks", intent: "list_tasks", slots: { period: "overdue" } },
    { role: "manager", text: "who's handling the Brightwater renewal? anyone?", intent: "unknown" },
    { text: "唉 富华那个单子好难搞 你们谁有办法", intent: "unknown" },
    { text: "月底了 累死 谁请我吃宵夜", intent: "unknown" },
  ]);
});

describe("the right value or person said first, the wrong one after", () => {
  run([
    { text: "更正 宏达那单金额是6万2 不是2万6", intent: "update_deal", slots: { customer: "宏达", amount: 62000 } },
    { text: "刚才记错人了 不是王总 是汪总 上午给汪总打了电话 下周一再联系", intent: "log_followup", slots: { customer: "汪总", next_due: "2026-11-23" } },
    { text: "ignore the last one - called Brennan Foods today, not Brenner. they want a sample pack by Friday", intent: "log_followup", slots: { customer: "Brennan Foods", channel: "call" } },
  ]);
});
