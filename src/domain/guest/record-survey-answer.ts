import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { logComplaint, type ComplaintPolicy } from "../complaint/log-complaint.ts";

/** A survey is answered within this long of being sent; a later bare digit means something else. */
const ANSWER_WINDOW_MS = 7 * 86_400_000;
/** A score this low is a complaint, whether or not the guest says what went wrong. */
export const LOW_SCORE = 2;

/** The guest's latest booking with a survey sent, unanswered and still recent; undefined when there is none. */
export async function pendingSurvey(options: { db: PrismaClient | Tx; customerId: number; now: Date }) {
  const { db, customerId, now } = options;
  return db.booking.findFirst({
    where: { customerId, surveyScore: null, surveySentAt: { not: null, gte: new Date(now.getTime() - ANSWER_WINDOW_MS), lte: now } },
    orderBy: { surveySentAt: "desc" },
  });
}

/** Stores the score on the booking; a low one opens a complaint against that booking. */
export async function recordSurveyAnswer(options: { tx: Tx; audit: AuditRecorder; bookingId: number; score: number; now: Date; policy: ComplaintPolicy }) {
  const { tx, audit, bookingId, score, now, policy } = options;
  const before = await tx.booking.findUniqueOrThrow({ where: { id: bookingId } });
  const after = await tx.booking.update({ where: { id: bookingId }, data: { surveyScore: score } });
  await audit.updated("booking", before, after);
  const complaint = score <= LOW_SCORE
    ? await logComplaint({ tx, audit, customerId: before.customerId, bookingId, issue: `满意度评分 ${score}/5（satisfaction survey ${score}/5）`, now, policy })
    : undefined;
  return { booking: after, complaint };
}
