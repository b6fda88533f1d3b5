import type { BookingKind } from "../../generated/prisma/client.ts";
import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { matchesResource } from "./match-resource.ts";

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

const ACTIVE = ["confirmed", "arrived"] as const;

/**
 * Books the first fitting resource that is free for the whole period. Each candidate's row is locked
 * while it is counted, so two guests racing for the last room cannot both get it.
 */
export async function createBooking(options: { tx: Tx; audit: AuditRecorder; request: BookingRequest }) {
  const { tx, audit, request } = options;
  const candidates = await fittingResources(tx, request);
  if (candidates.length === 0) return { kind: "no_such_resource" as const };
  for (const resource of candidates) {
    if (!(await hasRoom(tx, resource, request.startAt, request.endAt))) continue;
    const booking = await tx.booking.create({
      data: {
        customerId: request.customerId,
        kind: request.kind,
        resourceId: resource.id,
        startAt: request.startAt,
        endAt: request.endAt,
        partySize: request.partySize,
        preferencesApplied: request.preferences,
        createdById: request.createdById,
      },
      include: { resource: true },
    });
    await audit.created("booking", booking);
    return { kind: "booked" as const, booking };
  }
  return { kind: "full" as const, tried: candidates.map((c) => c.name) };
}

/** Locks the resource row and counts the bookings that overlap the period. */
export async function hasRoom(tx: Tx, resource: { id: number; count: number }, startAt: Date, endAt: Date, ignoreBookingId?: number) {
  await tx.$queryRaw`SELECT id FROM "Resource" WHERE id = ${resource.id} FOR UPDATE`;
  const overlapping = await tx.booking.count({
    where: {
      resourceId: resource.id,
      status: { in: [...ACTIVE] },
      startAt: { lt: endAt },
      endAt: { gt: startAt },
      ...(ignoreBookingId ? { id: { not: ignoreBookingId } } : {}),
    },
  });
  return overlapping < resource.count;
}

async function fittingResources(tx: Tx, request: BookingRequest) {
  const all = await tx.resource.findMany({ where: { kind: request.kind }, orderBy: [{ capacity: "asc" }, { id: "asc" }] });
  if (request.kind === "table") return all.filter((r) => r.capacity >= request.partySize);
  if (request.roomType) return all.filter((r) => matchesResource(r, request.roomType!));
  return all.filter((r) => r.capacity >= Math.min(request.partySize, 3));
}
