import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { snoozeTask } from "../domain/task/snooze-task.ts";
import { snoozeUntil } from "../domain/task/snooze-until.ts";
import { parseShortId, shortId } from "../domain/shared/short-id.ts";
import { formatWhen } from "./format.ts";
import { requireStaff } from "./support.ts";
import { taskCommandLang } from "./button-lang.ts";

/** `/snooze T-7 [3h|1d|明天]` (`/推迟`): moves the task and reminds again then; a day by default. */
export async function snoozeTaskCommand(ctx: Context, args: string): Promise<void> {
  requireStaff(ctx);
  const match = /^(\S+)\s*([\s\S]*)$/.exec(args.trim());
  const taskId = match ? parseShortId("task", match[1]!) : undefined;
  if (!taskId) {
    ctx.reply(say(ctx.lang, "请带上任务编号，例如：/snooze T-3 3h（或 1d、明天）", "Add the task id, e.g. /snooze T-3 3h (or 1d, tomorrow)"));
    return;
  }
  const rest = match![2]!;
  const until = snoozeUntil({ text: rest, now: ctx.now, tz: ctx.tz });
  if (!until) {
    ctx.lang = taskCommandLang(ctx, { rest });
    ctx.reply(say(ctx.lang, "推迟多久？例如 3h、1d、2天、明天。", "Snooze for how long? e.g. 3h, 1d, tomorrow."));
    return;
  }
  const result = await ctx.write(({ tx, audit }) => snoozeTask({ tx, audit, taskId, scope: ctx.scope, until }));
  const id = shortId("task", taskId);
  ctx.lang = taskCommandLang(ctx, { rest, title: result?.task.title });
  if (!result) {
    ctx.reply(say(ctx.lang, `没有找到你的任务 ${id}。`, `No task ${id} of yours.`));
    return;
  }
  if (result.notOpen) {
    ctx.reply(say(ctx.lang, `${id} 已经完成了，不用推迟。`, `${id} is already closed.`));
    return;
  }
  ctx.reply(say(ctx.lang, `⏰ 已推迟 ${id} 到 ${formatWhen(until, ctx.tz, "zh")}`, `⏰ ${id} snoozed until ${formatWhen(until, ctx.tz, "en")}`));
}
