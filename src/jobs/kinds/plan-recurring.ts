/** Nightly: plans the next digests, weekly summaries and scans (and the next night's plan). */
import type { JobHandler } from "../types.ts";
import { ensureRecurringJobs } from "../recurring.ts";

export const planRecurring: JobHandler = async (ctx) => {
  await ensureRecurringJobs({ db: ctx.db, now: ctx.now, settings: ctx.settings });
};
