/** What every kind that pings a staff member needs: who they are, their language, and their night. */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { createAuditRecorder, type AuditRecorder, type Tx } from "../../domain/audit/audit-recorder.ts";
import type { Lang } from "../../runtime/message.ts";
import { lastWrittenLang } from "../../runtime/last-language.ts";
import { JobDeferred } from "../defer.ts";
import { quietHoursEnd } from "../quiet-hours.ts";
import type { JobContext } from "../types.ts";

export type StaffRecipient = { id: number; name: string; role: string; timeZone: string; teamId: number | null; managerId: number | null; lang: Lang };

/** An active staff member, with the language they last wrote to the bot in (else their locale). */
export async function loadRecipient(db: PrismaClient, staffId: number): Promise<StaffRecipient | undefined> {
  const staff = await db.staff.findFirst({ where: { id: staffId, deletedAt: null }, include: { identities: true } });
  if (!staff) return undefined;
  return { ...staff, lang: (await lastWrittenLang(db, staff.identities)) ?? (staff.locale === "en" ? "en" : "zh") };
}

/** Throws JobDeferred when it is night where the recipient is, so the job runs when their day starts. */
export function deferIfQuiet(ctx: JobContext, tz: string): void {
  const until = quietHoursEnd({ now: ctx.now, tz, quiet: ctx.settings.quietHours });
  if (until) throw new JobDeferred(until);
}

/** True when it is night where the recipient is. */
export function isQuiet(ctx: JobContext, tz: string): boolean {
  return quietHoursEnd({ now: ctx.now, tz, quiet: ctx.settings.quietHours }) !== undefined;
}

/** Writes made by the scheduler, audited with no actor, in one transaction. */
export function systemWrite<T>(db: PrismaClient, work: (tools: { tx: Tx; audit: AuditRecorder }) => Promise<T>): Promise<T> {
  return db.$transaction((tx) => work({ tx, audit: createAuditRecorder({ tx, actor: {}, batchId: randomUUID() }) }));
}
