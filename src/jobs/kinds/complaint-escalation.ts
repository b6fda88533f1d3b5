/**
 * A complaint still unresolved when the venue's `escalateAfterHours` run out goes to the managers, once
 * (escalatedAt). A resolved one is left alone; an acknowledged but unresolved one still goes up, since
 * taking a complaint on is not fixing it.
 */
import type { JobHandler } from "../types.ts";
import { randomUUID } from "node:crypto";
import { say, type Lang } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { createAuditRecorder } from "../../domain/audit/audit-recorder.ts";
import { escalateComplaint } from "../../domain/complaint/escalate-complaint.ts";
import { staffWithRoles } from "../../domain/complaint/complaint-staff.ts";
import { describeComplaint } from "./complaint-text.ts";

export const complaintEscalation: JobHandler = async (ctx, payload) => {
  const complaintId = Number(payload.complaintId);
  const complaint = await ctx.db.$transaction((tx) =>
    escalateComplaint({ tx, audit: createAuditRecorder({ tx, actor: {}, batchId: randomUUID() }), complaintId, now: ctx.now }),
  );
  if (!complaint) return;
  const venue = activeVenue();
  const id = shortId("complaint", complaint.id);
  const hours = venue.complaints.escalateAfterHours;
  const assignee = complaint.assigneeId ? await ctx.db.staff.findUnique({ where: { id: complaint.assigneeId }, select: { name: true } }) : null;
  for (const manager of await staffWithRoles({ db: ctx.db, roles: ["manager"] })) {
    const lang: Lang = manager.locale === "en" ? "en" : "zh";
    const state = assignee
      ? say(lang, `${assignee.name} 已受理，但尚未解决。`, `${assignee.name} took it on but it is not resolved.`)
      : say(lang, "无人受理。", "Nobody has taken it on.");
    const text = [
      say(lang, `⚠️ 投诉升级：超过 ${hours} 小时未解决 `, `⚠️ Escalated: unresolved after ${hours} hours — `) + (await describeComplaint({ db: ctx.db, complaint, venue, lang })),
      state,
      say(lang, `处理完请回复 /resolve ${id} 处理结果`, `When fixed, reply /resolve ${id} what was done`),
    ].join("\n");
    const reply = complaint.status === "open"
      ? { kind: "choice" as const, text, options: [{ label: say(lang, `受理 ${id}`, `Acknowledge ${id}`), value: `/ack ${id}` }] }
      : { kind: "text" as const, text };
    await ctx.notify({ staffId: manager.id }, reply);
  }
};
