/**
 * The two stores every database test runs against: PGlite in memory, and a fresh database on the
 * run's real PostgreSQL (see global-setup.ts), so each test file gets its own isolated data.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/store/client.ts";
import { dropDatabase } from "./embedded-postgres.ts";

export { dropDatabase };

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
