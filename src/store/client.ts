/**
 * Opens the store: PGlite (Postgres in WebAssembly, in process) on a directory by default, or a real
 * PostgreSQL for a postgresql:// URL. Both get the same migrations and the same Prisma client.
 * This folder is the only place that imports Prisma and the drivers.
 */
import { mkdirSync } from "node:fs";
import { setImmediate as yieldTurn } from "node:timers/promises";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { backgroundTurn } from "../runtime/ack-first.ts";
import { applyMigrations, type SqlRunner } from "./migrate.ts";

/**
 * Prisma gives a transaction 2 s to get a connection and 5 s to finish. Under a burst (every delivery
 * stored, replies queued and sent at once, on two cores) that turns a busy moment into "nothing was
 * saved" for the user, or a handled delivery sent round again; waiting longer is the better failure.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

export type { PrismaClient };

export type Database = {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  /** the directory or URL (password hidden), for messages */
  location: string;
  close(): Promise<void>;
};

export const DEFAULT_DB_DIR = "./data";

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Opens (creating and migrating if needed) the database named by a directory, `memory://`, or a URL. */
export async function openDatabase(options: { db?: string } = {}): Promise<Database> {
  const db = options.db ?? DEFAULT_DB_DIR;
  return isPostgresUrl(db) ? openPostgres(db) : openPglite(db);
}

async function openPglite(location: string): Promise<Database> {
  const inMemory = location === "memory://" || location === ":memory:";
  if (!inMemory) mkdirSync(resolve(location), { recursive: true });
  const pglite = new PGlite({ ...(inMemory ? {} : { dataDir: resolve(location) }), extensions: { pg_trgm } });
  await applyMigrations(pgliteRunner(pglite));
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(yieldingBetweenQueries(pglite)), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    kind: "pglite",
    location: inMemory ? "memory" : resolve(location),
    close: async () => {
      await prisma.$disconnect();
      // $disconnect leaves PGlite open, and an open PGlite keeps the process alive.
      await pglite.close();
    },
  };
}

/**
 * PGlite runs in this thread, and its answers come back through promise chains that never give the event
 * loop a turn: a handler's twenty queries would run as one block while HTTP requests (deliveries waiting
 * to be acknowledged) queue behind them. A turn before each query lets them in, as a networked database's
 * round trips do. (Inside a transaction PGlite is held anyway, so its queries are left as they are.)
 * Background work also lets requests being answered go first (runtime/ack-first.ts).
 */
function yieldingBetweenQueries(pglite: PGlite): PGlite {
  const query = pglite.query.bind(pglite);
  pglite.query = async (...args: Parameters<PGlite["query"]>) => {
    await yieldTurn();
    await backgroundTurn();
    return query(...args);
  };
  return pglite;
}

function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    // One process owns a PGlite directory, so there is no one to exclude.
    exclusive: (work) => work(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  await createDatabaseIfMissing(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(postgresRunner(client));
  } finally {
    await client.end();
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    kind: "postgres",
    location: url.replace(/:\/\/([^:@/]+):[^@]*@/, "://$1:***@"),
    close: () => prisma.$disconnect(),
  };
}

function postgresRunner(client: pg.Client): SqlRunner {
  // Any fixed number: every chatcrm process migrating this database takes the same advisory lock.
  const LOCK = 7_343_001;
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exclusive: async (work) => {
      await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [LOCK]);
      }
    },
  };
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name || name === "postgres") return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another process created it between our check and our create.
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
    }
  } finally {
    await client.end();
  }
}
