/** At a task's due time: the owner gets it with Done / Snooze / Add note buttons. */
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { formatWhen } from "../../handlers/format.ts";
import type { JobHandler } from "../types.ts";
import { deferIfQuiet, loadRecipient } from "./recipient.ts";

export const taskReminder: JobHandler = async (ctx, payload) => {
  const taskId = Number(payload.taskId);
  const task = await ctx.db.task.findUnique({ where: { id: taskId }, include: { customer: { include: { company: true } } } });
  // Done, cancelled, undone or moved since: this reminder is not wanted any more.
  if (!task || task.status !== "open" || task.dueAt.toISOString() !== payload.dueAt) return;
  const dueAt = task.dueAt.toISOString();
  await ctx.schedule({
    kind: "task-escalation",
    runAt: new Date(task.dueAt.getTime() + ctx.settings.escalateAfterMs),
    payload: { taskId, dueAt },
    dedupeKey: `escalate:task:${taskId}:${dueAt}`,
  });
  // Days late after downtime: the task is overdue, so the next morning digest lists it; no lone ping.
  if (ctx.stale) return;
  const owner = await loadRecipient(ctx.db, task.ownerId);
  if (!owner) return;
  deferIfQuiet(ctx, owner.timeZone);

  // The task speaks the language it was written in; an English title keeps the owner's language.
  const lang = /[\u3400-\u9fff]/.test(task.title) ? "zh" : owner.lang;
  const id = shortId("task", task.id);
  const company = task.customer?.company?.name;
  const lines = [`⏰ ${id} ${task.title}${company ? ` (${company})` : ""}`, say(lang, `到期：${formatWhen(task.dueAt, owner.timeZone, "zh")}`, `Due ${formatWhen(task.dueAt, owner.timeZone, "en")}`)];
  if (task.note) lines.push(say(lang, `备注：${task.note}`, `Note: ${task.note}`));
  const sent = await ctx.notify(
    { staffId: owner.id },
    {
      kind: "choice",
      text: lines.join("\n"),
      options: [
        { label: say(lang, "完成", "Done"), value: `/done ${id}` },
        { label: say(lang, "推迟", "Snooze"), value: `/snooze ${id}` },
        { label: say(lang, "备注", "Add note"), value: `/tasknote ${id}` },
      ],
    },
  );
  if (sent) await ctx.db.task.update({ where: { id: task.id }, data: { remindedAt: ctx.now } });
};
