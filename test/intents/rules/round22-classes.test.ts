/**
 * Classes of language from blind-69 and later (round twenty-one), each tried with vocabulary of its own. The probe
 * clock is Wednesday 2026-11-18 10:00 in Shanghai: this Friday is the 20th.
 */
import { describe } from "vitest";
import { run } from "./case-table.ts";

describe("a hostel's dorm is a room type; a dorm's number is where a fault is", () => {
  run([
    { text: "two beds in the female dorm from Friday, 2 nights", role: "guest", intent: "create_booking", slots: { kind: "room", room_type: "female dorm", nights: 2 } },
    { text: "想订一个床位，男生宿舍，周六入住一晚", role: "guest", intent: "create_booking", slots: { room_type: "男生宿舍", nights: 1 } },
    { text: "The lockers in dorm 5 won't lock and nobody came to fix them", role: "guest", intent: "log_complaint", slots: {} },
  ]);
});

describe("a head count corrected with 'not' is a booking changed", () => {
  run([
    { text: "there'll be 7 of us, not 9, for the table on Saturday", role: "guest", intent: "change_booking", slots: { date: "2026-11-21", party_size: 7 } },
    { text: "we are 2 instead of 4 for tomorrow's booking", role: "guest", intent: "change_booking", slots: { date: "2026-11-19", party_size: 2 } },
  ]);
});

describe("a statement of work sent is a proposal", () => {
  run([
    { text: "Harlow Freight: statement of work submitted, 48k for phase one", intent: "update_deal", slots: { customer: "Harlow Freight", stage: "proposal", amount: 48000 } },
    { text: "sent them the SOW this morning - Brightline Dental, $15,500", intent: "update_deal", slots: { stage: "proposal", amount: 15500 } },
  ]);
});

describe("asking a price for goods names the goods, not the asking", () => {
  run([
    { text: "新线索：南方检测中心的李工，要询三台离心机", intent: "create_lead", slots: { name: "李工", product: "离心机", quantity: 3 } },
    { text: "老郑想询价一批铝型材，下周给他报", intent: "create_lead", slots: { name: "老郑", product: "铝型材" } },
  ]);
});

describe("a city said before the person yields to the business named in brackets", () => {
  run([
    { text: "厦门的林姐，做民宿的（海角民宿），想订二十套床品", intent: "create_lead", slots: { name: "林姐", company: "海角民宿" } },
    { text: "新客户：中科光学研究所的吴老师，要两台光谱仪", intent: "create_lead", slots: { name: "吴老师", company: "中科光学研究所" } },
  ]);
});

describe("a feeling that opens a sentence is nobody's name", () => {
  run([
    { text: "Met Tom Rees and his deputy at the depot. Pleased with the trial, wants pricing for 20 units. Follow up Monday.", intent: "log_followup", slots: { customer: "Tom Rees", next_due: "2026-11-23" } },
    { text: "Call with Anita Rao. Keen on the upgrade, send her the specs Friday.", intent: "log_followup", slots: { customer: "Anita Rao", channel: "call", next_due: "2026-11-20" } },
  ]);
});

describe("a holiday naming a menu or a season is no date", () => {
  run([
    { text: "Lead: Omar Farouk at Dune Events wants the Christmas set menu for 40, call him Thursday", intent: "create_lead", slots: { name: "Omar Farouk", next_due: "2026-11-19" } },
    { text: "Sara from Bloom Florists is asking about Xmas gift boxes, 30 of them, follow up tomorrow", intent: "create_lead", slots: { next_due: "2026-11-19" } },
  ]);
});

describe("a record not to be made yet is no record", () => {
  run([
    { text: "先别帮老周建档，他只是过来看看", intent: "unknown", slots: {} },
    { text: "暂时不用给那个网友建客户", intent: "unknown", slots: {} },
    { text: "no need to add the walk-in as a prospect, she was only browsing", intent: "unknown", slots: {} },
    { text: "不用给老王建档，就记一下今天打了电话", intent: "log_followup", slots: { customer: "老王", channel: "call" } },
  ]);
});

describe("a dozen, half a dozen, 半打 and 一打 are counts", () => {
  run([
    { text: "新线索：蓝湾会所的许经理，想要半打香槟先试试，周五回他", intent: "create_lead", slots: { product: "香槟", quantity: 6 } },
    { text: "新客户：孙老板，果汁先要半打试喝", intent: "create_lead", slots: { product: "果汁", quantity: 6 } },
    { text: "本季度消费最多的一打客户", role: "manager", intent: "top_customers", slots: { period: "this_quarter", limit: 12 } },
    { text: "top dozen clients this year", role: "manager", intent: "top_customers", slots: { period: "this_year", limit: 12 } },
    { text: "a table for half a dozen on Friday at 7pm", role: "guest", intent: "create_booking", slots: { party_size: 6, start: "2026-11-20T19:00" } },
  ]);
});

describe("northern speech for the day after tomorrow, and minutes short of the hour", () => {
  run([
    { text: "后儿晚上六点，三位", role: "guest", intent: "create_booking", slots: { start: "2026-11-20T18:00", party_size: 3 } },
    { text: "明晚差十分七点到，四个人", role: "guest", intent: "create_booking", slots: { start: "2026-11-19T18:50", party_size: 4 } },
    { text: "明天早上九点差一刻给钱总打电话", intent: "log_followup", slots: { next_due: "2026-11-19T08:45" } },
  ]);
});

describe("dates said around other things: a month's ordinals, a phone in dashes, a flight, a weekday to leave on", () => {
  run([
    { text: "report for the 3rd to the 9th of November", role: "manager", intent: "summary", slots: { period: "custom", from: "2026-11-03", to: "2026-11-09" } },
    { text: "新客户周哥，电话138-0013-8000，Dec. 1st前发报价", intent: "create_lead", slots: { phone: "13800138000", next_due: "2026-12-01" } },
    { text: "后天早上的高铁，明晚订一间大床房住一晚", role: "guest", intent: "create_booking", slots: { start: "2026-11-19", nights: 1 } },
    { text: "下下周三入住，住到周日，双床房", role: "guest", intent: "create_booking", slots: { start: "2026-12-02", end: "2026-12-06" } },
  ]);
});

describe("a booking told of, then what went wrong, is a complaint; room service and no change asked are not bookings", () => {
  run([
    { text: "We had a reservation at 8 and sat at the bar till 9 before anyone seated us. Not acceptable.", role: "guest", intent: "log_complaint", slots: {} },
    { text: "我们订了六点的包间，结果等到七点才进去，太离谱了", role: "guest", intent: "log_complaint", slots: {} },
    { text: "半夜还能点客房送餐吗", role: "guest", intent: "unknown", slots: {} },
    { text: "no need to move it, the booking is fine as is", role: "guest", intent: "unknown", slots: {} },
  ]);
});

describe("what someone runs, said before 的, is no business name", () => {
  run([
    { text: "新客户刘姐，开花店的，要三百支玫瑰", intent: "create_lead", slots: { name: "刘姐", product: "玫瑰", quantity: 300 } },
  ]);
});
