/**
 * Lookup: fuzzy `findCustomers` by Chinese name, pinyin, an English name with a typo and the last four
 * digits of a phone, p50/p99, as the customer table grows through the configured sizes. Baseline: the
 * same table looked up by primary key through the same client. The trigram index is dropped while a
 * size is bulk-loaded and built again after, as one would for an import; its definition is the
 * migration's.
 */
import { findCustomers } from "../src/domain/customer/find-customers.ts";
import { openDatabase, type Database } from "../src/store/client.ts";
import { buildPools, createStaff, insertCompanies, insertCustomers, nameIndexOf, phoneOf, rng, type Pools } from "./lib/data.ts";
import { distribution, timed } from "./lib/stats.ts";
import type { BenchOptions } from "./lib/options.ts";
import type { BenchPostgres } from "./lib/postgres.ts";
import type { Report } from "./lib/report.ts";

/** The search indexes as the migrations create them: dropped for a bulk load and built again after it. */
const SEARCH_INDEXES = {
  Customer_searchKey_idx: `USING GIN ("searchKey" gin_trgm_ops)`,
  Customer_nameWords_idx: `USING GIN ("nameWords")`,
  Customer_nameKey_idx: `USING GIN ("nameKey" gin_trgm_ops)`,
  Customer_companyId_idx: `("companyId")`,
};

type Kind = "name" | "pinyin" | "english typo" | "phone last 4";
const KINDS: Kind[] = ["name", "pinyin", "english typo", "phone last 4"];

/** `count` queries spread over the kinds, each about a customer that exists among the first `size`. */
function makeQueries(pools: Pools, size: number, count: number): { kind: Kind; text: string }[] {
  const random = rng(size);
  const chinese = (i: number) => /\p{Script=Han}/u.test(pools.names[nameIndexOf(i, pools.names.length)]!);
  const out: { kind: Kind; text: string }[] = [];
  for (let q = 0; out.length < count; q++) {
    const kind = KINDS[q % KINDS.length]!;
    // A customer of the wanted script: Chinese for name and pinyin, English for the typo.
    let i = 1 + Math.floor(random() * size);
    for (let tries = 0; tries < 50 && kind !== "phone last 4" && chinese(i) !== (kind !== "english typo"); tries++) i = 1 + Math.floor(random() * size);
    const index = nameIndexOf(i, pools.names.length);
    const name = pools.names[index]!;
    if (kind === "name") out.push({ kind, text: name });
    // The whole name in pinyin, as people type it to find 张伟 ("zhangwei"): the longest Latin word of the
    // key. (A lone surname syllable like "zhang" asks for every 张 — a list, not a lookup.)
    else if (kind === "pinyin") out.push({ kind, text: pools.nameKeys[index]!.split(" ").filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length)[0] ?? name });
    else if (kind === "english typo") {
      const at = 1 + Math.floor(random() * (name.length - 2));
      out.push({ kind, text: name.slice(0, at) + name.slice(at + 1) });
    } else out.push({ kind, text: phoneOf(i).slice(-4) });
  }
  return out;
}

async function openFresh(db: "pglite" | "postgres", postgres?: BenchPostgres): Promise<{ database: Database; close(): Promise<void> }> {
  if (db === "pglite") {
    const database = await openDatabase({ db: "memory://" });
    return { database, close: () => database.close() };
  }
  const url = postgres!.urlFor("bench_lookup");
  const database = await openDatabase({ db: url });
  return { database, close: async () => { await database.close(); await postgres!.drop(url); } };
}

export async function benchLookup(options: { bench: BenchOptions; report: Report; postgres?: BenchPostgres }): Promise<void> {
  const { bench, report, postgres } = options;
  const pools = buildPools();
  for (const db of bench.dbs) {
    if (db === "postgres" && !postgres) continue;
    const sizes = bench.lookupSizes.filter((size) => db === "postgres" || size <= bench.pgliteLookupMax);
    const skipped = bench.lookupSizes.filter((size) => !sizes.includes(size));
    if (skipped.length) report.note(`lookup on ${db}: ${skipped.join(", ")} customers not run (BENCH_PGLITE_LOOKUP_MAX=${bench.pgliteLookupMax})`);
    const { database, close } = await openFresh(db, postgres);
    const prisma = database.prisma;
    try {
      const staff = await createStaff(prisma, { teams: 5, perTeam: 10 });
      const firstCompanyId = await insertCompanies(prisma, pools);
      let loaded = 0;
      for (const size of sizes) {
        const load = await timed(async () => {
          for (const name of Object.keys(SEARCH_INDEXES)) await prisma.$executeRawUnsafe(`DROP INDEX IF EXISTS "${name}"`);
          await insertCustomers(prisma, { pools, firstCompanyId, ownerIds: staff.staffIds, from: loaded + 1, to: size });
          for (const [name, using] of Object.entries(SEARCH_INDEXES)) await prisma.$executeRawUnsafe(`CREATE INDEX "${name}" ON "Customer" ${using}`);
          await prisma.$executeRawUnsafe(`ANALYZE "Customer"`);
        });
        loaded = size;
        console.log(`  (${db}: ${size} customers loaded and indexed in ${Math.round(load.ms / 1000)} s)`);

        const queries = makeQueries(pools, size, bench.lookupQueries);
        const scope = { ownerIds: "all" as const };
        for (const q of queries.slice(0, KINDS.length * 2)) await findCustomers({ db: prisma, query: q.text, scope });
        const byKind = new Map<Kind, number[]>();
        const all: number[] = [];
        let found = 0;
        let failed = 0;
        for (const q of queries) {
          // A query past Prisma's 5 s transaction timeout throws (P2028): timed all the same, and counted.
          const { value, ms } = await timed(() => findCustomers({ db: prisma, query: q.text, scope }).catch(() => undefined));
          if (value === undefined) failed++;
          else if (value.length) found++;
          all.push(ms);
          byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
        }
        const ids = Array.from({ length: bench.lookupQueries }, (_, k) => 1 + ((k * 2_654_435_761) % size));
        for (const id of ids.slice(0, 10)) await prisma.customer.findUnique({ where: { id } });
        const exact: number[] = [];
        for (const id of ids) exact.push((await timed(() => prisma.customer.findUnique({ where: { id }, select: { id: true, name: true, phones: true } }))).ms);

        const fuzzy = distribution(all);
        const base = distribution(exact);
        const kinds = KINDS.map((k) => `${k} ${distribution(byKind.get(k) ?? []).p99} ms`).join(", ");
        const label = `fuzzy findCustomers @${size.toLocaleString("en")}`;
        report.add({ section: "lookup", db, name: `${label} p50`, value: fuzzy.p50 ?? null, unit: "ms", baseline: { name: "by id", value: base.p50 ?? null } });
        report.add({
          section: "lookup", db, name: `${label} p99`, value: fuzzy.p99 ?? null, unit: "ms", baseline: { name: "by id", value: base.p99 ?? null },
          target: db === "postgres" && size >= 1_000_000 ? { op: "<", value: 20 } : undefined,
          note: `${queries.length} queries, ${found} found something${failed ? `, ${failed} FAILED (transaction timeout)` : ""}; p99 by kind: ${kinds}`,
        });
      }
    } finally {
      await close();
    }
  }
}
