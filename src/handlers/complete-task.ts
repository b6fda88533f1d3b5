import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { completeTask } from "../domain/task/complete-task.ts";
import { parseShortId, shortId } from "../domain/shared/short-id.ts";
import { requireStaff } from "./support.ts";

/** `/done T-3`: marks the task done. */
export async function completeTaskCommand(ctx: Context, args: string): Promise<void> {
  requireStaff(ctx);
  const taskId = parseShortId("task", args);
  if (!taskId) {
    ctx.reply(say(ctx.lang, "请带上任务编号，例如：/done T-3", "Add the task id, e.g. /done T-3"));
    return;
  }
  const result = await ctx.write(({ tx, audit }) => completeTask({ tx, audit, taskId, scope: ctx.scope, at: ctx.now }));
  if (!result) {
    ctx.reply(say(ctx.lang, `没有找到你的任务 ${shortId("task", taskId)}。`, `No task ${shortId("task", taskId)} of yours.`));
    return;
  }
  ctx.reply(
    result.alreadyDone
      ? say(ctx.lang, `${shortId("task", taskId)} 早已完成。`, `${shortId("task", taskId)} was already done.`)
      : say(ctx.lang, `✅ 已完成 ${shortId("task", taskId)}：${result.task.title}`, `✅ Done ${shortId("task", taskId)}: ${result.task.title}`),
  );
}
