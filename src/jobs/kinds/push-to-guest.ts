/** What every guest-care kind does before it writes to a guest: wait out the night, then notify. */
import type { Reply } from "../../runtime/message.ts";
import { JobDeferred } from "../defer.ts";
import { quietHoursEnd } from "../quiet-hours.ts";
import type { JobContext } from "../types.ts";

/**
 * Notifies a customer unless it is night where the venue is: then the job is deferred to the morning
 * (thrown, so the scheduler moves it). `latest` is when the message stops making sense (a reminder after
 * arrival): past it, a deferral is not worth it and nothing is sent.
 */
export async function pushToGuest(ctx: JobContext, options: { customerId: number; reply: Reply; tz: string; latest?: Date }): Promise<boolean> {
  const { customerId, reply, tz, latest } = options;
  const morning = quietHoursEnd({ now: ctx.now, tz, quiet: ctx.settings.quietHours });
  if (morning) {
    if (latest && morning.getTime() >= latest.getTime()) return false;
    throw new JobDeferred(morning);
  }
  return ctx.notify({ customerId }, reply);
}
