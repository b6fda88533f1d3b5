/**
 * Slash commands: the exact path that always works, with Chinese aliases. A command names an intent
 * (its arguments go through the rules parser for that intent's slots) or a system action.
 */
import type { IntentName } from "../intents/schema.ts";

export type SystemAction = "undo" | "done" | "whoami" | "snooze" | "tasknote" | "ack" | "resolve"
  | "arrivals" | "arrived" | "noshow" | "complete" | "pyramid";
export type SlashCommand = { intent: IntentName } | { action: SystemAction };

const TABLE: [SlashCommand, string[]][] = [
  [{ intent: "create_lead" }, ["lead", "线索", "新线索", "客户"]],
  [{ intent: "log_followup" }, ["note", "followup", "跟进", "记录"]],
  [{ intent: "update_deal" }, ["deal", "商机", "阶段"]],
  [{ intent: "lookup_customer" }, ["find", "lookup", "查", "查找", "查询"]],
  [{ intent: "update_customer" }, ["update", "更新", "修改客户"]],
  [{ intent: "list_tasks" }, ["tasks", "todo", "任务", "待办"]],
  [{ intent: "create_booking" }, ["book", "预订", "预定", "订"]],
  [{ intent: "my_bookings" }, ["bookings", "mybookings", "我的预订"]],
  [{ intent: "change_booking" }, ["change", "改期", "修改预订"]],
  [{ intent: "cancel_booking" }, ["cancel", "取消", "取消预订"]],
  [{ intent: "my_points" }, ["points", "积分"]],
  [{ intent: "log_complaint" }, ["complain", "complaint", "投诉"]],
  [{ intent: "summary" }, ["summary", "report", "汇总", "报表"]],
  [{ intent: "top_customers" }, ["top", "排行", "大客户"]],
  [{ intent: "help" }, ["help", "start", "帮助", "?"]],
  [{ action: "undo" }, ["undo", "撤销", "撤回"]],
  [{ action: "done" }, ["done", "完成"]],
  [{ action: "whoami" }, ["whoami", "me", "我是谁"]],
  [{ action: "pyramid" }, ["pyramid", "tiers", "分层", "客户分层"]],
  [{ action: "snooze" }, ["snooze", "推迟", "稍后"]],
  [{ action: "tasknote" }, ["tasknote", "备注", "任务备注"]],
  [{ action: "ack" }, ["ack", "acknowledge", "受理"]],
  [{ action: "resolve" }, ["resolve", "resolved", "解决"]],
  [{ action: "arrivals" }, ["arrivals", "今日到店", "到店", "今日预订"]],
  [{ action: "arrived" }, ["arrived", "checkin", "已到店", "入住"]],
  [{ action: "noshow" }, ["noshow", "no-show", "未到店", "未到"]],
  [{ action: "complete" }, ["complete", "checkout", "结账", "离店"]],
];

const BY_NAME = new Map(TABLE.flatMap(([command, names]) => names.map((name) => [name.toLowerCase(), command] as const)));

/** `/lead 张伟 …` → the command and its argument text; undefined when the text is not a known command. */
export function parseSlashCommand(text: string): { command: SlashCommand; args: string; name: string } | undefined {
  const match = /^[/／]\s*([^\s@]+)(?:@\S+)?\s*([\s\S]*)$/.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const command = BY_NAME.get(name);
  return command ? { command, args: match[2]!.trim(), name } : undefined;
}

/** Plain words that mean a system action without the slash ("撤销", "undo"). */
export function parseSystemWords(text: string): { action: SystemAction; args: string } | undefined {
  const t = text.trim();
  if (/^(撤销|撤回|undo)[!！。.]?$/i.test(t)) return { action: "undo", args: "" };
  const done = /^(?:done|完成|已完成)\s*[:：]?\s*(T-?\d+)[!！。.]?$/i.exec(t);
  if (done) return { action: "done", args: done[1]! };
  if (/^(whoami|我是谁)[?？]?$/i.test(t)) return { action: "whoami", args: "" };
  const ack = /^(?:ack|受理)\s*[:：]?\s*(CP-?\d+)[!！。.]?$/i.exec(t);
  if (ack) return { action: "ack", args: ack[1]! };
  const resolve = /^(?:resolve|resolved|解决|已解决)\s*[:：]?\s*(CP-?\d+[\s\S]*)$/i.exec(t);
  if (resolve) return { action: "resolve", args: resolve[1]! };
  return undefined;
}
