/**
 * Testing time: moves a fake clock from `from` to `to` and runs every job that falls due in between, in
 * order of runAt, each at its own time, so a reminder at 09:00 is stamped 09:00 and a job scheduled by
 * another (an escalation after a reminder) runs in the same advance. `chat --script` uses this.
 */
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../runtime/logger.ts";
import type { Reply } from "../runtime/message.ts";
import { reviveReply } from "../runtime/inbox.ts";
import type { JobHandler } from "./types.ts";
import { nextDueAt, runDueJobs } from "./scheduler.ts";
import { createNotify } from "./notify.ts";
import { ensureRecurringJobs } from "./recurring.ts";
import type { JobSettings } from "./settings.ts";

/** More steps than this in one advance means a job keeps rescheduling itself at once. */
const MAX_STEPS = 100_000;

export async function advanceClock(options: {
  db: PrismaClient;
  from: Date;
  to: Date;
  handlers: Record<string, JobHandler>;
  log: Logger;
  settings?: JobSettings;
}): Promise<{ steps: number }> {
  const { db, from, to, handlers, log, settings } = options;
  let clock = from;
  const notify = createNotify({ db, now: () => clock });
  await ensureRecurringJobs({ db, now: from, settings });
  let steps = 0;
  for (let next = await nextDueAt(db, to); next; next = await nextDueAt(db, to)) {
    // What was already overdue at `from` runs at `from`: the clock never goes back.
    clock = next < clock ? clock : next;
    await runDueJobs({ db, now: clock, handlers, notify, log, settings });
    if (++steps > MAX_STEPS) throw new Error(`advance_to stopped after ${MAX_STEPS} steps at ${clock.toISOString()}`);
  }
  return { steps };
}

export type Push = { userId: string; chatId: string; reply: Reply; at: Date };

/** Takes the messages queued for one platform's chats, oldest first, and marks them sent. */
export async function takePushes(options: { db: PrismaClient; platform: string }): Promise<Push[]> {
  const { db, platform } = options;
  const rows = await db.outboundMessage.findMany({ where: { platform, status: "pending" }, orderBy: { id: "asc" } });
  if (rows.length === 0) return [];
  await db.outboundMessage.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: "sent", sentAt: new Date() } });
  return rows.map((row) => ({ userId: row.userId, chatId: row.chatId, reply: reviveReply(row.reply), at: row.createdAt }));
}
