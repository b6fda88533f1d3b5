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

// Typos are tried strictly first (one wrong letter in a name still shares about 80% of its trigrams, and
// a strict threshold keeps the index's candidates few), then at pg_trgm's default, which still finds
// "zhang wie" and "Jon Smith" but sends many more candidates to the recheck at a million customers.
const WORD_SIMILARITY_THRESHOLDS = [0.8, 0.6];
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

  if (!/^[+\d\s().-]+$/.test(query)) return findByText({ db, raw: options.query.trim(), query, scopeFilter, params, limit });

  const digits = query.replace(/\D/g, "");
  if (digits.length < MIN_PHONE_DIGITS) return [];
  // searchKey holds the phone digits, so the LIKE narrows through the trigram index; the suffix test
  // then keeps only phones that end with what was typed.
  const d = param(digits);
  const sql = `
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
  return round(await db.$queryRawUnsafe<CustomerMatch[]>(sql, ...params));
}

const COLUMNS = `c.id, c.name, co.name AS "companyName", c.phones, c."ownerId"`;
const FROM = `FROM "Customer" c LEFT JOIN "Company" co ON co.id = c."companyId"`;
const round = (rows: CustomerMatch[]) => rows.map((row) => ({ ...row, score: Math.round(row.score * 1000) / 1000 }));

/**
 * Names and words, cheapest first, stopping at the first stage that finds someone: the exact name (a
 * b-tree lookup); then the text inside the search key (LIKE through the trigram index, which needs every
 * trigram of the query, so few candidates); only then similarity, for typos. Similarity alone at a
 * million customers rechecked thousands of candidates per query (npm run bench).
 */
async function findByText(options: { db: PrismaClient; raw: string; query: string; scopeFilter: string; params: unknown[]; limit: number }) {
  const { db, raw, query, scopeFilter, limit } = options;
  // A Chinese query is also matched by its pinyin, so a homophone (张玮 for 张伟) still finds the person,
  // a little below a match on the characters. The joined pinyin ("zhangwei"): the spaced one is as close
  // to every other 张 as to 张伟.
  const [, , joined] = withPinyin(query, { initials: false });
  const texts = [query, ...(joined ? [joined] : [])];

  /** One stage's query: its own parameters after the scope's, each text's best similarity as the score. */
  const stage = (where: (text: string[]) => string, extra: unknown[] = []) => {
    const params = [...options.params, ...texts, ...extra, limit];
    const at = options.params.length;
    const t = texts.map((_, i) => `$${at + i + 1}`);
    const x = extra.map((_, i) => `$${at + texts.length + i + 1}`);
    const weights = [0.95, 0.9];
    const sql = `
      SELECT ${COLUMNS},
        (CASE WHEN lower(c.name) = ${t[0]} THEN 1 ELSE greatest(${t.map((v, i) => `${weights[i]} * word_similarity(${v}, c."searchKey")`).join(", ")}) END)::float8 AS score
      ${FROM}
      WHERE c."deletedAt" IS NULL ${scopeFilter} AND (${where([...t, ...x])})
      ORDER BY score DESC, similarity(${t[0]}, lower(c.name)) DESC, c.id
      LIMIT $${params.length}`;
    return db.$queryRawUnsafe<CustomerMatch[]>(sql, ...params);
  };

  const exact = await stage((p) => `c.name = ${p[texts.length]}`, [raw]);
  if (exact.length) return round(exact);

  // LIKE through a trigram index needs three characters; shorter text goes straight to similarity.
  const containable = texts.map((text, i) => ({ text, i })).filter(({ text }) => text.length >= 3);
  if (containable.length) {
    const escape = (v: string) => `replace(replace(replace(${v}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
    const contained = await stage((p) => containable.map(({ i }) => `c."searchKey" LIKE '%' || ${escape(p[i]!)} || '%'`).join(" OR "));
    if (contained.length) return round(contained);
  }

  for (const threshold of WORD_SIMILARITY_THRESHOLDS) {
    // SET LOCAL keeps the threshold to this transaction, whatever pooled connection it runs on.
    const [, rows] = await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${threshold}`),
      stage((p) => texts.map((_, i) => `${p[i]} <% c."searchKey"`).join(" OR ")),
    ]);
    if (rows.length) return round(rows);
  }
  return [];
}
