/** `chatcrm db migrate|seed|reset` and `--help`, run as a user would, on a new PGlite directory and a new PostgreSQL database. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { replyLines, runCli, scriptOf } from "../support/run-cli.ts";

const targets = [
  { name: "pglite", location: async () => join(await mkdtemp(join(tmpdir(), "chatcrm-db-")), "nested", "data"), cleanup: (db: string) => rm(join(db, "..", ".."), { recursive: true, force: true }) },
  { name: "postgres", location: async () => databaseUrlFor(), cleanup: (db: string) => dropDatabase(db) },
];

describe.each(targets)("chatcrm db on $name", ({ location, cleanup }) => {
  let db = "";
  afterAll(() => cleanup(db));

  it("creates, seeds demo data once, and resets", async () => {
    db = await location();
    const migrate = await runCli(["db", "migrate", "--db", db]);
    expect(migrate.stderr).toBe("");
    expect(migrate.stdout).toMatch(/Database ready/);

    expect((await runCli(["db", "seed", "--demo", "--db", db])).stdout).toMatch(/Demo data added/);
    expect((await runCli(["db", "seed", "--demo", "--db", db])).stdout).toMatch(/already there/);
    const asWang = await runCli(["chat", "--script", "-", "--db", db], { input: scriptOf([{ user: "wang", text: "/find 张伟" }]) });
    expect(replyLines(asWang.stdout)[0]!.text).toMatch(/L-1 张伟/);

    expect((await runCli(["db", "reset", "--db", db])).stdout).toMatch(/reset/);
    const afterReset = await runCli(["chat", "--script", "-", "--db", db], { input: scriptOf([{ user: "wang", text: "/find 张伟" }]) });
    expect(replyLines(afterReset.stdout)[0]!.text).toMatch(/没有关联|not linked/);
  }, 180_000);
});

describe("chatcrm usage", () => {
  it("prints help, and names a wrong option plainly", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/chatcrm chat --user NAME --role ROLE/);
    const bad = await runCli(["chat", "--user", "x", "--role", "king"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--role must be one of/);
    expect(bad.stderr).not.toMatch(/at .*\.ts/);
  });
});
