import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { StaffRole } from "../../generated/prisma/enums.ts";

/** Who hears about complaints when the venue names no staff chat: the front desk and managers. */
export const ALERT_ROLES: StaffRole[] = ["frontdesk", "manager"];

/** Staff with one of `roles` (still employed), falling back to admins so an alert never goes nowhere. */
export async function staffWithRoles(options: { db: PrismaClient; roles: StaffRole[] }): Promise<{ id: number; name: string; locale: string }[]> {
  const { db, roles } = options;
  const select = { id: true, name: true, locale: true } as const;
  const staff = await db.staff.findMany({ where: { role: { in: roles }, deletedAt: null }, select, orderBy: { id: "asc" } });
  if (staff.length) return staff;
  return db.staff.findMany({ where: { role: "admin", deletedAt: null }, select, orderBy: { id: "asc" } });
}
