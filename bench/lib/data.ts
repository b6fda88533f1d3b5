/**
 * Realistic bulk data, loaded in a few INSERT … SELECT generate_series statements: Chinese and English
 * names, companies and mobile numbers, spread over a sales force. Search keys are computed in JS with
 * the app's own `withPinyin` once per distinct name and company, then combined in SQL per row.
 */
import type { PrismaClient } from "../../src/store/client.ts";
import { buildNameWords, fold, withPinyin } from "../../src/domain/customer/search-key.ts";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣悦雪琳晨阳佳怡梓涵子轩浩然一诺思雨博文雅婷建国志强春梅海燕立新晓东";
const FIRST = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Kevin", "Brian", "Emily", "Emma", "Olivia", "Sophia", "Grace", "Chloe", "Lucas", "Henry", "Jack", "Oliver", "Amelia"];
const LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips"];
const CO_HEAD = "蓝海华润金鼎东方长城恒通盛世万家鸿运新华天宇中信锦程瑞丰永安宏达嘉禾联创博远";
const CO_TAIL = ["科技", "贸易", "酒楼", "餐饮", "物流", "超市", "实业", "食品", "电子", "商贸"];
const CO_EN_HEAD = ["Blue Ocean", "Golden Gate", "Summit", "Evergreen", "Pioneer", "Harbor", "Silverline", "Redwood", "Northstar", "Brightway"];
const CO_EN_TAIL = ["Trading", "Foods", "Logistics", "Tech", "Hospitality", "Retail"];

/** A small deterministic PRNG: the same data and the same queries on every run and both databases. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const chars = (s: string) => [...s];
const pairs = (s: string) => Array.from({ length: s.length / 2 }, (_, i) => s.slice(2 * i, 2 * i + 2));

/** nameKeys: each name's words (buildNameWords) joined by spaces; companyKeys: each company's key words. */
export type Pools = { names: string[]; nameKeys: string[]; companies: string[]; companyKeys: string[] };

/** About 27,000 distinct names (Chinese three in four) and 300 companies, each with its search key words. */
export function buildPools(): Pools {
  const names: string[] = [];
  for (const surname of chars(SURNAMES)) {
    for (const g of chars(GIVEN)) names.push(surname + g);
    const given = chars(GIVEN);
    for (let k = 0; k < 180; k++) names.push(surname + given[(k * 7) % given.length]! + given[(k * 13 + 5) % given.length]!);
  }
  for (const first of FIRST) for (const last of LAST) names.push(`${first} ${last}`);
  const companies = [...new Set([
    ...pairs(CO_HEAD).flatMap((head) => CO_TAIL.map((tail) => head + tail)),
    ...CO_EN_HEAD.flatMap((head) => CO_EN_TAIL.map((tail) => `${head} ${tail}`)),
  ])];
  const key = (text: string, initials: boolean) => [...new Set(withPinyin(text, { initials }).map(fold))].join(" ");
  return { names, nameKeys: names.map((n) => buildNameWords(n).join(" ")), companies, companyKeys: companies.map((c) => key(c, false)) };
}

/** The mobile number of generated customer i (11 digits, 13x–18x), as stored and as SQL computes it. */
export const phoneOf = (i: number) => `1${3 + (i % 6)}${String((i * 104_729) % 1_000_000_000).padStart(9, "0")}`;
const PHONE_SQL = `'1' || (3 + i % 6)::text || lpad(((i::bigint * 104729) % 1000000000)::text, 9, '0')`;
/** Which pool name customer i has; the same formula in JS and SQL. */
export const nameIndexOf = (i: number, n: number) => Number((BigInt(i) * 7919n) % BigInt(n));

export type Staffing = { staffIds: number[]; teams: { managerId: number; repIds: number[] }[] };

/** `teams` teams of `perTeam` sales reps, each with a manager. */
export async function createStaff(db: PrismaClient, options: { teams: number; perTeam: number }): Promise<Staffing> {
  const teams: Staffing["teams"] = [];
  for (let t = 0; t < options.teams; t++) {
    const team = await db.team.create({ data: { name: `Bench team ${t}` } });
    const manager = await db.staff.create({ data: { name: `Bench manager ${t}`, role: "manager", teamId: team.id } });
    const repIds: number[] = [];
    for (let r = 0; r < options.perTeam; r++) {
      const rep = await db.staff.create({ data: { name: `Bench rep ${t}-${r}`, role: "sales", teamId: team.id, managerId: manager.id } });
      repIds.push(rep.id);
    }
    teams.push({ managerId: manager.id, repIds });
  }
  return { staffIds: teams.flatMap((t) => t.repIds), teams };
}

/** Inserts the companies of the pools; returns the first company's id (they are consecutive). */
export async function insertCompanies(db: PrismaClient, pools: Pools): Promise<number> {
  await db.$executeRawUnsafe(
    `INSERT INTO "Company" (name, "searchKey") SELECT n, k FROM unnest($1::text[], $2::text[]) AS t(n, k)`,
    pools.companies, pools.companyKeys,
  );
  const first = await db.company.findFirst({ orderBy: { id: "asc" }, select: { id: true } });
  return first!.id;
}

/**
 * Customers numbered `from`..`to` (inclusive), in batches of 100,000 rows per statement: name and
 * company from the pools, one mobile number, an owner among `ownerIds`, created over the last year.
 * The keys are what customerKeys makes of them: name words, company words, phone digits.
 */
export async function insertCustomers(db: PrismaClient, options: { pools: Pools; firstCompanyId: number; ownerIds: number[]; from: number; to: number }): Promise<void> {
  const { pools, firstCompanyId, ownerIds } = options;
  for (let start = options.from; start <= options.to; start += 100_000) {
    const end = Math.min(options.to, start + 99_999);
    // Joined to the pools rather than subscripting array parameters row by row (linear in the array).
    await db.$executeRawUnsafe(
      `WITH n AS (SELECT (ord - 1)::int AS k, name, key FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, key, ord)),
            co AS (SELECT id, "searchKey" AS key FROM "Company")
       INSERT INTO "Customer" (name, "searchKey", "nameWords", "nameKey", phones, emails, tags, preferences, "companyId", "ownerId", "createdAt", "updatedAt")
       SELECT n.name, n.key || ' ' || co.key || ' ' || ph.p, string_to_array(n.key, ' '), ' ' || n.key || ' ', ARRAY[ph.p], '{}', '{}', '{}', co.id, ($5::int[])[1 + i % $6],
         now() - ((i % 525600) * interval '1 minute'), now()
       FROM generate_series($7::int, $8::int) AS i
         CROSS JOIN LATERAL (SELECT ${PHONE_SQL} AS p) ph
         JOIN n ON n.k = (i::bigint * 7919) % $3
         JOIN co ON co.id = $4::int + (i * 31) % ${pools.companies.length}`,
      pools.names, pools.nameKeys, pools.names.length, firstCompanyId, ownerIds, ownerIds.length, start, end,
    );
  }
}

/**
 * `count` activities over the last year on customers 1..`customers`, each logged by the customer's
 * owner, plus what a summary also counts: about one deal per three customers (a third closed won or
 * lost in the year) and one task per two customers (due within two months either side of now).
 */
export async function insertActivity(db: PrismaClient, options: { customers: number; activities: number }): Promise<void> {
  const { customers, activities } = options;
  const { _min } = await db.customer.aggregate({ _min: { id: true } });
  const first = _min.id ?? 1;
  for (let start = 1; start <= activities; start += 200_000) {
    const end = Math.min(activities, start + 199_999);
    await db.$executeRawUnsafe(
      `INSERT INTO "Activity" ("customerId", "staffId", channel, summary, "occurredAt")
       SELECT c.id, c."ownerId", (ARRAY['call','visit','message','meeting','email','note']::"ActivityChannel"[])[1 + i % 6],
         'followed up, wants a quote', now() - ((i::bigint * 7901) % 31536000) * interval '1 second'
       FROM generate_series($1::int, $2::int) AS i JOIN "Customer" c ON c.id = $3::int + (i::bigint * 48271) % $4`,
      start, end, first, customers,
    );
  }
  await db.$executeRawUnsafe(
    `INSERT INTO "Deal" ("customerId", "ownerId", product, amount, stage, "closedAt", "updatedAt")
     SELECT c.id, c."ownerId", '矿泉水', 1000 + (c.id * 37) % 90000,
       (ARRAY['new','qualified','proposal','negotiation','won','lost']::"DealStage"[])[1 + c.id % 6],
       CASE WHEN c.id % 6 >= 4 THEN now() - ((c.id * 7907) % 31536000) * interval '1 second' END, now()
     FROM "Customer" c WHERE c.id % 3 = 0`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Task" (title, "customerId", "ownerId", "dueAt", status)
     SELECT 'call back', c.id, c."ownerId", now() + (((c.id * 7919) % 10368000) - 5184000) * interval '1 second',
       (ARRAY['open','done','done','cancelled']::"TaskStatus"[])[1 + c.id % 4]
     FROM "Customer" c WHERE c.id % 2 = 0`,
  );
  await db.$executeRawUnsafe(`ANALYZE`);
}
