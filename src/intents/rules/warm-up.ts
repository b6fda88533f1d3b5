/**
 * The rules parser's first messages are slow: V8 compiles its patterns and the date resolvers on first
 * use (up to ~100 ms for one message). A server parses these once before it listens, so the first users
 * after a start are not the ones who wait, and no acknowledgement queues behind that compilation.
 */
import type { Role } from "../schema.ts";
import { intentModel } from "./bayes.ts";
import { parseWithRules } from "./index.ts";

const SAMPLES: { role: Role; text: string }[] = [
  { role: "sales", text: "met 李经理 from 华润万家, wants 200 cases, call back Wednesday" },
  { role: "sales", text: "新线索：张伟，蓝海科技，电话138 0013 8000，要五百瓶，下周三再联系" },
  { role: "sales", text: "刚给华润万家李经理打了电话，下周三再跟进" },
  { role: "sales", text: "called Sarah at Acme Corp, she wants a quote by Friday 3pm" },
  { role: "sales", text: "王总那单签了，8万6" },
  { role: "sales", text: "the Globex deal is in negotiation, $12k" },
  { role: "sales", text: "查一下陈先生的电话" },
  { role: "sales", text: "what's the email for john smith?" },
  { role: "sales", text: "孙丽的生日是3月5号，她不吃辣" },
  { role: "sales", text: "我今天有什么任务" },
  { role: "sales", text: "what do I have overdue?" },
  { role: "sales", text: "客户投诉送货晚了两天" },
  { role: "manager", text: "这周销售情况怎么样" },
  { role: "manager", text: "sales summary for last month by Alex" },
  { role: "manager", text: "本季度前10大客户" },
  { role: "guest", text: "table for 4 tomorrow at 7, window seat" },
  { role: "guest", text: "下周五入住，住两晚，大床房，无烟" },
  { role: "guest", text: "book a double room Dec 10 to Dec 13" },
  { role: "guest", text: "把我周六的预订改成周日晚上7点半，6个人" },
  { role: "guest", text: "cancel my booking on Friday" },
  { role: "guest", text: "我有多少积分" },
  { role: "guest", text: "do I have any reservations?" },
  { role: "guest", text: "谢谢" },
  { role: "guest", text: "help" },
];

export function warmUpRulesParser(now = new Date()): void {
  intentModel();
  for (const { role, text } of SAMPLES) parseWithRules({ text, role, now, tz: "Asia/Shanghai" });
}
