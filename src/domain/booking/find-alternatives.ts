import type { BookingKind, Resource } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";
import type { Venue } from "../venue/venue-schema.ts";
import { localDate } from "../time/zoned.ts";
import { slotTimesOn } from "../venue/opening-hours.ts";
import { freeUnits } from "./free-units.ts";
import { shiftStay, tablePeriod } from "./stay-period.ts";

/** Something bookable near what was asked for; offered when the request is full. */
export type Alternative = { kind: BookingKind; resourceName: string; resourceAliases: string[]; startAt: Date; endAt: Date; partySize: number };

const NEXT_DATES_LOOKAHEAD = 14;

/**
 * The nearest bookable alternatives, without locking (they are suggestions; booking one goes through
 * `createBooking` again). Tables: other slot times the same day, nearest first. Rooms: other room types
 * that fit for the same nights, then the next dates the wanted type (or any fitting type) is free.
 */
export async function findAlternatives(options: {
  tx: Tx;
  venue: Venue;
  now: Date;
  request: { kind: BookingKind; startAt: Date; endAt: Date; partySize: number };
  /** the resources the guest asked for (a room type), tried first for other dates */
  wanted: Resource[];
  limit?: number;
}): Promise<Alternative[]> {
  const { tx, venue, now, request, wanted } = options;
  const limit = options.limit ?? 3;
  const fitting = (await tx.resource.findMany({ where: { kind: request.kind, count: { gt: 0 } }, orderBy: [{ capacity: "asc" }, { id: "asc" }] }))
    .filter((r) => r.capacity >= request.partySize);
  const firstFree = async (candidates: Resource[], startAt: Date, endAt: Date) => {
    for (const resource of candidates) {
      if ((await freeUnits({ tx, resource, startAt, endAt })) > 0) return resource;
    }
    return undefined;
  };
  const found: Alternative[] = [];
  const offer = (resource: Resource, startAt: Date, endAt: Date) =>
    found.push({ kind: request.kind, resourceName: resource.name, resourceAliases: resource.aliases, startAt, endAt, partySize: request.partySize });

  if (request.kind === "table") {
    const times = slotTimesOn(venue, localDate(request.startAt, venue.timeZone))
      .filter((t) => t.getTime() !== request.startAt.getTime() && t.getTime() >= now.getTime())
      .sort((a, b) => Math.abs(a.getTime() - request.startAt.getTime()) - Math.abs(b.getTime() - request.startAt.getTime()));
    for (const time of times) {
      if (found.length >= limit) break;
      const period = tablePeriod(venue, time);
      const resource = await firstFree(fitting, period.startAt, period.endAt);
      if (resource) offer(resource, period.startAt, period.endAt);
    }
    return found.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  }

  const wantedIds = new Set(wanted.map((r) => r.id));
  for (const resource of fitting.filter((r) => !wantedIds.has(r.id))) {
    if (found.length >= limit - 1) break;
    if ((await freeUnits({ tx, resource, startAt: request.startAt, endAt: request.endAt })) > 0) offer(resource, request.startAt, request.endAt);
  }
  const preferred = wanted.filter((r) => r.capacity >= request.partySize && r.count > 0);
  const sameKind = preferred.length ? preferred : fitting;
  for (let days = 1; days <= NEXT_DATES_LOOKAHEAD && found.length < limit; days++) {
    const period = shiftStay(venue, request.startAt, request.endAt, days);
    const resource = await firstFree(sameKind, period.startAt, period.endAt);
    if (resource) offer(resource, period.startAt, period.endAt);
    // One later date is enough next to other room types; alone, offer a couple.
    if (resource && found.length >= 2) break;
  }
  return found;
}
