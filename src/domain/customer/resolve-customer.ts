import type { PrismaClient } from "../../generated/prisma/client.ts";
import { ownerScopeFilter, type StaffScope } from "../staff/scope-for-staff.ts";
import { findCustomers } from "./find-customers.ts";

// Words that point back at the customer last talked about in this chat.
const BACK_REFERENCE = /^(他|她|它|ta|他们|她们|这个客户|那个客户|该客户|这位|那位|客户|him|her|them|they|this customer|that customer|the customer|the deal|this deal|that deal|it)$/i;

export type ResolvedCustomer =
  | { kind: "found"; customerId: number; name: string }
  | { kind: "ambiguous"; candidates: { id: number; name: string; companyName: string | null }[] }
  | { kind: "none" };

/**
 * Finds which customer a message means: a back-reference ("他", "the deal") or nothing at all means the
 * last one discussed; else a fuzzy search within the actor's scope. Several close matches are ambiguous.
 */
export async function resolveCustomer(options: {
  db: PrismaClient;
  scope: StaffScope;
  query?: string;
  lastCustomerId?: number;
}): Promise<ResolvedCustomer> {
  const { db, scope, lastCustomerId } = options;
  const query = options.query?.trim();
  if (!query || BACK_REFERENCE.test(query)) {
    if (!lastCustomerId) return { kind: "none" };
    const last = await db.customer.findFirst({
      where: { id: lastCustomerId, deletedAt: null, ...ownerScopeFilter(scope) },
    });
    return last ? { kind: "found", customerId: last.id, name: last.name } : { kind: "none" };
  }
  const matches = await findCustomers({ db, query, scope, limit: 5 });
  const [best, second] = matches;
  if (!best) return { kind: "none" };
  const clearWinner = !second || best.score >= 0.99 || best.score - second.score >= 0.15;
  if (clearWinner) return { kind: "found", customerId: best.id, name: best.name };
  return { kind: "ambiguous", candidates: matches.map((m) => ({ id: m.id, name: m.name, companyName: m.companyName })) };
}
