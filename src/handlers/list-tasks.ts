import type { Handler } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { listTasks } from "../domain/task/list-tasks.ts";
import { periodRange } from "../domain/report/period-range.ts";
import { shortId } from "../domain/shared/short-id.ts";
import { formatWhen } from "./format.ts";
import { requireStaff } from "./support.ts";

/** The actor's open tasks: overdue ones always, plus those due within the period (today by default). */
export const listTasksHandler: Handler<"list_tasks"> = async (ctx, { slots }) => {
  const staff = requireStaff(ctx);
  const period = slots.period ?? "today";
  const before = period === "overdue" ? ctx.now : periodRange({ period: period === "custom" ? "today" : period, now: ctx.now, tz: ctx.tz }).end;
  const tasks = await listTasks({ db: ctx.db, ownerId: staff.staffId, before });
  if (tasks.length === 0) {
    ctx.reply(say(ctx.lang, "🎉 没有待办任务。", "🎉 No open tasks."));
    return;
  }
  const lines = tasks.map((t) => {
    const late = t.dueAt < ctx.now ? say(ctx.lang, "⚠️逾期 ", "⚠️overdue ") : "";
    return `${shortId("task", t.id)} ${late}${formatWhen(t.dueAt, ctx.tz, ctx.lang)} ${t.title}`;
  });
  ctx.reply(
    say(ctx.lang, `📋 待办（${tasks.length}）：\n${lines.join("\n")}\n完成后发送“/done T-编号”。`, `📋 Open tasks (${tasks.length}):\n${lines.join("\n")}\nSend "/done T-<id>" when done.`),
  );
};
