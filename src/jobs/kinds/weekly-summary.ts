/** A manager's weekly summary of last week, against the week before, pushed on the configured day. */
import { buildSummary } from "../../domain/report/build-summary.ts";
import { periodRange } from "../../domain/report/period-range.ts";
import { scopeForStaff } from "../../domain/staff/scope-for-staff.ts";
import { formatSummary } from "../../handlers/summary.ts";
import type { JobHandler } from "../types.ts";
import { deferIfQuiet, loadRecipient } from "./recipient.ts";

export const weeklySummary: JobHandler = async (ctx, payload) => {
  const manager = await loadRecipient(ctx.db, Number(payload.staffId));
  if (!manager || (manager.role !== "manager" && manager.role !== "admin")) return;
  deferIfQuiet(ctx, manager.timeZone);
  const scope = await scopeForStaff({ db: ctx.db, staff: manager });
  const range = periodRange({ period: "last_week", now: ctx.now, tz: manager.timeZone });
  const summary = await buildSummary({ db: ctx.db, scope, range, now: ctx.now });
  await ctx.notify({ staffId: manager.id }, { kind: "text", text: `📊 ${formatSummary(summary, manager.lang)}` });
};
