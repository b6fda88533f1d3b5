import type { Context } from "../runtime/context.ts";
import { say } from "../runtime/message.ts";
import { addTaskNote } from "../domain/task/add-task-note.ts";
import { parseShortId, shortId } from "../domain/shared/short-id.ts";
import { requireStaff } from "./support.ts";
import { taskCommandLang } from "./button-lang.ts";

/** `/tasknote T-7 text` (`/备注`): adds a note to the task. Without text, says how (a button has none). */
export async function taskNoteCommand(ctx: Context, args: string): Promise<void> {
  requireStaff(ctx);
  const match = /^(\S+)\s*([\s\S]*)$/.exec(args.trim());
  const taskId = match ? parseShortId("task", match[1]!) : undefined;
  if (!taskId) {
    ctx.reply(say(ctx.lang, "请带上任务编号和内容，例如：/tasknote T-3 客户要周五前报价", "Add the task id and the note, e.g. /tasknote T-3 wants a quote by Friday"));
    return;
  }
  const id = shortId("task", taskId);
  const text = match![2]!.trim().slice(0, 500);
  if (!text) {
    const task = await ctx.db.task.findFirst({ where: { id: taskId }, select: { title: true } });
    ctx.lang = taskCommandLang(ctx, { rest: "", title: task?.title });
    ctx.reply(say(ctx.lang, `请发送：/tasknote ${id} 备注内容`, `Send: /tasknote ${id} your note`));
    return;
  }
  const task = await ctx.write(({ tx, audit }) => addTaskNote({ tx, audit, taskId, scope: ctx.scope, text }));
  ctx.lang = taskCommandLang(ctx, { rest: text, title: task?.title });
  ctx.reply(
    task
      ? say(ctx.lang, `📝 已为 ${id} 添加备注：${text}`, `📝 Note added to ${id}: ${text}`)
      : say(ctx.lang, `没有找到你的任务 ${id}。`, `No task ${id} of yours.`),
  );
}
