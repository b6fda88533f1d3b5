/** `chatcrm doctor` run as a user would: platforms off with what to set, and the outbox's trouble named. */
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/client.ts";
import { databaseUrlFor, dropDatabase } from "../support/databases.ts";
import { runCli } from "../support/run-cli.ts";

describe("chatcrm doctor", () => {
  const db = databaseUrlFor();
  afterAll(() => dropDatabase(db));
  // Nothing configured: no platform variable reaches the command.
  const bare = Object.fromEntries(Object.keys(process.env).filter((k) => /^(SLACK|TELEGRAM|WECOM|WECHAT|WECHATY)_/.test(k)).map((k) => [k, ""]));

  it("says all is well on a new database, and names dead letters and unconfirmed replies", async () => {
    const fresh = await runCli(["doctor", "--db", db], { env: bare });
    expect(fresh.stdout).toMatch(/· telegram: off \(set TELEGRAM_BOT_TOKEN/);
    expect(fresh.stdout).toMatch(/✓ no dead letters/);
    expect(fresh.stdout).not.toMatch(/unconfirmed/);
    expect(fresh.code).toBe(0);

    const database = await openDatabase({ db });
    const reply = { kind: "text", text: "hi" };
    await database.prisma.outboundMessage.createMany({
      data: [
        { platform: "telegram", chatId: "1", userId: "1", reply, status: "dead", lastError: "chat not found" },
        { platform: "slack", chatId: "C1", userId: "U1", reply, status: "unconfirmed" },
      ],
    });
    await database.close();
    const troubled = await runCli(["doctor", "--db", db], { env: bare });
    expect(troubled.stdout).toMatch(/✗ dead letters: telegram 1/);
    expect(troubled.stdout).toMatch(/replies unconfirmed .*: slack 1/);
    expect(troubled.code).toBe(1);
  }, 60_000);
});
