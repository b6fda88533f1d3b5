/** The morning digest: a rep's tasks for today and everything overdue, in one message. */
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { addDays, localDate, startOfDate } from "../../domain/time/zoned.ts";
import { formatWhen } from "../../handlers/format.ts";
import type { JobHandler } from "../types.ts";
import { deferIfQuiet, isQuiet, loadRecipient } from "./recipient.ts";

const SHOWN = 15;

export const digest: JobHandler = async (ctx, payload) => {
  const staff = await loadRecipient(ctx.db, Number(payload.staffId));
  if (!staff) return;
  // A catch-up digest that would land at night is dropped: the next morning's comes soon enough.
  if (ctx.stale && isQuiet(ctx, staff.timeZone)) return;
  deferIfQuiet(ctx, staff.timeZone);

  const today = localDate(ctx.now, staff.timeZone);
  const startOfToday = startOfDate(today, staff.timeZone);
  const where = { ownerId: staff.id, status: "open" as const, dueAt: { lt: startOfDate(addDays(today, 1), staff.timeZone) } };
  const [tasks, total, overdue] = await Promise.all([
    ctx.db.task.findMany({ where, orderBy: { dueAt: "asc" }, take: SHOWN }),
    ctx.db.task.count({ where }),
    ctx.db.task.count({ where: { ...where, dueAt: { lt: startOfToday } } }),
  ]);
  // Nothing to do is no reason to ping anyone.
  if (total === 0) return;

  const lang = staff.lang;
  const lines = tasks.map((t) => {
    const late = t.dueAt < startOfToday;
    return `${late ? "⚠️ " : ""}${shortId("task", t.id)} ${formatWhen(t.dueAt, staff.timeZone, lang, !late)} ${t.title}`;
  });
  if (total > tasks.length) lines.push(say(lang, `……另有 ${total - tasks.length} 项`, `…and ${total - tasks.length} more`));
  const dueToday = total - overdue;
  const counts = [
    dueToday > 0 && say(lang, `今天 ${dueToday} 项`, `${dueToday} for today`),
    overdue > 0 && say(lang, `逾期 ${overdue} 项`, `${overdue} overdue`),
  ].filter(Boolean);
  const head = say(lang, `☀️ 早上好，${staff.name}！${counts.join("，")}：`, `☀️ Good morning, ${staff.name}! ${counts.join(", ")}:`);
  const foot = say(lang, "完成后发送“/done T-编号”。", 'Send "/done T-<id>" when done.');
  await ctx.notify({ staffId: staff.id }, { kind: "text", text: [head, ...lines, foot].join("\n") });
};
