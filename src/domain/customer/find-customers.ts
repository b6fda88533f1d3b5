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

// Typos in a name: first at pg_trgm's default, then a little looser, as a letter missing from a short
// name ("Kevn King": 0.58) falls below it; on names alone the index's candidates stay few.
const NAME_SIMILARITY = [0.6, 0.5];
const COMPANY_SIMILARITY = 0.6;
/** How many of the best-matching companies a company search takes the customers of. */
const COMPANIES = 3;
const MIN_PHONE_DIGITS = 4;

/**
 * Finds customers the way people remember them: by name with typos, pinyin or initials, company, or the
 * last digits of a phone. Only customers owned by `scope.ownerIds` (all for "all"), never deleted ones.
 * Indexed queries only (b-tree on the name, trigram on nameKey and searchKey); best match first.
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
  // searchKey holds each phone's digits as a word, so a LIKE anchored at a word's end (a space or the
  // key's end follows) narrows through the trigram index to phones ending that way: about one row in
  // 10,000 for four digits, where an unanchored one also matched them anywhere inside. The suffix test
  // then keeps only phones that end with what was typed.
  const d = param(digits);
  const sql = `
    SELECT c.id, c.name, co.name AS "companyName", c.phones, c."ownerId",
      (SELECT max(0.9 + 0.1 * length(${d}) / greatest(length(p.digits), 1))
         FROM (SELECT regexp_replace(phone, '\\D', '', 'g') AS digits FROM unnest(c.phones) phone) p
        WHERE right(p.digits, length(${d})) = ${d})::float8 AS score
    FROM "Customer" c LEFT JOIN "Company" co ON co.id = c."companyId"
    WHERE c."deletedAt" IS NULL ${scopeFilter}
      AND (c."searchKey" LIKE '%' || ${d} || ' %' OR c."searchKey" LIKE '%' || ${d})
      AND EXISTS (SELECT 1 FROM unnest(c.phones) phone
                   WHERE right(regexp_replace(phone, '\\D', '', 'g'), length(${d})) = ${d})
    ORDER BY score DESC, c.id
    LIMIT ${param(limit)}`;
  return round(await db.$queryRawUnsafe<CustomerMatch[]>(sql, ...params));
}

const round = (rows: CustomerMatch[]) => rows.map((row) => ({ ...row, score: Math.round(row.score * 1000) / 1000 }));

/** A LIKE pattern that matches `text` literally wherever the `%` around it allow. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * At most this many rows are ranked per stage. A word thousands of customers share (a common surname,
 * "smith") would otherwise have every one of them scored; such a query needs another word anyway, and
 * exact names are answered by an earlier stage.
 */
const CANDIDATES = 200;

/** One stage's condition, given its texts' and extra values' placeholders; with a similarity threshold. */
type Stage = { sql: (t: string[], x: string[]) => string; extra?: unknown[]; threshold?: number; scoredBy?: string };

/**
 * Names and words, cheapest and closest first, stopping at the first stage that finds someone:
 *   1. the exact name (b-tree);
 *   2. a whole word of the name ("zhangwei", "zw", "smith": one GIN entry of nameWords), then the start
 *      of one ("zhang", "mari") through the trigram index on nameKey, whose lists hold names only;
 *   3. the company, by name, contained text or a typo, searched in the (small) company table, then its
 *      customers through their companyId;
 *   4. text inside the whole search key: e-mail, WeChat id;
 *   5. similarity to the name, for typos.
 * Searching everything through one key at a million customers read trigram lists that every company
 * and phone number lengthened, and rechecked thousands of candidates per query (npm run bench).
 */
async function findByText(options: { db: PrismaClient; raw: string; query: string; scopeFilter: string; params: unknown[]; limit: number }) {
  const { db, raw, query, limit } = options;
  // A Chinese query is also matched by its pinyin, so a homophone (张玮 for 张伟) still finds the person,
  // a little below a match on the characters. The joined pinyin ("zhangwei"): the spaced one is as close
  // to every other 张 as to 张伟.
  const [, , joined] = withPinyin(query, { initials: false });
  const texts = [query, ...(joined ? [joined] : [])];
  // LIKE through a trigram index needs three characters; shorter text is left to the other stages.
  const containable = texts.filter((text) => text.length >= 3);

  const run = ({ sql, extra = [], threshold, scoredBy = `c."searchKey"` }: Stage) => {
    const params = [...options.params, ...texts, ...extra, limit];
    const at = options.params.length;
    const t = texts.map((_, i) => `$${at + i + 1}`);
    const x = extra.map((_, i) => `$${at + texts.length + i + 1}`);
    const weights = [0.95, 0.9];
    const select = db.$queryRawUnsafe<CustomerMatch[]>(`
      SELECT c.id, c.name, co.name AS "companyName", c.phones, c."ownerId",
        (CASE WHEN lower(c.name) = ${t[0]} THEN 1 ELSE greatest(${t.map((v, i) => `${weights[i]} * word_similarity(${v}, ${scoredBy})`).join(", ")}) END)::float8 AS score
      FROM (SELECT c.id, c.name, c.phones, c."ownerId", c."companyId", c."searchKey", c."nameKey" FROM "Customer" c
             WHERE c."deletedAt" IS NULL ${options.scopeFilter} AND (${sql(t, x)}) LIMIT ${CANDIDATES}) c
        LEFT JOIN "Company" co ON co.id = c."companyId"
      ORDER BY score DESC, similarity(${t[0]}, c."nameKey") DESC, c.id
      LIMIT $${params.length}`, ...params);
    if (!threshold) return select;
    // SET LOCAL keeps the threshold to this transaction, whatever pooled connection it runs on.
    return db.$transaction([db.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${threshold}`), select]).then(([, rows]) => rows);
  };
  const likeAny = (column: string, patterns: string[]): Stage | undefined =>
    patterns.length ? { sql: (_, x) => x.map((p) => `${column} LIKE ${p}`).join(" OR "), extra: patterns } : undefined;

  const stages: (Stage | undefined)[] = [
    { sql: (_, x) => `c.name = ${x[0]}`, extra: [raw] },
    { sql: (t) => `c."nameWords" && ARRAY[${t.join(", ")}]::text[]` },
    likeAny(`c."nameKey"`, texts.map((text) => `% ${literal(text)}%`)),
    {
      // The closest few companies ("Blue Ocean Trding" means Blue Ocean Trading before Blue Ocean Tech),
      // and an equal share of candidates from each, so the best company's customers are always ranked.
      sql: (t, x) => `c.id IN (SELECT own.id FROM (
          SELECT co.id FROM "Company" co
          WHERE co.name = ${x[0]} ${containable.map((_, i) => `OR co."searchKey" LIKE ${x[i + 1]}`).join(" ")}
            ${t.map((v) => `OR ${v} <% co."searchKey"`).join(" ")}
          ORDER BY greatest(${t.map((v) => `word_similarity(${v}, co."searchKey")`).join(", ")}) DESC LIMIT ${COMPANIES}) best
        CROSS JOIN LATERAL (SELECT c.id FROM "Customer" c WHERE c."companyId" = best.id AND c."deletedAt" IS NULL
          ${options.scopeFilter} LIMIT ${Math.floor(CANDIDATES / COMPANIES)}) own)`,
      extra: [raw, ...containable.map((text) => `%${literal(text)}%`)],
      threshold: COMPANY_SIMILARITY,
      // by the company's words alone: a customer's own name words would make noise in the ranking
      scoredBy: `co."searchKey"`,
    },
    likeAny(`c."searchKey"`, containable.map((text) => `%${literal(text)}%`)),
    ...NAME_SIMILARITY.map((threshold): Stage => ({ sql: (t) => t.map((v) => `${v} <% c."nameKey"`).join(" OR "), threshold })),
  ];
  for (const stage of stages) {
    if (!stage) continue;
    const rows = await run(stage);
    if (rows.length) return round(rows);
  }
  return [];
}
