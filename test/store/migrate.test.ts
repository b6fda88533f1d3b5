import { cpSync, mkdtempSync, appendFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database, type PrismaClient } from "../../src/store/client.ts";
import { applyMigrations, MIGRATIONS_DIR, readMigrations, type SqlRunner } from "../../src/store/migrate.ts";
import { databaseUrlFor, dropDatabase, testDatabases } from "../support/databases.ts";

/** Runs migrations through an open Prisma client: enough to ask what is left to apply. */
function prismaRunner(prisma: PrismaClient): SqlRunner {
  return {
    exec: async (sql) => {
      await prisma.$executeRawUnsafe(sql);
    },
    query: <T>(sql: string, params: unknown[] = []) => prisma.$queryRawUnsafe<T[]>(sql, ...params),
    exclusive: (work) => work(),
  };
}

type HistoryRow = { migration_name: string; checksum: string; finished_at: Date | null };

const history = (db: Database) =>
  db.prisma.$queryRawUnsafe<HistoryRow[]>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );

const committed = readMigrations();

async function createEmptyDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`).finally(() => client.end());
}

describe.each(testDatabases)("$name", ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  it("creates and migrates a new database", async () => {
    expect(committed.length).toBeGreaterThan(0);
    // The schema is there: the trigram extension and a table from the first migration.
    const [extension] = await db.prisma.$queryRawUnsafe<{ extname: string }[]>(
      `SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`,
    );
    expect(extension?.extname).toBe("pg_trgm");
    expect(await db.prisma.customer.count()).toBe(0);
  });

  it("records every migration with its checksum", async () => {
    const rows = await history(db);
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      committed.map((migration) => [migration.name, migration.checksum]),
    );
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(prismaRunner(db.prisma))).toEqual([]);
    expect(await history(db)).toHaveLength(committed.length);
  });

  it("refuses a migration edited after it was applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chatcrm-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      appendFileSync(join(dir, committed[0]!.name, "migration.sql"), "\n-- edited later\n");
      await expect(applyMigrations(prismaRunner(db.prisma), dir)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("postgres", () => {
  it("lets two processes migrate the same new database at once", async () => {
    const url = databaseUrlFor();
    try {
      // The database exists but is empty: both race to migrate it, and the advisory lock serialises them.
      await createEmptyDatabase(url);
      const both = await Promise.all([openDatabase({ db: url }), openDatabase({ db: url })]);
      const rows = await history(both[0]);
      await Promise.all(both.map((db) => db.close()));
      // The advisory lock let exactly one of them apply each migration.
      expect(rows.map((row) => row.migration_name)).toEqual(committed.map((migration) => migration.name));
    } finally {
      await dropDatabase(url);
    }
  });

  // Two CREATE DATABASE racing for one name can fail with 23505 (unique violation on
  // pg_database_datname_index), not only 42P04, and createDatabaseIfMissing accepts only 42P04.
  // Unskip once src/store/client.ts also accepts 23505.
  it("lets two processes create the same new database at once", async () => {
    const url = databaseUrlFor();
    try {
      const both = await Promise.all([openDatabase({ db: url }), openDatabase({ db: url })]);
      await Promise.all(both.map((db) => db.close()));
    } finally {
      await dropDatabase(url);
    }
  });

  it("opens an existing database again without applying anything", async () => {
    const url = databaseUrlFor();
    try {
      const first = await openDatabase({ db: url });
      const before = await history(first);
      await first.close();
      const second = await openDatabase({ db: url });
      const after = await history(second);
      await second.close();
      expect(after).toEqual(before);
    } finally {
      await dropDatabase(url);
    }
  });
});

describe("pglite directory", () => {
  it("keeps its data across close and reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chatcrm-pglite-"));
    try {
      const first = await openDatabase({ db: dir });
      await first.prisma.staff.create({ data: { name: "王芳", role: "sales" } });
      const before = await history(first);
      await first.close();

      const second = await openDatabase({ db: dir });
      const staff = await second.prisma.staff.findMany({ select: { name: true } });
      const after = await history(second);
      await second.close();
      expect(staff).toEqual([{ name: "王芳" }]);
      expect(after).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
