/**
 * The PostgreSQL the bench measures: BENCH_POSTGRES_URL when set, otherwise a throwaway server started
 * the same way as the tests' (test/support/embedded-postgres.ts), stopped at the end. Each part of the
 * bench gets its own fresh database on it.
 */
import { randomBytes } from "node:crypto";
import { dropDatabase, startEmbeddedPostgres } from "../../test/support/embedded-postgres.ts";

export type BenchPostgres = {
  /** a URL for a new database of that name on the server (openDatabase creates it) */
  urlFor(name: string): string;
  drop(url: string): Promise<void>;
  stop(): Promise<void>;
};

export async function startBenchPostgres(external?: string): Promise<BenchPostgres> {
  if (external) return onServer(external, async () => {});
  // Durability off as in the tests (the bench measures chatcrm's queries, not this disk's fsync), and
  // room for bulk loads.
  const server = await startEmbeddedPostgres({
    label: "bench",
    flags: ["-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "maintenance_work_mem=512MB", "-c", "max_wal_size=4GB"],
  });
  return onServer(server.baseUrl, server.destroy);
}

function onServer(base: string, stop: () => Promise<void>): BenchPostgres {
  return {
    urlFor(name) {
      const url = new URL(base);
      url.pathname = `/${name}_${randomBytes(3).toString("hex")}`;
      return url.toString();
    },
    drop: dropDatabase,
    stop,
  };
}
