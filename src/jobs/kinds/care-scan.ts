/**
 * Daily: birthdays and holidays a few days ahead (settings.careLeadDays) become care tasks for the
 * owner, due at 09:00 on the day (in that morning's digest, and reminded at 09:00); made ahead so the
 * owner can see them coming with /tasks.
 * Each is made once: an existing task of the same origin, customer or owner and due time is reused.
 */
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { createTask } from "../../domain/task/create-task.ts";
import { addDays, formatLocalDate, localDate, parseLocalDate, zonedInstant } from "../../domain/time/zoned.ts";
import { say } from "../../runtime/message.ts";
import type { JobHandler } from "../types.ts";
import { loadHolidays } from "../holidays.ts";
import { loadRecipient, systemWrite } from "./recipient.ts";

const CARE_HOUR = 9;

export const careScan: JobHandler = async (ctx) => {
  const lead = ctx.settings.careLeadDays;
  // Every date within the lead, a day either side for owners in other zones.
  const today = localDate(ctx.now, ctx.settings.tz);
  const dates = Array.from({ length: lead + 3 }, (_, i) => addDays(today, i - 1));
  const monthDays = [...new Set(dates.map((d) => formatLocalDate(d).slice(5)))];

  const customers = await ctx.db.customer.findMany({
    where: { deletedAt: null, ownerId: { not: null }, OR: monthDays.map((md) => ({ birthday: { endsWith: md } })) },
    select: { id: true, name: true, birthday: true, ownerId: true, owner: { select: { timeZone: true, deletedAt: true } } },
  });
  for (const customer of customers) {
    if (!customer.owner || customer.owner.deletedAt || !customer.birthday) continue;
    const tz = customer.owner.timeZone;
    const day = upcoming(localDate(ctx.now, tz), lead, (d) => formatLocalDate(d).slice(5) === customer.birthday!.slice(-5));
    if (!day) continue;
    const owner = await loadRecipient(ctx.db, customer.ownerId!);
    const title = say(owner?.lang ?? "zh", `🎂 ${customer.name} ${day.month}月${day.day}日生日，送上祝福`, `🎂 ${customer.name}'s birthday on ${formatLocalDate(day).slice(5)}: send wishes`);
    await ensureCareTask(ctx.db, { ownerId: customer.ownerId!, customerId: customer.id, origin: "birthday", dueAt: zonedInstant({ ...day, hour: CARE_HOUR }, tz), title });
  }

  const holidays = loadHolidays().filter((h) => {
    const date = parseLocalDate(h.date);
    return date && dates.some((d) => formatLocalDate(d) === h.date);
  });
  if (holidays.length === 0) return;
  // One task per rep and holiday (not one per customer): greeting a list is one piece of work.
  const owners = await ctx.db.customer.groupBy({ by: ["ownerId"], where: { deletedAt: null, isGuest: false, ownerId: { not: null } }, _count: { _all: true } });
  for (const holiday of holidays) {
    const date = parseLocalDate(holiday.date)!;
    for (const row of owners) {
      const owner = await loadRecipient(ctx.db, row.ownerId!);
      if (!owner) continue;
      const inReach = upcoming(localDate(ctx.now, owner.timeZone), lead, (d) => formatLocalDate(d) === holiday.date);
      if (!inReach) continue;
      const count = row._count._all;
      const title = say(owner.lang, `🎉 ${holiday.zh}关怀：给 ${count} 位客户送祝福`, `🎉 ${holiday.en}: send wishes to your ${count} customer${count === 1 ? "" : "s"}`);
      await ensureCareTask(ctx.db, { ownerId: owner.id, origin: "holiday", dueAt: zonedInstant({ ...date, hour: CARE_HOUR }, owner.timeZone), title });
    }
  }
};

/** The first date from `today` to `today + lead` that `matches`. */
function upcoming(today: ReturnType<typeof localDate>, lead: number, matches: (d: ReturnType<typeof localDate>) => boolean) {
  for (let i = 0; i <= lead; i++) {
    const d = addDays(today, i);
    if (matches(d)) return d;
  }
  return undefined;
}

async function ensureCareTask(db: PrismaClient, task: { ownerId: number; customerId?: number; origin: string; dueAt: Date; title: string }): Promise<void> {
  const exists = await db.task.findFirst({ where: { ownerId: task.ownerId, origin: task.origin, dueAt: task.dueAt, ...(task.customerId ? { customerId: task.customerId } : {}) } });
  if (exists) return;
  await systemWrite(db, ({ tx, audit }) => createTask({ tx, audit, ...task }));
}
