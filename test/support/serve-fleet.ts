/**
 * For tests of `serve` as real processes: Telegram's fake API, a fresh PostgreSQL database, and every
 * serve process started on them, killed and dropped after the file's tests.
 */
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Database } from "../../src/store/client.ts";
import { databaseUrlFor, dropDatabase } from "./databases.ts";
import { startServeProcess, type ServeProcess } from "./serve-process.ts";
import { telegramDriver } from "../adapters/drivers/telegram.ts";
import type { FakePlatform } from "../adapters/driver.ts";

export type ServeFleet = {
  fake: FakePlatform;
  /** the database the processes share, opened for the test's own checks */
  db: Database;
  processes: ServeProcess[];
  /** starts one more serve on the database, with Telegram's variables and `env` */
  serve(env?: Record<string, string>): Promise<ServeProcess>;
};

/** Registers the set-up and tear-down; the fleet's fields are there from the first test on. */
export function useServeFleet(): ServeFleet {
  let url = "";
  const fleet = {
    processes: [] as ServeProcess[],
    async serve(env: Record<string, string> = {}) {
      const started = await startServeProcess({ db: url, env: { ...fleet.fake.env, ...env } });
      fleet.processes.push(started);
      return started;
    },
  } as ServeFleet;
  beforeAll(async () => {
    fleet.fake = await telegramDriver.startFake();
    url = databaseUrlFor();
    fleet.db = await openDatabase({ db: url });
  });
  afterAll(async () => {
    for (const p of fleet.processes) await p.kill("SIGKILL");
    await fleet.db?.close();
    await fleet.fake?.close();
    if (url) await dropDatabase(url);
  });
  return fleet;
}
