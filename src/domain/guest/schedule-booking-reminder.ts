import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";
import { scheduleJob } from "../../jobs/scheduler.ts";

const DAY = 86_400_000;

/**
 * Queues the reminder a guest gets the day before arrival (24 hours before the start). Keyed by booking
 * and start, so making the same booking twice is one reminder and moving it queues a new one (the old
 * finds the start changed and stays silent). A booking less than a day away gets none: the guest has
 * just talked to us about it.
 */
export async function scheduleBookingReminder(options: { db: PrismaClient | Tx; booking: { id: number; startAt: Date }; now: Date }): Promise<void> {
  const { db, booking, now } = options;
  const runAt = new Date(booking.startAt.getTime() - DAY);
  if (runAt.getTime() <= now.getTime()) return;
  const startAt = booking.startAt.toISOString();
  await scheduleJob({ db, kind: "booking-reminder", runAt, payload: { bookingId: booking.id, startAt }, dedupeKey: `booking-reminder:${booking.id}:${startAt}` });
}
