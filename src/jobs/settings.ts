/**
 * The scheduler's settings, read from the environment once (each has a default, so nothing needs
 * setting). Kept apart from config.ts because only the jobs use them and tests pass their own.
 */
import { z } from "zod";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type JobSettings = {
  /** the zone of jobs that belong to no one person (the daily scans) */
  tz: string;
  /** local hours [start, end) when no one is pinged; a job due inside them waits for `end` */
  quietHours: { start: number; end: number };
  /** a job overdue by more than this is "stale": it is coalesced rather than sent as if on time */
  catchUpMs: number;
  /** an open task this long past due is escalated to the owner's manager */
  escalateAfterMs: number;
  /** the weekly summary to managers: ISO weekday 1 = Monday … 7, and local time */
  weeklySummary: { weekday: number; hour: number; minute: number };
  /** the morning digest, local time */
  digestAt: { hour: number; minute: number };
  /** days without contact before a customer of each tier counts as at risk */
  atRiskDays: Record<"vip" | "major" | "ordinary" | "small", number>;
  /** how many days before a birthday or holiday the care task is made */
  careLeadDays: number;
};

const hours = z
  .string()
  .regex(/^\d{1,2}-\d{1,2}$/, "must look like 22-8")
  .transform((v) => v.split("-").map(Number) as [number, number])
  .refine(([a, b]) => a < 24 && b < 24, "hours are 0–23");
const weekly = z
  .string()
  .regex(new RegExp(`^(${WEEKDAYS.join("|")})\\s+\\d{1,2}:\\d{2}$`, "i"), "must look like 'mon 09:00'")
  .transform((v) => {
    const [day, time] = v.trim().split(/\s+/);
    const [hour, minute] = time!.split(":").map(Number);
    return { weekday: WEEKDAYS.indexOf(day!.toLowerCase() as (typeof WEEKDAYS)[number]) + 1, hour: hour!, minute: minute! };
  });
const positive = z.coerce.number().positive();

const EnvSchema = z.object({
  CHATCRM_TZ: z.string().default("Asia/Shanghai"),
  CHATCRM_QUIET_HOURS: hours.prefault("22-8"),
  CHATCRM_CATCH_UP_HOURS: positive.default(6),
  CHATCRM_ESCALATE_AFTER_HOURS: positive.default(24),
  CHATCRM_WEEKLY_SUMMARY: weekly.prefault("mon 09:00"),
  CHATCRM_AT_RISK_DAYS: z
    .string()
    .regex(/^\d+,\d+,\d+,\d+$/, "must be four day counts vip,major,ordinary,small such as 14,30,60,120")
    .transform((v) => v.split(",").map(Number))
    .prefault("14,30,60,120"),
  CHATCRM_CARE_LEAD_DAYS: z.coerce.number().int().min(0).max(30).default(3),
});

/** Parses the jobs' variables; throws naming the variable that is wrong. */
export function loadJobSettings(env: NodeJS.ProcessEnv = process.env): JobSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith("CHATCRM_") && value !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Environment variable ${String(issue.path[0])} ${issue.message}.`);
  }
  const e = parsed.data;
  const [vip, major, ordinary, small] = e.CHATCRM_AT_RISK_DAYS as [number, number, number, number];
  return {
    tz: e.CHATCRM_TZ,
    quietHours: { start: e.CHATCRM_QUIET_HOURS[0], end: e.CHATCRM_QUIET_HOURS[1] },
    catchUpMs: e.CHATCRM_CATCH_UP_HOURS * 3_600_000,
    escalateAfterMs: e.CHATCRM_ESCALATE_AFTER_HOURS * 3_600_000,
    weeklySummary: e.CHATCRM_WEEKLY_SUMMARY,
    digestAt: { hour: 8, minute: 30 },
    atRiskDays: { vip, major, ordinary, small },
    careLeadDays: e.CHATCRM_CARE_LEAD_DAYS,
  };
}

let cached: JobSettings | undefined;
/** The process's settings, parsed on first use. */
export function jobSettings(): JobSettings {
  return (cached ??= loadJobSettings());
}
