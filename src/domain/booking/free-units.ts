import type { Tx } from "../audit/audit-recorder.ts";

/** Statuses that hold a room or table. */
export const HOLDING_STATUSES = ["confirmed", "arrived"] as const;

/** How many of a resource are still free over a period (overlap: starts before it ends, ends after it starts). */
export async function freeUnits(options: { tx: Tx; resource: { id: number; count: number }; startAt: Date; endAt: Date; ignoreBookingId?: number }): Promise<number> {
  const { tx, resource, startAt, endAt, ignoreBookingId } = options;
  const overlapping = await tx.booking.count({
    where: {
      resourceId: resource.id,
      status: { in: [...HOLDING_STATUSES] },
      startAt: { lt: endAt },
      endAt: { gt: startAt },
      ...(ignoreBookingId ? { id: { not: ignoreBookingId } } : {}),
    },
  });
  return resource.count - overlapping;
}

/**
 * Locks the resource row, then counts. Every booking of a resource takes this lock first inside its
 * transaction, so the count it sees cannot change before it commits: two guests racing for the last
 * room are served one after the other, and the second sees the first's booking.
 */
export async function hasRoom(options: { tx: Tx; resource: { id: number; count: number }; startAt: Date; endAt: Date; ignoreBookingId?: number }): Promise<boolean> {
  await options.tx.$queryRaw`SELECT id FROM "Resource" WHERE id = ${options.resource.id} FOR UPDATE`;
  return (await freeUnits(options)) > 0;
}
