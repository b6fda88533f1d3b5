/**
 * Writes the SQL that takes the committed migrations to the current prisma/schema.prisma as a new
 * migration folder: `npm run db:diff -- <name>`.
 *
 * Why not `prisma migrate dev`: its native schema engine is downloaded from a host that offline
 * machines cannot reach. The same engine ships on npm as WebAssembly; this drives it through an
 * in-memory PGlite as the shadow database. On a machine with internet, `prisma migrate dev` works too.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

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

/** The engine needs a schema name, which the PGlite adapter leaves undefined unless told. */
function withPublicSchema(factory: PrismaPGlite): PrismaPGlite {
  const patch = <T extends { getConnectionInfo?: () => object }>(adapter: T): T => {
    const info = adapter.getConnectionInfo?.bind(adapter);
    adapter.getConnectionInfo = () => ({ ...info?.(), schemaName: "public" });
    return adapter;
  };
  return Object.assign(Object.create(factory), {
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  });
}

function listMigrations() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((path) => ({
      path,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(join(migrationsDir, path, "migration.sql"), "utf8") } },
    })),
  };
}

async function main() {
  const name = (process.argv[2] ?? "change").replace(/[^a-z0-9_]+/gi, "_");
  const bg = await loadWasmEngine();
  const pglite = new PGlite({ extensions: { pg_trgm } });
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(withPublicSchema(new PrismaPGlite(pglite))),
  );
  const migrations = listMigrations();
  const { stdout } = await engine.diff({
    from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
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
