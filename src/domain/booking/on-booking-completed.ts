import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import type { Booking } from "../../generated/prisma/client.ts";
import { activeVenue } from "../venue/active-venue.ts";
import type { Venue } from "../venue/venue-schema.ts";
import { awardBookingPoints, type AwardedPoints } from "../loyalty/award-booking-points.ts";
import { scheduleJob } from "../../jobs/scheduler.ts";

/**
 * Called inside the transaction that marks a booking completed (`completeBooking`, staff `/complete B-3 680`),
 * after the booking row has its status `completed` and its `spend`. Earns the loyalty points by the
 * venue's rule and queues what the guest is told after the visit: the satisfaction survey and, when the
 * points reach a new tier, the tier's offer. Both are jobs written in this transaction, so a rollback
 * takes them back; they go out at checkout (the booking's end) and check the booking is still completed
 * then, so an /undo of the completion in between silences them. Returns the points, for the staff reply.
 */
export async function onBookingCompleted(options: { tx: Tx; audit: AuditRecorder; booking: Booking; venue?: Venue }): Promise<AwardedPoints> {
  const { tx, audit, booking } = options;
  const { loyalty } = options.venue ?? activeVenue();
  const awarded = await awardBookingPoints({ tx, audit, booking, rule: loyalty, tiers: loyalty.tiers });
  await scheduleJob({ db: tx, kind: "booking-survey", runAt: booking.endAt, payload: { bookingId: booking.id }, dedupeKey: `booking-survey:${booking.id}` });
  if (awarded.tierReached) {
    await scheduleJob({
      db: tx, kind: "loyalty-tier-reached", runAt: booking.endAt,
      payload: { customerId: booking.customerId, tier: awarded.tierReached.name },
      dedupeKey: `loyalty-tier:${booking.customerId}:${awarded.tierReached.name}`,
    });
  }
  return awarded;
}
