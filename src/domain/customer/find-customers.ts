import type { PrismaClient } from "../../store/client.ts";
import { fold, withPinyin } from "./search-key.ts";

export type CustomerMatch = {
  id: number;
  name: string;
  companyName: string | null;
  phones: string[];
  ownerId: number | null;
  /** 1 for an exact name or full phone; below 1 the closer the better */
  score: number;
};

// pg_trgm's default: one typo in a name ("zhang wie", "Jon Smith") still matches, and near-misses that only
// share a surname ("zhang li" for "zhangwei") do not reach the recheck (0.5 made them thousands at 1M).
const WORD_SIMILARITY_THRESHOLD = 0.6;
const MIN_PHONE_DIGITS = 4;

/**
 * Finds customers the way people remember them: by name with typos, pinyin or initials, company, or the
 * last digits of a phone. Only customers owned by `scope.ownerIds` (all for "all"), never deleted ones.
 * One indexed query on the trigram index over `Customer.searchKey`; best match first.
 */
export async function findCustomers(options: {
  db: PrismaClient;
  query: string;
  scope: { ownerIds: number[] | "all" };
  limit?: number;
}): Promise<CustomerMatch[]> {
  const { db, scope } = options;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 5), 1), 50);
  const query = fold(options.query);
  if (!query || (scope.ownerIds !== "all" && scope.ownerIds.length === 0)) return [];

  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const scopeFilter = scope.ownerIds === "all" ? "" : `AND c."ownerId" = ANY(${param(scope.ownerIds)}::int[])`;

  let sql: string;
  if (/^[+\d\s().-]+$/.test(query)) {
    const digits = query.replace(/\D/g, "");
    if (digits.length < MIN_PHONE_DIGITS) return [];
    // searchKey holds the phone digits, so the LIKE narrows through the trigram index; the suffix test
    // then keeps only phones that end with what was typed.
    const d = param(digits);
    sql = `
      SELECT c.id, c.name, co.name AS "companyName", c.phones, c."ownerId",
        (SELECT max(0.9 + 0.1 * length(${d}) / greatest(length(p.digits), 1))
           FROM (SELECT regexp_replace(phone, '\\D', '', 'g') AS digits FROM unnest(c.phones) phone) p
          WHERE right(p.digits, length(${d})) = ${d})::float8 AS score
      FROM "Customer" c LEFT JOIN "Company" co ON co.id = c."companyId"
      WHERE c."deletedAt" IS NULL ${scopeFilter}
        AND c."searchKey" LIKE '%' || ${d} || '%'
        AND EXISTS (SELECT 1 FROM unnest(c.phones) phone
                     WHERE right(regexp_replace(phone, '\\D', '', 'g'), length(${d})) = ${d})
      ORDER BY score DESC, c.id
      LIMIT ${param(limit)}`;
  } else {
    // A Chinese query is also matched by its pinyin, so a homophone typo (张玮 for 张伟) still finds the
    // person, a little below a match on the characters themselves. The joined pinyin ("zhangwei"), not
    // the spaced one: "zhang wei" is as close to every other 张 as to 张伟, which at a million customers
    // sends thousands of index candidates to the recheck (measured by npm run bench).
    const [, , joined] = withPinyin(query, { initials: false });
    const q = param(query);
    const variants = [{ text: q, weight: 0.95 }, ...(joined ? [{ text: param(joined), weight: 0.9 }] : [])];
    const similarity = variants.map((v) => `${v.weight} * word_similarity(${v.text}, c."searchKey")`);
    sql = `
      SELECT c.id, c.name, co.name AS "companyName", c.phones, c."ownerId",
        (CASE WHEN lower(c.name) = ${q} THEN 1 ELSE greatest(${similarity.join(", ")}) END)::float8 AS score
      FROM "Customer" c LEFT JOIN "Company" co ON co.id = c."companyId"
      WHERE c."deletedAt" IS NULL ${scopeFilter}
        AND (${variants.map((v) => `${v.text} <% c."searchKey"`).join(" OR ")})
      ORDER BY score DESC, similarity(${q}, lower(c.name)) DESC, c.id
      LIMIT ${param(limit)}`;
  }

  // SET LOCAL keeps the threshold to this transaction, whatever pooled connection it runs on.
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY_THRESHOLD}`),
    db.$queryRawUnsafe<CustomerMatch[]>(sql, ...params),
  ]);
  return rows.map((row) => ({ ...row, score: Math.round(row.score * 1000) / 1000 }));
}
