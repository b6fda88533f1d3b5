/**
 * A task still open long after its due time goes to the owner's manager, once (Task.escalatedAt). The
 * owner's other tasks that are as late go in the same message, so a backlog is one message, not many.
 */
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { say } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { formatWhen } from "../../handlers/format.ts";
import type { JobHandler } from "../types.ts";
import { deferIfQuiet, loadRecipient } from "./recipient.ts";

export const taskEscalation: JobHandler = async (ctx, payload) => {
  const taskId = Number(payload.taskId);
  const task = await ctx.db.task.findUnique({ where: { id: taskId }, include: { owner: true } });
  if (!task || task.status !== "open" || task.escalatedAt || task.dueAt.toISOString() !== payload.dueAt) return;
  const managerId = await managerOf(ctx.db, task.owner);
  if (!managerId) {
    ctx.log.info("overdue task has no manager to escalate to", { taskId });
    return;
  }
  const manager = await loadRecipient(ctx.db, managerId);
  if (!manager) return;
  deferIfQuiet(ctx, manager.timeZone);

  const lateBefore = new Date(ctx.now.getTime() - ctx.settings.escalateAfterMs);
  const tasks = await ctx.db.task.findMany({
    where: { ownerId: task.ownerId, status: "open", escalatedAt: null, OR: [{ id: task.id }, { dueAt: { lte: lateBefore } }] },
    include: { customer: { select: { name: true } } },
    orderBy: { dueAt: "asc" },
    take: 20,
  });
  const hours = Math.round(ctx.settings.escalateAfterMs / 3_600_000);
  const lang = manager.lang;
  const lines = tasks.map((t) => `${shortId("task", t.id)} ${t.title} · ${say(lang, `${formatWhen(t.dueAt, manager.timeZone, "zh")} 到期`, `due ${formatWhen(t.dueAt, manager.timeZone, "en")}`)}`);
  const text = say(
    lang,
    `🚨 ${task.owner.name} 有 ${tasks.length} 个任务逾期超过 ${hours} 小时未完成：\n${lines.join("\n")}`,
    `🚨 ${task.owner.name} has ${tasks.length} task${tasks.length === 1 ? "" : "s"} open more than ${hours} h past due:\n${lines.join("\n")}`,
  );
  await ctx.notify({ staffId: manager.id }, { kind: "text", text });
  await ctx.db.task.updateMany({ where: { id: { in: tasks.map((t) => t.id) } }, data: { escalatedAt: ctx.now } });
};

/** The owner's own manager, else a manager of their team (not themselves). */
async function managerOf(db: PrismaClient, owner: { id: number; managerId: number | null; teamId: number | null }): Promise<number | undefined> {
  if (owner.managerId) return owner.managerId;
  if (!owner.teamId) return undefined;
  const manager = await db.staff.findFirst({
    where: { teamId: owner.teamId, role: "manager", deletedAt: null, id: { not: owner.id } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return manager?.id;
}
