/** Rows the guest-memory tests need: a guest with a chat, staff with chats, bookings in any state. */
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import type { StaffRole } from "../../../src/generated/prisma/enums.ts";
import { createAuditRecorder } from "../../../src/domain/audit/audit-recorder.ts";
import type { WriteTools } from "../../../src/runtime/context.ts";

let seq = 0;
const next = () => `${Date.now().toString(36)}${++seq}`;

export async function makeGuest(db: PrismaClient, name = `客人${next()}`): Promise<{ id: number; name: string; userId: string }> {
  const userId = `guest-${next()}`;
  const customer = await db.customer.create({ data: { name, searchKey: name, isGuest: true } });
  await db.identity.create({ data: { platform: "console", platformUserId: userId, chatId: userId, customerId: customer.id } });
  return { id: customer.id, name, userId };
}

export async function makeStaff(db: PrismaClient, role: StaffRole, withChat = true): Promise<{ id: number; userId: string }> {
  const userId = `staff-${next()}`;
  const staff = await db.staff.create({ data: { name: userId, role } });
  if (withChat) await db.identity.create({ data: { platform: "console", platformUserId: userId, chatId: userId, staffId: staff.id } });
  return { id: staff.id, userId };
}

export async function makeBooking(
  db: PrismaClient,
  options: { customerId: number; kind?: "room" | "table"; startAt: Date; nights?: number; status?: "confirmed" | "completed" | "cancelled"; spend?: number },
) {
  const kind = options.kind ?? "room";
  const resource = await db.resource.findFirstOrThrow({ where: { kind }, orderBy: { id: "asc" } });
  const endAt = new Date(options.startAt.getTime() + (kind === "room" ? (options.nights ?? 1) * 86_400_000 : 2 * 3_600_000));
  return db.booking.create({
    data: { customerId: options.customerId, kind, resourceId: resource.id, startAt: options.startAt, endAt, status: options.status ?? "confirmed", spend: options.spend },
  });
}

/** Runs `work` in a transaction with an audit recorder, as `ctx.write` does. */
export function write<T>(db: PrismaClient, work: (tools: WriteTools) => Promise<T>): Promise<T> {
  return db.$transaction((tx) => work({ tx, audit: createAuditRecorder({ tx, actor: {}, batchId: next() }) }));
}

/** The texts queued for one console user, oldest first. */
export async function pushedTo(db: PrismaClient, userId: string): Promise<string[]> {
  const rows = await db.outboundMessage.findMany({ where: { userId }, orderBy: { id: "asc" } });
  return rows.map((r) => (r.reply as { text: string }).text);
}
