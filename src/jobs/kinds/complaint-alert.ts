/**
 * A new complaint alerts the duty staff at once: the venue's staff chat when it names one, else every
 * front-desk member and manager in their linked chats, with a button to take it on (`/ack CP-2`).
 * Not held for quiet hours: a guest with a broken air conditioner at midnight needs the night shift.
 */
import type { JobHandler } from "../types.ts";
import { say, type Lang } from "../../runtime/message.ts";
import { shortId } from "../../domain/shared/short-id.ts";
import { activeVenue } from "../../domain/venue/active-venue.ts";
import { ALERT_ROLES, staffWithRoles } from "../../domain/complaint/complaint-staff.ts";
import { formatWhen } from "../../handlers/format.ts";
import { describeComplaint } from "./complaint-text.ts";

export const complaintAlert: JobHandler = async (ctx, payload) => {
  const complaint = await ctx.db.complaint.findUnique({ where: { id: Number(payload.complaintId) } });
  if (!complaint || complaint.status !== "open") return;
  const venue = activeVenue();
  const id = shortId("complaint", complaint.id);
  const alert = async (lang: Lang) => ({
    kind: "choice" as const,
    text: [
      say(lang, "🔔 新投诉 ", "🔔 New complaint ") + (await describeComplaint({ db: ctx.db, complaint, venue, lang })),
      complaint.deadlineAt ? say(lang, `请在 ${formatWhen(complaint.deadlineAt, venue.timeZone, "zh")} 前处理。`, `Please handle it by ${formatWhen(complaint.deadlineAt, venue.timeZone, "en")}.`) : "",
    ].filter(Boolean).join("\n"),
    options: [{ label: say(lang, `受理 ${id}`, `Acknowledge ${id}`), value: `/ack ${id}` }],
  });
  if (venue.staffAlertChat) {
    if (await ctx.notify(venue.staffAlertChat, await alert("zh"))) return;
    ctx.log.warn("the venue's staff alert chat could not be notified; alerting the duty staff", { complaintId: complaint.id });
  }
  let reached = 0;
  for (const staff of await staffWithRoles({ db: ctx.db, roles: ALERT_ROLES })) {
    if (await ctx.notify({ staffId: staff.id }, await alert(staff.locale === "en" ? "en" : "zh"))) reached++;
  }
  if (reached === 0) ctx.log.warn("no staff chat to alert about a complaint", { complaintId: complaint.id });
};
