/**
 * The two stores every database test runs against: PGlite in memory, and a fresh database on the
 * run's real PostgreSQL (see global-setup.ts), so each test file gets its own isolated data.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/store/client.ts";

export type TestDatabase = { name: "pglite" | "postgres"; open(): Promise<Database> };

/** A URL for a new, uniquely named database on the test server (created by `openDatabase` on first open). */
export function databaseUrlFor(name = uniqueDatabaseName()): string {
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueDatabaseName(): string {
  return `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** Drops a database made by `databaseUrlFor`; a shared TEST_POSTGRES_URL server should not fill up. */
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

export const testDatabases: TestDatabase[] = [
  { name: "pglite", open: () => openDatabase({ db: "memory://" }) },
  {
    name: "postgres",
    open: async () => {
      const url = databaseUrlFor();
      const database = await openDatabase({ db: url });
      return {
        ...database,
        close: async () => {
          await database.close();
          await dropDatabase(url);
        },
      };
    },
  },
];
