import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { buildSearchKey, customerKeys } from "./search-key.ts";
import { normalisePhone } from "./phone.ts";

export type CustomerChanges = {
  phone?: string;
  email?: string;
  company?: string;
  birthday?: string;
  preferences?: string[];
};

/** Adds phones, emails and preferences to a profile (keeping the old ones) and sets company and birthday. */
export async function updateCustomer(options: { tx: Tx; audit: AuditRecorder; customerId: number; changes: CustomerChanges; byStaffId?: number }) {
  const { tx, audit, customerId, changes } = options;
  const before = await tx.customer.findUniqueOrThrow({ where: { id: customerId }, include: { company: true } });
  const phones = changes.phone ? union(before.phones, [normalisePhone(changes.phone)]) : before.phones;
  const emails = changes.email ? union(before.emails, [changes.email]) : before.emails;
  const preferences = changes.preferences ? union(before.preferences, changes.preferences) : before.preferences;
  let companyId = before.companyId;
  let companyName = before.company?.name;
  if (changes.company) {
    const company =
      (await tx.company.findFirst({ where: { name: { equals: changes.company, mode: "insensitive" } } })) ??
      (await tx.company.create({ data: { name: changes.company, searchKey: buildSearchKey({ name: changes.company }) } }));
    companyId = company.id;
    companyName = company.name;
  }
  const { company: _company, ...beforeRow } = before;
  const after = await tx.customer.update({
    where: { id: customerId },
    data: {
      phones,
      emails,
      preferences,
      companyId,
      birthday: changes.birthday ?? before.birthday,
      ...customerKeys({ name: before.name, company: companyName, phones, emails }),
      updatedById: options.byStaffId ?? before.updatedById,
    },
  });
  await audit.updated("customer", beforeRow, after);
  return after;
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a.map((x) => x.toLowerCase()));
  return [...a, ...b.filter((x) => !seen.has(x.toLowerCase()))];
}
