/** Every job kind, by the name stored in Job.kind. */
import type { JobHandler } from "../types.ts";
import { taskReminder } from "./task-reminder.ts";
import { taskEscalation } from "./task-escalation.ts";
import { digest } from "./digest.ts";
import { weeklySummary } from "./weekly-summary.ts";
import { careScan } from "./care-scan.ts";
import { atRiskScan } from "./at-risk-scan.ts";
import { planRecurring } from "./plan-recurring.ts";
import { recomputeSegments } from "./recompute-segments.ts";
import { complaintAlert } from "./complaint-alert.ts";
import { complaintEscalation } from "./complaint-escalation.ts";
import { complaintResolved } from "./complaint-resolved.ts";
import { bookingReminder } from "./booking-reminder.ts";
import { bookingSurvey } from "./booking-survey.ts";
import { loyaltyTierReached } from "./loyalty-tier-reached.ts";

export const JOB_KINDS: Record<string, JobHandler> = {
  "task-reminder": taskReminder,
  "task-escalation": taskEscalation,
  digest,
  "weekly-summary": weeklySummary,
  "care-scan": careScan,
  "at-risk-scan": atRiskScan,
  "plan-recurring": planRecurring,
  "recompute-segments": recomputeSegments,
  "complaint-alert": complaintAlert,
  "complaint-escalation": complaintEscalation,
  "complaint-resolved": complaintResolved,
  "booking-reminder": bookingReminder,
  "booking-survey": bookingSurvey,
  "loyalty-tier-reached": loyaltyTierReached,
};
