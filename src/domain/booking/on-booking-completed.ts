import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import type { Booking } from "../../generated/prisma/client.ts";

/**
 * Called inside the transaction that marks a booking completed (`completeBooking`, staff `/complete B-3 680`),
 * after the booking row has its status `completed` and its `spend`. A placeholder for now: the guest
 * memory / loyalty work of issue 5 fills it in (points from `activeVenue().loyalty`, visit count, last
 * visit, lifetime spend). Write only through `tx` and record with `audit`, so /undo reverts it with the
 * completion. Throwing rolls the completion back.
 */
export async function onBookingCompleted(options: { tx: Tx; audit: AuditRecorder; booking: Booking }): Promise<void> {
  void options;
}
