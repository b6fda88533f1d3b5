/**
 * A PostgreSQL of a test's own, for tests that stop and start the server: the run's shared server must
 * stay up for every other test file. Its data survives `stop()`, so `start()` brings the same cluster
 * back on the same port.
 */
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres.ts";

export type OwnPostgres = Pick<EmbeddedServer, "start" | "stop" | "destroy"> & { url(database: string): string };

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const server = await startEmbeddedPostgres({ label: "own", persistent: true });
  return { url: server.urlFor, start: server.start, stop: server.stop, destroy: server.destroy };
}
