import type { AuditRecorder, Tx } from "../audit/audit-recorder.ts";
import { buildSearchKey, customerKeys } from "./search-key.ts";
import { normalisePhone } from "./phone.ts";

export type NewLead = {
  name?: string;
  company?: string;
  phone?: string;
  email?: string;
  product?: string;
  quantity?: number;
  amount?: number;
};

/**
 * Records a lead: the company (found or created), the customer owned by `ownerId`, and a deal when the
 * message names a product, a quantity or an amount. A lead whose phone or email matches an existing
 * customer of the same owner is not duplicated: the existing profile gets the new deal.
 */
export async function createLead(options: {
  tx: Tx;
  audit: AuditRecorder;
  ownerId: number;
  lead: NewLead;
  source: string;
  /** the message's clock: reports count leads by it */
  at: Date;
}) {
  const { tx, audit, ownerId, lead, source, at } = options;
  const phone = lead.phone ? normalisePhone(lead.phone) : undefined;
  const company = lead.company ? await findOrCreateCompany(tx, audit, lead.company) : undefined;
  const existing = await findDuplicate(tx, ownerId, phone, lead.email);

  let customer;
  if (existing) {
    customer = existing;
  } else {
    const name = lead.name ?? lead.company ?? phone ?? lead.email ?? "?";
    customer = await tx.customer.create({
      data: {
        name,
        ...customerKeys({ name, company: company?.name, phones: phone ? [phone] : [], emails: lead.email ? [lead.email] : [] }),
        phones: phone ? [phone] : [],
        emails: lead.email ? [lead.email] : [],
        companyId: company?.id,
        ownerId,
        source,
        createdById: ownerId,
        updatedById: ownerId,
        createdAt: at,
      },
    });
    await audit.created("customer", customer);
  }

  let deal;
  if (lead.product || lead.quantity || lead.amount) {
    deal = await tx.deal.create({
      data: {
        customerId: customer.id,
        ownerId,
        product: lead.product,
        quantity: lead.quantity,
        amount: lead.amount,
        createdById: ownerId,
        createdAt: at,
      },
    });
    await audit.created("deal", deal);
    const change = await tx.dealStageChange.create({ data: { dealId: deal.id, toStage: "new", byStaffId: ownerId, changedAt: at } });
    await audit.created("dealStageChange", change);
  }
  return { customer, company, deal, duplicateOf: existing ? existing.id : undefined };
}

async function findOrCreateCompany(tx: Tx, audit: AuditRecorder, name: string) {
  const found = await tx.company.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (found) return found;
  const company = await tx.company.create({ data: { name, searchKey: buildSearchKey({ name }) } });
  await audit.created("company", company);
  return company;
}

async function findDuplicate(tx: Tx, ownerId: number, phone?: string, email?: string) {
  if (!phone && !email) return undefined;
  const or = [
    ...(phone ? [{ phones: { has: phone } }] : []),
    ...(email ? [{ emails: { has: email.toLowerCase() } }, { emails: { has: email } }] : []),
  ];
  return (await tx.customer.findFirst({ where: { ownerId, deletedAt: null, OR: or } })) ?? undefined;
}
