/**
 * The bench's knobs, read once from the environment. Defaults are the full run of the README's
 * Performance section; BENCH_QUICK=1 scales everything down for a run that takes a minute or two.
 */
import { z } from "zod";

const list = (fallback: string) => z.string().default(fallback).transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean));
const numbers = (fallback: string) => list(fallback).transform((xs) => xs.map(Number));

const EnvSchema = z.object({
  BENCH_QUICK: z.string().optional().transform((v) => v === "1" || v === "true"),
  BENCH_SECTIONS: list("parser,webhook,lookup,summary"),
  BENCH_DBS: list("pglite,postgres"),
  BENCH_POSTGRES_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  BENCH_OUT: z.string().default("bench/results/latest.json"),
  BENCH_PARSER_SECONDS: z.coerce.number().positive().optional(),
  BENCH_WEBHOOK_SECONDS: z.coerce.number().positive().optional(),
  BENCH_RATES: z.string().optional(),
  BENCH_DRAIN_SECONDS: z.coerce.number().nonnegative().optional(),
  BENCH_LOOKUP_SIZES: z.string().optional(),
  BENCH_PGLITE_LOOKUP_MAX: z.coerce.number().int().positive().optional(),
  BENCH_LOOKUP_QUERIES: z.coerce.number().int().positive().optional(),
  BENCH_CUSTOMERS: z.coerce.number().int().positive().optional(),
  BENCH_ACTIVITIES: z.coerce.number().int().positive().optional(),
  BENCH_SUMMARY_RUNS: z.coerce.number().int().positive().optional(),
});

export type BenchOptions = {
  quick: boolean;
  sections: string[];
  dbs: ("pglite" | "postgres")[];
  postgresUrl?: string;
  out: string;
  parserSeconds: number;
  webhookSeconds: number;
  rates: number[];
  drainSeconds: number;
  lookupSizes: number[];
  pgliteLookupMax: number;
  lookupQueries: number;
  customers: number;
  activities: number;
  summaryRuns: number;
};

export function readOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const e = EnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  const quick = e.BENCH_QUICK;
  const nums = (value: string | undefined, fallback: string) => numbers(fallback).parse(value);
  const dbs = e.BENCH_DBS.filter((d): d is "pglite" | "postgres" => d === "pglite" || d === "postgres");
  return {
    quick,
    sections: e.BENCH_SECTIONS,
    dbs,
    postgresUrl: e.BENCH_POSTGRES_URL,
    out: e.BENCH_OUT,
    parserSeconds: e.BENCH_PARSER_SECONDS ?? (quick ? 1 : 5),
    webhookSeconds: e.BENCH_WEBHOOK_SECONDS ?? (quick ? 3 : 10),
    rates: nums(e.BENCH_RATES, quick ? "20,50" : "50,200"),
    drainSeconds: e.BENCH_DRAIN_SECONDS ?? (quick ? 5 : 10),
    lookupSizes: nums(e.BENCH_LOOKUP_SIZES, quick ? "2000,10000" : "10000,100000,1000000"),
    pgliteLookupMax: e.BENCH_PGLITE_LOOKUP_MAX ?? (quick ? 10_000 : 100_000),
    lookupQueries: e.BENCH_LOOKUP_QUERIES ?? (quick ? 50 : 200),
    customers: e.BENCH_CUSTOMERS ?? (quick ? 2_000 : 100_000),
    activities: e.BENCH_ACTIVITIES ?? (quick ? 20_000 : 1_000_000),
    summaryRuns: e.BENCH_SUMMARY_RUNS ?? (quick ? 5 : 20),
  };
}
