import type { BookingKind, Resource } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import type { Venue } from "../venue/venue-schema.ts";
import { localDate, daysBetween } from "../time/zoned.ts";
import { isOpenAt, servicesOn, type Service } from "../venue/opening-hours.ts";
import { matchesResource } from "./match-resource.ts";
import { hasRoom } from "./free-units.ts";
import { findAlternatives, type Alternative } from "./find-alternatives.ts";

export type BookingRequest = {
  customerId: number;
  kind: BookingKind;
  startAt: Date;
  endAt: Date;
  partySize: number;
  roomType?: string;
  preferences: string[];
  createdById?: number;
};

/** A table may be asked for a little late ("now"), not for a time long gone. */
const TABLE_GRACE_MS = 15 * 60_000;

export type BookingOutcome =
  | { kind: "booked"; booking: Awaited<ReturnType<typeof insertBooking>> }
  | { kind: "past" }
  | { kind: "closed"; hours: Service[] }
  | { kind: "no_such_resource" }
  | { kind: "too_big"; largest: number; alternatives: Alternative[] }
  | { kind: "full"; alternatives: Alternative[] };

/**
 * Books the smallest fitting resource that is free for the whole period, after the venue's rules:
 * not in the past, a table within opening hours. When nothing is free, the nearest alternatives come back.
 */
export async function createBooking(options: { tx: Tx; audit: AuditRecorder; venue: Venue; now: Date; request: BookingRequest }): Promise<BookingOutcome> {
  const { tx, audit, venue, now, request } = options;
  if (isPast(venue, now, request.kind, request.startAt)) return { kind: "past" };
  if (request.kind === "table" && !isOpenAt(venue, request.startAt)) {
    return { kind: "closed", hours: servicesOn(venue, localDate(request.startAt, venue.timeZone)) };
  }
  const all = await tx.resource.findMany({ where: { kind: request.kind, count: { gt: 0 } }, orderBy: [{ capacity: "asc" }, { id: "asc" }] });
  const named = request.roomType && request.kind === "room" ? all.filter((r) => matchesResource(r, request.roomType!)) : all;
  if (named.length === 0) return { kind: "no_such_resource" };
  const candidates = named.filter((r) => r.capacity >= request.partySize);
  const alternatives = () => findAlternatives({ tx, venue, now, request, wanted: request.roomType ? named : [] });
  if (candidates.length === 0) {
    return { kind: "too_big", largest: Math.max(...named.map((r) => r.capacity)), alternatives: await alternatives() };
  }
  for (const resource of candidates) {
    if (!(await hasRoom({ tx, resource, startAt: request.startAt, endAt: request.endAt }))) continue;
    const booking = await insertBooking(tx, request, resource, now);
    await audit.created("booking", booking);
    return { kind: "booked", booking };
  }
  return { kind: "full", alternatives: await alternatives() };
}

/** A table time already gone (beyond a short grace), or a stay arriving before today. */
export function isPast(venue: Venue, now: Date, kind: BookingKind, startAt: Date): boolean {
  if (kind === "table") return startAt.getTime() < now.getTime() - TABLE_GRACE_MS;
  return daysBetween(localDate(now, venue.timeZone), localDate(startAt, venue.timeZone)) < 0;
}

/** `createdAt` is the message's clock, so reports and scripts with a fixed clock agree with the records. */
function insertBooking(tx: Tx, request: BookingRequest, resource: Resource, createdAt: Date) {
  return tx.booking.create({
    data: {
      customerId: request.customerId,
      kind: request.kind,
      resourceId: resource.id,
      startAt: request.startAt,
      endAt: request.endAt,
      partySize: request.partySize,
      preferencesApplied: request.preferences,
      createdById: request.createdById,
      createdAt,
    },
    include: { resource: true },
  });
}
