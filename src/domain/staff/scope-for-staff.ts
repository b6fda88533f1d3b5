import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Tx } from "../audit/audit-recorder.ts";

export type StaffScope = { ownerIds: number[] | "all" };

/**
 * Whose customers a staff member may see and edit: an admin all; a manager their own, their team's and
 * their direct reports'; a sales rep (and front desk) only their own.
 */
export async function scopeForStaff(options: { db: PrismaClient | Tx; staff: { id: number; role: string; teamId: number | null } }): Promise<StaffScope> {
  const { db, staff } = options;
  if (staff.role === "admin") return { ownerIds: "all" };
  if (staff.role !== "manager") return { ownerIds: [staff.id] };
  const team = await db.staff.findMany({
    where: { deletedAt: null, OR: [{ managerId: staff.id }, ...(staff.teamId ? [{ teamId: staff.teamId }] : [])] },
    select: { id: true },
  });
  return { ownerIds: [...new Set([staff.id, ...team.map((member) => member.id)])] };
}

/** Prisma filter for records with an owner (customers, tasks) within a scope. */
export function ownerScopeFilter(scope: StaffScope): { ownerId?: { in: number[] } } {
  return scope.ownerIds === "all" ? {} : { ownerId: { in: scope.ownerIds } };
}
