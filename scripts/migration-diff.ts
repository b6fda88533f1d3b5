/**
 * Writes the SQL that takes the last committed prisma/schema.prisma (what the committed migrations
 * build) to the working one, as a new migration folder: `npm run db:diff -- <name>`.
 *
 * Why not `prisma migrate dev`: its native schema engine is downloaded from a host that offline
 * machines cannot reach. The same engine ships on npm as WebAssembly; this drives it directly. On a
 * machine with internet, `prisma migrate dev` works too.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { execFileSync } from "node:child_process";
import { readMigrations } from "../src/store/migrate.ts";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "..");
const schemaPath = join(root, "prisma/schema.prisma");
const migrationsDir = join(root, "prisma/migrations");

async function loadWasmEngine() {
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error(m) };
  const pkgDir = resolve(require.resolve("@prisma/schema-engine-wasm"), "..");
  const bg = await import(join(pkgDir, "schema_engine_bg.js"));
  // @types/node does not declare WebAssembly; it is there at run time.
  const { WebAssembly } = globalThis as unknown as { WebAssembly: any };
  const module = new WebAssembly.Module(readFileSync(join(pkgDir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  return bg;
}

/**
 * The engine needs a schema name, which the PGlite adapter leaves undefined unless told.
 */
function forTheEngine(factory: PrismaPGlite): PrismaPGlite {
  const patch = (adapter: object) =>
    new Proxy(adapter, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key === "getConnectionInfo") return () => ({ ...(value as () => object).call(target), schemaName: "public" });
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result;
        };
      },
    });
  return Object.assign(Object.create(factory), {
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  });
}

async function main() {
  const name = (process.argv[2] ?? "change").replace(/[^a-z0-9_]+/gi, "_");
  const bg = await loadWasmEngine();
  const pglite = new PGlite({ extensions: { pg_trgm } });
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(forTheEngine(new PrismaPGlite(pglite))),
  );
  // Diffing two datamodels needs no database: the last committed schema (which the committed migrations
  // produce) against the working one. Diffing from the migrations themselves needs a shadow database,
  // which fails through the PGlite adapter in this engine version.
  const base = process.env.DIFF_BASE ?? "HEAD";
  const previous = readMigrations(migrationsDir).length ? execFileSync("git", ["show", `${base}:prisma/schema.prisma`], { cwd: root, encoding: "utf8" }) : undefined;
  const { stdout } = await engine.diff({
    from: previous ? { tag: "schemaDatamodel", files: [{ path: schemaPath, content: previous }] } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: false,
    filters: { externalTables: [], externalEnums: [] },
  });
  await pglite.close();
  if (!stdout || /^-- This is an empty migration/.test(stdout.trim())) {
    console.log("The schema matches the migrations: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), stdout);
  if (!existsSync(join(migrationsDir, "migration_lock.toml"))) {
    writeFileSync(join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`Wrote ${dir}/migration.sql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
