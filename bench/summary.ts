import type { BenchOptions } from "./lib/options.ts";
import type { Report } from "./lib/report.ts";
import type { BenchPostgres } from "./lib/postgres.ts";
export async function benchSummary(_options: { bench: BenchOptions; report: Report; postgres?: BenchPostgres }): Promise<void> {}
