/**
 * The commands that are not intents (/undo, /done T-3, /arrivals …): one entry per SystemAction, so a
 * command without a handler does not compile. Passed to the router like the intent handlers.
 */
import type { SystemActions } from "../runtime/context.ts";
import { undoLastWrite } from "./undo.ts";
import { completeTaskCommand } from "./complete-task.ts";
import { whoami } from "./whoami.ts";
import { pyramidCommand } from "./pyramid.ts";
import { arrivalsCommand, completeBookingCommand, markBookingCommand } from "./booking-desk.ts";
import { snoozeTaskCommand } from "./snooze-task.ts";
import { taskNoteCommand } from "./task-note.ts";
import { acknowledgeComplaintCommand } from "./acknowledge-complaint.ts";
import { resolveComplaintCommand } from "./resolve-complaint.ts";

export const systemActions: SystemActions = {
  undo: (ctx) => undoLastWrite(ctx),
  done: (ctx, args) => completeTaskCommand(ctx, args),
  whoami: (ctx) => whoami(ctx),
  pyramid: (ctx) => pyramidCommand(ctx),
  arrivals: (ctx) => arrivalsCommand(ctx),
  arrived: (ctx, args) => markBookingCommand(ctx, args, "arrived"),
  noshow: (ctx, args) => markBookingCommand(ctx, args, "no_show"),
  complete: (ctx, args) => completeBookingCommand(ctx, args),
  snooze: (ctx, args) => snoozeTaskCommand(ctx, args),
  tasknote: (ctx, args) => taskNoteCommand(ctx, args),
  ack: (ctx, args) => acknowledgeComplaintCommand(ctx, args),
  resolve: (ctx, args) => resolveComplaintCommand(ctx, args),
};
